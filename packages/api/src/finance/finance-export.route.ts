import { readFile } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request, type RequestHandler } from 'express';
import PDFDocument from 'pdfkit';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Role } from '../core/auth/role';
import type { AppConfig } from '../core/config/config';
import { BadUserInputError } from '../core/errors/domain-error';
import type { ContextDeps } from '../core/graphql/context-factory';
import { notFound } from '../core/http/http-errors';
import { requireRole } from '../core/http/require-role';
import { PaymentMethod, PaymentProvider, PaymentStatus, PaymentType } from '../payments/payment.enums';
import { financeEnabled } from './finance-flags';

/**
 * Finance REST endpoints for admins: a PDF receipt per payment and a CSV export of payments.
 * With either finance flag off they do not exist (404 before any auth check), as the
 * contract says of a disabled feature.
 */
export function financeExportRouter(deps: ContextDeps): Router {
  const router = Router();
  const adminOnly = requireRole(deps, Role.ADMIN);
  router.use('/api/v1/finance', (req, res, next) => (financeEnabled(deps.config) ? next() : notFound(req, res, next)));
  router.get('/api/v1/finance/payments.csv', adminOnly, paymentsCsvRoute(deps));
  router.get('/api/v1/finance/payments/:id/receipt.pdf', adminOnly, receiptPdfRoute(deps));
  return router;
}

// ---------------------------------------------------------------------------------------------
// Receipt (PDF)
// ---------------------------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface ReceiptRow {
  id: string;
  project_id: string;
  provider: PaymentProvider;
  provider_reference: string;
  payment_type: PaymentType;
  method: PaymentMethod | null;
  amount: number;
  refunded_amount: number;
  currency: string;
  status: PaymentStatus;
  received_at: Date;
  client_name: string;
  client_address: string | null;
}

