import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, print } from 'graphql';

/**
 * A query codegen cannot type: built in code, or refused by the server on purpose. Its data is
 * `unknown`; everything else the tests send is a typed document from test/generated (`pnpm codegen`).
 */
export function untyped(query: string): TypedDocumentNode<unknown, Record<string, unknown>> {
  return parse(query, { noLocation: true });
}

/** The text sent over HTTP or a websocket. */
export function queryText(document: TypedDocumentNode<unknown, never>): string {
  return print(document);
}

/** The data of a result without errors; otherwise throws with what came back, so a failure says why. */
export function dataOf<T>(result: { data?: T | null; errors?: readonly unknown[] }): T {
  if (result.errors?.length || result.data === undefined || result.data === null) {
    throw new Error(`expected data without errors, got ${JSON.stringify({ data: result.data, errors: result.errors })}`);
  }
  return result.data;
}
