/**
 * The floor of the fan-out bench: a bare `ws` server that sends a frame to every connected socket.
 * POST /broadcast with the frame as body is answered 200 at once and the frame sent after that
 * answer (setImmediate), so "receive − answer" means what it means for the API's webhook. No
 * GraphQL, no protocol, no per-subscriber serialisation: what the sockets and the wire cost alone.
 * GET /health answers 200 once listening. PORT comes from the bench.
 */
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

const server = createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/health') {
    res.end('ok');
    return;
  }
  if (req.method !== 'POST' || req.url !== '/broadcast') {
    res.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const frame = Buffer.concat(chunks);
    res.end();
    // One buffer for all sockets, sent as a text frame like graphql-ws's JSON.
    setImmediate(() => {
      for (const client of wss.clients) client.send(frame, { binary: false });
    });
  });
});
const wss = new WebSocketServer({ server });
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1');
