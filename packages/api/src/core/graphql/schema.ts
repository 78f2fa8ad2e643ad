import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuditLogResolver } from '../../audit/audit-log.resolver';
import { CallRequestResolver } from '../../call-requests/call-request.resolver';
import { EvidenceResolver } from '../../evidences/evidence.resolver';
import { MarginRuleResolver } from '../../margins/margin-rule.resolver';
import { OutboundMessageResolver } from '../../outbox/outbound-message.resolver';
import { ProjectResolver } from '../../projects/project.resolver';
import { ViewerResolver } from '../../users/viewer.resolver';
import { UserResolver } from '../../users/user.resolver';
import { SignInResolver } from '../../users/sign-in.resolver';
import { ConfirmationResolver } from '../../confirmations/confirmation.resolver';
import { FinanceMetricsResolver } from '../../finance/finance-metrics.resolver';
import { QuickPaymentResolver } from '../../payments/quick-payment.resolver';
import { WebhookDeliveryResolver } from '../../webhooks/webhook-delivery.resolver';
import { authChecker } from '../auth/auth-checker';

/** Every resolver class of the API. */
const RESOLVERS: NonEmptyArray<Function> = [ViewerResolver, UserResolver, SignInResolver, ProjectResolver, EvidenceResolver, MarginRuleResolver, AuditLogResolver, CallRequestResolver, OutboundMessageResolver, WebhookDeliveryResolver, FinanceMetricsResolver, QuickPaymentResolver, ConfirmationResolver];

let cached: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global anyway. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
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
  return cached;
}

/** The committed `schema.graphql`: sorted, so a diff shows real changes only. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
