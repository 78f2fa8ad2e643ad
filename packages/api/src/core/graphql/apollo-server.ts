import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { AppConfig } from '../config/config';
import type { Logger } from '../logging/logger';
import type { Registry } from 'prom-client';
import { compiledExecution } from './compiled-execution';
import { createErrorFormatter } from './format-error';
import { graphqlMetricsPlugin } from './graphql-metrics.plugin';
import { pageSizeErrors } from './page-size-limit';
import { PARSE_OPTIONS, queryLimitRules } from './query-limits';
import type { RequestContext } from '../context/request-context';

export interface ApolloDeps {
  schema: GraphQLSchema;
  config: AppConfig;
  logger: Logger;
  httpServer: Server;
  /** Runs when Apollo stops, after HTTP requests drained: closes the websocket side. */
  onDrain: () => Promise<void>;
  /** Where operation and error counts go. */
  metrics?: Registry;
}

export function createApolloServer({ schema, config, logger, httpServer, onDrain, metrics }: ApolloDeps): ApolloServer<RequestContext> {
  const drainWebsockets: ApolloServerPlugin<RequestContext> = {
    async serverWillStart() {
      return { drainServer: onDrain };
    },
  };
  // `first` often comes from the variables, which validation rules never see: checked once the
  // operation is resolved, before it executes, and answered like a failed validation. So is a
  // subscription sent over HTTP.
  const pageSizeLimit: ApolloServerPlugin<RequestContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema: requestSchema, document, request, operation }) {
          // A subscription needs a connection to push to: it runs over the websocket only.
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('Subscriptions run over the websocket at /graphql (graphql-transport-ws)', {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
          // Apollo takes one error from this hook; the first one is enough to fix the query.
          const [error] = pageSizeErrors(requestSchema, document, request.variables, request.operationName);
          if (error) throw new GraphQLError(error.message, { nodes: error.nodes, extensions: { ...error.extensions, http: { status: 400 } } });
        },
      };
    },
  };
  return new ApolloServer<RequestContext>({
    gateway: compiledExecution(schema),
    introspection: config.docsEnabled,
    // Refuses simple (form/GET-without-header) requests a browser could send cross-site.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: !config.isProduction,
    hideSchemaDetailsFromClientErrors: !config.docsEnabled,
    validationRules: queryLimitRules(),
    parseOptions: PARSE_OPTIONS,
    formatError: createErrorFormatter({ isProduction: config.isProduction, docsEnabled: config.docsEnabled, logger }),
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5_000 }),
      // No cache hints are used; installed by default, it would wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      drainWebsockets,
      pageSizeLimit,
      ...(metrics ? [graphqlMetricsPlugin<RequestContext>(metrics)] : []),
      config.docsEnabled ? ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false }) : ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