function receiptPdfRoute(deps: ContextDeps): RequestHandler {
  return async (req, res, next) => {
    const id = String(req.params.id);
    // A malformed id would be a SQL error on the uuid cast; it names no payment, so 404.
    if (!UUID.test(id)) return notFound(req, res, next);
    // No receipt for money that was never received.
    const [row] = (await deps.dataSource.query(
      `SELECT p.id, p.project_id, p.provider, p.provider_reference, p.payment_type, p.method, p.amount,
              p.refunded_amount, p.currency, p.status, p.received_at, pr.client_name, pr.client_address
         FROM payments p JOIN projects pr ON pr.id = p.project_id
        WHERE p.id = $1 AND p.status <> $2`,
      [id, PaymentStatus.FAILED],
    )) as ReceiptRow[];
    if (!row) return notFound(req, res, next);

    // Rendered to a buffer first (a receipt is a few tens of KB): a failure becomes a clean 500, and Content-Length is known.
    const pdf = await renderReceipt(row, deps.config);
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="kvitas-${shortId(row.id)}.pdf"`);
    res.setHeader('Cache-Control', 'no-store'); // personal data
    res.setHeader('Content-Length', pdf.length);
    res.end(pdf);
  };
}

function shortId(id: string): string {
  return id.slice(0, 8).toLowerCase();
}

/**
 * pdfkit's 14 standard fonts are WinAnsi-encoded and have no ą č ę ė į š ų ū ž, so DejaVu Sans is
 * embedded (subset) from the `dejavu-fonts-ttf` npm package: it ships plain TTFs with full
 * Latin Extended-A, and comes with the app rather than from the host's fonts.
 */
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};
let fontBytes: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

function loadFonts(): Promise<{ regular: Buffer; bold: Buffer }> {
  fontBytes ??= Promise.all([readFile(FONT_FILES.regular), readFile(FONT_FILES.bold)]).then(([regular, bold]) => ({ regular, bold }));
  fontBytes.catch(() => (fontBytes = undefined)); // retry on the next request rather than caching a failure
  return fontBytes;
}

const PAYMENT_TYPE_LT: Record<PaymentType, string> = {
  [PaymentType.DEPOSIT]: 'Avansas',
  [PaymentType.FINAL]: 'Galutinis mokėjimas',
};
const METHOD_LT: Record<PaymentMethod, string> = {
  [PaymentMethod.CARD]: 'Mokėjimo kortelė',
  [PaymentMethod.CASH]: 'Grynieji pinigai',
  [PaymentMethod.BANK_TRANSFER]: 'Banko pervedimas',
};
const PROVIDER_LT: Record<PaymentProvider, string> = {
  [PaymentProvider.STRIPE]: 'Stripe',
  [PaymentProvider.MANUAL]: 'užregistruota rankiniu būdu',
};
const STATUS_LT: Record<PaymentStatus, string> = {
  [PaymentStatus.SUCCEEDED]: 'Gautas',
  [PaymentStatus.FAILED]: 'Nepavykęs',
  [PaymentStatus.REFUNDED]: 'Grąžintas',
  [PaymentStatus.PARTIALLY_REFUNDED]: 'Iš dalies grąžintas',
};

const NBSP = '\u00a0';

/** Minor units → "1 234,50 €" (Lithuanian: space-grouped thousands, comma decimal; non-breaking spaces keep it on one line). */
export function formatMoney(minor: number, currency: string): string {
  const sign = minor < 0 ? '−' : '';
  const abs = Math.abs(minor);
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
  const cents = String(abs % 100).padStart(2, '0');
  const code = currency.trim().toUpperCase();
  return `${sign}${whole},${cents}${NBSP}${code === 'EUR' ? '€' : code}`;
}

/** "2025-03-14 14:05" as a wall clock in the business time zone. */
function formatDateTime(at: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

function methodLabel(row: ReceiptRow): string {
  const provider = PROVIDER_LT[row.provider] ?? row.provider;
  const method = row.method ? (METHOD_LT[row.method] ?? row.method) : null;
  return method ? `${method} (${provider})` : provider.charAt(0).toUpperCase() + provider.slice(1);
}

const PAGE_LEFT = 50;
const LABEL_WIDTH = 170;
const CONTENT_WIDTH = 495; // A4 width 595pt minus 50pt margins

async function renderReceipt(row: ReceiptRow, config: AppConfig): Promise<Buffer> {
  const fonts = await loadFonts();
  const { company } = config;
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_LEFT,
    lang: 'lt-LT',
    // Avoids loading the unused standard Helvetica font.
    font: FONT_FILES.regular,
    info: { Title: 'Mokėjimo kvitas', Author: company.name, Subject: `Mokėjimas ${row.id}` },
  });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular);
  doc.registerFont('bold', fonts.bold);

  const heading = (text: string) => {
    doc.moveDown(0.8).font('bold').fontSize(12).fillColor('#1d3b1d').text(text, PAGE_LEFT, doc.y);
    doc.moveTo(PAGE_LEFT, doc.y + 2).lineTo(PAGE_LEFT + CONTENT_WIDTH, doc.y + 2).strokeColor('#9bbf9b').lineWidth(0.5).stroke();
    doc.moveDown(0.5).fillColor('black');
  };
  const field = (label: string, value: string) => {
    const top = doc.y;
    doc.font('bold').fontSize(10).text(label, PAGE_LEFT, top, { width: LABEL_WIDTH });
    const labelBottom = doc.y;
    doc.font('regular').fontSize(10).text(value || '—', PAGE_LEFT + LABEL_WIDTH + 10, top, { width: CONTENT_WIDTH - LABEL_WIDTH - 10 });
    doc.x = PAGE_LEFT;
    doc.y = Math.max(labelBottom, doc.y) + 3;
  };

  doc.font('bold').fontSize(20).fillColor('#1d3b1d').text('Mokėjimo kvitas', PAGE_LEFT, PAGE_LEFT);
  doc.font('regular').fontSize(10).fillColor('black').text(`Kvito Nr. ${shortId(row.id).toUpperCase()}`);

  heading('Pardavėjas');
  field('Įmonė', company.name);
  field('Įmonės kodas', company.code);
  field('PVM mokėtojo kodas', company.vatCode);
  field('Adresas', company.address);
  field('Telefonas', company.phone);
  field('El. paštas', company.email);

  heading('Mokėjimas');
  field('Data', formatDateTime(row.received_at, config.businessTimezone));
  field('Suma', formatMoney(row.amount, row.currency));
  field('Valiuta', row.currency.trim().toUpperCase());
  field('Mokėjimo paskirtis', PAYMENT_TYPE_LT[row.payment_type] ?? row.payment_type);
  field('Mokėjimo būdas', methodLabel(row));
  if (row.provider === PaymentProvider.STRIPE) field('Mokėjimo nuoroda', row.provider_reference);
  field('Būsena', STATUS_LT[row.status] ?? row.status);
  if (row.refunded_amount > 0) field('Grąžinta', formatMoney(row.refunded_amount, row.currency));
  field('Mokėjimo ID', row.id);

  heading('Klientas');
  field('Mokėtojas', row.client_name);
  field('Adresas', row.client_address ?? '');
  field('Projektas', row.project_id);

  doc
    .moveDown(2)
    .font('regular')
    .fontSize(8)
    .fillColor('#555555')
    .text(
      `Kvitas patvirtina, kad ${company.name} gavo nurodytą mokėjimą. Tai nėra PVM sąskaita faktūra. ` +
        `Išrašyta ${formatDateTime(new Date(), config.businessTimezone)} (${config.businessTimezone}).`,
      PAGE_LEFT,
      doc.y,
      { width: CONTENT_WIDTH },
    );
  doc.end();
  return done;
}

// ---------------------------------------------------------------------------------------------
// Export (CSV)
// ---------------------------------------------------------------------------------------------

const DAY_MS = 86_400_000;
const DEFAULT_RANGE_DAYS = 30;
const MAX_RANGE_DAYS = 366;
/** Rows fetched per round trip from the server-side cursor. */
const CURSOR_BATCH = 500;

const CSV_COLUMNS = [
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

type CsvRow = Record<(typeof CSV_COLUMNS)[number], string | number | Date | null>;

/** Excel opens a BOM-less CSV as ANSI and mangles ą č ę ė į š ų ū ž. */
const UTF8_BOM = '\ufeff';

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

function csvLine(cells: Array<string | number | Date | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** `YYYY-MM-DD` → days since the epoch, or undefined when it is not a real calendar date. */
function parseDay(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time / DAY_MS;
}

function formatDay(epochDay: number): string {
  return new Date(epochDay * DAY_MS).toISOString().slice(0, 10);
}

/** Today's calendar date in the business time zone, as epoch days. */
function todayIn(timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date()).map((p) => [p.type, p.value]),
  );
  return parseDay(`${parts.year}-${parts.month}-${parts.day}`)!;
}

export interface DayRange {
  from: string;
  to: string;
}

/** `?from=&to=` → an inclusive range of business days; BadUserInputError when unusable. */
export function parseDayRange(query: Request['query'], timeZone: string): DayRange {
  const read = (name: 'from' | 'to'): number | undefined => {
    const raw = query[name];
    if (raw === undefined || raw === '') return undefined;
    const day = typeof raw === 'string' ? parseDay(raw) : undefined;
    if (day === undefined) throw new BadUserInputError(`${name} must be a date as YYYY-MM-DD`);
    return day;
  };
  const to = read('to') ?? todayIn(timeZone);
  const from = read('from') ?? to - DEFAULT_RANGE_DAYS;
  if (from > to) throw new BadUserInputError('from must not be after to');
  if (to - from + 1 > MAX_RANGE_DAYS) throw new BadUserInputError(`The range may span at most ${MAX_RANGE_DAYS} days`);
  return { from: formatDay(from), to: formatDay(to) };
}

/**
 * Every payment (all statuses, so failed attempts and refunds are visible to the bookkeeper) whose
 * received_at falls on a business day in [from, to], oldest first. Day bounds are computed by
 * PostgreSQL (`timestamp AT TIME ZONE zone`), so DST changes are handled there.
 */
const EXPORT_SQL = `
  SELECT p.id, p.received_at, p.project_id, pr.client_name, p.payment_type, p.provider, p.method, p.status,
         p.amount, p.refunded_amount, p.currency, p.provider_reference
    FROM payments p JOIN projects pr ON pr.id = p.project_id
   WHERE p.received_at >= ($1::date::timestamp AT TIME ZONE $3)
     AND p.received_at < (($2::date + 1)::timestamp AT TIME ZONE $3)
   ORDER BY p.received_at, p.id`;

/**
 * Streams with a server-side cursor (`pg-query-stream`) on a dedicated pool connection: rows
 * arrive CURSOR_BATCH at a time and `pipeline` applies backpressure from the response, so memory
 * stays flat however large the export. A single statement also reads one consistent snapshot.
 */
function paymentsCsvRoute(deps: ContextDeps): RequestHandler {
  return async (req, res) => {
    const range = parseDayRange(req.query, deps.config.businessTimezone);
    const log = req.log ?? deps.logger;
    // Obtained before any byte is sent: an unreachable database is still a clean 500 answer.
    const driver = deps.dataSource.driver as PostgresDriver;
    const [client, release] = (await driver.obtainMasterConnection()) as [PoolClient, (error?: Error | boolean) => void];

    let released = false;
    const releaseOnce = (error?: Error) => {
      if (released) return;
      released = true;
      // A connection whose cursor was interrupted is discarded rather than returned to the pool in an unknown state.
      release(error);
    };

    try {
      const rows = client.query(new QueryStream(EXPORT_SQL, [range.from, range.to, deps.config.businessTimezone], { batchSize: CURSOR_BATCH }));
      const toCsv = new Transform({
        writableObjectMode: true,
        transform(row: CsvRow, _encoding, callback) {
          callback(null, csvLine(CSV_COLUMNS.map((column) => row[column])));
        },
      });
      res.status(200);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="mokejimai-${range.from}-${range.to}.csv"`);
      res.setHeader('Cache-Control', 'no-store'); // personal data
      res.write(UTF8_BOM + csvLine([...CSV_COLUMNS]));
      // Ends the response on success; on a database error or a client disconnect it destroys every
      // stream (closing the cursor), and an unfinished chunked body tells the client the file is incomplete.
      await pipeline(rows, toCsv, res);
      releaseOnce();
    } catch (error) {
      releaseOnce(error instanceof Error ? error : new Error(String(error)));
      if ((error as { code?: string }).code === 'ERR_STREAM_PREMATURE_CLOSE') {
        log.info({ range }, 'payments CSV export aborted by the client');
        return;
      }
      if (res.headersSent) {
        log.error({ err: error, range }, 'payments CSV export failed while streaming');
        res.destroy();
        return;
      }
      throw error;
    }
  };
}
