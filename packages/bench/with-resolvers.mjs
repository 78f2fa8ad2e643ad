// PostGraphile v5 declares Node >= 22; on Node 20 the only missing piece it uses is
// Promise.withResolvers (ES2024). Loaded with `node --import` before the server.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
