import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { ActorType } from './actor-type.enum';

/** One change, as it happened. Append-only: a database trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity({ name: 'audit_logs' })
@ObjectType('AuditLog')
export class AuditLog {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  /** Insertion order; the cursor of audit connections. */
  @Column({ name: 'seq', type: 'bigint', insert: false, update: false })
  seq!: string;

  @Column({ name: 'entity_type', type: 'text' })
  @Field(() => String, { description: 'project, payment, evidence, margin_rule, call_request, webhook_delivery, user' })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'uuid' })
  @Field(() => ID)
  entityId!: string;

  /** The project the change belongs to, so a project's trail includes its payments and evidences. */
  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  @Column({ name: 'action', type: 'text' })
  @Field(() => String, { description: 'PROJECT_CREATED, STATUS_CHANGED, EVIDENCE_ADDED, PAYMENT_RECORDED, ...' })
  action!: string;

  @Column({ name: 'old_value', type: 'jsonb', nullable: true })
  @Field(() => GraphQLJSONObject, { nullable: true })
  oldValue!: Record<string, unknown> | null;

  @Column({ name: 'new_value', type: 'jsonb', nullable: true })
  @Field(() => GraphQLJSONObject, { nullable: true })
  newValue!: Record<string, unknown> | null;

  @Column({ name: 'note', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note!: string | null;

  @Column({ name: 'actor_type', type: 'text' })
  @Field(() => ActorType)
  actorType!: ActorType;

  @Column({ name: 'actor_id', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  actorId!: string | null;

  @Column({ name: 'source_ref', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Provider event or message id that caused the change.' })
  sourceRef!: string | null;

  @Column({ name: 'ip', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Column({ name: 'user_agent', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  @Field(() => Date)
  createdAt!: Date;
}
