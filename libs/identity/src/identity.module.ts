import { Module } from '@nestjs/common';
import { AUTHENTICATOR } from '@ketnoi/platform';
import { UploadsModule } from '@ketnoi/platform/storage/uploads';
import { DirectoryModule } from '@ketnoi/directory';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { SessionRegistry } from './session-registry';
import { UsersResolver } from './users.resolver';
import { UsersService } from './users.service';
import { AccountResolver } from './account.resolver';
import { PasswordResetService } from './password-reset.service';
import { UserRolesService } from './user-roles.service';

@Module({
  imports: [DirectoryModule, UploadsModule],
  providers: [
    AuthService,
    SessionRegistry,
    UsersService,
    AuthResolver,
    UsersResolver,
    PasswordResetService,
    UserRolesService,
    AccountResolver,
    { provide: AUTHENTICATOR, useExisting: AuthService },
  ],
  exports: [AuthService, UsersService, AUTHENTICATOR],
})
export class IdentityModule {}
