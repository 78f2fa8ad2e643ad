import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { answerUnparsableRequests, LINGER_LIMITS, type LingerLimits } from './unparsable-request-answer';

/** Past Node's 16 KiB limit on a request head. */
const OVERSIZE_HEAD = `GET /graphql?query=${'x'.repeat(64 * 1024)}`;
const ANSWER_431 = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const ANSWER_400 = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

/** A raw TCP client that goes on sending after the server's FIN: what it received, when the answer came and how the socket ended. */
function rawClient(port: number) {
  const socket: Socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true });
  const chunks: Buffer[] = [];
  let answeredAt = 0;
  const answered = new Promise<void>((resolve) =>
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      answeredAt ||= Date.now();
      resolve();
    }),
  );
  const closed = new Promise<{ error?: NodeJS.ErrnoException; afterAnswerMs: number }>((resolve) => {
    let error: NodeJS.ErrnoException | undefined;
    socket.on('error', (e) => (error = e));
    socket.on('close', () => resolve({ error, afterAnswerMs: Date.now() - answeredAt }));
  });
  return { socket, answered, closed, received: () => Buffer.concat(chunks).toString('latin1') };
}

describe('answering a request Node cannot parse', () => {
  let server: Server;
  const start = async (limits?: LingerLimits) => {
    server = createServer((_req, res) => res.end('ok'));
    answerUnparsableRequests(server, limits);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.address() as AddressInfo).port;
  };
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers an oversize request head 431 and reads on while the client is still sending, so it gets no reset', async () => {
    const port = await start();
    let reported = 0;
    server.on('clientError', () => reported++);
    const client = rawClient(port);
    client.socket.write(OVERSIZE_HEAD);
    await client.answered;
    // What a browser or fetch still has to send of a 5 MB URL; Node alone would reset the connection here.
    client.socket.write('x'.repeat(1024 * 1024));
    await new Promise((resolve) => setTimeout(resolve, 100));
    client.socket.end();

    const { error } = await client.closed;
    expect(error).toBeUndefined();
    expect(client.received()).toBe(ANSWER_431);
    // The failed parser is not fed the rest (it would fail, and report, once per chunk).
    expect(reported).toBe(1);
  });

  it('answers a request line that is not HTTP 400, with the bytes Node sends', async () => {
    const client = rawClient(await start());
    client.socket.end('NOT HTTP AT ALL\r\n\r\n');
    expect(await client.closed).toMatchObject({ error: undefined });
    expect(client.received()).toBe(ANSWER_400);
  });

  it('cuts off a client that keeps trickling after the answer, at the time limit', async () => {
    const client = rawClient(await start({ bytes: LINGER_LIMITS.bytes, ms: 300 }));
    client.socket.write(OVERSIZE_HEAD);
    await client.answered;
    const trickle = setInterval(() => client.socket.writable && client.socket.write('x'), 20);
    try {
      const { afterAnswerMs } = await client.closed;
      expect(afterAnswerMs).toBeGreaterThanOrEqual(250);
      expect(afterAnswerMs).toBeLessThan(1_500);
    } finally {
      clearInterval(trickle);
    }
    expect(client.received()).toBe(ANSWER_431);
  });

  it('cuts off a client that sends more than the byte limit after the answer, long before the time limit', async () => {
    const client = rawClient(await start({ bytes: 256 * 1024, ms: 10_000 }));
    client.socket.write(OVERSIZE_HEAD);
    await client.answered;
    client.socket.write('x'.repeat(4 * 1024 * 1024));
    const { afterAnswerMs } = await client.closed;
    expect(afterAnswerMs).toBeLessThan(2_000);
    expect(client.received()).toBe(ANSWER_431);
  });

  it('leaves well-formed requests alone', async () => {
    const port = await start();
    const answer = await fetch(`http://127.0.0.1:${port}/`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('ok');
  });
});
