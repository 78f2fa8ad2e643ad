// Margin periods are calendar days, kept as UTC midnights (formatDate reads them in UTC too).

/** `2026-03-01` → `2026-03-01T00:00:00.000Z` */
export const dayToIso = (day: string) => new Date(`${day}T00:00:00.000Z`).toISOString();

/** An ISO timestamp → the `2026-03-01` a date input shows. */
export const isoToDay = (iso: string | null | undefined) => (iso ? new Date(iso).toISOString().slice(0, 10) : '');
