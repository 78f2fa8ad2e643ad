import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericToNumber } from '../core/db/column-transformers';

@Entity({ name: 'margin_rules' })
@ObjectType('MarginRule', { description: 'The margin applied to a service type from validFrom until validTo (open-ended when null).' })
export class MarginRule {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id!: string;

  @Column({ name: 'service_type', type: 'text' })
  @Field(() => String)
  serviceType!: string;

  @Column({ name: 'margin_percent', type: 'numeric', transformer: numericToNumber })
  @Field(() => Float)
  marginPercent!: number;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  @Field(() => Date)
  validFrom!: Date;

  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  validTo!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
