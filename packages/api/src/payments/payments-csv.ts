/** The payments export's columns and CSV encoding. */

export const CSV_COLUMNS = [
  'id',
  'received_at',
  'project_id',
  'client_name',
  'payment_type',
  'provider',
  'method',
  'status',
  'amount',
  'refunded_amount',
  'currency',
  'provider_reference',
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | Date | null>;

/** Excel opens a BOM-less CSV as ANSI and mangles ą č ę ė į š ų ū ž. */
export const UTF8_BOM = '\ufeff';

/**
 * One RFC 4180 cell. Text beginning with = + - @ (or a tab / CR) is prefixed with an apostrophe
 * so a spreadsheet shows it instead of evaluating it as a formula (client names are user input).
 */
export function csvCell(value: string | number | Date | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let text = value instanceof Date ? value.toISOString() : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Array<string | number | Date | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
