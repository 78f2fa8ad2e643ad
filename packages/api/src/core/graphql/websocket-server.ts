import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, NoSchemaIntrospectionCustomRule, specifiedRules, type GraphQLSchema } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate, type Authentication } from '../auth/authenticate';
import { MAX_BODY_BYTES } from '../http/http-errors';
import { ApiLimits } from '../http/api-rate-limit';
import { clientAddressOf } from '../http/request-facts';
import { RateLimitedError, clientErrorOf } from '../errors/domain-error';
import { costOf } from './operation-cost';
import { createErrorFormatter } from './format-error';
import { trackedSockets } from './websocket-metrics';
import { pageSizeErrors } from './page-size-limit';
import { queryLimitRules } from './query-limits';
import { authSettings, buildRequestContext, type ContextDeps } from '../context/context-factory';
import type { RequestContext } from '../context/request-context';
import { CheckedDocuments } from './checked-documents';
import { SharedFrames } from './shared-frames';
import { createSharedSubscribe, type VisibilityKey } from './shared-subscription-execution';
import { randomUUID } from 'node:crypto';

/** graphql-ws' close code for a refused connection_init (see its CloseCode.Forbidden). */
export const CLOSE_FORBIDDEN = 4403;
/** Keep-alive pings well under the 60 s idle timeout of common proxies and load balancers. */
const KEEP_ALIVE_MS = 20_000;

type SocketExtra = {
  socket: WebSocket;
  request: IncomingMessage;
  auth?: Authentication;
  expiryTimer?: NodeJS.Timeout;
};

/** Subscribers who may share one executed event: same role, or for a per-viewer audience the same person too. */
const visibilityOf: VisibilityKey = (contextValue, audience) => {
  const viewer = (contextValue as RequestContext).viewer;
  return audience === 'role' ? `role:${viewer?.role}` : `viewer:${viewer?.role}:${viewer?.id}`;
};

/** setTimeout fires at once for delays above 2^31-1 ms (~24.8 days); longer waits are re-armed. */
const MAX_TIMER_MS = 2_147_483_647;

/** A socket must not outlive its token: closed with 4403 when `exp` passes. */
function closeWhenExpired(extra: SocketExtra, expiresAtMs: number): void {
  const msLeft = expiresAtMs - Date.now();
  extra.expiryTimer = setTimeout(
    () => (msLeft > MAX_TIMER_MS ? closeWhenExpired(extra, expiresAtMs) : extra.socket.close(CLOSE_FORBIDDEN, 'Token expired')),
    Math.min(Math.max(msLeft, 0), MAX_TIMER_MS),
  );
  // An open socket keeps the process busy anyway; the timer alone must not.
  extra.expiryTimer.unref();
}

export interface WebsocketServer {
  /** Stops accepting, closes every socket (1001 Going Away). */
  dispose(): Promise<void>;
}

/**
 * Subscriptions (and queries) over the graphql-transport-ws protocol on /graphql.
 * graphql-ws runs neither Apollo's validation rules nor its error formatting, so
 * the same limits, introspection switch and error masking are applied here.
 */
export function startWebsocketServer(httpServer: Server, schema: GraphQLSchema, deps: ContextDeps): WebsocketServer {
  const { config, logger } = deps;
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_BODY_BYTES });
  const rules = [...specifiedRules, ...queryLimitRules(), ...(config.docsEnabled ? [] : [NoSchemaIntrospectionCustomRule])];
  const formatError = createErrorFormatter({ isProduction: config.isProduction, docsEnabled: config.docsEnabled, logger });
  const format = (errors: readonly GraphQLError[]) => errors.map((error) => formatError(error.toJSON(), error));
  const limits = ApiLimits.of(deps);

  const sockets = trackedSockets<Context<Record<string, unknown>, SocketExtra>>(deps.metrics);
  const frames = new SharedFrames();
  const documents = new CheckedDocuments(schema, rules);

  const cleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      subscribe: createSharedSubscribe(visibilityOf, frames),
      async onConnect(ctx: Context<Record<string, unknown>, SocketExtra>) {
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const auth = await authenticate(typeof header === 'string' ? header : undefined, authSettings(deps), clientAddressOf(ctx.extra.request, config));
        if (!auth.viewer) return false;
        ctx.extra.auth = auth;
        // The socket may have closed while the token was checked; onClose has run then.
        if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
        closeWhenExpired(ctx.extra, auth.viewer.expiresAt * 1000);
        sockets.add(ctx);
        return true;
      },
      onClose(ctx) {
        clearTimeout(ctx.extra.expiryTimer);
        sockets.delete(ctx);
      },
      async onSubscribe(ctx, _id, payload) {
        let checked;
        try {
          checked = documents.check(payload.query);
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
        }
        const { document, invalid } = checked;
        const ip = clientAddressOf(ctx.extra.request, config);
        // RATE_LIMIT_API_ENABLED counts operations on a socket as it counts them over HTTP.
        if (limits) {
          const decision = await limits.admit(ip, ctx.extra.auth!.viewer!.id, costOf(document));
          if (!decision.allowed) {
            const { message, extensions } = clientErrorOf(new RateLimitedError(undefined, decision.retryAfterSeconds));
            return [new GraphQLError(message, { extensions })];
          }
        }
        // Page sizes need the variables, so they are checked once the document itself is valid, as over HTTP.
        const errors = invalid.length > 0 ? invalid : pageSizeErrors(schema, document, payload.variables, payload.operationName);
        if (errors.length > 0) {
          return errors.map((error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        }
        const request = ctx.extra.request;
        const contextValue = buildRequestContext(deps, ctx.extra.auth!, {
          requestId: randomUUID(),
          ip,
          userAgent: request.headers['user-agent'] ?? null,
        });
        return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined, contextValue };
      },
      onError(_ctx, _id, _payload, errors) {
        return format(errors);
      },
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors?.length) return undefined;
        return { ...result, errors: format(result.errors) };
      },
    },
    wss,
    KEEP_ALIVE_MS,
  );

  // After graphql-ws' own listener: every message it sends passes here, where shared frames are filled in.
  wss.on('connection', (socket) => {
    const send = socket.send.bind(socket) as (data: unknown, ...rest: unknown[]) => void;
    socket.send = ((data: unknown, ...rest: unknown[]) => send(typeof data === 'string' ? frames.expand(data) : data, ...rest)) as typeof socket.send;
  });

  return {
    async dispose() {
      frames.close();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
