/** A message is given up (FAILED) after this many failed sends. */
export const MAX_SEND_ATTEMPTS = 10;

const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 15 * 60_000;
/** ±10 %: instances that failed together against a provider outage do not retry in lockstep. */
const JITTER = 0.1;

/**
 * Delay before the next send after `attempts` failed ones (1 after the first failure):
 * 2 s, 4 s, 8 s, ... doubling, never above 15 minutes.
 * @param random a number in [0, 1); injectable so tests are exact
 */
export function retryDelayMs(attempts: number, random: number = Math.random()): number {
  const exponent = Math.max(0, attempts - 1);
  // Capped before multiplying, so a large attempt count cannot overflow to Infinity.
  const base = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(exponent, 30));
  const jittered = base * (1 - JITTER + 2 * JITTER * random);
  return Math.round(Math.min(MAX_DELAY_MS, jittered));
}

/** Whether a message that has now failed `attempts` times is retried. */
export function shouldRetry(attempts: number): boolean {
  return attempts < MAX_SEND_ATTEMPTS;
}
