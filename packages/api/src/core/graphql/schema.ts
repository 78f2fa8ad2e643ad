import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../auth/auth-checker';

/** The executable schema of the given resolver classes (the composition root lists them). */
export function buildGraphQLSchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    // Every subscription brings its own `subscribe` (the live hubs); type-graphql still wants a
    // PubSub, so this one refuses topic-based use, which would bypass the hubs.
    pubSub: {
      publish: () => {
        throw new Error('topic subscriptions are not used; publish domain events instead');
      },
      subscribe: () => {
        throw new Error('topic subscriptions are not used; give the subscription a subscribe function');
      },
    },
    // class-validator on arguments: invalid input is BAD_USER_INPUT before any service runs.
    validate: { forbidUnknownValues: false },
  });
}

/** The committed `schema.graphql`: sorted, so a diff shows real changes only. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
