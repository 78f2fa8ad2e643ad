import { registerEnumType } from 'type-graphql';

export enum ProjectStatus {
  DRAFT = 'DRAFT',
  PAID = 'PAID',
  SCHEDULED = 'SCHEDULED',
  PENDING_EXPERT = 'PENDING_EXPERT',
  CERTIFIED = 'CERTIFIED',
  ACTIVE = 'ACTIVE',
}

registerEnumType(ProjectStatus, { name: 'ProjectStatus', description: 'DRAFT -> PAID -> SCHEDULED -> PENDING_EXPERT -> CERTIFIED -> ACTIVE' });
