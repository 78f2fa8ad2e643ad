import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../core/context/request-context';
import { SessionType } from './session.type';
import { login, logout, refreshSession, setPassword } from './sign-in.service';

/** Needs no access token: these are how a person gets one. */
@Resolver()
export class SignInResolver {
  @Mutation(() => SessionType, {
    description: 'Sets the refresh cookie. Wrong e-mail, wrong password and deactivated user: the same UNAUTHENTICATED; RATE_LIMITED after 5 failures in 15 minutes.',
  })
  login(@Arg('email', () => String) email: string, @Arg('password', () => String) password: string, @Ctx() ctx: RequestContext) {
    return login(ctx, email, password);
  }

  @Mutation(() => SessionType, { description: 'Reads and rotates the refresh cookie. A used refresh token is UNAUTHENTICATED and revokes every session of its user.' })
  refreshSession(@Ctx() ctx: RequestContext) {
    return refreshSession(ctx);
  }

  @Mutation(() => Boolean, { description: "Revokes the refresh cookie's session and clears the cookie." })
  logout(@Ctx() ctx: RequestContext) {
    return logout(ctx);
  }

  @Mutation(() => Boolean, { description: 'With the single-use link from the invitation: at least 10 characters. Unknown, used or expired link: NOT_FOUND.' })
  setPassword(@Arg('token', () => String) token: string, @Arg('password', () => String) password: string, @Ctx() ctx: RequestContext) {
    return setPassword(ctx, token, password);
  }
}
