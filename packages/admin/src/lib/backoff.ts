/**
 * Milliseconds to wait before reconnect attempt `retries` (0-based): exponential from 500 ms,
 * capped at 30 s, with full jitter so a server restart is not met by every tab at the same instant.
 */
export function reconnectDelay(retries: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 500 * 2 ** Math.min(retries, 16));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
