import { spawn } from 'node:child_process';
import path from 'node:path';
import { asClusterUser, type ClusterUser } from './cluster-user';

/** `/a/b/c` → `/`, `/a`, `/a/b`, `/a/b/c`: every directory a process passes through to reach it. */
export function pathsToReach(target: string): string[] {
  const absolute = path.resolve(target);
  const chain: string[] = [];
  for (let current = absolute; ; current = path.dirname(current)) {
    chain.unshift(current);
    if (path.dirname(current) === current) return chain;
  }
}

/**
 * The first of `targets` (or of the directories above them) that `user` cannot search or
 * execute, or undefined when it can reach them all. Tested for real, as that user, with
 * the ids initdb and postgres get: modes, ACLs and mount options all count.
 */
export function firstUnreachable(user: ClusterUser, targets: string[]): Promise<string | undefined> {
  const paths = [...new Set(targets.flatMap(pathsToReach))];
  const script = 'for p in "$@"; do test -x "$p" || { printf %s "$p"; exit 1; }; done';
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', script, 'sh', ...paths], { ...asClusterUser(user), stdio: ['ignore', 'pipe', 'ignore'] });
    let blocked = '';
    child.stdout.on('data', (chunk: Buffer) => (blocked += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve(code === 0 ? undefined : blocked || paths[0]));
  });
}
