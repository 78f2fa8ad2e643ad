const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `90`, `90s`, `15m`, `1h`, `7d` → seconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(text.trim());
  if (!match) throw new Error(`not a duration: "${text}" (use 90s, 15m, 1h, 7d)`);
  return Number(match[1]) * UNITS[match[2] || 's']!;
}
