import { parse, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type ValidationRule } from 'graphql';
import { PARSE_OPTIONS } from './query-limits';

/**
 * Subscription documents parsed and validated once per distinct text (Apollo does the same for
 * HTTP with its document cache): a dashboard's thousand sockets send the same few documents,
 * and validating each anew was a quarter of a subscribe's cost. The rules are fixed for the
 * server's life, so the answer for a text never changes. Bounded; the oldest text leaves first.
 * A text that does not parse throws, as `parse` does, and is not kept.
 */
export class CheckedDocuments {
  private readonly known = new Map<string, { document: DocumentNode; invalid: readonly GraphQLError[] }>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly capacity = 500,
  ) {}

  check(query: string): { document: DocumentNode; invalid: readonly GraphQLError[] } {
    let entry = this.known.get(query);
    if (!entry) {
      const document = parse(query, PARSE_OPTIONS);
      entry = { document, invalid: validate(this.schema, document, this.rules) };
      if (this.known.size >= this.capacity) this.known.delete(this.known.keys().next().value!);
      this.known.set(query, entry);
    }
    return entry;
  }
}
