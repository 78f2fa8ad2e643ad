import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CallRequestSource, CallRequestStatus } from './call-request.enums';

/** Someone who called or wrote in the website chat and expects a call back. */
@Entity({ name: 'call_requests' })
@ObjectType('CallRequest')
export class CallRequest {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column({ name: 'source', type: 'text' })
  @Field(() => CallRequestSource)
  source!: CallRequestSource;

  @Column({ name: 'external_id', type: 'text' })
  externalId!: string;

  @Column({ name: 'caller_name', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  callerName!: string | null;

  @Column({ name: 'phone', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Column({ name: 'email', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  email!: string | null;

  @Column({ name: 'message', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  message!: string | null;

  @Column({ name: 'status', type: 'text', default: CallRequestStatus.NEW })
  @Field(() => CallRequestStatus)
  status!: CallRequestStatus;

  @Column({ name: 'note', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  note!: string | null;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  @Field(() => Date)
  requestedAt!: Date;

  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false })
  @Field(() => Date)
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  @Field(() => Date)
  updatedAt!: Date;
}
