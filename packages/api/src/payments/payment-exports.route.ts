import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type RequestHandler } from 'express';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Role } from '../core/auth/role';
import type { ContextDeps } from '../core/context/context-factory';
import { notFound } from '../core/http/http-errors';
import { requireRole } from '../core/http/require-role';
import { isUuid } from '../core/validation/is-uuid';
import { PaymentStatus } from './payment.enums';
import { parseDayRange } from './day-range';
import { financeEnabled } from '../finance/finance-flags';
import { CSV_COLUMNS, UTF8_BOM, csvLine, type CsvRow } from './payments-csv';
import { renderReceipt, shortId, type ReceiptRow } from './receipt-pdf';

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

function receiptPdfRoute(deps: ContextDeps): RequestHandler {
  return async (req, res, next) => {
    const id = String(req.params.id);
    // A malformed id would be a SQL error on the uuid cast; it names no payment, so 404.
    if (!isUuid(id)) return notFound(req, res, next);
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

/** Rows fetched per round trip from the server-side cursor. */
const CURSOR_BATCH = 500;

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
