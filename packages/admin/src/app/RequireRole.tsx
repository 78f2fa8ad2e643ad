import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import type { SessionUser } from '../lib/session';
import { useSession } from './app-services';
import { homeFor } from './navigation';

export function RequireRole({ role, children }: { role: SessionUser['role']; children: ReactNode }) {
  const session = useSession();
  if (!session) return null;
  if (session.user.role !== role) return <Navigate to={homeFor(session.user.role)} replace />;
  return <>{children}</>;
}
