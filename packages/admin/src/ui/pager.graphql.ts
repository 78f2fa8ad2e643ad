import { graphql } from '../gql/gql';

/** What the Pager (and PagedList) read of a connection's pageInfo; every paged query spreads it. */
export const PagerPageInfo = graphql(`
  fragment PagerPageInfo on PageInfo {
    endCursor
    hasNextPage
  }
`);
