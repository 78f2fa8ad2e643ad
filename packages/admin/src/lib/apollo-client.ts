import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { from, switchMap, throwError } from 'rxjs';
import type { LiveConnection } from './live-connection';
import type { SessionStore } from './session';

const isUnauthenticated = (error: unknown) => CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');

/**
 * HTTP for queries and mutations, the websocket for subscriptions. On UNAUTHENTICATED the
 * session is renewed once and the operation retried; when renewal fails the session is
 * cleared and the app shows the sign-in page.
 */
export function createApolloClient(session: SessionStore, live: LiveConnection, httpUri = '/graphql'): ApolloClient {
  const auth = new SetContextLink(async (previous) => {
    const token = await session.freshToken();
    return { headers: { ...previous['headers'], ...(token ? { authorization: `Bearer ${token}` } : {}) } };
  });
  const renewOnce = new ErrorLink(({ error, operation, forward }) => {
    if (!isUnauthenticated(error) || operation.getContext()['renewed'] || !session.accessToken) return;
    return from(session.renew()).pipe(
      switchMap((renewed) => {
        if (!renewed) return throwError(() => error);
        operation.setContext({ renewed: true });
        return forward(operation);
      }),
    );
  });
  const http = new HttpLink({ uri: httpUri, credentials: 'same-origin' });
  const transport = ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
    },
    new GraphQLWsLink(live.client),
    ApolloLink.from([renewOnce, auth, http]),
  );

  const client = new ApolloClient({
    link: transport,
    cache: new InMemoryCache({
      typePolicies: {
        Query: { fields: { project: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Project', id: args?.['id'] }) } } },
      },
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });

  // Events sent while the socket was down are not replayed: refetch what is on screen, once.
  let refetchTimer: ReturnType<typeof setTimeout> | undefined;
  live.onReconnected(() => {
    clearTimeout(refetchTimer);
    refetchTimer = setTimeout(() => void client.refetchQueries({ include: 'active' }), 300);
  });
  return client;
}
