import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MessageChannel, OutboundMessageStatus } from './outbound-message.enums';

/** An SMS or e-mail written in the transaction that causes it, sent by the outbox worker after commit. */
@Entity({ name: 'outbound_messages' })
@ObjectType('OutboundMessage')
export class OutboundMessage {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column({ name: 'channel', type: 'text' })
  @Field(() => MessageChannel)
  channel!: MessageChannel;

  @Column({ name: 'recipient', type: 'text' })
  @Field(() => String)
  recipient!: string;

  @Column({ name: 'subject', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  subject!: string | null;

  /** As stored; the GraphQL field masks `secrets`. */
  @Column({ name: 'body', type: 'text' })
  body!: string;

  @Column({ name: 'secrets', type: 'text', array: true, default: () => "'{}'" })
  secrets!: string[];

  @Column({ name: 'status', type: 'text', default: OutboundMessageStatus.PENDING })
  @Field(() => OutboundMessageStatus)
  status!: OutboundMessageStatus;

  @Column({ name: 'attempts', type: 'integer', default: 0 })
  @Field(() => Int)
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  lastError!: string | null;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  projectId!: string | null;

  @Column({ name: 'confirmation_id', type: 'uuid', nullable: true })
  confirmationId!: string | null;

  @Column({ name: 'provider_message_id', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  providerMessageId!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  @Field(() => Date)
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  sentAt!: Date | null;
}
