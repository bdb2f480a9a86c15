import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, type RequestContext, type Viewer } from '@ketnoi/platform';
import { AuthService, IssuedTokens } from './auth.service';
import { AuthPayload, ChangePasswordInput, LoginInput, RegisterInput, SessionType } from './types';

const clientOf = (ctx: RequestContext) => ({ ip: ctx.ip, userAgent: ctx.userAgent });

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => AuthPayload, { description: 'Creates a PENDING account; duplicate e-mail → CONFLICT' })
  @Access.public()
  async register(@Args('input') input: RegisterInput, @Context() ctx: RequestContext) {
    return this.actAs(ctx, await this.auth.register(input, clientOf(ctx)));
  }

  @Mutation(() => AuthPayload, { description: 'Wrong credentials → UNAUTHENTICATED, whether or not the e-mail exists' })
  @Access.public()
  async login(@Args('input') input: LoginInput, @Context() ctx: RequestContext) {
    return this.actAs(ctx, await this.auth.login(input.email, input.password, clientOf(ctx)));
  }

  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token; a reused token revokes its session' })
  @Access.public()
  async refreshSession(@Args('refreshToken') refreshToken: string, @Context() ctx: RequestContext) {
    return this.actAs(ctx, await this.auth.refresh(refreshToken));
  }

  /** The payload's user is the caller from now on (so it may see its own e-mail). */
  private async actAs(ctx: RequestContext, tokens: IssuedTokens) {
    ctx.viewer = await this.auth.authenticate(tokens.accessToken);
    ctx.authError = undefined;
    return tokens;
  }

  @Mutation(() => Boolean)
  @Access.authenticated()
  logout(@CurrentViewer() viewer: Viewer) {
    return this.auth.logout(viewer);
  }

  @Query(() => [SessionType])
  @Access.authenticated()
  mySessions(@CurrentViewer() viewer: Viewer) {
    return this.auth.sessions(viewer);
  }

  @Mutation(() => Boolean)
  @Access.authenticated()
  revokeSession(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer) {
    return this.auth.revokeSession(viewer, id);
  }

  @Mutation(() => Boolean, { description: 'Signs out every other session' })
  @Access.authenticated()
  changePassword(@Args('input') input: ChangePasswordInput, @CurrentViewer() viewer: Viewer) {
    return this.auth.changePassword(viewer, input.currentPassword, input.newPassword);
  }
}
