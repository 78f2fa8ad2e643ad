import type { ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { Loading } from '../ui/States';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { RequireRole } from './RequireRole';
import { RequireSession } from './RequireSession';

/** A page loaded only when visited (route-level code splitting). */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

/** An ADMIN-only page: other roles are sent to their projects. */
const adminPage = (load: () => Promise<{ default: ComponentType }>) => async () => {
  const Page = (await load()).default;
  return {
    Component: () => (
      <RequireRole role="ADMIN">
        <Page />
      </RequireRole>
    ),
  };
};

// The root route's HydrateFallback shows while the first (lazy) page loads.
export const routes: RouteObject[] = [{ HydrateFallback: Loading, children: pageRoutes() }];

function pageRoutes(): RouteObject[] {
  return [
    { path: '/login', lazy: page(() => import('../features/auth/LoginPage')) },
    { path: '/set-password/:token', lazy: page(() => import('../features/auth/SetPasswordPage')) },
    {
      element: (
        <RequireSession>
          <Layout />
        </RequireSession>
      ),
      children: [
        { index: true, lazy: adminPage(() => import('../features/overview/OverviewPage')) },
        { path: 'projects', lazy: page(() => import('../features/projects/ProjectsPage')) },
        { path: 'projects/new', lazy: adminPage(() => import('../features/projects/CreateProjectPage')) },
        { path: 'projects/:id', lazy: page(() => import('../features/projects/ProjectDetailPage')) },
        { path: 'finance', lazy: adminPage(() => import('../features/finance/FinancePage')) },
        { path: 'audit', lazy: adminPage(() => import('../features/audit/AuditPage')) },
        { path: 'margins', lazy: adminPage(() => import('../features/margins/MarginsPage')) },
        { path: 'calls', lazy: adminPage(() => import('../features/calls/CallsPage')) },
        { path: 'webhooks', lazy: adminPage(() => import('../features/webhooks/WebhooksPage')) },
        { path: 'outbox', lazy: adminPage(() => import('../features/outbox/OutboxPage')) },
        { path: 'users', lazy: adminPage(() => import('../features/users/UsersPage')) },
        { path: 'home', element: <Navigate to="/" replace /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
