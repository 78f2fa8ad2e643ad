import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * How long, and how much, a client may keep sending after its request was refused: enough for it
 * to read the answer, too little for a slow sender to hold a socket (nginx' lingering close).
 */
export interface LingerLimits {
  bytes: number;
  ms: number;
}

export const LINGER_LIMITS: LingerLimits = { bytes: 8 * 1024 * 1024, ms: 2_000 };

/** Node's answers to a request it cannot parse (lib/_http_server.js, socketOnError), byte for byte. */
const STATUS_BY_CODE: Record<string, number> = { HPE_HEADER_OVERFLOW: 431, HPE_CHUNK_EXTENSIONS_OVERFLOW: 413, ERR_HTTP_REQUEST_TIMEOUT: 408 };
const answerFor = (code: string | undefined) => {
  const status = STATUS_BY_CODE[code ?? ''] ?? 400;
  return Buffer.from(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n\r\n`, 'ascii');
};

/** Node's private mark of a response in flight on the socket (`_headerSent`: its first bytes are written). */
type HttpSocket = Duplex & { _httpMessage?: { _headerSent?: boolean } | null };

/**
 * Answers a request Node cannot parse (a 5 MB query string: 431; garbage: 400) and closes the
 * socket gracefully. Node's own answer writes the status and destroys the socket while the
 * client is still sending; the unread bytes make the kernel send a reset, which often reaches
 * the client before it reads the 431 (it then sees ECONNRESET). Here the write side is ended and
 * what still arrives is read and dropped, within `limits`, then the socket is destroyed.
 */
export function answerUnparsableRequests(server: Server, limits: LingerLimits = LINGER_LIMITS): void {
  const answered = new WeakSet<Duplex>();
  server.on('clientError', (error: NodeJS.ErrnoException, socket: HttpSocket) => {
    // Node may report the same socket again (its end, a timeout, a chunk that reached the failed parser); the first answer stands.
    if (answered.has(socket)) return;
    answered.add(socket);
    const inFlight = socket._httpMessage;
    // As Node: nothing is written into a response already started, nor on a socket that cannot take it.
    if (!socket.writable || inFlight?._headerSent) {
      socket.destroy();
      return;
    }
    socket.write(answerFor(error.code));
    // Only a request head that failed to parse leaves the client sending; a socket error, a timeout or
    // a body that failed under a request in flight (whose handler may still answer) is closed as Node does.
    if (!error.code?.startsWith('HPE_') || inFlight) {
      socket.destroy();
      return;
    }
    lingerThenClose(socket, limits);
  });
}

function lingerThenClose(socket: Duplex, limits: LingerLimits): void {
  // Node's own 'data' listener (socketOnData) would hand the rest to the failed parser; a 'data'
  // listener of ours also detaches the parser from the socket's handle (generateSocketListenerWrapper).
  socket.removeAllListeners('data');
  dropWithinLimits(socket, socket, limits);
  // FIN after the answer; the socket closes once the client ends too (Node's socketOnEnd), or at a limit.
  socket.end();
}

/**
 * Reads and drops what `incoming` still delivers, so a client that is still sending reads the
 * answer instead of a reset; past `limits` (bytes or time) `socket` is destroyed.
 */
export function dropWithinLimits(incoming: NodeJS.ReadableStream, socket: Duplex, limits: LingerLimits): void {
  let dropped = 0;
  const deadline = setTimeout(() => socket.destroy(), limits.ms).unref();
  incoming.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > limits.bytes) socket.destroy();
  });
  incoming.once('end', () => clearTimeout(deadline));
  socket.once('close', () => clearTimeout(deadline));
  incoming.resume();
}
