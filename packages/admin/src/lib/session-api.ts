import { print } from 'graphql';
import { graphql } from '../gql/gql';
import type { Session } from './session';

export const SessionFields = graphql(`
  fragment SessionFields on Session {
    accessToken
    expiresAt
    user {
      id
      email
      name
      role
    }
  }
`);

const RefreshSession = graphql(`
  mutation RefreshSession {
    refreshSession {
      ...SessionFields
    }
  }
`);

/** The API's Session as the store keeps it. */
export function toSession(session: { accessToken: string; expiresAt: string; user: Session['user'] }): Session {
  return { accessToken: session.accessToken, expiresAt: Date.parse(session.expiresAt), user: session.user };
}

/**
 * refreshSession straight over fetch, outside Apollo: the Apollo link renews through it, and
 * must not wait on itself. The refresh cookie (HttpOnly, Path=/graphql) rides along.
 */
export async function renewFromCookie(): Promise<Session | null> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(RefreshSession), operationName: 'RefreshSession' }),
  });
  if (!response.ok && response.status !== 401) throw new Error(`refreshSession answered ${response.status}`);
  const body = (await response.json()) as { data?: { refreshSession?: Parameters<typeof toSession>[0] } | null };
  const session = body.data?.refreshSession;
  return session ? toSession(session) : null;
}
