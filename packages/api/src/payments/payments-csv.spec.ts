import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './payments-csv';

describe('payments CSV', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Žemaitienė, Rūta "Ąžuolynė"')).toBe('"Žemaitienė, Rūta ""Ąžuolynė"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(1234)).toBe('1234');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+370600')).toBe(`'+370600`);
  });

  it('ends lines with CRLF', () => {
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });
});
