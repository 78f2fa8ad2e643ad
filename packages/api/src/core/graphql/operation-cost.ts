import { parse, visit, type DocumentNode } from 'graphql';
import { PARSE_OPTIONS } from './query-limits';

/**
 * What one GraphQL request costs against RATE_LIMIT_API_ENABLED's limits: one point per
 * operation plus one per alias in its document (fragments included), so 50 aliased copies of
 * a field cost 51, not 1. A batch (a JSON array) costs the sum of its entries. A body that is
 * not GraphQL at all still costs 1: it was a request.
 */
export function requestCost(body: unknown): number {
  if (Array.isArray(body))
    return Math.max(
      body.reduce((sum: number, entry: unknown) => sum + requestCost(entry), 0),
      1,
    );
  const query = (body as { query?: unknown } | null | undefined)?.query;
  return typeof query === 'string' ? documentCost(query) : 1;
}

/** One per operation definition plus one per aliased field; 1 for a document that does not parse. */
export function documentCost(query: string): number {
  let document;
  try {
    document = parse(query, PARSE_OPTIONS);
  } catch {
    return 1;
  }
  return costOf(document);
}

/** The same for a parsed document (websockets parse before they count). */
export function costOf(document: DocumentNode): number {
  let operations = 0;
  let aliases = 0;
  visit(document, {
    OperationDefinition: () => void operations++,
    Field: (field) => void (field.alias && aliases++),
  });
  return Math.max(operations, 1) + aliases;
}
