import { Field, ObjectType } from 'type-graphql';

@ObjectType('ClientInfo', { description: 'The client a project is for.' })
export class ClientInfo {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: "The client's user id (token `sub`) when they have an account." })
  clientId!: string | null;

  @Field(() => String, { nullable: true, description: 'E.164' })
  phone!: string | null;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;
}
