import { SetMetadata } from '@nestjs/common';

/**
 * Every resolver declares who may call it; the global guard refuses resolvers that
 * declare nothing (default deny).
 *  - public:        anyone; a bad token is ignored (login, register, refresh).
 *  - optional:      anyone, but a bad or expired token is an error so clients refresh.
 *  - authenticated: any signed-in account, pending ones included.
 *  - verified:      verified health workers only.
 *  - roles:         verified accounts holding one of the roles.
 */
export type AccessRule = { kind: 'public' } | { kind: 'optional' } | { kind: 'authenticated' } | { kind: 'verified' } | { kind: 'roles'; roles: string[] };

export const ACCESS_KEY = 'ketnoi:access';

export const Access = {
  public: () => SetMetadata(ACCESS_KEY, { kind: 'public' } satisfies AccessRule),
  optional: () => SetMetadata(ACCESS_KEY, { kind: 'optional' } satisfies AccessRule),
  authenticated: () => SetMetadata(ACCESS_KEY, { kind: 'authenticated' } satisfies AccessRule),
  verified: () => SetMetadata(ACCESS_KEY, { kind: 'verified' } satisfies AccessRule),
  roles: (...roles: string[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule),
};
