import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Access, CurrentViewer, type RequestContext, type Viewer } from '@ketnoi/platform';
import { RequestPasswordResetArgs, ResetPasswordArgs, SetUserRolesArgs } from './account-args';
import { PasswordResetService } from './password-reset.service';
import { UserRolesService } from './user-roles.service';
import { UserType } from './types';

/** Password recovery and role management (contract §9). */
@Resolver()
export class AccountResolver {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly roles: UserRolesService,
  ) {}

  @Mutation(() => Boolean, { description: 'Always true (no account enumeration); rate-limited per address and per e-mail' })
  @Access.public()
  requestPasswordReset(@Args() { email }: RequestPasswordResetArgs, @Context() ctx: RequestContext) {
    return this.resets.request(email, ctx.ip);
  }

  @Mutation(() => Boolean, { description: 'One-time token, 30 minutes; revokes every session' })
  @Access.public()
  resetPassword(@Args() { token, newPassword }: ResetPasswordArgs, @Context() ctx: RequestContext) {
    return this.resets.reset(token, newPassword, ctx.ip);
  }

  @Mutation(() => UserType, { description: 'Platform admins; audited' })
  @Access.roles('PLATFORM_ADMIN')
  setUserRoles(@Args() args: SetUserRolesArgs, @CurrentViewer() viewer: Viewer) {
    return this.roles.setRoles(viewer, args);
  }
}
