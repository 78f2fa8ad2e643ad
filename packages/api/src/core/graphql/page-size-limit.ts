import {
  GraphQLError,
  Kind,
  TypeInfo,
  ValidationContext,
  getOperationAST,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { QUERY_LIMITS } from './query-limits';

const PAGE_SIZE_ARGUMENT = 'first';

/**
 * The contract's "`first` at most 100" as a validation error, for every field
 * with a `first` argument. A plain validation rule cannot do it: the value often
 * comes from the request's variables, which validation never sees. So Apollo
 * (a plugin, after validation) and the websocket server (after `validate`) call
 * this with the variables and refuse the operation before it executes.
 *
 * Checks the operation that would run (`operationName`, as graphql-js picks it)
 * and the fragments it uses; without one (ambiguous document) there is nothing
 * to execute and nothing to check.
 */
export function pageSizeErrors(schema: GraphQLSchema, document: DocumentNode, variables?: Readonly<Record<string, unknown>> | null, operationName?: string | null): GraphQLError[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];

  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
    if (node.kind !== Kind.VARIABLE) return undefined;
    const name = node.name.value;
    if (variables && Object.prototype.hasOwnProperty.call(variables, name)) return variables[name];
    const definition = operation.variableDefinitions?.find((candidate) => candidate.variable.name.value === name);
    return definition?.defaultValue?.kind === Kind.INT ? Number.parseInt(definition.defaultValue.value, 10) : undefined;
  };

  const errors: GraphQLError[] = [];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Argument(node: ArgumentNode) {
      // Field arguments only: a directive's `first` is no page size.
      if (node.name.value !== PAGE_SIZE_ARGUMENT || typeInfo.getDirective() || !typeInfo.getArgument()) return;
      const value = valueOf(node.value);
      if (typeof value !== 'number' || (value >= 1 && value <= QUERY_LIMITS.maxPageSize)) return;
      errors.push(
        new GraphQLError(`\`${PAGE_SIZE_ARGUMENT}\` must be between 1 and ${QUERY_LIMITS.maxPageSize}; got ${value}`, {
          nodes: node,
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        }),
      );
    },
  });
  // graphql-js' own walk over the fragments the operation spreads, directly or not, each once.
  const fragments = new ValidationContext(schema, document, typeInfo, () => undefined).getRecursivelyReferencedFragments(operation);
  for (const definition of [operation, ...fragments]) visit(definition, visitor);
  return errors;
}
