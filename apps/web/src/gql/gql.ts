/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  fragment ViewerFields on User {\n    id\n    fullName\n    title\n    profession\n    roles\n    verificationStatus\n    rejectionReason\n    avatarUrl\n    followerCount\n    followingCount\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      level\n      kind\n      province {\n        code\n        name\n      }\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  fragment PendingUser on User {\n    id\n    fullName\n    email\n    avatarUrl\n    profession\n    licenseNumber\n    verificationStatus\n    createdAt\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n": typeof types.PendingUserFragmentDoc,
    "\n  query PendingVerifications($first: Int, $after: String) {\n    pendingVerifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PendingUser\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PendingVerificationsDocument,
    "\n  mutation VerifyUser($input: VerifyUserInput!) {\n    verifyUser(input: $input) {\n      id\n      verificationStatus\n    }\n  }\n": typeof types.VerifyUserDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  subscription VerificationStatusChanged {\n    verificationStatusChanged {\n      ...ViewerFields\n    }\n  }\n": typeof types.VerificationStatusChangedDocument,
    "\n  fragment UserCard on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    verificationStatus\n    followerCount\n    followingCount\n    viewerFollows\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n": typeof types.UserCardFragmentDoc,
    "\n  query SearchUsers(\n    $query: String!\n    $specialtyCode: String\n    $facilityId: ID\n    $provinceCode: String\n    $first: Int\n    $after: String\n  ) {\n    searchUsers(\n      query: $query\n      specialtyCode: $specialtyCode\n      facilityId: $facilityId\n      provinceCode: $provinceCode\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          ...UserCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchUsersDocument,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      ...UserCard\n      bio\n      experienceYears\n      roles\n      facility {\n        id\n        level\n        kind\n      }\n    }\n  }\n": typeof types.UserProfileDocument,
    "\n  mutation FollowUser($userId: ID!) {\n    followUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.FollowUserDocument,
    "\n  mutation UnfollowUser($userId: ID!) {\n    unfollowUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.UnfollowUserDocument,
    "\n  query MyProfile {\n    me {\n      ...ViewerFields\n      bio\n      experienceYears\n      email\n      licenseNumber\n      createdAt\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n      bio\n      experienceYears\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Specialties {\n    specialties {\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.SpecialtiesDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  fragment FacilityOption on Facility {\n    id\n    name\n    level\n    kind\n    province {\n      code\n      name\n    }\n  }\n": typeof types.FacilityOptionFragmentDoc,
    "\n  query FacilitySearch($search: String, $provinceCode: String, $first: Int) {\n    facilities(search: $search, provinceCode: $provinceCode, first: $first) {\n      edges {\n        cursor\n        node {\n          ...FacilityOption\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FacilitySearchDocument,
    "\n  query FacilityById($id: ID!) {\n    facility(id: $id) {\n      ...FacilityOption\n    }\n  }\n": typeof types.FacilityByIdDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers\n      expiresAt\n    }\n  }\n": typeof types.RequestUploadDocument,
    "\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      fileName\n      contentType\n      size\n      url\n      thumbnailUrl\n    }\n  }\n": typeof types.CompleteUploadDocument,
};
const documents: Documents = {
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment ViewerFields on User {\n    id\n    fullName\n    title\n    profession\n    roles\n    verificationStatus\n    rejectionReason\n    avatarUrl\n    followerCount\n    followingCount\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      level\n      kind\n      province {\n        code\n        name\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  fragment PendingUser on User {\n    id\n    fullName\n    email\n    avatarUrl\n    profession\n    licenseNumber\n    verificationStatus\n    createdAt\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n": types.PendingUserFragmentDoc,
    "\n  query PendingVerifications($first: Int, $after: String) {\n    pendingVerifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PendingUser\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PendingVerificationsDocument,
    "\n  mutation VerifyUser($input: VerifyUserInput!) {\n    verifyUser(input: $input) {\n      id\n      verificationStatus\n    }\n  }\n": types.VerifyUserDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  subscription VerificationStatusChanged {\n    verificationStatusChanged {\n      ...ViewerFields\n    }\n  }\n": types.VerificationStatusChangedDocument,
    "\n  fragment UserCard on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    verificationStatus\n    followerCount\n    followingCount\n    viewerFollows\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n": types.UserCardFragmentDoc,
    "\n  query SearchUsers(\n    $query: String!\n    $specialtyCode: String\n    $facilityId: ID\n    $provinceCode: String\n    $first: Int\n    $after: String\n  ) {\n    searchUsers(\n      query: $query\n      specialtyCode: $specialtyCode\n      facilityId: $facilityId\n      provinceCode: $provinceCode\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          ...UserCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchUsersDocument,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      ...UserCard\n      bio\n      experienceYears\n      roles\n      facility {\n        id\n        level\n        kind\n      }\n    }\n  }\n": types.UserProfileDocument,
    "\n  mutation FollowUser($userId: ID!) {\n    followUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": types.FollowUserDocument,
    "\n  mutation UnfollowUser($userId: ID!) {\n    unfollowUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": types.UnfollowUserDocument,
    "\n  query MyProfile {\n    me {\n      ...ViewerFields\n      bio\n      experienceYears\n      email\n      licenseNumber\n      createdAt\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n      bio\n      experienceYears\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Specialties {\n    specialties {\n      code\n      name\n      nameEn\n    }\n  }\n": types.SpecialtiesDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": types.ProvincesDocument,
    "\n  fragment FacilityOption on Facility {\n    id\n    name\n    level\n    kind\n    province {\n      code\n      name\n    }\n  }\n": types.FacilityOptionFragmentDoc,
    "\n  query FacilitySearch($search: String, $provinceCode: String, $first: Int) {\n    facilities(search: $search, provinceCode: $provinceCode, first: $first) {\n      edges {\n        cursor\n        node {\n          ...FacilityOption\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FacilitySearchDocument,
    "\n  query FacilityById($id: ID!) {\n    facility(id: $id) {\n      ...FacilityOption\n    }\n  }\n": types.FacilityByIdDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers\n      expiresAt\n    }\n  }\n": types.RequestUploadDocument,
    "\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      fileName\n      contentType\n      size\n      url\n      thumbnailUrl\n    }\n  }\n": types.CompleteUploadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on User {\n    id\n    fullName\n    title\n    profession\n    roles\n    verificationStatus\n    rejectionReason\n    avatarUrl\n    followerCount\n    followingCount\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      level\n      kind\n      province {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on User {\n    id\n    fullName\n    title\n    profession\n    roles\n    verificationStatus\n    rejectionReason\n    avatarUrl\n    followerCount\n    followingCount\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      level\n      kind\n      province {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingUser on User {\n    id\n    fullName\n    email\n    avatarUrl\n    profession\n    licenseNumber\n    verificationStatus\n    createdAt\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PendingUser on User {\n    id\n    fullName\n    email\n    avatarUrl\n    profession\n    licenseNumber\n    verificationStatus\n    createdAt\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingVerifications($first: Int, $after: String) {\n    pendingVerifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PendingUser\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingVerifications($first: Int, $after: String) {\n    pendingVerifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PendingUser\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyUser($input: VerifyUserInput!) {\n    verifyUser(input: $input) {\n      id\n      verificationStatus\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyUser($input: VerifyUserInput!) {\n    verifyUser(input: $input) {\n      id\n      verificationStatus\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription VerificationStatusChanged {\n    verificationStatusChanged {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  subscription VerificationStatusChanged {\n    verificationStatusChanged {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserCard on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    verificationStatus\n    followerCount\n    followingCount\n    viewerFollows\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserCard on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    verificationStatus\n    followerCount\n    followingCount\n    viewerFollows\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchUsers(\n    $query: String!\n    $specialtyCode: String\n    $facilityId: ID\n    $provinceCode: String\n    $first: Int\n    $after: String\n  ) {\n    searchUsers(\n      query: $query\n      specialtyCode: $specialtyCode\n      facilityId: $facilityId\n      provinceCode: $provinceCode\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          ...UserCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchUsers(\n    $query: String!\n    $specialtyCode: String\n    $facilityId: ID\n    $provinceCode: String\n    $first: Int\n    $after: String\n  ) {\n    searchUsers(\n      query: $query\n      specialtyCode: $specialtyCode\n      facilityId: $facilityId\n      provinceCode: $provinceCode\n      first: $first\n      after: $after\n    ) {\n      edges {\n        cursor\n        node {\n          ...UserCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      ...UserCard\n      bio\n      experienceYears\n      roles\n      facility {\n        id\n        level\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      ...UserCard\n      bio\n      experienceYears\n      roles\n      facility {\n        id\n        level\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowUser($userId: ID!) {\n    followUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation FollowUser($userId: ID!) {\n    followUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnfollowUser($userId: ID!) {\n    unfollowUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"): (typeof documents)["\n  mutation UnfollowUser($userId: ID!) {\n    unfollowUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      ...ViewerFields\n      bio\n      experienceYears\n      email\n      licenseNumber\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      ...ViewerFields\n      bio\n      experienceYears\n      email\n      licenseNumber\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n      bio\n      experienceYears\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n      bio\n      experienceYears\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n"): (typeof documents)["\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Specialties {\n    specialties {\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query Specialties {\n    specialties {\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FacilityOption on Facility {\n    id\n    name\n    level\n    kind\n    province {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment FacilityOption on Facility {\n    id\n    name\n    level\n    kind\n    province {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilitySearch($search: String, $provinceCode: String, $first: Int) {\n    facilities(search: $search, provinceCode: $provinceCode, first: $first) {\n      edges {\n        cursor\n        node {\n          ...FacilityOption\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query FacilitySearch($search: String, $provinceCode: String, $first: Int) {\n    facilities(search: $search, provinceCode: $provinceCode, first: $first) {\n      edges {\n        cursor\n        node {\n          ...FacilityOption\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityById($id: ID!) {\n    facility(id: $id) {\n      ...FacilityOption\n    }\n  }\n"): (typeof documents)["\n  query FacilityById($id: ID!) {\n    facility(id: $id) {\n      ...FacilityOption\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      fileName\n      contentType\n      size\n      url\n      thumbnailUrl\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      fileName\n      contentType\n      size\n      url\n      thumbnailUrl\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;