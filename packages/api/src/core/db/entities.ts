import { AuditLog } from '../../audit/audit-log.entity';
import { Evidence } from '../../evidences/evidence.entity';
import { MarginRule } from '../../margins/margin-rule.entity';
import { Payment } from '../../payments/payment.entity';
import { Project } from '../../projects/project.entity';
import { User } from '../../users/user.entity';

/** Every TypeORM entity; listed explicitly so nothing depends on file globs. */
export const ALL_ENTITIES: Function[] = [User, Project, Evidence, Payment, MarginRule, AuditLog];
