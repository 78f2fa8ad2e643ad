import { registerEnumType } from 'type-graphql';

export enum EvidenceCategory {
  SITE_BEFORE = 'SITE_BEFORE',
  WORK_IN_PROGRESS = 'WORK_IN_PROGRESS',
  SITE_AFTER = 'SITE_AFTER',
  EXPERT_CERTIFICATION = 'EXPERT_CERTIFICATION',
}

registerEnumType(EvidenceCategory, { name: 'EvidenceCategory' });
