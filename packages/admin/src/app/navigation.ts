import type { SessionUser } from '../lib/session';

export interface NavItem {
  to: string;
  /** Key in the common namespace's `nav`. */
  label: string;
  roles: ReadonlyArray<SessionUser['role']>;
}

const ADMIN = ['ADMIN'] as const;

/** What the menu offers each role; the API enforces the same, this only hides what would fail. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', label: 'overview', roles: ADMIN },
  { to: '/projects', label: 'projects', roles: ['ADMIN', 'CONTRACTOR', 'EXPERT', 'CLIENT'] },
  { to: '/finance', label: 'finance', roles: ADMIN },
  { to: '/audit', label: 'audit', roles: ADMIN },
  { to: '/margins', label: 'margins', roles: ADMIN },
  { to: '/calls', label: 'calls', roles: ADMIN },
  { to: '/webhooks', label: 'webhooks', roles: ADMIN },
  { to: '/outbox', label: 'outbox', roles: ADMIN },
  { to: '/users', label: 'users', roles: ADMIN },
];

export const navFor = (role: SessionUser['role']) => NAV_ITEMS.filter((item) => item.roles.includes(role));

/** Where a role lands after signing in. */
export const homeFor = (role: SessionUser['role']) => (role === 'ADMIN' ? '/' : '/projects');
