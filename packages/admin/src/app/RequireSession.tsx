import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '../ui/States';
import { useServices, useSession } from './app-services';

/**
 * Pages behind sign-in. A reload loses the in-memory token, so the refresh cookie is tried
 * once before sending the person to the sign-in page (which brings them back here after).
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session: store } = useServices();
  const session = useSession();
  const location = useLocation();
  const [tried, setTried] = useState(Boolean(session));
  useEffect(() => {
    if (session || tried) return;
    void store.renew().finally(() => setTried(true));
  }, [session, tried, store]);
  if (session) return <>{children}</>;
  if (!tried) return <Loading />;
  return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
}
