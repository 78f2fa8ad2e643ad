import { Field, ObjectType } from 'type-graphql';
import { User } from './user.entity';

@ObjectType('Session', { description: 'A signed-in session: the refresh token travels in the HttpOnly cookie `vejapro_refresh`, never here.' })
export class SessionType {
  @Field(() => String, { description: 'A JWT for `Authorization: Bearer`, valid for 15 minutes.' })
  accessToken!: string;

  @Field(() => Date, { description: 'When accessToken expires.' })
  expiresAt!: Date;

  @Field(() => User)
  user!: User;
}
