import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { BadUserInputError } from '../errors/domain-error';
import { QUERY_LIMITS } from './query-limits';

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  // Out of range is refused before execution (page-size-limit.ts); these stay as a second line of defence.
  @Field(() => Int, { defaultValue: 20, description: `1 to ${QUERY_LIMITS.maxPageSize}` })
  @Min(1)
  @Max(QUERY_LIMITS.maxPageSize)
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  /** A number, or a count that runs only when the client selects `totalCount` (see countWhenAsked). */
  totalCount: number | PromiseLike<number>;
  pageInfo: PageInfo;
  edges: Edge<T>[];
}

/** GraphQL types `<Name>Connection` and `<Name>Edge` for a node type. */
export function connectionTypes<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => Int)
    totalCount!: number;

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => [EdgeType])
    edges!: EdgeType[];
  }

  return { EdgeType, ConnectionType };
}

/** Opaque cursors: base64url of a JSON key, so clients cannot build or read them. */
export function encodeCursor(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T>(cursor: string, isValid: (key: unknown) => key is T): T {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new BadUserInputError('Invalid cursor');
  }
  if (!isValid(key)) throw new BadUserInputError('Invalid cursor');
  return key;
}

/**
 * A count that runs only if something awaits it. GraphQL execution awaits a field's value only
 * when the field is selected, so a page whose client did not ask for `totalCount` pays no COUNT(*).
 */
export function countWhenAsked(count: () => Promise<number>): PromiseLike<number> {
  let started: Promise<number> | undefined;
  return { then: (onFulfilled, onRejected) => (started ??= count()).then(onFulfilled, onRejected) };
}

/** Builds a connection from rows fetched with `limit first + 1` (the extra row tells whether a next page exists). */
export function toConnection<T>(rows: T[], first: number, totalCount: number | PromiseLike<number>, cursorOf: (row: T) => string, hasPreviousPage: boolean): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    totalCount,
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
