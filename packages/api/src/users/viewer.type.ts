import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from '../core/auth/role';

@ObjectType('Viewer', { description: 'The person the access token belongs to.' })
export class ViewerType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => Role)
  role!: Role;
}
