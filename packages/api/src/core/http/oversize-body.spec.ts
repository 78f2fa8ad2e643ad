import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, rejectOversizeBodies } from './http-errors';

describe('refusing a declared oversize body', () => {
  let server: Server;
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers 413 while the client is still uploading, reads on, and leaves it no reset', async () => {
    const app = express();
    app.use(rejectOversizeBodies);
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;

    const bodyBytes = 2 * MAX_BODY_BYTES;
    const socket = connect({ port, host: '127.0.0.1' });
    let received = '';
    let failure: NodeJS.ErrnoException | undefined;
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', (error) => (failure = error));
    socket.write(`POST /api/v1/webhook/stripe HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: ${bodyBytes}\r\n\r\n`);
    // The answer comes before the body; the client then sends all of it, as an HTTP client does.
    await new Promise((resolve) => socket.once('data', resolve));
    for (let sent = 0; sent < bodyBytes; sent += 64 * 1024) socket.write(Buffer.alloc(64 * 1024, 120));
    await new Promise((resolve) => setTimeout(resolve, 200));
    socket.end();
    await new Promise((resolve) => socket.once('close', resolve));

    expect(failure).toBeUndefined();
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received).toContain('"code":"PAYLOAD_TOO_LARGE"');
  });
});
