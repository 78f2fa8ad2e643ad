import { performance } from 'node:perf_hooks';
import { rssMiB } from '../support/processes';

export interface RssSettle {
  /** Seconds from the call until RSS was within `tolerance` of idle; null when the limit passed first. */
  seconds: number | null;
  /** RSS at that moment, or at the limit. */
  rssMiB: number;
}

/**
 * Reads a server's RSS every second, from now until it is within `tolerance` (0.2: 20 %) of `idle`
 * or `limitS` has passed. V8 gives memory back when its memory reducer runs, seconds to tens of
 * seconds after the load, so one reading right after would overstate what is kept.
 */
export async function rssSettle(pid: number, idle: number, limitS: number, tolerance = 0.2): Promise<RssSettle> {
  const started = performance.now();
  for (;;) {
    const rss = rssMiB(pid);
    const seconds = (performance.now() - started) / 1000;
    if (rss <= idle * (1 + tolerance)) return { seconds, rssMiB: rss };
    if (seconds >= limitS) return { seconds: null, rssMiB: rss };
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}
