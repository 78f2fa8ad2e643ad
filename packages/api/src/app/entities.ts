import { AuditLog } from '../audit/audit-log.entity';
import { CallRequest } from '../call-requests/call-request.entity';
import { Confirmation } from '../confirmations/confirmation.entity';
import { OutboundMessage } from '../outbox/outbound-message.entity';
import { WebhookDelivery } from '../webhooks/webhook-delivery.entity';
import { Evidence } from '../evidences/evidence.entity';
import { MarginRule } from '../margins/margin-rule.entity';
import { Payment } from '../payments/payment.entity';
import { Project } from '../projects/project.entity';
import { User } from '../users/user.entity';

/** Every TypeORM entity; listed explicitly so nothing depends on file globs. */
export const ALL_ENTITIES: Function[] = [User, Project, Evidence, Payment, MarginRule, AuditLog, WebhookDelivery, Confirmation, OutboundMessage, CallRequest];
