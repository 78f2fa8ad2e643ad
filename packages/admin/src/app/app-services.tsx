import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { LiveConnection, LiveStatus } from '../lib/live-connection';
import type { Session, SessionStore } from '../lib/session';

export interface AppServices {
  session: SessionStore;
  live: LiveConnection;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}

/** The signed-in session, re-rendering on sign-in, renewal and sign-out. */
export function useSession(): Session | null {
  const { session } = useServices();
  return useSyncExternalStore(
    (onChange) => session.subscribe(onChange),
    () => session.session,
  );
}

export function useLiveStatus(): LiveStatus {
  const { live } = useServices();
  return useSyncExternalStore(
    (onChange) => live.onStatus(onChange),
    () => live.status(),
  );
}
