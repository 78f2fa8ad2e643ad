const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else can be answered NOT_FOUND without asking the database (which would fail on the cast). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
