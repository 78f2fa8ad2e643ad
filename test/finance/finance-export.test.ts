import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PaymentMethod, PaymentProvider, PaymentStatus, PaymentType } from '../../packages/api/src/payments/payment.enums';
import { factories } from '../support/factories';
import { Role, useTestServer, type TestServer } from '../support/test-server';

const CSV_HEADER = 'id,received_at,project_id,client_name,payment_type,provider,method,status,amount,refunded_amount,currency,provider_reference';

async function get(server: TestServer, path: string, token?: string): Promise<Response> {
  return fetch(`${server.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function errorCode(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { error?: { code?: string } };
  return body.error?.code;
}

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(cell), (cell = ''));
    else if (char === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      ((row = []), (cell = ''), i++);
    } else cell += char;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/**
 * The text of a PDF as a reader would copy it, extracted with pdf.js (Mozilla's PDF engine):
 * glyphs mapped back to letters through each embedded font's ToUnicode table, so a letter
 * the font could not draw does not come back.
 */
async function pdfText(pdf: Buffer): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.js');
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const lines: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) lines.push(item.str);
  }
  await document.cleanup();
  return lines.join('\n');
}

describe('finance REST: receipt PDF and payments CSV', () => {
  const server = useTestServer();
  let make: ReturnType<typeof factories>;
  let admin: string;
  const ids = { succeeded: '', failed: '', inRange: [] as string[], outOfRange: [] as string[], tricky: '', formula: '' };

  beforeAll(async () => {
    make = factories(server.dataSource);
    admin = await server.token(Role.ADMIN);
    const project = await make.project({ clientName: 'Rūta Žemaitienė', clientAddress: 'Šventaragio g. 2, Vilnius' });
    ids.succeeded = (
      await make.payment(project.id, {
        amount: 123_450,
        provider: PaymentProvider.MANUAL,
        method: PaymentMethod.BANK_TRANSFER,
        paymentType: PaymentType.FINAL,
        receivedAt: new Date('2025-02-10T10:00:00Z'),
      })
    ).id;
    ids.failed = (await make.payment(project.id, { status: PaymentStatus.FAILED, receivedAt: new Date('2025-02-11T10:00:00Z') })).id;

    // March 2025 in Europe/Vilnius: 1 March 00:00 is 28 Feb 22:00Z (UTC+2); 1 April 00:00 is 31 March 21:00Z (UTC+3 after DST).
    const march = await make.project({ clientName: 'Jonas Petrauskas' });
    for (const at of ['2025-02-28T22:00:00Z', '2025-03-15T12:00:00Z', '2025-03-31T20:59:59Z']) {
      ids.inRange.push((await make.payment(march.id, { receivedAt: new Date(at) })).id);
    }
    for (const at of ['2025-02-28T21:59:59Z', '2025-03-31T21:00:00Z']) {
      ids.outOfRange.push((await make.payment(march.id, { receivedAt: new Date(at) })).id);
    }
    const tricky = await make.project({ clientName: 'Žemaitienė, Rūta "Ąžuolynė"\nč ę ė į š ų ū' });
    ids.tricky = (await make.payment(tricky.id, { receivedAt: new Date('2025-03-10T08:00:00Z'), providerReference: 'pi_"quoted",ref' })).id;
    const formula = await make.project({ clientName: '=HYPERLINK("http://evil.example","x")' });
    ids.formula = (await make.payment(formula.id, { receivedAt: new Date('2025-03-11T08:00:00Z') })).id;
  });

  describe('GET /api/v1/finance/payments/{id}/receipt.pdf', () => {
    it('answers an ADMIN with a PDF whose Lithuanian text the embedded font can draw', async () => {
      const response = await get(server, `/api/v1/finance/payments/${ids.succeeded}/receipt.pdf`, admin);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(`inline; filename="kvitas-${ids.succeeded.slice(0, 8)}.pdf"`);
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toContain('/FontFile2'); // an embedded TrueType font, not a standard one

      const text = await pdfText(pdf);
      for (const expected of [
        'Mokėjimo kvitas',
        'Įmonė',
        'Įmonės kodas',
        'PVM mokėtojo kodas',
        'Mokėjimo būdas',
        'Mokėtojas',
        'Projektas',
        server.config.company.name,
        server.config.company.vatCode,
        '1 234,50 €', // non-breaking spaces in the PDF; pdf.js reports them as plain spaces
        'EUR',
        'Galutinis mokėjimas',
        'Banko pervedimas',
        '2025-02-10 12:00', // 10:00Z in Europe/Vilnius (UTC+2 in February)
        'Rūta Žemaitienė',
        'Šventaragio g. 2, Vilnius',
      ]) {
        expect(text, expected).toContain(expected);
      }
    });

    it('refuses without a valid token (401) and for non-admins (403)', async () => {
      const path = `/api/v1/finance/payments/${ids.succeeded}/receipt.pdf`;
      const anonymous = await get(server, path);
      expect(anonymous.status).toBe(401);
      expect(await errorCode(anonymous)).toBe('UNAUTHENTICATED');
      const garbage = await get(server, path, 'not-a-jwt');
      expect(garbage.status).toBe(401);
      const expired = await get(server, path, await server.token(Role.ADMIN, { ttlSeconds: -60 }));
      expect(expired.status).toBe(401);
      expect(await errorCode(expired)).toBe('UNAUTHENTICATED');
      for (const role of [Role.CONTRACTOR, Role.EXPERT, Role.CLIENT]) {
        const response = await get(server, path, await server.token(role));
        expect(response.status, role).toBe(403);
        expect(await errorCode(response)).toBe('FORBIDDEN');
      }
    });

    it('answers 404 for an unknown id, a malformed id and a failed payment', async () => {
      for (const id of [randomUUID(), 'not-a-uuid', ids.failed]) {
        const response = await get(server, `/api/v1/finance/payments/${id}/receipt.pdf`, admin);
        expect(response.status, id).toBe(404);
        expect(await errorCode(response)).toBe('NOT_FOUND');
      }
    });
  });

  describe('GET /api/v1/finance/payments.csv', () => {
    it('streams exactly the payments of the range, in business days, as escaped UTF-8 CSV with a BOM', async () => {
      const response = await get(server, '/api/v1/finance/payments.csv?from=2025-03-01&to=2025-03-31', admin);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/);
      const bytes = Buffer.from(await response.arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.subarray(3).toString('utf8');
      expect(text.split('\r\n')[0]).toBe(CSV_HEADER);

      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(CSV_HEADER.split(','));
      const byId = new Map(rows.map((row) => [row[0], row]));
      expect([...byId.keys()].sort()).toEqual([...ids.inRange, ids.tricky, ids.formula].sort());
      for (const id of ids.outOfRange) expect(byId.has(id)).toBe(false);

      const tricky = byId.get(ids.tricky)!;
      expect(tricky[3]).toBe('Žemaitienė, Rūta "Ąžuolynė"\nč ę ė į š ų ū');
      expect(tricky[11]).toBe('pi_"quoted",ref');
      expect(tricky.slice(4, 11)).toEqual(['DEPOSIT', 'STRIPE', '', 'SUCCEEDED', '50000', '0', 'eur']);
      expect(tricky[1]).toBe('2025-03-10T08:00:00.000Z');
      // A formula is shown as text, not evaluated by the spreadsheet.
      expect(byId.get(ids.formula)![3]).toBe(`'=HYPERLINK("http://evil.example","x")`);
      // Oldest first.
      expect(rows.map((row) => row[1])).toEqual(rows.map((row) => row[1]).sort());
    });

    it('defaults to the last 30 days', async () => {
      const project = await make.project();
      const recent = await make.payment(project.id, { receivedAt: new Date(Date.now() - 2 * 86_400_000) });
      const response = await get(server, '/api/v1/finance/payments.csv', admin);
      expect(response.status).toBe(200);
      const ids_ = parseCsv((await response.text()).replace(/^\ufeff/, ''))
        .slice(1)
        .map((row) => row[0]);
      expect(ids_).toEqual([recent.id]);
    });

    it('streams a large export and frees its database connection when the client disconnects mid-way', async () => {
      const project = await make.project();
      await server.dataSource.query(
        `INSERT INTO payments (project_id, provider, provider_reference, payment_type, amount, currency, status, received_at)
         SELECT $1, 'STRIPE', 'pi_bulk_' || g, 'DEPOSIT', 1000 + g, 'eur', 'SUCCEEDED', '2025-06-01T08:00:00Z'::timestamptz + g * interval '1 second'
           FROM generate_series(1, 30000) g`,
        [project.id],
      );
      const pool = (server.dataSource.driver as unknown as { master: { totalCount: number; idleCount: number } }).master;
      const checkedOut = () => pool.totalCount - pool.idleCount;
      const path = '/api/v1/finance/payments.csv?from=2025-06-01&to=2025-06-01';

      const full = await get(server, path, admin);
      expect(full.status).toBe(200);
      expect((await full.text()).split('\r\n').filter(Boolean)).toHaveLength(30_001);
      await vi.waitFor(() => expect(checkedOut()).toBe(0));

      const abort = new AbortController();
      const partial = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${admin}` }, signal: abort.signal });
      await partial.body!.getReader().read(); // the export has started
      abort.abort();
      await vi.waitFor(() => expect(checkedOut()).toBe(0), { timeout: 5_000 });
      // The pool still serves requests.
      const after = await get(server, '/api/v1/finance/payments.csv?from=2025-06-02&to=2025-06-02', admin);
      expect(parseCsv((await after.text()).replace(/^\ufeff/, ''))).toEqual([CSV_HEADER.split(',')]);
    });

    it('answers 400 BAD_USER_INPUT for an invalid date, a reversed range or a range over 366 days', async () => {
      for (const query of ['from=2025-02-30', 'to=yesterday', 'from=2025-03-31&to=2025-03-01', 'from=2024-01-01&to=2025-01-01', 'from=2025-01-01&from=2025-01-02']) {
        const response = await get(server, `/api/v1/finance/payments.csv?${query}`, admin);
        expect(response.status, query).toBe(400);
        expect(await errorCode(response)).toBe('BAD_USER_INPUT');
      }
      const leapYear = await get(server, '/api/v1/finance/payments.csv?from=2024-01-01&to=2024-12-31', admin);
      expect(leapYear.status).toBe(200);
      await leapYear.arrayBuffer();
    });

    it('refuses without a token (401) and for non-admins (403)', async () => {
      const anonymous = await get(server, '/api/v1/finance/payments.csv');
      expect(anonymous.status).toBe(401);
      expect(await errorCode(anonymous)).toBe('UNAUTHENTICATED');
      for (const role of [Role.CONTRACTOR, Role.EXPERT, Role.CLIENT]) {
        const response = await get(server, '/api/v1/finance/payments.csv', await server.token(role));
        expect(response.status, role).toBe(403);
        expect(await errorCode(response)).toBe('FORBIDDEN');
      }
    });
  });

  for (const flag of ['ENABLE_FINANCE_METRICS', 'ENABLE_FINANCE_LEDGER']) {
    describe(`with ${flag}=false`, () => {
      const disabled = useTestServer({ [flag]: 'false' });

      it('answers 404 on both routes, for an ADMIN and before any auth check', async () => {
        const project = await factories(disabled.dataSource).project();
        const payment = await factories(disabled.dataSource).payment(project.id);
        const adminToken = await disabled.token(Role.ADMIN);
        for (const path of [`/api/v1/finance/payments/${payment.id}/receipt.pdf`, '/api/v1/finance/payments.csv']) {
          for (const token of [adminToken, undefined]) {
            const response = await get(disabled, path, token);
            expect(response.status, `${path} ${token ? 'admin' : 'anonymous'}`).toBe(404);
            expect(await errorCode(response)).toBe('NOT_FOUND');
          }
        }
      });
    });
  }
});
