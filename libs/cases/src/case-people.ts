import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '@ketnoi/platform';
import { UsersService, type UserEntity } from '@ketnoi/identity';
import { DirectoryService } from '@ketnoi/directory';

/** The people and facilities a case is shared or sent to, read through their owners' services. */
@Injectable()
export class CasePeople {
  constructor(
    private readonly users: UsersService,
    private readonly directory: DirectoryService,
  ) {}

  /** The verified accounts among `ids` (one statement). */
  async verified(ids: string[]): Promise<UserEntity[]> {
    const found = await new RequestLoaders().get(this.users.userById).loadMany(ids);
    return found.filter((u): u is UserEntity => !!u && !(u instanceof Error) && u.verificationStatus === 'VERIFIED');
  }

  async facilityExists(facilityId: string): Promise<boolean> {
    return !!(await new RequestLoaders().get(this.directory.facilityById).load(facilityId));
  }
}
