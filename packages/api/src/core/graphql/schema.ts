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
import { WebhookDeliveryResolver } from '../../webhooks/webhook-delivery.resolver';
import { authChecker } from '../auth/auth-checker';

/** Every resolver class of the API. */
const RESOLVERS: NonEmptyArray<Function> = [ViewerResolver, ProjectResolver, EvidenceResolver, MarginRuleResolver, AuditLogResolver, CallRequestResolver, OutboundMessageResolver, WebhookDeliveryResolver];

let cached: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global anyway. */
export function buildApiSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // class-validator on arguments: invalid input is BAD_USER_INPUT before any service runs.
    validate: { forbidUnknownValues: false },
  });
  return cached;
}

/** The committed `schema.graphql`: sorted, so a diff shows real changes only. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
