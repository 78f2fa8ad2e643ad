/**
 * A flood's worth of bad requests, one of each kind, with the answer the server gives each:
 * the status and, when the body names one, its code (`413 PAYLOAD_TOO_LARGE`). Shared by the
 * hostile-input test and `pnpm bench:flood`.
 */

export interface BadRequest {
  kind: string;
  /** `<status>` or `<status> <code>`, as answerTo reports it. */
  answer: string;
  /** Refused and recorded in webhook_deliveries (REJECTED, within the address' budget). */
  recorded?: boolean;
  send(): Promise<Response>;
}

const JSON_TYPE = 'application/json';
const FORM_TYPE = 'application/x-www-form-urlencoded';
/** Under the 1 MB limit: read whole, hashed and refused (only its first 4 KiB stored). */
const FORGED_BODY_BYTES = 900 * 1024;

/** Each webhook route, a delivery its provider would send but for the signature, and the contract's answer to it. */
const FORGED = [
  { path: '/api/v1/webhook/stripe', type: JSON_TYPE, answer: '400 rejected', headers: { 'stripe-signature': 't=1,v1=forged' }, body: '{"id":"evt_forged","padding":"' },
  { path: '/api/v1/webhook/chat/events', type: JSON_TYPE, answer: '401 rejected', headers: { 'x-signature': `sha256=${'0'.repeat(64)}` }, body: '{"id":"chat_forged","text":"' },
  { path: '/api/v1/webhook/twilio', type: FORM_TYPE, answer: '403', headers: { 'x-twilio-signature': 'Zm9yZ2Vk' }, body: 'MessageSid=SMforged&Body=' },
  { path: '/api/v1/webhook/twilio/voice', type: FORM_TYPE, answer: '403', headers: { 'x-twilio-signature': 'Zm9yZ2Vk' }, body: 'CallSid=CAforged&Digits=' },
] as const;

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`;

/**
 * One request of each kind against `url`. `forwardedFor` is the client address a trusted proxy
 * reports for the forged deliveries (their stored trace is budgeted per address).
 */
export function badRequests(url: string, forwardedFor?: string): BadRequest[] {
  const post = (path: string, body: string, headers: Record<string, string>) => fetch(`${url}${path}`, { method: 'POST', body, headers });
  const json = { 'content-type': JSON_TYPE };
  const twoMegabytes = 'x'.repeat(2 * 1024 * 1024);
  const fiveMegabytes = 'x'.repeat(5 * 1024 * 1024);
  const deep = `{ ${'projects(first: 1) { edges { node { '.repeat(30)}id${' } } }'.repeat(30)} }`;
  const client: Record<string, string> = forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
  return [
    { kind: 'malformed JSON to /graphql', answer: '400 BAD_USER_INPUT', send: () => post('/graphql', '{"query": "{ __typename ', json) },
    { kind: '2 MB body to /graphql', answer: '413 PAYLOAD_TOO_LARGE', send: () => post('/graphql', JSON.stringify({ query: twoMegabytes }), json) },
    // Refused on the declared length, before a route reads a byte.
    ...FORGED.map((route) => ({
      kind: `2 MB body to ${route.path}`,
      answer: '413 PAYLOAD_TOO_LARGE',
      send: () => post(route.path, twoMegabytes, { 'content-type': route.type, ...client }),
    })),
    ...FORGED.map((route) => ({
      kind: `900 KB forged delivery to ${route.path}`,
      answer: route.answer,
      recorded: true,
      send: () => post(route.path, route.body.padEnd(FORGED_BODY_BYTES, 'x'), { 'content-type': route.type, ...route.headers, ...client }),
    })),
    { kind: 'query 30 levels deep', answer: '400 GRAPHQL_VALIDATION_FAILED', send: () => post('/graphql', JSON.stringify({ query: deep }), json) },
    { kind: 'query with 200 aliases', answer: '400 GRAPHQL_VALIDATION_FAILED', send: () => post('/graphql', JSON.stringify({ query: aliases(200) }), json) },
    // 3,000 aliases are more tokens than the parser reads (QUERY_LIMITS.maxTokens).
    { kind: 'query with 3,000 aliases', answer: '400 GRAPHQL_PARSE_FAILED', send: () => post('/graphql', JSON.stringify({ query: aliases(3_000) }), json) },
    // Past Node's 16 KiB request head: answered before Express sees it (unparsable-request-answer.ts).
    { kind: '5 MB query string', answer: '431', send: () => fetch(`${url}/graphql?query=${fiveMegabytes}`) },
  ];
}

/** What the server answered, as BadRequest.answer spells it, or `no answer (ECONNRESET)`. */
export async function answerTo(request: BadRequest): Promise<string> {
  let response: Response;
  let text: string;
  try {
    response = await request.send();
    text = await response.text();
  } catch (error) {
    return `no answer (${(error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message})`;
  }
  let code: string | undefined;
  try {
    const body = JSON.parse(text);
    // GraphQL's, the REST errors' and the webhooks' shapes.
    code = body.errors?.[0]?.extensions?.code ?? body.error?.code ?? body.status;
  } catch {
    // Not JSON (Twilio's plain 403, Node's bodiless 431): the status says it all.
  }
  return code ? `${response.status} ${code}` : String(response.status);
}
