import { graphql } from '../../gql';

/** What the shell needs to know about the signed-in user (guards, header, home card). */
export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on User {
    id
    fullName
    title
    profession
    roles
    verificationStatus
    rejectionReason
    avatarUrl
    followerCount
    followingCount
    specialty {
      code
      name
      nameEn
    }
    facility {
      id
      name
      level
      kind
      province {
        code
        name
      }
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);

export const ADMIN_ROLES = ['FACILITY_ADMIN', 'DEPARTMENT_ADMIN', 'MINISTRY_ADMIN', 'PLATFORM_ADMIN'] as const;

export function isAdmin(user: { roles: readonly string[] } | null | undefined): boolean {
  return !!user && user.roles.some((role) => (ADMIN_ROLES as readonly string[]).includes(role));
}

/** Verified users and admins get the whole app; everyone else the pending subset. */
export function hasFullAccess(user: { roles: readonly string[]; verificationStatus: string } | null | undefined): boolean {
  return !!user && (user.verificationStatus === 'VERIFIED' || isAdmin(user));
}
