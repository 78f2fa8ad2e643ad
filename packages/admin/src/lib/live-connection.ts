import { createClient, type Client } from 'graphql-ws';
import { reconnectDelay } from './backoff';
import type { SessionStore } from './session';

export type LiveStatus = 'connecting' | 'connected' | 'reconnecting';

export interface LiveConnection {
  client: Client;
  status(): LiveStatus;
  onStatus(listener: (status: LiveStatus) => void): () => void;
  /** Called after every reconnect (not the first connect): events sent meanwhile were not replayed. */
  onReconnected(listener: () => void): () => void;
  /** Skips the back-off wait: the tab became visible or the browser came back online. */
  wake(): void;
  dispose(): void;
}

/**
 * The websocket for subscriptions: retries forever with capped, jittered back-off, pings every
 * 10 s so a dead connection is noticed, and sends the current token on every (re)connect.
 */
export function createLiveConnection(url: string, session: SessionStore): LiveConnection {
  let status: LiveStatus = 'connecting';
  let everConnected = false;
  const statusListeners = new Set<(status: LiveStatus) => void>();
  const reconnectListeners = new Set<() => void>();
  const sleepers = new Set<() => void>();
  const setStatus = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    for (const listener of statusListeners) listener(next);
  };

  const client = createClient({
    url,
    // A function, so each reconnect carries the token as it is now, renewed if need be.
    connectionParams: async () => {
      const token = await session.freshToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    keepAlive: 10_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          sleepers.delete(done);
          resolve();
        };
        const timer = setTimeout(done, reconnectDelay(retries));
        sleepers.add(done);
      }),
    on: {
      connecting: () => setStatus(everConnected ? 'reconnecting' : 'connecting'),
      connected: () => {
        const reconnected = everConnected;
        everConnected = true;
        setStatus('connected');
        if (reconnected) for (const listener of reconnectListeners) listener();
      },
      closed: () => setStatus(everConnected ? 'reconnecting' : 'connecting'),
    },
  });

  return {
    client,
    status: () => status,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onReconnected(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
    wake() {
      for (const sleeper of [...sleepers]) sleeper();
    },
    dispose() {
      void client.dispose();
    },
  };
}
