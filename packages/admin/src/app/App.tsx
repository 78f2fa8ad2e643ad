import { ApolloProvider } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { createApolloClient } from '../lib/apollo-client';
import { i18n } from '../lib/i18n';
import { createLiveConnection } from '../lib/live-connection';
import { SessionStore } from '../lib/session';
import { renewFromCookie } from '../lib/session-api';
import { ServicesProvider } from './app-services';
import { routes } from './routes';
import { wakeOnReturn } from './wake-on-return';

function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

export function App() {
  const services = useMemo(() => {
    const session = new SessionStore(renewFromCookie);
    const live = createLiveConnection(websocketUrl(), session);
    return { session, live, apollo: createApolloClient(session, live) };
  }, []);
  const router = useMemo(() => createBrowserRouter(routes, { basename: '/admin' }), []);
  useEffect(() => wakeOnReturn(services.live), [services.live]);
  // Another person signing in (or signing out) must not keep the previous one's socket; a
  // renewal needs nothing: the server closes the socket when its token expires and the
  // reconnect sends the new one.
  useEffect(() => {
    let userId = services.session.session?.user.id;
    return services.session.subscribe((session) => {
      if (session?.user.id === userId) return;
      userId = session?.user.id;
      services.live.client.terminate();
    });
  }, [services]);

  return (
    <I18nextProvider i18n={i18n}>
      <ServicesProvider services={services}>
        <ApolloProvider client={services.apollo}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </ServicesProvider>
    </I18nextProvider>
  );
}
