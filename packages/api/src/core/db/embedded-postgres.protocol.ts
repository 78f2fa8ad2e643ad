/** Messages between the API process and the embedded PostgreSQL supervisor (over the IPC channel). */
export interface EmbeddedPostgresOptions {
  /** The cluster lives in `${dataDir}/postgres`, or where `${dataDir}/postgres-location` says (cluster-location.ts). */
  dataDir: string;
  /** Trade durability for speed (tests): fsync off, no synchronous commit. */
  fast?: boolean;
}

export type SupervisorMessage = { type: 'ready'; port: number; user: string; password: string } | { type: 'failed'; message: string };

export type ParentMessage = { type: 'stop' };
