import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookDeliveryStatus, WebhookProvider } from './webhook-delivery.enums';

/** One provider call (or a provider event delivered several times), stored before anything acts on it. */
@Entity({ name: 'webhook_deliveries' })
@ObjectType('WebhookDelivery')
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column({ name: 'provider', type: 'text' })
  @Field(() => WebhookProvider)
  provider!: WebhookProvider;

  @Column({ name: 'event_id', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Stripe event id, Twilio MessageSid/CallSid, chat event id' })
  eventId!: string | null;

  @Column({ name: 'event_type', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  eventType!: string | null;

  @Column({ name: 'payload', type: 'jsonb', nullable: true })
  payload!: Record<string, unknown> | null;

  /** The body as received; of a REJECTED delivery only its first 4 KiB (see recordRejected). */
  @Column({ name: 'raw_body', type: 'text' })
  rawBody!: string;

  /** Of a REJECTED delivery: the body's size in bytes, its SHA-256, the headers kept and the sender's address. */
  @Column({ name: 'body_size', type: 'integer', nullable: true })
  bodySize!: number | null;

  @Column({ name: 'body_sha256', type: 'text', nullable: true })
  bodySha256!: string | null;

  @Column({ name: 'headers', type: 'jsonb', nullable: true })
  headers!: Record<string, string> | null;

  @Column({ name: 'source_ip', type: 'text', nullable: true })
  sourceIp!: string | null;

  @Column({ name: 'signature_valid', type: 'boolean' })
  @Field(() => Boolean)
  signatureValid!: boolean;

  @Column({ name: 'status', type: 'text' })
  @Field(() => WebhookDeliveryStatus)
  status!: WebhookDeliveryStatus;

  @Column({ name: 'attempts', type: 'integer', default: 1 })
  @Field(() => Int, { description: 'How many times the provider delivered it (plus replays)' })
  attempts!: number;

  @Column({ name: 'error', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it failed or was rejected' })
  error!: string | null;

  @Column({ name: 'outcome', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What processing did, e.g. why a stale event changed no status' })
  outcome!: string | null;

  @Column({ name: 'received_at', type: 'timestamptz', insert: false, update: false })
  @Field(() => Date)
  receivedAt!: Date;

  @Column({ name: 'processed_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  processedAt!: Date | null;
}
