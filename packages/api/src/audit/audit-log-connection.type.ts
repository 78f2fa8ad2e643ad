import { connectionTypes } from '../core/graphql/connection';
import { AuditLog } from './audit-log.entity';

export const { ConnectionType: AuditLogConnection, EdgeType: AuditLogEdge } = connectionTypes(AuditLog, 'AuditLog');
