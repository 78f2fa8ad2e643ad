import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericToNumber } from '../core/db/column-transformers';
import { ClientInfo } from './client-info.type';
import { ProjectStatus } from './project-status.enum';

@Entity({ name: 'projects' })
@ObjectType('Project', { description: 'One lawn-installation job and where it stands in the lifecycle.' })
export class Project {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column({ name: 'status', type: 'text' })
  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Column({ name: 'client_name', type: 'text' })
  clientName!: string;

  @Column({ name: 'client_id', type: 'text', nullable: true })
  clientId!: string | null;

  @Column({ name: 'client_phone', type: 'text', nullable: true })
  clientPhone!: string | null;

  @Column({ name: 'client_email', type: 'text', nullable: true })
  clientEmail!: string | null;

  @Column({ name: 'client_address', type: 'text', nullable: true })
  clientAddress!: string | null;

  @Column({ name: 'contractor_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  contractorId!: string | null;

  @Column({ name: 'expert_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true })
  expertId!: string | null;

  @Column({ name: 'service_type', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  serviceType!: string | null;

  @Column({ name: 'area_m2', type: 'numeric', nullable: true, transformer: numericToNumber })
  @Field(() => Float, { nullable: true })
  areaM2!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => ClientInfo)
  get clientInfo(): ClientInfo {
    return { name: this.clientName, clientId: this.clientId, phone: this.clientPhone, email: this.clientEmail, address: this.clientAddress };
  }
}
