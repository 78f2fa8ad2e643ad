import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';

/** The contract's "Limits". Depth counts as GraphQL Armor counts it: `{ viewer { id } }` is 2. */
export const QUERY_LIMITS = {
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 5000,
  /** Largest page any connection returns; a `first` outside 1 to this fails validation (page-size-limit.ts). */
  maxPageSize: 100,
} as const;

// Report through the validation context so a query over a limit fails
// validation (GRAPHQL_VALIDATION_FAILED, HTTP 400) before anything executes.
const reject = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)] };

/**
 * Extra validation rules for every operation. Apollo runs them for HTTP;
 * graphql-ws does not run Apollo's rules, so the websocket server applies
 * the same list itself.
 */
export function queryLimitRules(): ValidationRule[] {
  return [
    maxDepthRule({ n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, ...reject }),
    // Every alias counts: GraphQL Armor exempts `__typename` by default, and 500 aliased copies of it were answered.
    maxAliasesRule({ n: QUERY_LIMITS.maxAliases, allowList: [], ...reject }),
    maxDirectivesRule({ n: QUERY_LIMITS.maxDirectives, ...reject }),
    costLimitRule({ maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, ...reject }),
  ] as ValidationRule[];
}

/** Token limit, enforced by the parser itself (graphql-js `maxTokens`). */
export const PARSE_OPTIONS: ParseOptions = { maxTokens: QUERY_LIMITS.maxTokens };
