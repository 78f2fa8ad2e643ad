import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { Role } from '../core/auth/role';
import { insertRows } from './insert-rows';

/**
 * The people of the demo: staff of every role and client accounts, with fixed ids, so a
 * development token sees that user's projects
 * (`pnpm token --role CONTRACTOR --sub 00000000-0000-4000-a000-000000000002`):
 *   ADMIN       00000000-0000-4000-a000-000000000001  laura.mockute@vejapro.lt
 *   CONTRACTOR  00000000-0000-4000-a000-000000000002  tomas.jankauskas@vejapro.lt
 *   EXPERT      00000000-0000-4000-a000-000000000003  ruta.vasiliauskiene@vejapro.lt
 *   CLIENT      00000000-0000-4000-a000-000000000004  ona.kazlauskiene@gmail.com (projects carry client id = this id)
 */

export interface DemoUser {
  id: string;
  role: Role;
  name: string;
  email: string;
  phone: string;
}

export const DEMO_USERS = {
  admin: { id: '00000000-0000-4000-a000-000000000001', role: Role.ADMIN, name: 'Laura Mockutė', email: 'laura.mockute@vejapro.lt', phone: '+37061234501' },
  contractor: { id: '00000000-0000-4000-a000-000000000002', role: Role.CONTRACTOR, name: 'Tomas Jankauskas', email: 'tomas.jankauskas@vejapro.lt', phone: '+37061234502' },
  expert: { id: '00000000-0000-4000-a000-000000000003', role: Role.EXPERT, name: 'Rūta Vasiliauskienė', email: 'ruta.vasiliauskiene@vejapro.lt', phone: '+37061234503' },
  client: { id: '00000000-0000-4000-a000-000000000004', role: Role.CLIENT, name: 'Ona Kazlauskienė', email: 'ona.kazlauskiene@gmail.com', phone: '+37068812345' },
} as const satisfies Record<string, DemoUser>;

/** Same text as PostgreSQL's `md5(text)::uuid`, so TypeScript and SQL (bulk-data.ts) derive the same ids. */
export function md5Uuid(label: string): string {
  const h = createHash('md5').update(label).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

function otherUser(role: Role, name: string, email: string, phone: string): DemoUser {
  return { id: md5Uuid(`demo-user-${email}`), role, name, email, phone };
}

export const OTHER_STAFF: readonly DemoUser[] = [
  otherUser(Role.ADMIN, 'Mindaugas Rutkauskas', 'mindaugas.rutkauskas@vejapro.lt', '+37061234511'),
  otherUser(Role.CONTRACTOR, 'Darius Stankevičius', 'darius.stankevicius@vejapro.lt', '+37061234512'),
  otherUser(Role.CONTRACTOR, 'Andrius Žukauskas', 'andrius.zukauskas@vejapro.lt', '+37061234513'),
  otherUser(Role.EXPERT, 'Giedrius Paulauskas', 'giedrius.paulauskas@vejapro.lt', '+37061234514'),
];

export const OTHER_CLIENTS = {
  jonas: otherUser(Role.CLIENT, 'Jonas Petrauskas', 'jonas.petrauskas@gmail.com', '+37069954321'),
  egle: otherUser(Role.CLIENT, 'Eglė Urbonienė', 'egle.urboniene@inbox.lt', '+37064471290'),
  paulius: otherUser(Role.CLIENT, 'Paulius Navickas', 'paulius.navickas@yahoo.com', '+37062208817'),
  gintare: otherUser(Role.CLIENT, 'Gintarė Šimkutė', 'gintare.simkute@one.lt', '+37067730452'),
};

export const ALL_DEMO_USERS: readonly DemoUser[] = [...Object.values(DEMO_USERS), ...OTHER_STAFF, ...Object.values(OTHER_CLIENTS)];

export function demoUsersWithRole(role: Role): DemoUser[] {
  return ALL_DEMO_USERS.filter((user) => user.role === role);
}

const DAY_MS = 86_400_000;

/** The demo users; present already (an earlier bulk seed) is fine. */
export async function insertDemoUsers(manager: EntityManager, now = new Date()): Promise<void> {
  const joined = new Date(now.getTime() - 180 * DAY_MS);
  const rows = ALL_DEMO_USERS.map((user) => ({ id: user.id, email: user.email, role: user.role, name: user.name, phone: user.phone, created_at: joined, updated_at: joined }));
  await insertRows(manager, 'users', rows, 'ON CONFLICT DO NOTHING');
}
