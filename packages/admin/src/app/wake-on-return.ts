import type { LiveConnection } from '../lib/live-connection';

/** Reconnects at once when the tab becomes visible or the browser comes back online. */
export function wakeOnReturn(live: LiveConnection): () => void {
  const wake = () => {
    if (document.visibilityState === 'visible') live.wake();
  };
  document.addEventListener('visibilitychange', wake);
  window.addEventListener('online', wake);
  return () => {
    document.removeEventListener('visibilitychange', wake);
    window.removeEventListener('online', wake);
  };
}
