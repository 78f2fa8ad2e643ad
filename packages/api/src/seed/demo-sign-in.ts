import { randomInt } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../core/config/config';
import { hashPassword, verifyPassword } from '../users/password-hash';
import { ALL_DEMO_USERS, DEMO_USERS } from './demo-people';

export interface DemoSignIn {
  email: string;
  password: string;
}

/** Easy to type from the banner, still 60 bits: no look-alike characters. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** The development password of this DATA_DIR: made once, kept in a file only its owner can read (no secret in the code). */
function demoPassword(dataDir: string): string {
  const file = path.join(dataDir, 'demo-password');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    const groups = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''));
    const password = `veja-${groups.join('-')}`;
    writeFileSync(file, `${password}\n`, { mode: 0o600 });
    return password;
  }
}

/**
 * Development only: every demo user signs in with the DATA_DIR's demo password, so the
 * admin SPA and the roles can be tried at once. Never in production (no call there), and
 * only for the demo users' own ids.
 */
export async function enableDemoSignIn(dataSource: DataSource, config: AppConfig): Promise<DemoSignIn | null> {
  if (config.nodeEnv !== 'development') return null;
  const [admin] = (await dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [DEMO_USERS.admin.id])) as Array<{ password_hash: string | null }>;
  if (!admin) return null;
  const password = demoPassword(config.dataDir);
  if (!admin.password_hash || !(await verifyPassword(password, admin.password_hash))) {
    await dataSource.query(`UPDATE users SET password_hash = $2, password_changed_at = now() WHERE id = ANY($1::uuid[])`, [
      ALL_DEMO_USERS.map((user) => user.id),
      await hashPassword(password),
    ]);
  }
  return { email: DEMO_USERS.admin.email, password };
}
