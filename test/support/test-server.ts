import { randomBytes, randomUUID } from 'node:crypto';
import { Client as WsClient, createClient } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import WebSocket from 'ws';
import { afterAll, beforeAll } from 'vitest';
import { signAccessToken } from '../../packages/api/src/core/auth/jwt';
import { Role } from '../../packages/api/src/core/auth/role';
import { loadConfig, type AppConfig } from '../../packages/api/src/core/config/config';
import { createAppDataSource } from '../../packages/api/src/app/data-source';
import { databaseOptions } from '../../packages/api/src/core/db/data-source';
import { createLogger } from '../../packages/api/src/core/logging/logger';
import { startServer, type RunningServer } from '../../packages/api/src/app/server';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { queryText } from './documents';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface GraphQLResponse<T = unknown> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown>; path?: string[] }>;
}

/** Variables may be left out only when the operation requires none. */
export type GraphQLArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, token?: string, headers?: Record<string, string>]
    : [variables: TVariables, token?: string, headers?: Record<string, string>];

export interface TokenOptions {
  sub?: string;
  email?: string;
  ttlSeconds?: number;
}

export interface TestServer {
  url: string;
  wsUrl: string;
  config: AppConfig;
  dataSource: DataSource;
  database: TestDatabase;
  token(role: Role, options?: TokenOptions): Promise<string>;
  /** POST /graphql; `data` is typed by the document (see test/support/operations.ts). */
  graphql<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, ...args: GraphQLArgs<TVariables>): Promise<GraphQLResponse<TResult>>;
  /** Everything the server logged, when started with `captureLogs` (at debug level). */
  logs(): string;
  /** A graphql-ws client over a real socket; closed with the server. */
  wsClient(connectionParams?: Record<string, unknown>, options?: { retryAttempts?: number }): WsClient;
  close(): Promise<void>;
}

/** Environment for test servers: development-like, quiet, with secrets generated per run. */
export function testEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    JWT_SECRET: randomBytes(32).toString('hex'),
    SEED_DEMO_DATA: 'false',
    ...overrides,
  };
}

/**
 * Starts the real server on a random port against a fresh database.
 * Pass `database` to share one between several servers (two instances).
 */
export async function startTestServer(env: Record<string, string> = {}, shared?: { database?: TestDatabase; captureLogs?: boolean }): Promise<TestServer> {
  const database = shared?.database ?? (await createTestDatabase());
  const captured: string[] = [];
  const { config, problems } = loadConfig(testEnv({ DATABASE_URL: database.url, ...(shared?.captureLogs ? { LOG_LEVEL: 'debug' } : {}), ...env }));
  if (problems.length) throw new Error(`test config: ${problems.join('; ')}`);
  const logger = shared?.captureLogs ? createLogger(config, { write: (line: string) => void captured.push(line) }) : createLogger(config);
  // As main.ts does: DATABASE_URL (a test may point it elsewhere, through a proxy) and the configured deadlines.
  const dataSource = createAppDataSource(config.databaseUrl!, databaseOptions(config));
  await dataSource.initialize();
  let server: RunningServer;
  try {
    server = await startServer({ config, logger, dataSource });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  const wsUrl = `${server.url.replace('http', 'ws')}/graphql`;
  const sockets: WsClient[] = [];
  const secret = config.jwt.secret!;

  return {
    url: server.url,
    wsUrl,
    config,
    dataSource,
    database,
    token: (role, options = {}) => signAccessToken({ sub: options.sub ?? randomUUID(), role, email: options.email, ttlSeconds: options.ttlSeconds }, { secret }),
    logs: () => captured.join(''),
    async graphql(document, ...[variables, token, headers = {}]) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        body: JSON.stringify({ query: queryText(document), variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body } as GraphQLResponse<never>;
    },
    wsClient(connectionParams, options = {}) {
      const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: options.retryAttempts ?? 0, lazy: true });
      sockets.push(client);
      return client;
    },
    async close() {
      await Promise.all(sockets.map((socket) => socket.dispose()));
      await server.close();
      await dataSource.destroy();
      if (!shared?.database) await database.drop();
    },
  };
}

/** Registers a server for the current test file, started before its tests and disposed after. */
export function useTestServer(env: Record<string, string> = {}, options: { captureLogs?: boolean } = {}): TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(env, options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return new Proxy({} as TestServer, {
    get(_target, property) {
      if (!server) throw new Error('test server used before beforeAll ran');
      return Reflect.get(server, property);
    },
  });
}

export { Role };
