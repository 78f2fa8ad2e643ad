import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  getOperationAST,
  getVariableValues,
  printSchema,
  visit,
  BREAK,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type * as GraphQLJit from 'graphql-jit';
import type { CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/** What one (document, operation name) runs as: compiled code, a compile-time error, or graphql-js for introspection. */
type Plan = { compiled: CompiledQuery; operation: OperationDefinitionNode } | ExecutionResult | 'graphql-js';

/**
 * Apollo Server, executing queries and mutations through graphql-jit: each (document, operation)
 * compiles once to JavaScript that walks the selection directly, instead of graphql-js
 * interpreting the document field by field on every request (most of the read path's time).
 * Parsing, validation, limits, plugins and error formatting stay Apollo's. A compiled plan lives
 * as long as Apollo keeps the parsed document (its bounded document cache hands back the same
 * object for the same query), so nothing grows with the number of distinct queries.
 * Introspection runs on graphql-js, which owns the meta fields.
 */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  const planFor = (document: DocumentNode, operationName: string | undefined): Plan => {
    let byOperation = plans.get(document);
    if (!byOperation) plans.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let plan = byOperation.get(key);
    if (!plan) {
      plan = asksForIntrospection(document) ? 'graphql-js' : compile(schema, document, operationName);
      byOperation.set(key, plan);
    }
    return plan;
  };
  return {
    async load() {
      return {
        executor: async ({ document, operationName, request, context }) => {
          const plan = planFor(document, operationName ?? undefined);
          if (plan === 'graphql-js') return execute({ schema, document, operationName, variableValues: request.variables, contextValue: context });
          if (!('compiled' in plan)) return plan;
          // graphql-js's own coercion first: its errors carry the variable's AST node, which is
          // how Apollo answers them BAD_USER_INPUT (400), with graphql-js's exact messages.
          const variables = getVariableValues(schema, plan.operation.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) return { errors: variables.errors };
          const result = await plan.compiled.query(undefined, context, variables.coerced);
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

function compile(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined): Plan {
  // Loaded with the first query, not at start-up (module loading is most of a start).
  const { compileQuery, isCompiledQuery } = require('graphql-jit') as typeof GraphQLJit;
  const compiled = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
  const operation = getOperationAST(document, operationName);
  return isCompiledQuery(compiled) && operation ? { compiled, operation } : (compiled as ExecutionResult);
}

/**
 * graphql-jit's errors are its own lightweight kind, without the `extensions` object that
 * graphql-js always sets and Apollo's error pipeline reads: rebuilt as graphql-js errors, with
 * the resolver's original error kept so domain errors keep their codes.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? undefined });
  // The locations graphql-jit computed from the document (graphql-js would derive them from AST nodes).
  Object.defineProperty(rebuilt, 'locations', { value: error.locations, enumerable: Boolean(error.locations?.length) });
  return rebuilt;
}

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
