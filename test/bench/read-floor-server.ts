/**
 * The floor of the read bench: node:http + pg and one SQL that builds the whole ProjectsPage
 * answer (same JSON shape as the API's, allowedTransitions of an ADMIN computed from the same
 * guards) with json_agg. No GraphQL, no ORM: what the database and the wire cost alone.
 * DATABASE_URL and PORT come from the bench.
 */
import { createServer } from 'node:http';
import pg from 'pg';

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const PAGE_SQL = `
WITH page AS (
  SELECT p.*, row_number() OVER (ORDER BY p.created_at DESC, p.id DESC) AS rn
    FROM projects p ORDER BY p.created_at DESC, p.id DESC LIMIT $1::int + 1
), shown AS (
  SELECT * FROM page WHERE rn <= $1::int
), nodes AS (
  SELECT s.rn, encode(convert_to(${iso('s.created_at')} || '|' || s.id, 'UTF8'), 'base64') AS cursor,
         json_build_object(
           'id', s.id, 'status', s.status,
           'clientInfo', json_build_object('name', s.client_name, 'clientId', s.client_id, 'phone', s.client_phone, 'email', s.client_email, 'address', s.client_address),
           'createdAt', ${iso('s.created_at')}, 'updatedAt', ${iso('s.updated_at')},
           'allowedTransitions', CASE
             WHEN s.status = 'DRAFT' AND EXISTS (SELECT 1 FROM payments d WHERE d.project_id = s.id AND d.payment_type = 'DEPOSIT') THEN json_build_array('PAID')
             WHEN s.status = 'PAID' THEN json_build_array('SCHEDULED')
             WHEN s.status = 'SCHEDULED' THEN json_build_array('PENDING_EXPERT')
             WHEN s.status = 'PENDING_EXPERT' AND (SELECT count(*) FROM evidences c WHERE c.project_id = s.id AND c.category = 'EXPERT_CERTIFICATION') >= 3 THEN json_build_array('CERTIFIED')
             ELSE json_build_array() END,
           'payments', (SELECT coalesce(json_agg(json_build_object('id', pa.id, 'amount', pa.amount, 'currency', pa.currency, 'paymentType', pa.payment_type,
                                                                  'provider', pa.provider, 'status', pa.status, 'receivedAt', ${iso('pa.received_at')})
                                                 ORDER BY pa.received_at DESC), '[]') FROM payments pa WHERE pa.project_id = s.id),
           'evidences', (SELECT coalesce(json_agg(json_build_object('id', e.id, 'category', e.category, 'fileUrl', e.file_url, 'showOnWeb', e.show_on_web,
                                                                   'isFeatured', e.is_featured, 'uploadedAt', ${iso('e.uploaded_at')})
                                                  ORDER BY e.uploaded_at DESC), '[]') FROM evidences e WHERE e.project_id = s.id)
         ) AS node
    FROM shown s
)
SELECT json_build_object('data', json_build_object('projects', json_build_object(
  'totalCount', (SELECT count(*) FROM projects),
  'pageInfo', json_build_object('hasNextPage', (SELECT count(*) FROM page) > $1::int, 'endCursor', (SELECT cursor FROM nodes ORDER BY rn DESC LIMIT 1)),
  'edges', coalesce((SELECT json_agg(json_build_object('cursor', cursor, 'node', node) ORDER BY rn) FROM nodes), '[]')
)))::text AS body`;

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const first = Number((JSON.parse(Buffer.concat(chunks).toString() || '{}') as { variables?: { first?: number } }).variables?.first ?? 20);
    pool.query<{ body: string }>({ name: 'projects-page', text: PAGE_SQL, values: [first] }).then(
      (result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(result.rows[0]!.body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      },
    );
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor ready'));
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
