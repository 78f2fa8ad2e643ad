import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { AuditLogResolver } from '../audit/audit-log.resolver';
import { CallRequestResolver } from '../call-requests/call-request.resolver';
import { ConfirmationResolver } from '../confirmations/confirmation.resolver';
import { buildGraphQLSchema } from '../core/graphql/schema';
import { EvidenceResolver } from '../evidences/evidence.resolver';
import { ProjectEvidencesResolver } from '../evidences/project-evidences.resolver';
import { FinanceMetricsResolver } from '../finance/finance-metrics.resolver';
import { MarginRuleResolver } from '../margins/margin-rule.resolver';
import { OutboundMessageResolver } from '../outbox/outbound-message.resolver';
import { ProjectPaymentsResolver } from '../payments/project-payments.resolver';
import { QuickPaymentResolver } from '../payments/quick-payment.resolver';
import { ProjectResolver } from '../projects/project.resolver';
import { SignInResolver } from '../users/sign-in.resolver';
import { UserResolver } from '../users/user.resolver';
import { ViewerResolver } from '../users/viewer.resolver';
import { WebhookDeliveryResolver } from '../webhooks/webhook-delivery.resolver';

/** Every resolver class of the API. */
export const RESOLVERS: NonEmptyArray<Function> = [
  ViewerResolver,
  UserResolver,
  SignInResolver,
  ProjectResolver,
  ProjectPaymentsResolver,
  ProjectEvidencesResolver,
  EvidenceResolver,
  MarginRuleResolver,
  AuditLogResolver,
  CallRequestResolver,
  OutboundMessageResolver,
  WebhookDeliveryResolver,
  FinanceMetricsResolver,
  QuickPaymentResolver,
  ConfirmationResolver,
];

let cached: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global anyway. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  cached ??= buildGraphQLSchema(RESOLVERS);
  return cached;
}
