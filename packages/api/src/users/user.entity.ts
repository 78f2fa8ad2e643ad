import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Role } from '../core/auth/role';

/**
 * A person the service knows: created by an admin (`createUser`) or registered from the
 * first valid token that names them. `id` is the `sub` of their access tokens.
 */
@Entity({ name: 'users' })
@ObjectType('User')
export class User {
  @PrimaryGeneratedColumn('uuid', { name: 'id' })
  @Field(() => ID)
  id!: string;

  @Column({ name: 'email', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Null for a user registered from a token without an e-mail of their own.' })
  email!: string | null;

  @Column({ name: 'name', type: 'text' })
  @Field(() => String)
  name!: string;

  @Column({ name: 'role', type: 'text' })
  @Field(() => Role)
  role!: Role;

  @Column({ name: 'phone', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Column({ name: 'active', type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'Inactive users cannot sign in or be assigned.' })
  active!: boolean;

  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash!: string | null;

  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true })
  passwordChangedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field(() => Date)
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
