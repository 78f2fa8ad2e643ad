import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `pnpm dev`: the API restarting on source changes (port 4000) and Vite's dev server with hot
 * reload on http://localhost:5173/admin/, proxying /graphql (websockets too) and /api to the API.
 * Either one exiting, or Ctrl-C, stops both.
 */
const adminDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(adminDir, '../..');
const vite = path.join(path.dirname(createRequire(path.join(adminDir, 'package.json')).resolve('vite/package.json')), 'bin', 'vite.js');

const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'packages/api/src/main.ts'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, [vite], { cwd: adminDir, stdio: 'inherit' }),
];
let stopping = false;
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  Promise.all(children.map((child) => (child.exitCode !== null ? null : new Promise((resolve) => child.once('exit', resolve))))).then(() => process.exit(code));
};
for (const child of children) child.once('exit', (code) => stop(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
