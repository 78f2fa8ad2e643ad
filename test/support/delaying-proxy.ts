import net from 'node:net';

export interface DelayingProxy {
  /** `url` with its host and port replaced by the proxy's. */
  url(databaseUrl: string): string;
  /** Added to every chunk, in both directions, from now on; chunks keep their order. */
  setLatency(ms: number): void;
  close(): Promise<void>;
}

/**
 * A TCP proxy that forwards to `target` and holds every chunk for the configured latency:
 * a slow network between the API and PostgreSQL. A closed side is passed on once the chunks
 * before it are delivered, as a network would.
 */
export async function startDelayingProxy(target: { host: string; port: number }): Promise<DelayingProxy> {
  let latencyMs = 0;
  const sockets = new Set<net.Socket>();

  /** Forwards from one socket to the other, each chunk no earlier than the one before it. */
  const pipe = (from: net.Socket, to: net.Socket) => {
    let lastDueAt = 0;
    const later = (deliver: () => void) => {
      const dueAt = Math.max(Date.now() + latencyMs, lastDueAt);
      lastDueAt = dueAt;
      setTimeout(deliver, dueAt - Date.now());
    };
    from.on('data', (chunk) => later(() => to.destroyed || to.write(chunk)));
    from.on('end', () => later(() => to.end()));
  };

  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    pipe(client, upstream);
    pipe(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;

  return {
    url(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = '127.0.0.1';
      url.port = String(port);
      return url.toString();
    },
    setLatency(ms) {
      latencyMs = ms;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
