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
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!, $scopeProvinceCode: String) {\n    setUserRoles(userId: $userId, roles: $roles, scopeProvinceCode: $scopeProvinceCode) {\n      id\n      roles\n      scopeProvinceCode\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  query RoleCandidates($query: String!) {\n    searchUsers(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          fullName\n          roles\n          scopeProvinceCode\n          facility {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.RoleCandidatesDocument,
    "\n  fragment PendingUser on User {\n    id\n    fullName\n    email\n    avatarUrl\n    profession\n    licenseNumber\n    verificationStatus\n    createdAt\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n": typeof types.PendingUserFragmentDoc,
    "\n  query PendingVerifications($first: Int, $after: String) {\n    pendingVerifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PendingUser\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PendingVerificationsDocument,
    "\n  mutation VerifyUser($input: VerifyUserInput!) {\n    verifyUser(input: $input) {\n      id\n      verificationStatus\n    }\n  }\n": typeof types.VerifyUserDocument,
    "\n  fragment ModerationReport on Report {\n    id\n    targetType\n    targetId\n    reason\n    status\n    createdAt\n    resolvedAt\n    reporter {\n      id\n      fullName\n    }\n    resolvedBy {\n      id\n      fullName\n    }\n    post {\n      id\n      body\n      hidden\n      author {\n        id\n        fullName\n      }\n    }\n    comment {\n      id\n      body\n      author {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.ModerationReportFragmentDoc,
    "\n  query ModerationQueue($groupId: ID, $status: ReportStatus, $first: Int, $after: String) {\n    moderationQueue(groupId: $groupId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationReport\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  mutation ResolveReport($id: ID!, $action: ReportAction!) {\n    resolveReport(id: $id, action: $action) {\n      ...ModerationReport\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  query ModeratedGroups {\n    myGroups(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n  }\n": typeof types.ModeratedGroupsDocument,
    "\n  mutation ResubmitVerification($input: ResubmitVerificationInput!) {\n    resubmitVerification(input: $input) {\n      id\n      fullName\n      profession\n      licenseNumber\n      verificationStatus\n      rejectionReason\n      facility {\n        id\n        name\n      }\n      specialty {\n        code\n      }\n    }\n  }\n": typeof types.ResubmitVerificationDocument,
    "\n  query ApplicantLicense {\n    me {\n      id\n      licenseNumber\n    }\n  }\n": typeof types.ApplicantLicenseDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  subscription VerificationStatusChanged {\n    verificationStatusChanged {\n      ...ViewerFields\n    }\n  }\n": typeof types.VerificationStatusChangedDocument,
    "\n  fragment BroadcastCard on Broadcast {\n    id\n    title\n    documentNumber\n    issuer\n    priority\n    requireAck\n    publishedAt\n    effectiveDate\n    viewerReadAt\n    viewerAcknowledgedAt\n    scopeProvince {\n      code\n      name\n    }\n    supersededBy {\n      id\n    }\n  }\n": typeof types.BroadcastCardFragmentDoc,
    "\n  fragment BroadcastDetail on Broadcast {\n    ...BroadcastCard\n    body\n    documentSha256\n    documents {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    target {\n      provinces {\n        code\n        name\n      }\n      facilityLevels\n      professions\n      specialties {\n        code\n        name\n        nameEn\n      }\n    }\n    publishedBy {\n      id\n      fullName\n    }\n    supersedes {\n      id\n      title\n      documentNumber\n    }\n    supersededBy {\n      id\n      title\n      documentNumber\n    }\n  }\n": typeof types.BroadcastDetailFragmentDoc,
    "\n  query PinnedBroadcasts {\n    pinnedBroadcasts {\n      ...BroadcastCard\n    }\n  }\n": typeof types.PinnedBroadcastsDocument,
    "\n  query Broadcasts($first: Int, $after: String, $query: String, $documentNumber: String, $unacknowledgedOnly: Boolean) {\n    broadcasts(first: $first, after: $after, query: $query, documentNumber: $documentNumber, unacknowledgedOnly: $unacknowledgedOnly) {\n      edges {\n        cursor\n        node {\n          ...BroadcastCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.BroadcastsDocument,
    "\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastDetail\n    }\n  }\n": typeof types.BroadcastDocument,
    "\n  query PublicBroadcasts($first: Int, $after: String) {\n    publicBroadcasts(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...BroadcastCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PublicBroadcastsDocument,
    "\n  query PublicBroadcast($id: ID!) {\n    publicBroadcast(id: $id) {\n      id\n      title\n      body\n      documentNumber\n      issuer\n      priority\n      requireAck\n      publishedAt\n      effectiveDate\n      documentSha256\n      documents {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n    }\n  }\n": typeof types.PublicBroadcastDocument,
    "\n  subscription BroadcastPublished {\n    broadcastPublished {\n      ...BroadcastCard\n    }\n  }\n": typeof types.BroadcastPublishedDocument,
    "\n  mutation MarkBroadcastRead($id: ID!) {\n    markBroadcastRead(id: $id) {\n      id\n      viewerReadAt\n      viewerAcknowledgedAt\n    }\n  }\n": typeof types.MarkBroadcastReadDocument,
    "\n  mutation AcknowledgeBroadcast($id: ID!) {\n    acknowledgeBroadcast(id: $id) {\n      id\n      viewerReadAt\n      viewerAcknowledgedAt\n    }\n  }\n": typeof types.AcknowledgeBroadcastDocument,
    "\n  query BroadcastAudienceSize($target: BroadcastTargetInput!) {\n    broadcastAudienceSize(target: $target)\n  }\n": typeof types.BroadcastAudienceSizeDocument,
    "\n  mutation PublishBroadcast($input: PublishBroadcastInput!) {\n    publishBroadcast(input: $input) {\n      ...BroadcastDetail\n    }\n  }\n": typeof types.PublishBroadcastDocument,
    "\n  query BroadcastReach($id: ID!) {\n    broadcastReach(id: $id) {\n      targeted\n      read\n      acknowledged\n      notOnPlatform\n      byProvince {\n        province {\n          code\n          name\n        }\n        targeted\n        read\n        acknowledged\n      }\n    }\n  }\n": typeof types.BroadcastReachDocument,
    "\n  query BroadcastReachByFacility($id: ID!, $first: Int, $after: String, $provinceCode: String) {\n    broadcastReach(id: $id) {\n      byFacility(first: $first, after: $after, provinceCode: $provinceCode) {\n        edges {\n          cursor\n          node {\n            facility {\n              id\n              name\n              province {\n                code\n                name\n              }\n            }\n            targeted\n            read\n            acknowledged\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.BroadcastReachByFacilityDocument,
    "\n  mutation RemindBroadcast($id: ID!) {\n    remindBroadcast(id: $id)\n  }\n": typeof types.RemindBroadcastDocument,
    "\n  fragment CallRecordFields on CallRecord {\n    id\n    video\n    startedAt\n    answeredAt\n    endedAt\n    durationSeconds\n    missed\n    outcome\n  }\n": typeof types.CallRecordFieldsFragmentDoc,
    "\n  query CallSettings {\n    callSettings {\n      maxParticipants\n      ringTimeoutSeconds\n      iceServers {\n        urls\n        username\n        credential\n      }\n    }\n  }\n": typeof types.CallSettingsDocument,
    "\n  query CallConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      isGroup\n      participants {\n        id\n        fullName\n        avatarUrl\n      }\n      ongoingCall {\n        id\n        video\n        activeParticipants {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CallConversationDocument,
    "\n  mutation SendCallSignal($conversationId: ID!, $signal: JSON!) {\n    sendCallSignal(conversationId: $conversationId, signal: $signal)\n  }\n": typeof types.SendCallSignalDocument,
    "\n  subscription CallEvents {\n    conversationEvents {\n      kind\n      conversationId\n      userId\n      signal\n      message {\n        id\n        call {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CallEventsDocument,
    "\n  fragment CasePerson on User {\n    ...Person\n  }\n": typeof types.CasePersonFragmentDoc,
    "\n  fragment CaseFinding on PhiFinding {\n    id\n    field\n    start\n    end\n    kind\n    text\n  }\n": typeof types.CaseFindingFragmentDoc,
    "\n  fragment CaseListItem on CaseFile {\n    id\n    title\n    ageLabel\n    sex\n    provinceCode\n    version\n    updatedAt\n    viewerPermission\n    author {\n      ...CasePerson\n    }\n    phiFindings {\n      field\n      kind\n    }\n    consultations {\n      id\n      status\n      urgency\n      overdue\n    }\n  }\n": typeof types.CaseListItemFragmentDoc,
    "\n  fragment ConsultationFields on Consultation {\n    id\n    urgency\n    status\n    note\n    opinion\n    recommendation\n    outcome\n    overdue\n    dueAt\n    createdAt\n    acceptedAt\n    answeredAt\n    closedAt\n    accessRevoked\n    requestedBy {\n      ...CasePerson\n    }\n    consultant {\n      ...CasePerson\n    }\n    targetFacility {\n      id\n      name\n    }\n    targetSpecialty {\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.ConsultationFieldsFragmentDoc,
    "\n  fragment CaseAttachment on Attachment {\n    id\n    fileName\n    contentType\n    size\n    url\n    thumbnailUrl\n  }\n": typeof types.CaseAttachmentFragmentDoc,
    "\n  fragment CaseDetail on CaseFile {\n    id\n    title\n    ageYears\n    ageLabel\n    sex\n    provinceCode\n    presentingComplaint\n    history\n    examination\n    vitals\n    labResults\n    workingDiagnosis\n    icd10Codes\n    treatment\n    question\n    version\n    createdAt\n    updatedAt\n    viewerPermission\n    author {\n      ...CasePerson\n    }\n    attachments {\n      ...CaseAttachment\n    }\n    phiFindings {\n      ...CaseFinding\n    }\n    shares {\n      id\n      granteeId\n      granteeType\n      permission\n      createdAt\n    }\n    consultations {\n      ...ConsultationFields\n    }\n  }\n": typeof types.CaseDetailFragmentDoc,
    "\n  query CaseFile($id: ID!) {\n    caseFile(id: $id) {\n      ...CaseDetail\n    }\n  }\n": typeof types.CaseFileDocument,
    "\n  fragment CaseListPage on CaseFileConnection {\n    edges {\n      cursor\n      node {\n        ...CaseListItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.CaseListPageFragmentDoc,
    "\n  query MyCaseFiles($first: Int, $after: String) {\n    myCaseFiles(first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n": typeof types.MyCaseFilesDocument,
    "\n  query SharedWithMe($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n": typeof types.SharedWithMeDocument,
    "\n  query ConsultationQueue($facilityId: ID, $status: ConsultStatus, $first: Int, $after: String) {\n    consultationQueue(facilityId: $facilityId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConsultationFields\n          caseFile {\n            id\n            title\n            ageLabel\n            sex\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConsultationQueueDocument,
    "\n  query CaseFileVersions($caseFileId: ID!) {\n    caseFileVersions(caseFileId: $caseFileId) {\n      version\n      reason\n      content\n      createdAt\n      editor {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.CaseFileVersionsDocument,
    "\n  query CaseAuditLog($caseFileId: ID!, $first: Int, $after: String) {\n    caseAuditLog(caseFileId: $caseFileId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          allowed\n          at\n          details\n          subjectName\n          facilityName\n          reason\n          actor {\n            id\n            fullName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CaseAuditLogDocument,
    "\n  query CaseComments($id: ID!, $first: Int, $after: String) {\n    caseFile(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            createdAt\n            author {\n              ...CasePerson\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.CaseCommentsDocument,
    "\n  mutation CreateCaseFile($input: CaseFileInput!) {\n    createCaseFile(input: $input) {\n      ...CaseDetail\n    }\n  }\n": typeof types.CreateCaseFileDocument,
    "\n  mutation UpdateCaseFile($id: ID!, $input: CaseFileInput!) {\n    updateCaseFile(id: $id, input: $input) {\n      ...CaseDetail\n    }\n  }\n": typeof types.UpdateCaseFileDocument,
    "\n  mutation ResolvePhiFinding($input: ResolvePhiInput!) {\n    resolvePhiFinding(input: $input) {\n      ...CaseDetail\n    }\n  }\n": typeof types.ResolvePhiFindingDocument,
    "\n  mutation ResolvePhiFindings($input: ResolvePhiFindingsInput!) {\n    resolvePhiFindings(input: $input) {\n      ...CaseDetail\n    }\n  }\n": typeof types.ResolvePhiFindingsDocument,
    "\n  mutation ShareCaseFile($input: ShareCaseInput!) {\n    shareCaseFile(input: $input) {\n      ...CaseDetail\n    }\n  }\n": typeof types.ShareCaseFileDocument,
    "\n  mutation RevokeCaseShare($caseFileId: ID!, $granteeId: ID!) {\n    revokeCaseShare(caseFileId: $caseFileId, granteeId: $granteeId) {\n      ...CaseDetail\n    }\n  }\n": typeof types.RevokeCaseShareDocument,
    "\n  mutation AddCaseComment($caseFileId: ID!, $body: String!, $clientId: ID, $phiReason: String) {\n    addCaseComment(caseFileId: $caseFileId, body: $body, clientId: $clientId, phiReason: $phiReason) {\n      id\n    }\n  }\n": typeof types.AddCaseCommentDocument,
    "\n  mutation RequestConsultation($input: RequestConsultationInput!) {\n    requestConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.RequestConsultationDocument,
    "\n  mutation AssignConsultation($id: ID!, $consultantId: ID!) {\n    assignConsultation(id: $id, consultantId: $consultantId) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.AssignConsultationDocument,
    "\n  mutation AcceptConsultation($id: ID!) {\n    acceptConsultation(id: $id) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.AcceptConsultationDocument,
    "\n  mutation AnswerConsultation($id: ID!, $opinion: String!, $recommendation: String!, $phiReason: String) {\n    answerConsultation(id: $id, opinion: $opinion, recommendation: $recommendation, phiReason: $phiReason) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.AnswerConsultationDocument,
    "\n  mutation CloseConsultation($id: ID!, $outcome: String) {\n    closeConsultation(id: $id, outcome: $outcome) {\n      ...ConsultationFields\n    }\n  }\n": typeof types.CloseConsultationDocument,
    "\n  query CaseGranteeUser($id: ID!) {\n    user(id: $id) {\n      id\n      fullName\n    }\n  }\n": typeof types.CaseGranteeUserDocument,
    "\n  query CaseGranteeGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CaseGranteeGroupDocument,
    "\n  query CaseGranteeFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CaseGranteeFacilityDocument,
    "\n  mutation PublishTeachingCase($caseFileId: ID!, $groupId: ID!) {\n    publishTeachingCase(caseFileId: $caseFileId, groupId: $groupId) {\n      ...PostCard\n    }\n  }\n": typeof types.PublishTeachingCaseDocument,
    "\n  fragment GroupCard on Group {\n    id\n    name\n    description\n    privacy\n    kind\n    memberCount\n    viewerRole\n    viewerRequestPending\n    viewerInvited\n  }\n": typeof types.GroupCardFragmentDoc,
    "\n  query Groups($query: String, $first: Int, $after: String) {\n    groups(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  query MyGroups($first: Int, $after: String) {\n    myGroups(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyGroupsDocument,
    "\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupCard\n      rules\n      createdAt\n      pinnedPosts {\n        ...PostCard\n      }\n    }\n  }\n": typeof types.GroupDocument,
    "\n  query GroupMembers($groupId: ID!, $first: Int, $after: String) {\n    groupMembers(groupId: $groupId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          role\n          joinedAt\n          user {\n            id\n            fullName\n            title\n            avatarUrl\n            profession\n            facility {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupMembersDocument,
    "\n  query GroupJoinRequests($groupId: ID!, $first: Int, $after: String) {\n    groupJoinRequests(groupId: $groupId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          requestedAt\n          user {\n            id\n            fullName\n            title\n            avatarUrl\n            profession\n            facility {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupJoinRequestsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCard\n      rules\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      ...GroupCard\n    }\n  }\n": typeof types.JoinGroupDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": typeof types.LeaveGroupDocument,
    "\n  mutation InviteToGroup($groupId: ID!, $userIds: [ID!]!) {\n    inviteToGroup(groupId: $groupId, userIds: $userIds) {\n      ...GroupCard\n    }\n  }\n": typeof types.InviteToGroupDocument,
    "\n  mutation DecideJoinRequest($groupId: ID!, $userId: ID!, $approve: Boolean!) {\n    decideJoinRequest(groupId: $groupId, userId: $userId, approve: $approve) {\n      ...GroupCard\n    }\n  }\n": typeof types.DecideJoinRequestDocument,
    "\n  mutation SetGroupRole($groupId: ID!, $userId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, userId: $userId, role: $role) {\n      ...GroupCard\n    }\n  }\n": typeof types.SetGroupRoleDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      description\n      rules\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n": typeof types.RemoveGroupMemberDocument,
    "\n  mutation SetGroupPrivacy($input: SetGroupPrivacyInput!) {\n    setGroupPrivacy(input: $input) {\n      id\n      privacy\n    }\n  }\n": typeof types.SetGroupPrivacyDocument,
    "\n  query FeedSuggestions {\n    suggestedColleagues(first: 6) {\n      edges {\n        node {\n          ...UserCard\n        }\n      }\n    }\n    suggestedGroups(first: 4) {\n      ...GroupCard\n    }\n  }\n": typeof types.FeedSuggestionsDocument,
    "\n  fragment LiveSessionCard on LiveSession {\n    id\n    title\n    status\n    audience\n    scheduledStart\n    scheduledMinutes\n    cmeHours\n    viewerCount\n    host {\n      id\n      fullName\n    }\n    group {\n      id\n      name\n    }\n    programme {\n      id\n      title\n    }\n  }\n": typeof types.LiveSessionCardFragmentDoc,
    "\n  query UpcomingLive($after: String) {\n    upcomingLiveSessions(first: 20, after: $after) {\n      edges {\n        node {\n          ...LiveSessionCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.UpcomingLiveDocument,
    "\n  query PastLive($after: String) {\n    pastLiveSessions(first: 20, after: $after) {\n      edges {\n        node {\n          ...LiveSessionCard\n          endedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PastLiveDocument,
    "\n  query LiveSessionPage($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCard\n      description\n      startedAt\n      endedAt\n      attendanceThreshold\n      viewerRole\n      viewerCanModerate\n      recordingStatus\n      playback {\n        hlsUrl\n        expiresAt\n      }\n      ingest {\n        rtmpUrl\n        browserUrl\n        streamKey\n        publishing\n        problem\n      }\n      recording {\n        id\n        url\n      }\n      viewerAttendance {\n        secondsWatched\n      }\n    }\n  }\n": typeof types.LiveSessionPageDocument,
    "\n  mutation ScheduleLive($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      ...LiveSessionCard\n    }\n  }\n": typeof types.ScheduleLiveDocument,
    "\n  mutation StartLive($id: ID!) {\n    startLiveSession(id: $id) {\n      id\n      status\n      startedAt\n    }\n  }\n": typeof types.StartLiveDocument,
    "\n  mutation EndLive($id: ID!) {\n    endLiveSession(id: $id) {\n      id\n      status\n      endedAt\n    }\n  }\n": typeof types.EndLiveDocument,
    "\n  mutation CancelLive($id: ID!) {\n    cancelLiveSession(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.CancelLiveDocument,
    "\n  mutation RotateStreamKey($id: ID!) {\n    rotateStreamKey(id: $id) {\n      id\n      ingest {\n        streamKey\n        browserUrl\n      }\n    }\n  }\n": typeof types.RotateStreamKeyDocument,
    "\n  fragment LiveChatFields on LiveChatMessage {\n    id\n    body\n    isQuestion\n    upvotes\n    viewerUpvoted\n    answeredAt\n    hiddenAt\n    createdAt\n    author {\n      id\n      fullName\n    }\n  }\n": typeof types.LiveChatFieldsFragmentDoc,
    "\n  query LiveChat($sessionId: ID!, $questionsOnly: Boolean) {\n    liveChat(sessionId: $sessionId, questionsOnly: $questionsOnly, first: 50) {\n      edges {\n        node {\n          ...LiveChatFields\n        }\n      }\n    }\n  }\n": typeof types.LiveChatDocument,
    "\n  mutation PostLiveChat($sessionId: ID!, $body: String!, $isQuestion: Boolean, $clientId: String!) {\n    postLiveChat(sessionId: $sessionId, body: $body, isQuestion: $isQuestion, clientId: $clientId) {\n      ...LiveChatFields\n    }\n  }\n": typeof types.PostLiveChatDocument,
    "\n  mutation UpvoteQuestion($id: ID!) {\n    upvoteQuestion(id: $id) {\n      ...LiveChatFields\n    }\n  }\n": typeof types.UpvoteQuestionDocument,
    "\n  mutation MarkAnswered($id: ID!) {\n    markQuestionAnswered(id: $id) {\n      ...LiveChatFields\n    }\n  }\n": typeof types.MarkAnsweredDocument,
    "\n  mutation HideLiveChat($id: ID!) {\n    hideLiveChat(id: $id) {\n      ...LiveChatFields\n    }\n  }\n": typeof types.HideLiveChatDocument,
    "\n  mutation SendLiveReaction($sessionId: ID!, $emoji: String!) {\n    sendLiveReaction(sessionId: $sessionId, emoji: $emoji)\n  }\n": typeof types.SendLiveReactionDocument,
    "\n  mutation LiveHeartbeat($id: ID!) {\n    liveHeartbeat(id: $id) {\n      secondsWatched\n    }\n  }\n": typeof types.LiveHeartbeatDocument,
    "\n  subscription LiveSessionEvents($sessionId: ID!) {\n    liveSessionEvents(sessionId: $sessionId) {\n      kind\n      sessionId\n      status\n      reaction\n      viewerCount\n      chat {\n        ...LiveChatFields\n      }\n    }\n  }\n": typeof types.LiveSessionEventsDocument,
    "\n  query MyTrainingLedger($after: String) {\n    myTrainingLedger {\n      totalHours\n      hoursLast5Years\n      credits(first: 50, after: $after) {\n        edges {\n          node {\n            hours\n            earnedAt\n            session {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.MyTrainingLedgerDocument,
    "\n  mutation ExportTrainingLedger {\n    exportTrainingLedger\n  }\n": typeof types.ExportTrainingLedgerDocument,
    "\n  mutation ExportSessionAttendance($id: ID!) {\n    exportSessionAttendance(id: $id)\n  }\n": typeof types.ExportSessionAttendanceDocument,
    "\n  query SessionAttendance($sessionId: ID!, $after: String) {\n    sessionAttendance(sessionId: $sessionId, first: 50, after: $after) {\n      edges {\n        node {\n          secondsWatched\n          creditedHours\n          firstJoinedAt\n          leftAt\n          user {\n            id\n            fullName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SessionAttendanceDocument,
    "\n  query LiveMyGroups {\n    myGroups(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n  }\n": typeof types.LiveMyGroupsDocument,
    "\n  query GroupProgrammes($groupId: ID!, $after: String) {\n    groupTrainingProgrammes(groupId: $groupId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          title\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.GroupProgrammesDocument,
    "\n  mutation CreateTrainingProgramme($groupId: ID!, $title: String!, $description: String) {\n    createTrainingProgramme(groupId: $groupId, title: $title, description: $description) {\n      id\n      title\n      description\n    }\n  }\n": typeof types.CreateTrainingProgrammeDocument,
    "\n  query TrainingProgrammePage($id: ID!, $after: String) {\n    trainingProgramme(id: $id) {\n      id\n      title\n      description\n      group {\n        id\n        name\n        viewerRole\n      }\n      sessions(first: 50) {\n        edges {\n          node {\n            ...LiveSessionCard\n          }\n        }\n      }\n      memberProgress(first: 50, after: $after) {\n        edges {\n          node {\n            sessionsCredited\n            sessionsEnded\n            hours\n            user {\n              id\n              fullName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.TrainingProgrammePageDocument,
    "\n  fragment ChatUser on User {\n    id\n    fullName\n    avatarUrl\n    title\n  }\n": typeof types.ChatUserFragmentDoc,
    "\n  fragment ChatMessage on Message {\n    id\n    clientId\n    conversationId\n    seq\n    versionSeq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    sender {\n      ...ChatUser\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    replyTo {\n      id\n      seq\n      body\n      deletedAt\n      sender {\n        id\n        fullName\n      }\n      attachments {\n        id\n      }\n    }\n    sharedPost {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n        avatarUrl\n      }\n      attachments {\n        id\n      }\n    }\n    sharedCase {\n      id\n      title\n      presentingComplaint\n    }\n    sharedKind\n    call {\n      ...CallRecordFields\n    }\n  }\n": typeof types.ChatMessageFragmentDoc,
    "\n  fragment ConversationSummary on Conversation {\n    id\n    kind\n    isGroup\n    groupId\n    title\n    muted\n    requestPending\n    requestedBy {\n      id\n      fullName\n    }\n    unreadCount\n    lastSeq\n    lastReadSeq\n    viewerIsAdmin\n    participants {\n      ...ChatUser\n    }\n    lastMessage {\n      id\n      seq\n      body\n      createdAt\n      deletedAt\n      sender {\n        id\n        fullName\n      }\n      attachments {\n        id\n        contentType\n      }\n      sharedKind\n      call {\n        id\n        video\n        missed\n      }\n    }\n  }\n": typeof types.ConversationSummaryFragmentDoc,
    "\n  query Conversation($id: ID!, $first: Int) {\n    conversation(id: $id) {\n      ...ConversationSummary\n      readStates {\n        lastReadSeq\n        user {\n          ...ChatUser\n        }\n      }\n      messages(first: $first) {\n        edges {\n          node {\n            ...ChatMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.ConversationDocument,
    "\n  query OlderMessages($id: ID!, $first: Int, $before: String) {\n    conversation(id: $id) {\n      id\n      messages(first: $first, before: $before) {\n        edges {\n          node {\n            ...ChatMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.OlderMessagesDocument,
    "\n  query MessagesSince($conversationId: ID!, $afterSeq: Int!, $first: Int) {\n    messagesSince(conversationId: $conversationId, afterSeq: $afterSeq, first: $first) {\n      ...ChatMessage\n    }\n  }\n": typeof types.MessagesSinceDocument,
    "\n  subscription ConversationEvents($conversationId: ID) {\n    conversationEvents(conversationId: $conversationId) {\n      kind\n      conversationId\n      seq\n      userId\n      message {\n        ...ChatMessage\n      }\n    }\n  }\n": typeof types.ConversationEventsDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...ChatMessage\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...ChatMessage\n    }\n  }\n": typeof types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...ChatMessage\n    }\n  }\n": typeof types.DeleteMessageDocument,
    "\n  mutation MarkConversationRead($conversationId: ID!, $seq: Int!) {\n    markConversationRead(conversationId: $conversationId, seq: $seq) {\n      id\n      lastReadSeq\n      unreadCount\n    }\n  }\n": typeof types.MarkConversationReadDocument,
    "\n  mutation SetTyping($conversationId: ID!) {\n    setTyping(conversationId: $conversationId)\n  }\n": typeof types.SetTypingDocument,
    "\n  mutation StartConversation($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      ...ConversationSummary\n    }\n  }\n": typeof types.StartConversationDocument,
    "\n  mutation AcceptConversation($conversationId: ID!) {\n    acceptConversation(input: { conversationId: $conversationId }) {\n      ...ConversationSummary\n    }\n  }\n": typeof types.AcceptConversationDocument,
    "\n  mutation DeclineConversation($conversationId: ID!) {\n    declineConversation(input: { conversationId: $conversationId })\n  }\n": typeof types.DeclineConversationDocument,
    "\n  mutation MuteConversation($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(input: { conversationId: $conversationId, muted: $muted }) {\n      id\n      muted\n    }\n  }\n": typeof types.MuteConversationDocument,
    "\n  mutation LeaveConversation($conversationId: ID!) {\n    leaveConversation(input: { conversationId: $conversationId })\n  }\n": typeof types.LeaveConversationDocument,
    "\n  query GroupConversation($groupId: ID!) {\n    group(id: $groupId) {\n      id\n      conversation {\n        id\n      }\n    }\n  }\n": typeof types.GroupConversationDocument,
    "\n  mutation AddConversationParticipants($conversationId: ID!, $userIds: [ID!]!) {\n    addConversationParticipants(input: { conversationId: $conversationId, userIds: $userIds }) {\n      ...ConversationSummary\n    }\n  }\n": typeof types.AddConversationParticipantsDocument,
    "\n  mutation RemoveConversationParticipant($conversationId: ID!, $userId: ID!) {\n    removeConversationParticipant(input: { conversationId: $conversationId, userId: $userId }) {\n      ...ConversationSummary\n    }\n  }\n": typeof types.RemoveConversationParticipantDocument,
    "\n  query Conversations($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ConversationsDocument,
    "\n  query UnreadConversationCount {\n    unreadConversationCount\n  }\n": typeof types.UnreadConversationCountDocument,
    "\n  subscription InboxEvents {\n    conversationEvents {\n      kind\n      conversationId\n      seq\n      userId\n    }\n  }\n": typeof types.InboxEventsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    updatedAt\n    targetId\n    postId\n    groupId\n    caseFileId\n    group {\n      id\n      name\n    }\n    liveSession {\n      id\n      title\n    }\n    actorCount\n    actors {\n      id\n      fullName\n      avatarUrl\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  fragment UserCard on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    verificationStatus\n    followerCount\n    followingCount\n    viewerFollows\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n": typeof types.UserCardFragmentDoc,
    "\n  query SearchUsers($query: String!, $specialtyCode: String, $facilityId: ID, $provinceCode: String, $first: Int, $after: String) {\n    searchUsers(query: $query, specialtyCode: $specialtyCode, facilityId: $facilityId, provinceCode: $provinceCode, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...UserCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchUsersDocument,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      ...UserCard\n      bio\n      experienceYears\n      roles\n      facility {\n        id\n        level\n        kind\n      }\n    }\n  }\n": typeof types.UserProfileDocument,
    "\n  mutation FollowUser($userId: ID!) {\n    followUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.FollowUserDocument,
    "\n  mutation UnfollowUser($userId: ID!) {\n    unfollowUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": typeof types.UnfollowUserDocument,
    "\n  subscription MyPostCountsChanged {\n    myPostCountsChanged {\n      id\n      reactionCount\n      commentCount\n      shareCount\n    }\n  }\n": typeof types.MyPostCountsChangedDocument,
    "\n  fragment PostAuthor on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    facility {\n      id\n      name\n    }\n  }\n": typeof types.PostAuthorFragmentDoc,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    url\n    thumbnailUrl\n    renditions {\n      width\n      url\n    }\n  }\n": typeof types.AttachmentFieldsFragmentDoc,
    "\n  fragment PostContent on Post {\n    id\n    body\n    visibility\n    createdAt\n    editedAt\n    hashtags\n    author {\n      ...PostAuthor\n    }\n    group {\n      id\n      name\n      privacy\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n": typeof types.PostContentFragmentDoc,
    "\n  fragment PostCard on Post {\n    ...PostContent\n    reactionCount\n    commentCount\n    shareCount\n    viewerReaction\n    viewerSaved\n    pinned\n    hidden\n    group {\n      id\n      viewerRole\n    }\n    sharedPost {\n      ...PostContent\n      shareCount\n    }\n  }\n": typeof types.PostCardFragmentDoc,
    "\n  fragment PostPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.PostPageFragmentDoc,
    "\n  query Feed($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n": typeof types.FeedDocument,
    "\n  query UserPosts($userId: ID!, $first: Int, $after: String) {\n    userPosts(userId: $userId, first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n": typeof types.UserPostsDocument,
    "\n  query SavedPosts($first: Int, $after: String) {\n    savedPosts(first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n": typeof types.SavedPostsDocument,
    "\n  query GroupPosts($groupId: ID!, $first: Int, $after: String) {\n    groupPosts(groupId: $groupId, first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n": typeof types.GroupPostsDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n": typeof types.PostDocument,
    "\n  subscription NewFeedPosts {\n    newFeedPosts {\n      postId\n      authorId\n      createdAt\n    }\n  }\n": typeof types.NewFeedPostsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation ReactToPost($postId: ID!, $kind: ReactionKind!) {\n    reactToPost(postId: $postId, kind: $kind) {\n      id\n      viewerReaction\n      reactionCount\n    }\n  }\n": typeof types.ReactToPostDocument,
    "\n  mutation RemoveReaction($postId: ID!) {\n    removeReaction(postId: $postId) {\n      id\n      viewerReaction\n      reactionCount\n    }\n  }\n": typeof types.RemoveReactionDocument,
    "\n  mutation SavePost($postId: ID!) {\n    savePost(postId: $postId) {\n      id\n      viewerSaved\n    }\n  }\n": typeof types.SavePostDocument,
    "\n  mutation UnsavePost($postId: ID!) {\n    unsavePost(postId: $postId) {\n      id\n      viewerSaved\n    }\n  }\n": typeof types.UnsavePostDocument,
    "\n  mutation SharePost($input: SharePostInput!) {\n    sharePost(input: $input) {\n      ...PostCard\n    }\n  }\n": typeof types.SharePostDocument,
    "\n  mutation SendPostToChat($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      clientId\n      conversationId\n      sharedKind\n    }\n  }\n": typeof types.SendPostToChatDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n": typeof types.ReportContentDocument,
    "\n  mutation PinPost($postId: ID!) {\n    pinPost(postId: $postId) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinPostDocument,
    "\n  mutation UnpinPost($postId: ID!) {\n    unpinPost(postId: $postId) {\n      id\n      pinned\n    }\n  }\n": typeof types.UnpinPostDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    postId\n    body\n    deleted\n    replyCount\n    createdAt\n    author {\n      ...PostAuthor\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment ThreadComment on Comment {\n    ...CommentFields\n    replies(first: 2) {\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ThreadCommentFragmentDoc,
    "\n  query PostComments($postId: ID!, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PostCommentsDocument,
    "\n  query CommentReplies($postId: ID!, $before: String, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: 1, after: $before) @connection(key: \"replyLookup\") {\n        edges {\n          cursor\n          node {\n            id\n            replyCount\n            replies(first: $first, after: $after) {\n              edges {\n                cursor\n                node {\n                  ...CommentFields\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommentRepliesDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ThreadComment\n      parent {\n        id\n      }\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  query MentionCandidates($query: String!) {\n    searchUsers(query: $query, first: 6) {\n      edges {\n        node {\n          id\n          fullName\n          avatarUrl\n          title\n          facility {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query HashtagCandidates($query: String!) {\n    search(query: $query, first: 20) {\n      edges {\n        node {\n          ... on Hashtag {\n            tag\n            postCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.HashtagCandidatesDocument,
    "\n  query MyProfile {\n    me {\n      ...ViewerFields\n      bio\n      experienceYears\n      email\n      licenseNumber\n      createdAt\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n      bio\n      experienceYears\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Search($query: String!, $first: Int, $after: String, $types: [SearchKind!]) {\n    search(query: $query, first: $first, after: $after, types: $types) {\n      edges {\n        cursor\n        node {\n          ... on Post {\n            ...PostCard\n          }\n          ... on User {\n            ...UserCard\n          }\n          ... on Group {\n            ...GroupCard\n          }\n          ... on Hashtag {\n            tag\n            postCount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query PushSettings {\n    webPushPublicKey\n    pushSettings {\n      messages\n      consultations\n      mentions\n      broadcasts\n    }\n  }\n": typeof types.PushSettingsDocument,
    "\n  mutation UpdatePushSettings($input: UpdatePushSettingsInput!) {\n    updatePushSettings(input: $input) {\n      messages\n      consultations\n      mentions\n      broadcasts\n    }\n  }\n": typeof types.UpdatePushSettingsDocument,
    "\n  mutation RegisterPushSubscription($endpoint: String!, $p256dh: String!, $auth: String!) {\n    registerPushSubscription(endpoint: $endpoint, p256dh: $p256dh, auth: $auth)\n  }\n": typeof types.RegisterPushSubscriptionDocument,
    "\n  mutation UnregisterPushSubscription($endpoint: String!) {\n    unregisterPushSubscription(endpoint: $endpoint)\n  }\n": typeof types.UnregisterPushSubscriptionDocument,
    "\n  query WorkforceOverview($scope: WorkforceScopeInput) {\n    workforceOverview(scope: $scope) {\n      headcount\n      onPlatform\n      population\n      populationSource\n      populationYear\n      doctorsPer10k\n      doctorsNursesMidwivesPer10k\n      whoThreshold\n      byProfession {\n        key\n        label\n        count\n      }\n      bySex {\n        key\n        label\n        count\n      }\n      byAgeBand {\n        key\n        label\n        count\n      }\n      byFacilityLevel {\n        key\n        label\n        count\n      }\n      licenceRenewalsDue\n      cmeBehind\n      cmeHoursRequired\n      suppressed\n      refreshedAt\n    }\n  }\n": typeof types.WorkforceOverviewDocument,
    "\n  query WorkforceByProvince($profession: Profession) {\n    workforceByProvince(profession: $profession) {\n      province {\n        code\n        name\n      }\n      population\n      populationSource\n      populationYear\n      headcount\n      doctorsPer10k\n      doctorsNursesMidwivesPer10k\n      belowWhoThreshold\n    }\n  }\n": typeof types.WorkforceByProvinceDocument,
    "\n  query SpecialtyGaps($scope: WorkforceScopeInput, $after: String) {\n    specialtyGaps(scope: $scope, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          facility {\n            id\n            name\n            level\n            province {\n              code\n              name\n            }\n          }\n          specialty {\n            code\n            name\n          }\n          peersWithIt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpecialtyGapsDocument,
    "\n  query ConsultDemand($scope: WorkforceScopeInput) {\n    consultDemand(scope: $scope) {\n      specialty {\n        code\n        name\n      }\n      province {\n        code\n        name\n      }\n      requests\n      answeredWithinTarget\n      consultants\n    }\n  }\n": typeof types.ConsultDemandDocument,
    "\n  query WorkforceMembers($scope: WorkforceScopeInput, $query: String, $after: String) {\n    workforceMembers(scope: $scope, query: $query, first: 30, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          profession\n          sex\n          birthYear\n          licenseNumber\n          licenseValidUntil\n          position\n          onPlatform\n          specialty {\n            code\n            name\n          }\n          facility {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WorkforceMembersDocument,
    "\n  query ExportWorkforce($scope: WorkforceScopeInput) {\n    exportWorkforce(scope: $scope)\n  }\n": typeof types.ExportWorkforceDocument,
    "\n  query RosterTemplate {\n    rosterTemplate\n  }\n": typeof types.RosterTemplateDocument,
    "\n  mutation ImportRoster($facilityId: ID!, $uploadId: ID!, $dryRun: Boolean) {\n    importRoster(facilityId: $facilityId, uploadId: $uploadId, dryRun: $dryRun) {\n      id\n      status\n      dryRun\n      rowsTotal\n      rowsImported\n      rowsRemoved\n      fileName\n      createdAt\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": typeof types.ImportRosterDocument,
    "\n  query RosterImports($facilityId: ID!) {\n    rosterImports(facilityId: $facilityId, first: 10) {\n      edges {\n        node {\n          id\n          status\n          dryRun\n          rowsTotal\n          rowsImported\n          rowsRemoved\n          fileName\n          createdAt\n          importedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.RosterImportsDocument,
    "\n  fragment Person on User {\n    id\n    fullName\n    title\n    avatarUrl\n    facility {\n      id\n      name\n    }\n  }\n": typeof types.PersonFragmentDoc,
    "\n  query PeopleSearch($query: String!, $facilityId: ID, $first: Int) {\n    searchUsers(query: $query, facilityId: $facilityId, first: $first) {\n      edges {\n        node {\n          ...Person\n        }\n      }\n    }\n  }\n": typeof types.PeopleSearchDocument,
    "\n  query FacilityNames {\n    facilityNames\n  }\n": typeof types.FacilityNamesDocument,
    "\n  query Specialties {\n    specialties {\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.SpecialtiesDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": typeof types.ProvincesDocument,
    "\n  fragment FacilityOption on Facility {\n    id\n    name\n    level\n    kind\n    province {\n      code\n      name\n    }\n  }\n": typeof types.FacilityOptionFragmentDoc,
    "\n  query FacilitySearch($search: String, $provinceCode: String, $first: Int) {\n    facilities(search: $search, provinceCode: $provinceCode, first: $first) {\n      edges {\n        cursor\n        node {\n          ...FacilityOption\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FacilitySearchDocument,
    "\n  query FacilityById($id: ID!) {\n    facility(id: $id) {\n      ...FacilityOption\n    }\n  }\n": typeof types.FacilityByIdDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers\n      expiresAt\n    }\n  }\n": typeof types.RequestUploadDocument,
    "\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      fileName\n      contentType\n      size\n      url\n      thumbnailUrl\n      renditions {\n        width\n        url\n      }\n    }\n  }\n": typeof types.CompleteUploadDocument,
};
const documents: Documents = {
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  fragment ViewerFields on User {\n    id\n    fullName\n    title\n    profession\n    roles\n    verificationStatus\n    rejectionReason\n    avatarUrl\n    followerCount\n    followingCount\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      level\n      kind\n      province {\n        code\n        name\n      }\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!, $scopeProvinceCode: String) {\n    setUserRoles(userId: $userId, roles: $roles, scopeProvinceCode: $scopeProvinceCode) {\n      id\n      roles\n      scopeProvinceCode\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  query RoleCandidates($query: String!) {\n    searchUsers(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          fullName\n          roles\n          scopeProvinceCode\n          facility {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.RoleCandidatesDocument,
    "\n  fragment PendingUser on User {\n    id\n    fullName\n    email\n    avatarUrl\n    profession\n    licenseNumber\n    verificationStatus\n    createdAt\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n": types.PendingUserFragmentDoc,
    "\n  query PendingVerifications($first: Int, $after: String) {\n    pendingVerifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PendingUser\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PendingVerificationsDocument,
    "\n  mutation VerifyUser($input: VerifyUserInput!) {\n    verifyUser(input: $input) {\n      id\n      verificationStatus\n    }\n  }\n": types.VerifyUserDocument,
    "\n  fragment ModerationReport on Report {\n    id\n    targetType\n    targetId\n    reason\n    status\n    createdAt\n    resolvedAt\n    reporter {\n      id\n      fullName\n    }\n    resolvedBy {\n      id\n      fullName\n    }\n    post {\n      id\n      body\n      hidden\n      author {\n        id\n        fullName\n      }\n    }\n    comment {\n      id\n      body\n      author {\n        id\n        fullName\n      }\n    }\n  }\n": types.ModerationReportFragmentDoc,
    "\n  query ModerationQueue($groupId: ID, $status: ReportStatus, $first: Int, $after: String) {\n    moderationQueue(groupId: $groupId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationReport\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  mutation ResolveReport($id: ID!, $action: ReportAction!) {\n    resolveReport(id: $id, action: $action) {\n      ...ModerationReport\n    }\n  }\n": types.ResolveReportDocument,
    "\n  query ModeratedGroups {\n    myGroups(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n  }\n": types.ModeratedGroupsDocument,
    "\n  mutation ResubmitVerification($input: ResubmitVerificationInput!) {\n    resubmitVerification(input: $input) {\n      id\n      fullName\n      profession\n      licenseNumber\n      verificationStatus\n      rejectionReason\n      facility {\n        id\n        name\n      }\n      specialty {\n        code\n      }\n    }\n  }\n": types.ResubmitVerificationDocument,
    "\n  query ApplicantLicense {\n    me {\n      id\n      licenseNumber\n    }\n  }\n": types.ApplicantLicenseDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        ...ViewerFields\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  subscription VerificationStatusChanged {\n    verificationStatusChanged {\n      ...ViewerFields\n    }\n  }\n": types.VerificationStatusChangedDocument,
    "\n  fragment BroadcastCard on Broadcast {\n    id\n    title\n    documentNumber\n    issuer\n    priority\n    requireAck\n    publishedAt\n    effectiveDate\n    viewerReadAt\n    viewerAcknowledgedAt\n    scopeProvince {\n      code\n      name\n    }\n    supersededBy {\n      id\n    }\n  }\n": types.BroadcastCardFragmentDoc,
    "\n  fragment BroadcastDetail on Broadcast {\n    ...BroadcastCard\n    body\n    documentSha256\n    documents {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    target {\n      provinces {\n        code\n        name\n      }\n      facilityLevels\n      professions\n      specialties {\n        code\n        name\n        nameEn\n      }\n    }\n    publishedBy {\n      id\n      fullName\n    }\n    supersedes {\n      id\n      title\n      documentNumber\n    }\n    supersededBy {\n      id\n      title\n      documentNumber\n    }\n  }\n": types.BroadcastDetailFragmentDoc,
    "\n  query PinnedBroadcasts {\n    pinnedBroadcasts {\n      ...BroadcastCard\n    }\n  }\n": types.PinnedBroadcastsDocument,
    "\n  query Broadcasts($first: Int, $after: String, $query: String, $documentNumber: String, $unacknowledgedOnly: Boolean) {\n    broadcasts(first: $first, after: $after, query: $query, documentNumber: $documentNumber, unacknowledgedOnly: $unacknowledgedOnly) {\n      edges {\n        cursor\n        node {\n          ...BroadcastCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.BroadcastsDocument,
    "\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastDetail\n    }\n  }\n": types.BroadcastDocument,
    "\n  query PublicBroadcasts($first: Int, $after: String) {\n    publicBroadcasts(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...BroadcastCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PublicBroadcastsDocument,
    "\n  query PublicBroadcast($id: ID!) {\n    publicBroadcast(id: $id) {\n      id\n      title\n      body\n      documentNumber\n      issuer\n      priority\n      requireAck\n      publishedAt\n      effectiveDate\n      documentSha256\n      documents {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n    }\n  }\n": types.PublicBroadcastDocument,
    "\n  subscription BroadcastPublished {\n    broadcastPublished {\n      ...BroadcastCard\n    }\n  }\n": types.BroadcastPublishedDocument,
    "\n  mutation MarkBroadcastRead($id: ID!) {\n    markBroadcastRead(id: $id) {\n      id\n      viewerReadAt\n      viewerAcknowledgedAt\n    }\n  }\n": types.MarkBroadcastReadDocument,
    "\n  mutation AcknowledgeBroadcast($id: ID!) {\n    acknowledgeBroadcast(id: $id) {\n      id\n      viewerReadAt\n      viewerAcknowledgedAt\n    }\n  }\n": types.AcknowledgeBroadcastDocument,
    "\n  query BroadcastAudienceSize($target: BroadcastTargetInput!) {\n    broadcastAudienceSize(target: $target)\n  }\n": types.BroadcastAudienceSizeDocument,
    "\n  mutation PublishBroadcast($input: PublishBroadcastInput!) {\n    publishBroadcast(input: $input) {\n      ...BroadcastDetail\n    }\n  }\n": types.PublishBroadcastDocument,
    "\n  query BroadcastReach($id: ID!) {\n    broadcastReach(id: $id) {\n      targeted\n      read\n      acknowledged\n      notOnPlatform\n      byProvince {\n        province {\n          code\n          name\n        }\n        targeted\n        read\n        acknowledged\n      }\n    }\n  }\n": types.BroadcastReachDocument,
    "\n  query BroadcastReachByFacility($id: ID!, $first: Int, $after: String, $provinceCode: String) {\n    broadcastReach(id: $id) {\n      byFacility(first: $first, after: $after, provinceCode: $provinceCode) {\n        edges {\n          cursor\n          node {\n            facility {\n              id\n              name\n              province {\n                code\n                name\n              }\n            }\n            targeted\n            read\n            acknowledged\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.BroadcastReachByFacilityDocument,
    "\n  mutation RemindBroadcast($id: ID!) {\n    remindBroadcast(id: $id)\n  }\n": types.RemindBroadcastDocument,
    "\n  fragment CallRecordFields on CallRecord {\n    id\n    video\n    startedAt\n    answeredAt\n    endedAt\n    durationSeconds\n    missed\n    outcome\n  }\n": types.CallRecordFieldsFragmentDoc,
    "\n  query CallSettings {\n    callSettings {\n      maxParticipants\n      ringTimeoutSeconds\n      iceServers {\n        urls\n        username\n        credential\n      }\n    }\n  }\n": types.CallSettingsDocument,
    "\n  query CallConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      isGroup\n      participants {\n        id\n        fullName\n        avatarUrl\n      }\n      ongoingCall {\n        id\n        video\n        activeParticipants {\n          id\n        }\n      }\n    }\n  }\n": types.CallConversationDocument,
    "\n  mutation SendCallSignal($conversationId: ID!, $signal: JSON!) {\n    sendCallSignal(conversationId: $conversationId, signal: $signal)\n  }\n": types.SendCallSignalDocument,
    "\n  subscription CallEvents {\n    conversationEvents {\n      kind\n      conversationId\n      userId\n      signal\n      message {\n        id\n        call {\n          id\n        }\n      }\n    }\n  }\n": types.CallEventsDocument,
    "\n  fragment CasePerson on User {\n    ...Person\n  }\n": types.CasePersonFragmentDoc,
    "\n  fragment CaseFinding on PhiFinding {\n    id\n    field\n    start\n    end\n    kind\n    text\n  }\n": types.CaseFindingFragmentDoc,
    "\n  fragment CaseListItem on CaseFile {\n    id\n    title\n    ageLabel\n    sex\n    provinceCode\n    version\n    updatedAt\n    viewerPermission\n    author {\n      ...CasePerson\n    }\n    phiFindings {\n      field\n      kind\n    }\n    consultations {\n      id\n      status\n      urgency\n      overdue\n    }\n  }\n": types.CaseListItemFragmentDoc,
    "\n  fragment ConsultationFields on Consultation {\n    id\n    urgency\n    status\n    note\n    opinion\n    recommendation\n    outcome\n    overdue\n    dueAt\n    createdAt\n    acceptedAt\n    answeredAt\n    closedAt\n    accessRevoked\n    requestedBy {\n      ...CasePerson\n    }\n    consultant {\n      ...CasePerson\n    }\n    targetFacility {\n      id\n      name\n    }\n    targetSpecialty {\n      code\n      name\n      nameEn\n    }\n  }\n": types.ConsultationFieldsFragmentDoc,
    "\n  fragment CaseAttachment on Attachment {\n    id\n    fileName\n    contentType\n    size\n    url\n    thumbnailUrl\n  }\n": types.CaseAttachmentFragmentDoc,
    "\n  fragment CaseDetail on CaseFile {\n    id\n    title\n    ageYears\n    ageLabel\n    sex\n    provinceCode\n    presentingComplaint\n    history\n    examination\n    vitals\n    labResults\n    workingDiagnosis\n    icd10Codes\n    treatment\n    question\n    version\n    createdAt\n    updatedAt\n    viewerPermission\n    author {\n      ...CasePerson\n    }\n    attachments {\n      ...CaseAttachment\n    }\n    phiFindings {\n      ...CaseFinding\n    }\n    shares {\n      id\n      granteeId\n      granteeType\n      permission\n      createdAt\n    }\n    consultations {\n      ...ConsultationFields\n    }\n  }\n": types.CaseDetailFragmentDoc,
    "\n  query CaseFile($id: ID!) {\n    caseFile(id: $id) {\n      ...CaseDetail\n    }\n  }\n": types.CaseFileDocument,
    "\n  fragment CaseListPage on CaseFileConnection {\n    edges {\n      cursor\n      node {\n        ...CaseListItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.CaseListPageFragmentDoc,
    "\n  query MyCaseFiles($first: Int, $after: String) {\n    myCaseFiles(first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n": types.MyCaseFilesDocument,
    "\n  query SharedWithMe($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n": types.SharedWithMeDocument,
    "\n  query ConsultationQueue($facilityId: ID, $status: ConsultStatus, $first: Int, $after: String) {\n    consultationQueue(facilityId: $facilityId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConsultationFields\n          caseFile {\n            id\n            title\n            ageLabel\n            sex\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConsultationQueueDocument,
    "\n  query CaseFileVersions($caseFileId: ID!) {\n    caseFileVersions(caseFileId: $caseFileId) {\n      version\n      reason\n      content\n      createdAt\n      editor {\n        id\n        fullName\n      }\n    }\n  }\n": types.CaseFileVersionsDocument,
    "\n  query CaseAuditLog($caseFileId: ID!, $first: Int, $after: String) {\n    caseAuditLog(caseFileId: $caseFileId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          allowed\n          at\n          details\n          subjectName\n          facilityName\n          reason\n          actor {\n            id\n            fullName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CaseAuditLogDocument,
    "\n  query CaseComments($id: ID!, $first: Int, $after: String) {\n    caseFile(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            createdAt\n            author {\n              ...CasePerson\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.CaseCommentsDocument,
    "\n  mutation CreateCaseFile($input: CaseFileInput!) {\n    createCaseFile(input: $input) {\n      ...CaseDetail\n    }\n  }\n": types.CreateCaseFileDocument,
    "\n  mutation UpdateCaseFile($id: ID!, $input: CaseFileInput!) {\n    updateCaseFile(id: $id, input: $input) {\n      ...CaseDetail\n    }\n  }\n": types.UpdateCaseFileDocument,
    "\n  mutation ResolvePhiFinding($input: ResolvePhiInput!) {\n    resolvePhiFinding(input: $input) {\n      ...CaseDetail\n    }\n  }\n": types.ResolvePhiFindingDocument,
    "\n  mutation ResolvePhiFindings($input: ResolvePhiFindingsInput!) {\n    resolvePhiFindings(input: $input) {\n      ...CaseDetail\n    }\n  }\n": types.ResolvePhiFindingsDocument,
    "\n  mutation ShareCaseFile($input: ShareCaseInput!) {\n    shareCaseFile(input: $input) {\n      ...CaseDetail\n    }\n  }\n": types.ShareCaseFileDocument,
    "\n  mutation RevokeCaseShare($caseFileId: ID!, $granteeId: ID!) {\n    revokeCaseShare(caseFileId: $caseFileId, granteeId: $granteeId) {\n      ...CaseDetail\n    }\n  }\n": types.RevokeCaseShareDocument,
    "\n  mutation AddCaseComment($caseFileId: ID!, $body: String!, $clientId: ID, $phiReason: String) {\n    addCaseComment(caseFileId: $caseFileId, body: $body, clientId: $clientId, phiReason: $phiReason) {\n      id\n    }\n  }\n": types.AddCaseCommentDocument,
    "\n  mutation RequestConsultation($input: RequestConsultationInput!) {\n    requestConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n": types.RequestConsultationDocument,
    "\n  mutation AssignConsultation($id: ID!, $consultantId: ID!) {\n    assignConsultation(id: $id, consultantId: $consultantId) {\n      ...ConsultationFields\n    }\n  }\n": types.AssignConsultationDocument,
    "\n  mutation AcceptConsultation($id: ID!) {\n    acceptConsultation(id: $id) {\n      ...ConsultationFields\n    }\n  }\n": types.AcceptConsultationDocument,
    "\n  mutation AnswerConsultation($id: ID!, $opinion: String!, $recommendation: String!, $phiReason: String) {\n    answerConsultation(id: $id, opinion: $opinion, recommendation: $recommendation, phiReason: $phiReason) {\n      ...ConsultationFields\n    }\n  }\n": types.AnswerConsultationDocument,
    "\n  mutation CloseConsultation($id: ID!, $outcome: String) {\n    closeConsultation(id: $id, outcome: $outcome) {\n      ...ConsultationFields\n    }\n  }\n": types.CloseConsultationDocument,
    "\n  query CaseGranteeUser($id: ID!) {\n    user(id: $id) {\n      id\n      fullName\n    }\n  }\n": types.CaseGranteeUserDocument,
    "\n  query CaseGranteeGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n": types.CaseGranteeGroupDocument,
    "\n  query CaseGranteeFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n    }\n  }\n": types.CaseGranteeFacilityDocument,
    "\n  mutation PublishTeachingCase($caseFileId: ID!, $groupId: ID!) {\n    publishTeachingCase(caseFileId: $caseFileId, groupId: $groupId) {\n      ...PostCard\n    }\n  }\n": types.PublishTeachingCaseDocument,
    "\n  fragment GroupCard on Group {\n    id\n    name\n    description\n    privacy\n    kind\n    memberCount\n    viewerRole\n    viewerRequestPending\n    viewerInvited\n  }\n": types.GroupCardFragmentDoc,
    "\n  query Groups($query: String, $first: Int, $after: String) {\n    groups(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  query MyGroups($first: Int, $after: String) {\n    myGroups(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyGroupsDocument,
    "\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupCard\n      rules\n      createdAt\n      pinnedPosts {\n        ...PostCard\n      }\n    }\n  }\n": types.GroupDocument,
    "\n  query GroupMembers($groupId: ID!, $first: Int, $after: String) {\n    groupMembers(groupId: $groupId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          role\n          joinedAt\n          user {\n            id\n            fullName\n            title\n            avatarUrl\n            profession\n            facility {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupMembersDocument,
    "\n  query GroupJoinRequests($groupId: ID!, $first: Int, $after: String) {\n    groupJoinRequests(groupId: $groupId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          requestedAt\n          user {\n            id\n            fullName\n            title\n            avatarUrl\n            profession\n            facility {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupJoinRequestsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCard\n      rules\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      ...GroupCard\n    }\n  }\n": types.JoinGroupDocument,
    "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n": types.LeaveGroupDocument,
    "\n  mutation InviteToGroup($groupId: ID!, $userIds: [ID!]!) {\n    inviteToGroup(groupId: $groupId, userIds: $userIds) {\n      ...GroupCard\n    }\n  }\n": types.InviteToGroupDocument,
    "\n  mutation DecideJoinRequest($groupId: ID!, $userId: ID!, $approve: Boolean!) {\n    decideJoinRequest(groupId: $groupId, userId: $userId, approve: $approve) {\n      ...GroupCard\n    }\n  }\n": types.DecideJoinRequestDocument,
    "\n  mutation SetGroupRole($groupId: ID!, $userId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, userId: $userId, role: $role) {\n      ...GroupCard\n    }\n  }\n": types.SetGroupRoleDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      description\n      rules\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n": types.RemoveGroupMemberDocument,
    "\n  mutation SetGroupPrivacy($input: SetGroupPrivacyInput!) {\n    setGroupPrivacy(input: $input) {\n      id\n      privacy\n    }\n  }\n": types.SetGroupPrivacyDocument,
    "\n  query FeedSuggestions {\n    suggestedColleagues(first: 6) {\n      edges {\n        node {\n          ...UserCard\n        }\n      }\n    }\n    suggestedGroups(first: 4) {\n      ...GroupCard\n    }\n  }\n": types.FeedSuggestionsDocument,
    "\n  fragment LiveSessionCard on LiveSession {\n    id\n    title\n    status\n    audience\n    scheduledStart\n    scheduledMinutes\n    cmeHours\n    viewerCount\n    host {\n      id\n      fullName\n    }\n    group {\n      id\n      name\n    }\n    programme {\n      id\n      title\n    }\n  }\n": types.LiveSessionCardFragmentDoc,
    "\n  query UpcomingLive($after: String) {\n    upcomingLiveSessions(first: 20, after: $after) {\n      edges {\n        node {\n          ...LiveSessionCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.UpcomingLiveDocument,
    "\n  query PastLive($after: String) {\n    pastLiveSessions(first: 20, after: $after) {\n      edges {\n        node {\n          ...LiveSessionCard\n          endedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PastLiveDocument,
    "\n  query LiveSessionPage($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCard\n      description\n      startedAt\n      endedAt\n      attendanceThreshold\n      viewerRole\n      viewerCanModerate\n      recordingStatus\n      playback {\n        hlsUrl\n        expiresAt\n      }\n      ingest {\n        rtmpUrl\n        browserUrl\n        streamKey\n        publishing\n        problem\n      }\n      recording {\n        id\n        url\n      }\n      viewerAttendance {\n        secondsWatched\n      }\n    }\n  }\n": types.LiveSessionPageDocument,
    "\n  mutation ScheduleLive($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      ...LiveSessionCard\n    }\n  }\n": types.ScheduleLiveDocument,
    "\n  mutation StartLive($id: ID!) {\n    startLiveSession(id: $id) {\n      id\n      status\n      startedAt\n    }\n  }\n": types.StartLiveDocument,
    "\n  mutation EndLive($id: ID!) {\n    endLiveSession(id: $id) {\n      id\n      status\n      endedAt\n    }\n  }\n": types.EndLiveDocument,
    "\n  mutation CancelLive($id: ID!) {\n    cancelLiveSession(id: $id) {\n      id\n      status\n    }\n  }\n": types.CancelLiveDocument,
    "\n  mutation RotateStreamKey($id: ID!) {\n    rotateStreamKey(id: $id) {\n      id\n      ingest {\n        streamKey\n        browserUrl\n      }\n    }\n  }\n": types.RotateStreamKeyDocument,
    "\n  fragment LiveChatFields on LiveChatMessage {\n    id\n    body\n    isQuestion\n    upvotes\n    viewerUpvoted\n    answeredAt\n    hiddenAt\n    createdAt\n    author {\n      id\n      fullName\n    }\n  }\n": types.LiveChatFieldsFragmentDoc,
    "\n  query LiveChat($sessionId: ID!, $questionsOnly: Boolean) {\n    liveChat(sessionId: $sessionId, questionsOnly: $questionsOnly, first: 50) {\n      edges {\n        node {\n          ...LiveChatFields\n        }\n      }\n    }\n  }\n": types.LiveChatDocument,
    "\n  mutation PostLiveChat($sessionId: ID!, $body: String!, $isQuestion: Boolean, $clientId: String!) {\n    postLiveChat(sessionId: $sessionId, body: $body, isQuestion: $isQuestion, clientId: $clientId) {\n      ...LiveChatFields\n    }\n  }\n": types.PostLiveChatDocument,
    "\n  mutation UpvoteQuestion($id: ID!) {\n    upvoteQuestion(id: $id) {\n      ...LiveChatFields\n    }\n  }\n": types.UpvoteQuestionDocument,
    "\n  mutation MarkAnswered($id: ID!) {\n    markQuestionAnswered(id: $id) {\n      ...LiveChatFields\n    }\n  }\n": types.MarkAnsweredDocument,
    "\n  mutation HideLiveChat($id: ID!) {\n    hideLiveChat(id: $id) {\n      ...LiveChatFields\n    }\n  }\n": types.HideLiveChatDocument,
    "\n  mutation SendLiveReaction($sessionId: ID!, $emoji: String!) {\n    sendLiveReaction(sessionId: $sessionId, emoji: $emoji)\n  }\n": types.SendLiveReactionDocument,
    "\n  mutation LiveHeartbeat($id: ID!) {\n    liveHeartbeat(id: $id) {\n      secondsWatched\n    }\n  }\n": types.LiveHeartbeatDocument,
    "\n  subscription LiveSessionEvents($sessionId: ID!) {\n    liveSessionEvents(sessionId: $sessionId) {\n      kind\n      sessionId\n      status\n      reaction\n      viewerCount\n      chat {\n        ...LiveChatFields\n      }\n    }\n  }\n": types.LiveSessionEventsDocument,
    "\n  query MyTrainingLedger($after: String) {\n    myTrainingLedger {\n      totalHours\n      hoursLast5Years\n      credits(first: 50, after: $after) {\n        edges {\n          node {\n            hours\n            earnedAt\n            session {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.MyTrainingLedgerDocument,
    "\n  mutation ExportTrainingLedger {\n    exportTrainingLedger\n  }\n": types.ExportTrainingLedgerDocument,
    "\n  mutation ExportSessionAttendance($id: ID!) {\n    exportSessionAttendance(id: $id)\n  }\n": types.ExportSessionAttendanceDocument,
    "\n  query SessionAttendance($sessionId: ID!, $after: String) {\n    sessionAttendance(sessionId: $sessionId, first: 50, after: $after) {\n      edges {\n        node {\n          secondsWatched\n          creditedHours\n          firstJoinedAt\n          leftAt\n          user {\n            id\n            fullName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SessionAttendanceDocument,
    "\n  query LiveMyGroups {\n    myGroups(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n  }\n": types.LiveMyGroupsDocument,
    "\n  query GroupProgrammes($groupId: ID!, $after: String) {\n    groupTrainingProgrammes(groupId: $groupId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          title\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.GroupProgrammesDocument,
    "\n  mutation CreateTrainingProgramme($groupId: ID!, $title: String!, $description: String) {\n    createTrainingProgramme(groupId: $groupId, title: $title, description: $description) {\n      id\n      title\n      description\n    }\n  }\n": types.CreateTrainingProgrammeDocument,
    "\n  query TrainingProgrammePage($id: ID!, $after: String) {\n    trainingProgramme(id: $id) {\n      id\n      title\n      description\n      group {\n        id\n        name\n        viewerRole\n      }\n      sessions(first: 50) {\n        edges {\n          node {\n            ...LiveSessionCard\n          }\n        }\n      }\n      memberProgress(first: 50, after: $after) {\n        edges {\n          node {\n            sessionsCredited\n            sessionsEnded\n            hours\n            user {\n              id\n              fullName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.TrainingProgrammePageDocument,
    "\n  fragment ChatUser on User {\n    id\n    fullName\n    avatarUrl\n    title\n  }\n": types.ChatUserFragmentDoc,
    "\n  fragment ChatMessage on Message {\n    id\n    clientId\n    conversationId\n    seq\n    versionSeq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    sender {\n      ...ChatUser\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    replyTo {\n      id\n      seq\n      body\n      deletedAt\n      sender {\n        id\n        fullName\n      }\n      attachments {\n        id\n      }\n    }\n    sharedPost {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n        avatarUrl\n      }\n      attachments {\n        id\n      }\n    }\n    sharedCase {\n      id\n      title\n      presentingComplaint\n    }\n    sharedKind\n    call {\n      ...CallRecordFields\n    }\n  }\n": types.ChatMessageFragmentDoc,
    "\n  fragment ConversationSummary on Conversation {\n    id\n    kind\n    isGroup\n    groupId\n    title\n    muted\n    requestPending\n    requestedBy {\n      id\n      fullName\n    }\n    unreadCount\n    lastSeq\n    lastReadSeq\n    viewerIsAdmin\n    participants {\n      ...ChatUser\n    }\n    lastMessage {\n      id\n      seq\n      body\n      createdAt\n      deletedAt\n      sender {\n        id\n        fullName\n      }\n      attachments {\n        id\n        contentType\n      }\n      sharedKind\n      call {\n        id\n        video\n        missed\n      }\n    }\n  }\n": types.ConversationSummaryFragmentDoc,
    "\n  query Conversation($id: ID!, $first: Int) {\n    conversation(id: $id) {\n      ...ConversationSummary\n      readStates {\n        lastReadSeq\n        user {\n          ...ChatUser\n        }\n      }\n      messages(first: $first) {\n        edges {\n          node {\n            ...ChatMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.ConversationDocument,
    "\n  query OlderMessages($id: ID!, $first: Int, $before: String) {\n    conversation(id: $id) {\n      id\n      messages(first: $first, before: $before) {\n        edges {\n          node {\n            ...ChatMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.OlderMessagesDocument,
    "\n  query MessagesSince($conversationId: ID!, $afterSeq: Int!, $first: Int) {\n    messagesSince(conversationId: $conversationId, afterSeq: $afterSeq, first: $first) {\n      ...ChatMessage\n    }\n  }\n": types.MessagesSinceDocument,
    "\n  subscription ConversationEvents($conversationId: ID) {\n    conversationEvents(conversationId: $conversationId) {\n      kind\n      conversationId\n      seq\n      userId\n      message {\n        ...ChatMessage\n      }\n    }\n  }\n": types.ConversationEventsDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...ChatMessage\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...ChatMessage\n    }\n  }\n": types.EditMessageDocument,
    "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...ChatMessage\n    }\n  }\n": types.DeleteMessageDocument,
    "\n  mutation MarkConversationRead($conversationId: ID!, $seq: Int!) {\n    markConversationRead(conversationId: $conversationId, seq: $seq) {\n      id\n      lastReadSeq\n      unreadCount\n    }\n  }\n": types.MarkConversationReadDocument,
    "\n  mutation SetTyping($conversationId: ID!) {\n    setTyping(conversationId: $conversationId)\n  }\n": types.SetTypingDocument,
    "\n  mutation StartConversation($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      ...ConversationSummary\n    }\n  }\n": types.StartConversationDocument,
    "\n  mutation AcceptConversation($conversationId: ID!) {\n    acceptConversation(input: { conversationId: $conversationId }) {\n      ...ConversationSummary\n    }\n  }\n": types.AcceptConversationDocument,
    "\n  mutation DeclineConversation($conversationId: ID!) {\n    declineConversation(input: { conversationId: $conversationId })\n  }\n": types.DeclineConversationDocument,
    "\n  mutation MuteConversation($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(input: { conversationId: $conversationId, muted: $muted }) {\n      id\n      muted\n    }\n  }\n": types.MuteConversationDocument,
    "\n  mutation LeaveConversation($conversationId: ID!) {\n    leaveConversation(input: { conversationId: $conversationId })\n  }\n": types.LeaveConversationDocument,
    "\n  query GroupConversation($groupId: ID!) {\n    group(id: $groupId) {\n      id\n      conversation {\n        id\n      }\n    }\n  }\n": types.GroupConversationDocument,
    "\n  mutation AddConversationParticipants($conversationId: ID!, $userIds: [ID!]!) {\n    addConversationParticipants(input: { conversationId: $conversationId, userIds: $userIds }) {\n      ...ConversationSummary\n    }\n  }\n": types.AddConversationParticipantsDocument,
    "\n  mutation RemoveConversationParticipant($conversationId: ID!, $userId: ID!) {\n    removeConversationParticipant(input: { conversationId: $conversationId, userId: $userId }) {\n      ...ConversationSummary\n    }\n  }\n": types.RemoveConversationParticipantDocument,
    "\n  query Conversations($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ConversationsDocument,
    "\n  query UnreadConversationCount {\n    unreadConversationCount\n  }\n": types.UnreadConversationCountDocument,
    "\n  subscription InboxEvents {\n    conversationEvents {\n      kind\n      conversationId\n      seq\n      userId\n    }\n  }\n": types.InboxEventsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    updatedAt\n    targetId\n    postId\n    groupId\n    caseFileId\n    group {\n      id\n      name\n    }\n    liveSession {\n      id\n      title\n    }\n    actorCount\n    actors {\n      id\n      fullName\n      avatarUrl\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  fragment UserCard on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    verificationStatus\n    followerCount\n    followingCount\n    viewerFollows\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n": types.UserCardFragmentDoc,
    "\n  query SearchUsers($query: String!, $specialtyCode: String, $facilityId: ID, $provinceCode: String, $first: Int, $after: String) {\n    searchUsers(query: $query, specialtyCode: $specialtyCode, facilityId: $facilityId, provinceCode: $provinceCode, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...UserCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchUsersDocument,
    "\n  query UserProfile($id: ID!) {\n    user(id: $id) {\n      ...UserCard\n      bio\n      experienceYears\n      roles\n      facility {\n        id\n        level\n        kind\n      }\n    }\n  }\n": types.UserProfileDocument,
    "\n  mutation FollowUser($userId: ID!) {\n    followUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": types.FollowUserDocument,
    "\n  mutation UnfollowUser($userId: ID!) {\n    unfollowUser(userId: $userId) {\n      id\n      viewerFollows\n      followerCount\n    }\n  }\n": types.UnfollowUserDocument,
    "\n  subscription MyPostCountsChanged {\n    myPostCountsChanged {\n      id\n      reactionCount\n      commentCount\n      shareCount\n    }\n  }\n": types.MyPostCountsChangedDocument,
    "\n  fragment PostAuthor on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    facility {\n      id\n      name\n    }\n  }\n": types.PostAuthorFragmentDoc,
    "\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    url\n    thumbnailUrl\n    renditions {\n      width\n      url\n    }\n  }\n": types.AttachmentFieldsFragmentDoc,
    "\n  fragment PostContent on Post {\n    id\n    body\n    visibility\n    createdAt\n    editedAt\n    hashtags\n    author {\n      ...PostAuthor\n    }\n    group {\n      id\n      name\n      privacy\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n": types.PostContentFragmentDoc,
    "\n  fragment PostCard on Post {\n    ...PostContent\n    reactionCount\n    commentCount\n    shareCount\n    viewerReaction\n    viewerSaved\n    pinned\n    hidden\n    group {\n      id\n      viewerRole\n    }\n    sharedPost {\n      ...PostContent\n      shareCount\n    }\n  }\n": types.PostCardFragmentDoc,
    "\n  fragment PostPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.PostPageFragmentDoc,
    "\n  query Feed($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n": types.FeedDocument,
    "\n  query UserPosts($userId: ID!, $first: Int, $after: String) {\n    userPosts(userId: $userId, first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n": types.UserPostsDocument,
    "\n  query SavedPosts($first: Int, $after: String) {\n    savedPosts(first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n": types.SavedPostsDocument,
    "\n  query GroupPosts($groupId: ID!, $first: Int, $after: String) {\n    groupPosts(groupId: $groupId, first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n": types.GroupPostsDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n": types.PostDocument,
    "\n  subscription NewFeedPosts {\n    newFeedPosts {\n      postId\n      authorId\n      createdAt\n    }\n  }\n": types.NewFeedPostsDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n": types.DeletePostDocument,
    "\n  mutation ReactToPost($postId: ID!, $kind: ReactionKind!) {\n    reactToPost(postId: $postId, kind: $kind) {\n      id\n      viewerReaction\n      reactionCount\n    }\n  }\n": types.ReactToPostDocument,
    "\n  mutation RemoveReaction($postId: ID!) {\n    removeReaction(postId: $postId) {\n      id\n      viewerReaction\n      reactionCount\n    }\n  }\n": types.RemoveReactionDocument,
    "\n  mutation SavePost($postId: ID!) {\n    savePost(postId: $postId) {\n      id\n      viewerSaved\n    }\n  }\n": types.SavePostDocument,
    "\n  mutation UnsavePost($postId: ID!) {\n    unsavePost(postId: $postId) {\n      id\n      viewerSaved\n    }\n  }\n": types.UnsavePostDocument,
    "\n  mutation SharePost($input: SharePostInput!) {\n    sharePost(input: $input) {\n      ...PostCard\n    }\n  }\n": types.SharePostDocument,
    "\n  mutation SendPostToChat($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      clientId\n      conversationId\n      sharedKind\n    }\n  }\n": types.SendPostToChatDocument,
    "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n": types.ReportContentDocument,
    "\n  mutation PinPost($postId: ID!) {\n    pinPost(postId: $postId) {\n      id\n      pinned\n    }\n  }\n": types.PinPostDocument,
    "\n  mutation UnpinPost($postId: ID!) {\n    unpinPost(postId: $postId) {\n      id\n      pinned\n    }\n  }\n": types.UnpinPostDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    postId\n    body\n    deleted\n    replyCount\n    createdAt\n    author {\n      ...PostAuthor\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment ThreadComment on Comment {\n    ...CommentFields\n    replies(first: 2) {\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ThreadCommentFragmentDoc,
    "\n  query PostComments($postId: ID!, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PostCommentsDocument,
    "\n  query CommentReplies($postId: ID!, $before: String, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: 1, after: $before) @connection(key: \"replyLookup\") {\n        edges {\n          cursor\n          node {\n            id\n            replyCount\n            replies(first: $first, after: $after) {\n              edges {\n                cursor\n                node {\n                  ...CommentFields\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CommentRepliesDocument,
    "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ThreadComment\n      parent {\n        id\n      }\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  query MentionCandidates($query: String!) {\n    searchUsers(query: $query, first: 6) {\n      edges {\n        node {\n          id\n          fullName\n          avatarUrl\n          title\n          facility {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query HashtagCandidates($query: String!) {\n    search(query: $query, first: 20) {\n      edges {\n        node {\n          ... on Hashtag {\n            tag\n            postCount\n          }\n        }\n      }\n    }\n  }\n": types.HashtagCandidatesDocument,
    "\n  query MyProfile {\n    me {\n      ...ViewerFields\n      bio\n      experienceYears\n      email\n      licenseNumber\n      createdAt\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      ...ViewerFields\n      bio\n      experienceYears\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      userAgent\n      createdAt\n      lastUsedAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Search($query: String!, $first: Int, $after: String, $types: [SearchKind!]) {\n    search(query: $query, first: $first, after: $after, types: $types) {\n      edges {\n        cursor\n        node {\n          ... on Post {\n            ...PostCard\n          }\n          ... on User {\n            ...UserCard\n          }\n          ... on Group {\n            ...GroupCard\n          }\n          ... on Hashtag {\n            tag\n            postCount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query PushSettings {\n    webPushPublicKey\n    pushSettings {\n      messages\n      consultations\n      mentions\n      broadcasts\n    }\n  }\n": types.PushSettingsDocument,
    "\n  mutation UpdatePushSettings($input: UpdatePushSettingsInput!) {\n    updatePushSettings(input: $input) {\n      messages\n      consultations\n      mentions\n      broadcasts\n    }\n  }\n": types.UpdatePushSettingsDocument,
    "\n  mutation RegisterPushSubscription($endpoint: String!, $p256dh: String!, $auth: String!) {\n    registerPushSubscription(endpoint: $endpoint, p256dh: $p256dh, auth: $auth)\n  }\n": types.RegisterPushSubscriptionDocument,
    "\n  mutation UnregisterPushSubscription($endpoint: String!) {\n    unregisterPushSubscription(endpoint: $endpoint)\n  }\n": types.UnregisterPushSubscriptionDocument,
    "\n  query WorkforceOverview($scope: WorkforceScopeInput) {\n    workforceOverview(scope: $scope) {\n      headcount\n      onPlatform\n      population\n      populationSource\n      populationYear\n      doctorsPer10k\n      doctorsNursesMidwivesPer10k\n      whoThreshold\n      byProfession {\n        key\n        label\n        count\n      }\n      bySex {\n        key\n        label\n        count\n      }\n      byAgeBand {\n        key\n        label\n        count\n      }\n      byFacilityLevel {\n        key\n        label\n        count\n      }\n      licenceRenewalsDue\n      cmeBehind\n      cmeHoursRequired\n      suppressed\n      refreshedAt\n    }\n  }\n": types.WorkforceOverviewDocument,
    "\n  query WorkforceByProvince($profession: Profession) {\n    workforceByProvince(profession: $profession) {\n      province {\n        code\n        name\n      }\n      population\n      populationSource\n      populationYear\n      headcount\n      doctorsPer10k\n      doctorsNursesMidwivesPer10k\n      belowWhoThreshold\n    }\n  }\n": types.WorkforceByProvinceDocument,
    "\n  query SpecialtyGaps($scope: WorkforceScopeInput, $after: String) {\n    specialtyGaps(scope: $scope, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          facility {\n            id\n            name\n            level\n            province {\n              code\n              name\n            }\n          }\n          specialty {\n            code\n            name\n          }\n          peersWithIt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpecialtyGapsDocument,
    "\n  query ConsultDemand($scope: WorkforceScopeInput) {\n    consultDemand(scope: $scope) {\n      specialty {\n        code\n        name\n      }\n      province {\n        code\n        name\n      }\n      requests\n      answeredWithinTarget\n      consultants\n    }\n  }\n": types.ConsultDemandDocument,
    "\n  query WorkforceMembers($scope: WorkforceScopeInput, $query: String, $after: String) {\n    workforceMembers(scope: $scope, query: $query, first: 30, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          profession\n          sex\n          birthYear\n          licenseNumber\n          licenseValidUntil\n          position\n          onPlatform\n          specialty {\n            code\n            name\n          }\n          facility {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WorkforceMembersDocument,
    "\n  query ExportWorkforce($scope: WorkforceScopeInput) {\n    exportWorkforce(scope: $scope)\n  }\n": types.ExportWorkforceDocument,
    "\n  query RosterTemplate {\n    rosterTemplate\n  }\n": types.RosterTemplateDocument,
    "\n  mutation ImportRoster($facilityId: ID!, $uploadId: ID!, $dryRun: Boolean) {\n    importRoster(facilityId: $facilityId, uploadId: $uploadId, dryRun: $dryRun) {\n      id\n      status\n      dryRun\n      rowsTotal\n      rowsImported\n      rowsRemoved\n      fileName\n      createdAt\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n": types.ImportRosterDocument,
    "\n  query RosterImports($facilityId: ID!) {\n    rosterImports(facilityId: $facilityId, first: 10) {\n      edges {\n        node {\n          id\n          status\n          dryRun\n          rowsTotal\n          rowsImported\n          rowsRemoved\n          fileName\n          createdAt\n          importedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.RosterImportsDocument,
    "\n  fragment Person on User {\n    id\n    fullName\n    title\n    avatarUrl\n    facility {\n      id\n      name\n    }\n  }\n": types.PersonFragmentDoc,
    "\n  query PeopleSearch($query: String!, $facilityId: ID, $first: Int) {\n    searchUsers(query: $query, facilityId: $facilityId, first: $first) {\n      edges {\n        node {\n          ...Person\n        }\n      }\n    }\n  }\n": types.PeopleSearchDocument,
    "\n  query FacilityNames {\n    facilityNames\n  }\n": types.FacilityNamesDocument,
    "\n  query Specialties {\n    specialties {\n      code\n      name\n      nameEn\n    }\n  }\n": types.SpecialtiesDocument,
    "\n  query Provinces {\n    provinces {\n      code\n      name\n    }\n  }\n": types.ProvincesDocument,
    "\n  fragment FacilityOption on Facility {\n    id\n    name\n    level\n    kind\n    province {\n      code\n      name\n    }\n  }\n": types.FacilityOptionFragmentDoc,
    "\n  query FacilitySearch($search: String, $provinceCode: String, $first: Int) {\n    facilities(search: $search, provinceCode: $provinceCode, first: $first) {\n      edges {\n        cursor\n        node {\n          ...FacilityOption\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FacilitySearchDocument,
    "\n  query FacilityById($id: ID!) {\n    facility(id: $id) {\n      ...FacilityOption\n    }\n  }\n": types.FacilityByIdDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      url\n      method\n      headers\n      expiresAt\n    }\n  }\n": types.RequestUploadDocument,
    "\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      fileName\n      contentType\n      size\n      url\n      thumbnailUrl\n      renditions {\n        width\n        url\n      }\n    }\n  }\n": types.CompleteUploadDocument,
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
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!, $scopeProvinceCode: String) {\n    setUserRoles(userId: $userId, roles: $roles, scopeProvinceCode: $scopeProvinceCode) {\n      id\n      roles\n      scopeProvinceCode\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!, $scopeProvinceCode: String) {\n    setUserRoles(userId: $userId, roles: $roles, scopeProvinceCode: $scopeProvinceCode) {\n      id\n      roles\n      scopeProvinceCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleCandidates($query: String!) {\n    searchUsers(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          fullName\n          roles\n          scopeProvinceCode\n          facility {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoleCandidates($query: String!) {\n    searchUsers(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          fullName\n          roles\n          scopeProvinceCode\n          facility {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ModerationReport on Report {\n    id\n    targetType\n    targetId\n    reason\n    status\n    createdAt\n    resolvedAt\n    reporter {\n      id\n      fullName\n    }\n    resolvedBy {\n      id\n      fullName\n    }\n    post {\n      id\n      body\n      hidden\n      author {\n        id\n        fullName\n      }\n    }\n    comment {\n      id\n      body\n      author {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ModerationReport on Report {\n    id\n    targetType\n    targetId\n    reason\n    status\n    createdAt\n    resolvedAt\n    reporter {\n      id\n      fullName\n    }\n    resolvedBy {\n      id\n      fullName\n    }\n    post {\n      id\n      body\n      hidden\n      author {\n        id\n        fullName\n      }\n    }\n    comment {\n      id\n      body\n      author {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($groupId: ID, $status: ReportStatus, $first: Int, $after: String) {\n    moderationQueue(groupId: $groupId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationReport\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($groupId: ID, $status: ReportStatus, $first: Int, $after: String) {\n    moderationQueue(groupId: $groupId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ModerationReport\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($id: ID!, $action: ReportAction!) {\n    resolveReport(id: $id, action: $action) {\n      ...ModerationReport\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReport($id: ID!, $action: ReportAction!) {\n    resolveReport(id: $id, action: $action) {\n      ...ModerationReport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModeratedGroups {\n    myGroups(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModeratedGroups {\n    myGroups(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitVerification($input: ResubmitVerificationInput!) {\n    resubmitVerification(input: $input) {\n      id\n      fullName\n      profession\n      licenseNumber\n      verificationStatus\n      rejectionReason\n      facility {\n        id\n        name\n      }\n      specialty {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResubmitVerification($input: ResubmitVerificationInput!) {\n    resubmitVerification(input: $input) {\n      id\n      fullName\n      profession\n      licenseNumber\n      verificationStatus\n      rejectionReason\n      facility {\n        id\n        name\n      }\n      specialty {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApplicantLicense {\n    me {\n      id\n      licenseNumber\n    }\n  }\n"): (typeof documents)["\n  query ApplicantLicense {\n    me {\n      id\n      licenseNumber\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment BroadcastCard on Broadcast {\n    id\n    title\n    documentNumber\n    issuer\n    priority\n    requireAck\n    publishedAt\n    effectiveDate\n    viewerReadAt\n    viewerAcknowledgedAt\n    scopeProvince {\n      code\n      name\n    }\n    supersededBy {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment BroadcastCard on Broadcast {\n    id\n    title\n    documentNumber\n    issuer\n    priority\n    requireAck\n    publishedAt\n    effectiveDate\n    viewerReadAt\n    viewerAcknowledgedAt\n    scopeProvince {\n      code\n      name\n    }\n    supersededBy {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BroadcastDetail on Broadcast {\n    ...BroadcastCard\n    body\n    documentSha256\n    documents {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    target {\n      provinces {\n        code\n        name\n      }\n      facilityLevels\n      professions\n      specialties {\n        code\n        name\n        nameEn\n      }\n    }\n    publishedBy {\n      id\n      fullName\n    }\n    supersedes {\n      id\n      title\n      documentNumber\n    }\n    supersededBy {\n      id\n      title\n      documentNumber\n    }\n  }\n"): (typeof documents)["\n  fragment BroadcastDetail on Broadcast {\n    ...BroadcastCard\n    body\n    documentSha256\n    documents {\n      id\n      fileName\n      contentType\n      size\n      url\n    }\n    target {\n      provinces {\n        code\n        name\n      }\n      facilityLevels\n      professions\n      specialties {\n        code\n        name\n        nameEn\n      }\n    }\n    publishedBy {\n      id\n      fullName\n    }\n    supersedes {\n      id\n      title\n      documentNumber\n    }\n    supersededBy {\n      id\n      title\n      documentNumber\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PinnedBroadcasts {\n    pinnedBroadcasts {\n      ...BroadcastCard\n    }\n  }\n"): (typeof documents)["\n  query PinnedBroadcasts {\n    pinnedBroadcasts {\n      ...BroadcastCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Broadcasts($first: Int, $after: String, $query: String, $documentNumber: String, $unacknowledgedOnly: Boolean) {\n    broadcasts(first: $first, after: $after, query: $query, documentNumber: $documentNumber, unacknowledgedOnly: $unacknowledgedOnly) {\n      edges {\n        cursor\n        node {\n          ...BroadcastCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Broadcasts($first: Int, $after: String, $query: String, $documentNumber: String, $unacknowledgedOnly: Boolean) {\n    broadcasts(first: $first, after: $after, query: $query, documentNumber: $documentNumber, unacknowledgedOnly: $unacknowledgedOnly) {\n      edges {\n        cursor\n        node {\n          ...BroadcastCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastDetail\n    }\n  }\n"): (typeof documents)["\n  query Broadcast($id: ID!) {\n    broadcast(id: $id) {\n      ...BroadcastDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicBroadcasts($first: Int, $after: String) {\n    publicBroadcasts(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...BroadcastCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicBroadcasts($first: Int, $after: String) {\n    publicBroadcasts(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...BroadcastCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicBroadcast($id: ID!) {\n    publicBroadcast(id: $id) {\n      id\n      title\n      body\n      documentNumber\n      issuer\n      priority\n      requireAck\n      publishedAt\n      effectiveDate\n      documentSha256\n      documents {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicBroadcast($id: ID!) {\n    publicBroadcast(id: $id) {\n      id\n      title\n      body\n      documentNumber\n      issuer\n      priority\n      requireAck\n      publishedAt\n      effectiveDate\n      documentSha256\n      documents {\n        id\n        fileName\n        contentType\n        size\n        url\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BroadcastPublished {\n    broadcastPublished {\n      ...BroadcastCard\n    }\n  }\n"): (typeof documents)["\n  subscription BroadcastPublished {\n    broadcastPublished {\n      ...BroadcastCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkBroadcastRead($id: ID!) {\n    markBroadcastRead(id: $id) {\n      id\n      viewerReadAt\n      viewerAcknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkBroadcastRead($id: ID!) {\n    markBroadcastRead(id: $id) {\n      id\n      viewerReadAt\n      viewerAcknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeBroadcast($id: ID!) {\n    acknowledgeBroadcast(id: $id) {\n      id\n      viewerReadAt\n      viewerAcknowledgedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeBroadcast($id: ID!) {\n    acknowledgeBroadcast(id: $id) {\n      id\n      viewerReadAt\n      viewerAcknowledgedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastAudienceSize($target: BroadcastTargetInput!) {\n    broadcastAudienceSize(target: $target)\n  }\n"): (typeof documents)["\n  query BroadcastAudienceSize($target: BroadcastTargetInput!) {\n    broadcastAudienceSize(target: $target)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishBroadcast($input: PublishBroadcastInput!) {\n    publishBroadcast(input: $input) {\n      ...BroadcastDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PublishBroadcast($input: PublishBroadcastInput!) {\n    publishBroadcast(input: $input) {\n      ...BroadcastDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastReach($id: ID!) {\n    broadcastReach(id: $id) {\n      targeted\n      read\n      acknowledged\n      notOnPlatform\n      byProvince {\n        province {\n          code\n          name\n        }\n        targeted\n        read\n        acknowledged\n      }\n    }\n  }\n"): (typeof documents)["\n  query BroadcastReach($id: ID!) {\n    broadcastReach(id: $id) {\n      targeted\n      read\n      acknowledged\n      notOnPlatform\n      byProvince {\n        province {\n          code\n          name\n        }\n        targeted\n        read\n        acknowledged\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BroadcastReachByFacility($id: ID!, $first: Int, $after: String, $provinceCode: String) {\n    broadcastReach(id: $id) {\n      byFacility(first: $first, after: $after, provinceCode: $provinceCode) {\n        edges {\n          cursor\n          node {\n            facility {\n              id\n              name\n              province {\n                code\n                name\n              }\n            }\n            targeted\n            read\n            acknowledged\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BroadcastReachByFacility($id: ID!, $first: Int, $after: String, $provinceCode: String) {\n    broadcastReach(id: $id) {\n      byFacility(first: $first, after: $after, provinceCode: $provinceCode) {\n        edges {\n          cursor\n          node {\n            facility {\n              id\n              name\n              province {\n                code\n                name\n              }\n            }\n            targeted\n            read\n            acknowledged\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindBroadcast($id: ID!) {\n    remindBroadcast(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemindBroadcast($id: ID!) {\n    remindBroadcast(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CallRecordFields on CallRecord {\n    id\n    video\n    startedAt\n    answeredAt\n    endedAt\n    durationSeconds\n    missed\n    outcome\n  }\n"): (typeof documents)["\n  fragment CallRecordFields on CallRecord {\n    id\n    video\n    startedAt\n    answeredAt\n    endedAt\n    durationSeconds\n    missed\n    outcome\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallSettings {\n    callSettings {\n      maxParticipants\n      ringTimeoutSeconds\n      iceServers {\n        urls\n        username\n        credential\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallSettings {\n    callSettings {\n      maxParticipants\n      ringTimeoutSeconds\n      iceServers {\n        urls\n        username\n        credential\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      isGroup\n      participants {\n        id\n        fullName\n        avatarUrl\n      }\n      ongoingCall {\n        id\n        video\n        activeParticipants {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CallConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      title\n      isGroup\n      participants {\n        id\n        fullName\n        avatarUrl\n      }\n      ongoingCall {\n        id\n        video\n        activeParticipants {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendCallSignal($conversationId: ID!, $signal: JSON!) {\n    sendCallSignal(conversationId: $conversationId, signal: $signal)\n  }\n"): (typeof documents)["\n  mutation SendCallSignal($conversationId: ID!, $signal: JSON!) {\n    sendCallSignal(conversationId: $conversationId, signal: $signal)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CallEvents {\n    conversationEvents {\n      kind\n      conversationId\n      userId\n      signal\n      message {\n        id\n        call {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CallEvents {\n    conversationEvents {\n      kind\n      conversationId\n      userId\n      signal\n      message {\n        id\n        call {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CasePerson on User {\n    ...Person\n  }\n"): (typeof documents)["\n  fragment CasePerson on User {\n    ...Person\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseFinding on PhiFinding {\n    id\n    field\n    start\n    end\n    kind\n    text\n  }\n"): (typeof documents)["\n  fragment CaseFinding on PhiFinding {\n    id\n    field\n    start\n    end\n    kind\n    text\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListItem on CaseFile {\n    id\n    title\n    ageLabel\n    sex\n    provinceCode\n    version\n    updatedAt\n    viewerPermission\n    author {\n      ...CasePerson\n    }\n    phiFindings {\n      field\n      kind\n    }\n    consultations {\n      id\n      status\n      urgency\n      overdue\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListItem on CaseFile {\n    id\n    title\n    ageLabel\n    sex\n    provinceCode\n    version\n    updatedAt\n    viewerPermission\n    author {\n      ...CasePerson\n    }\n    phiFindings {\n      field\n      kind\n    }\n    consultations {\n      id\n      status\n      urgency\n      overdue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsultationFields on Consultation {\n    id\n    urgency\n    status\n    note\n    opinion\n    recommendation\n    outcome\n    overdue\n    dueAt\n    createdAt\n    acceptedAt\n    answeredAt\n    closedAt\n    accessRevoked\n    requestedBy {\n      ...CasePerson\n    }\n    consultant {\n      ...CasePerson\n    }\n    targetFacility {\n      id\n      name\n    }\n    targetSpecialty {\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment ConsultationFields on Consultation {\n    id\n    urgency\n    status\n    note\n    opinion\n    recommendation\n    outcome\n    overdue\n    dueAt\n    createdAt\n    acceptedAt\n    answeredAt\n    closedAt\n    accessRevoked\n    requestedBy {\n      ...CasePerson\n    }\n    consultant {\n      ...CasePerson\n    }\n    targetFacility {\n      id\n      name\n    }\n    targetSpecialty {\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseAttachment on Attachment {\n    id\n    fileName\n    contentType\n    size\n    url\n    thumbnailUrl\n  }\n"): (typeof documents)["\n  fragment CaseAttachment on Attachment {\n    id\n    fileName\n    contentType\n    size\n    url\n    thumbnailUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail on CaseFile {\n    id\n    title\n    ageYears\n    ageLabel\n    sex\n    provinceCode\n    presentingComplaint\n    history\n    examination\n    vitals\n    labResults\n    workingDiagnosis\n    icd10Codes\n    treatment\n    question\n    version\n    createdAt\n    updatedAt\n    viewerPermission\n    author {\n      ...CasePerson\n    }\n    attachments {\n      ...CaseAttachment\n    }\n    phiFindings {\n      ...CaseFinding\n    }\n    shares {\n      id\n      granteeId\n      granteeType\n      permission\n      createdAt\n    }\n    consultations {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  fragment CaseDetail on CaseFile {\n    id\n    title\n    ageYears\n    ageLabel\n    sex\n    provinceCode\n    presentingComplaint\n    history\n    examination\n    vitals\n    labResults\n    workingDiagnosis\n    icd10Codes\n    treatment\n    question\n    version\n    createdAt\n    updatedAt\n    viewerPermission\n    author {\n      ...CasePerson\n    }\n    attachments {\n      ...CaseAttachment\n    }\n    phiFindings {\n      ...CaseFinding\n    }\n    shares {\n      id\n      granteeId\n      granteeType\n      permission\n      createdAt\n    }\n    consultations {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFile($id: ID!) {\n    caseFile(id: $id) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  query CaseFile($id: ID!) {\n    caseFile(id: $id) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseListPage on CaseFileConnection {\n    edges {\n      cursor\n      node {\n        ...CaseListItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment CaseListPage on CaseFileConnection {\n    edges {\n      cursor\n      node {\n        ...CaseListItem\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCaseFiles($first: Int, $after: String) {\n    myCaseFiles(first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n"): (typeof documents)["\n  query MyCaseFiles($first: Int, $after: String) {\n    myCaseFiles(first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedWithMe($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n"): (typeof documents)["\n  query SharedWithMe($first: Int, $after: String) {\n    sharedWithMe(first: $first, after: $after) {\n      ...CaseListPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultationQueue($facilityId: ID, $status: ConsultStatus, $first: Int, $after: String) {\n    consultationQueue(facilityId: $facilityId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConsultationFields\n          caseFile {\n            id\n            title\n            ageLabel\n            sex\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsultationQueue($facilityId: ID, $status: ConsultStatus, $first: Int, $after: String) {\n    consultationQueue(facilityId: $facilityId, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConsultationFields\n          caseFile {\n            id\n            title\n            ageLabel\n            sex\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseFileVersions($caseFileId: ID!) {\n    caseFileVersions(caseFileId: $caseFileId) {\n      version\n      reason\n      content\n      createdAt\n      editor {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseFileVersions($caseFileId: ID!) {\n    caseFileVersions(caseFileId: $caseFileId) {\n      version\n      reason\n      content\n      createdAt\n      editor {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseAuditLog($caseFileId: ID!, $first: Int, $after: String) {\n    caseAuditLog(caseFileId: $caseFileId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          allowed\n          at\n          details\n          subjectName\n          facilityName\n          reason\n          actor {\n            id\n            fullName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseAuditLog($caseFileId: ID!, $first: Int, $after: String) {\n    caseAuditLog(caseFileId: $caseFileId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          action\n          allowed\n          at\n          details\n          subjectName\n          facilityName\n          reason\n          actor {\n            id\n            fullName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseComments($id: ID!, $first: Int, $after: String) {\n    caseFile(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            createdAt\n            author {\n              ...CasePerson\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseComments($id: ID!, $first: Int, $after: String) {\n    caseFile(id: $id) {\n      id\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            body\n            deleted\n            createdAt\n            author {\n              ...CasePerson\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCaseFile($input: CaseFileInput!) {\n    createCaseFile(input: $input) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCaseFile($input: CaseFileInput!) {\n    createCaseFile(input: $input) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCaseFile($id: ID!, $input: CaseFileInput!) {\n    updateCaseFile(id: $id, input: $input) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCaseFile($id: ID!, $input: CaseFileInput!) {\n    updateCaseFile(id: $id, input: $input) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolvePhiFinding($input: ResolvePhiInput!) {\n    resolvePhiFinding(input: $input) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ResolvePhiFinding($input: ResolvePhiInput!) {\n    resolvePhiFinding(input: $input) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolvePhiFindings($input: ResolvePhiFindingsInput!) {\n    resolvePhiFindings(input: $input) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ResolvePhiFindings($input: ResolvePhiFindingsInput!) {\n    resolvePhiFindings(input: $input) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCaseFile($input: ShareCaseInput!) {\n    shareCaseFile(input: $input) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ShareCaseFile($input: ShareCaseInput!) {\n    shareCaseFile(input: $input) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCaseShare($caseFileId: ID!, $granteeId: ID!) {\n    revokeCaseShare(caseFileId: $caseFileId, granteeId: $granteeId) {\n      ...CaseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCaseShare($caseFileId: ID!, $granteeId: ID!) {\n    revokeCaseShare(caseFileId: $caseFileId, granteeId: $granteeId) {\n      ...CaseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseComment($caseFileId: ID!, $body: String!, $clientId: ID, $phiReason: String) {\n    addCaseComment(caseFileId: $caseFileId, body: $body, clientId: $clientId, phiReason: $phiReason) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddCaseComment($caseFileId: ID!, $body: String!, $clientId: ID, $phiReason: String) {\n    addCaseComment(caseFileId: $caseFileId, body: $body, clientId: $clientId, phiReason: $phiReason) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestConsultation($input: RequestConsultationInput!) {\n    requestConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestConsultation($input: RequestConsultationInput!) {\n    requestConsultation(input: $input) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignConsultation($id: ID!, $consultantId: ID!) {\n    assignConsultation(id: $id, consultantId: $consultantId) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignConsultation($id: ID!, $consultantId: ID!) {\n    assignConsultation(id: $id, consultantId: $consultantId) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptConsultation($id: ID!) {\n    acceptConsultation(id: $id) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptConsultation($id: ID!) {\n    acceptConsultation(id: $id) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerConsultation($id: ID!, $opinion: String!, $recommendation: String!, $phiReason: String) {\n    answerConsultation(id: $id, opinion: $opinion, recommendation: $recommendation, phiReason: $phiReason) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnswerConsultation($id: ID!, $opinion: String!, $recommendation: String!, $phiReason: String) {\n    answerConsultation(id: $id, opinion: $opinion, recommendation: $recommendation, phiReason: $phiReason) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseConsultation($id: ID!, $outcome: String) {\n    closeConsultation(id: $id, outcome: $outcome) {\n      ...ConsultationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseConsultation($id: ID!, $outcome: String) {\n    closeConsultation(id: $id, outcome: $outcome) {\n      ...ConsultationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseGranteeUser($id: ID!) {\n    user(id: $id) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query CaseGranteeUser($id: ID!) {\n    user(id: $id) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseGranteeGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CaseGranteeGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseGranteeFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query CaseGranteeFacility($id: ID!) {\n    facility(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishTeachingCase($caseFileId: ID!, $groupId: ID!) {\n    publishTeachingCase(caseFileId: $caseFileId, groupId: $groupId) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation PublishTeachingCase($caseFileId: ID!, $groupId: ID!) {\n    publishTeachingCase(caseFileId: $caseFileId, groupId: $groupId) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupCard on Group {\n    id\n    name\n    description\n    privacy\n    kind\n    memberCount\n    viewerRole\n    viewerRequestPending\n    viewerInvited\n  }\n"): (typeof documents)["\n  fragment GroupCard on Group {\n    id\n    name\n    description\n    privacy\n    kind\n    memberCount\n    viewerRole\n    viewerRequestPending\n    viewerInvited\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($query: String, $first: Int, $after: String) {\n    groups(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups($query: String, $first: Int, $after: String) {\n    groups(query: $query, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroups($first: Int, $after: String) {\n    myGroups(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGroups($first: Int, $after: String) {\n    myGroups(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...GroupCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupCard\n      rules\n      createdAt\n      pinnedPosts {\n        ...PostCard\n      }\n    }\n  }\n"): (typeof documents)["\n  query Group($id: ID!) {\n    group(id: $id) {\n      ...GroupCard\n      rules\n      createdAt\n      pinnedPosts {\n        ...PostCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMembers($groupId: ID!, $first: Int, $after: String) {\n    groupMembers(groupId: $groupId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          role\n          joinedAt\n          user {\n            id\n            fullName\n            title\n            avatarUrl\n            profession\n            facility {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupMembers($groupId: ID!, $first: Int, $after: String) {\n    groupMembers(groupId: $groupId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          role\n          joinedAt\n          user {\n            id\n            fullName\n            title\n            avatarUrl\n            profession\n            facility {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupJoinRequests($groupId: ID!, $first: Int, $after: String) {\n    groupJoinRequests(groupId: $groupId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          requestedAt\n          user {\n            id\n            fullName\n            title\n            avatarUrl\n            profession\n            facility {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupJoinRequests($groupId: ID!, $first: Int, $after: String) {\n    groupJoinRequests(groupId: $groupId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          requestedAt\n          user {\n            id\n            fullName\n            title\n            avatarUrl\n            profession\n            facility {\n              id\n              name\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCard\n      rules\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      ...GroupCard\n      rules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      ...GroupCard\n    }\n  }\n"): (typeof documents)["\n  mutation JoinGroup($groupId: ID!) {\n    joinGroup(groupId: $groupId) {\n      ...GroupCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"): (typeof documents)["\n  mutation LeaveGroup($groupId: ID!) {\n    leaveGroup(groupId: $groupId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToGroup($groupId: ID!, $userIds: [ID!]!) {\n    inviteToGroup(groupId: $groupId, userIds: $userIds) {\n      ...GroupCard\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToGroup($groupId: ID!, $userIds: [ID!]!) {\n    inviteToGroup(groupId: $groupId, userIds: $userIds) {\n      ...GroupCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideJoinRequest($groupId: ID!, $userId: ID!, $approve: Boolean!) {\n    decideJoinRequest(groupId: $groupId, userId: $userId, approve: $approve) {\n      ...GroupCard\n    }\n  }\n"): (typeof documents)["\n  mutation DecideJoinRequest($groupId: ID!, $userId: ID!, $approve: Boolean!) {\n    decideJoinRequest(groupId: $groupId, userId: $userId, approve: $approve) {\n      ...GroupCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGroupRole($groupId: ID!, $userId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, userId: $userId, role: $role) {\n      ...GroupCard\n    }\n  }\n"): (typeof documents)["\n  mutation SetGroupRole($groupId: ID!, $userId: ID!, $role: GroupRole!) {\n    setGroupRole(groupId: $groupId, userId: $userId, role: $role) {\n      ...GroupCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      description\n      rules\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      description\n      rules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGroupPrivacy($input: SetGroupPrivacyInput!) {\n    setGroupPrivacy(input: $input) {\n      id\n      privacy\n    }\n  }\n"): (typeof documents)["\n  mutation SetGroupPrivacy($input: SetGroupPrivacyInput!) {\n    setGroupPrivacy(input: $input) {\n      id\n      privacy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedSuggestions {\n    suggestedColleagues(first: 6) {\n      edges {\n        node {\n          ...UserCard\n        }\n      }\n    }\n    suggestedGroups(first: 4) {\n      ...GroupCard\n    }\n  }\n"): (typeof documents)["\n  query FeedSuggestions {\n    suggestedColleagues(first: 6) {\n      edges {\n        node {\n          ...UserCard\n        }\n      }\n    }\n    suggestedGroups(first: 4) {\n      ...GroupCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveSessionCard on LiveSession {\n    id\n    title\n    status\n    audience\n    scheduledStart\n    scheduledMinutes\n    cmeHours\n    viewerCount\n    host {\n      id\n      fullName\n    }\n    group {\n      id\n      name\n    }\n    programme {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment LiveSessionCard on LiveSession {\n    id\n    title\n    status\n    audience\n    scheduledStart\n    scheduledMinutes\n    cmeHours\n    viewerCount\n    host {\n      id\n      fullName\n    }\n    group {\n      id\n      name\n    }\n    programme {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingLive($after: String) {\n    upcomingLiveSessions(first: 20, after: $after) {\n      edges {\n        node {\n          ...LiveSessionCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query UpcomingLive($after: String) {\n    upcomingLiveSessions(first: 20, after: $after) {\n      edges {\n        node {\n          ...LiveSessionCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PastLive($after: String) {\n    pastLiveSessions(first: 20, after: $after) {\n      edges {\n        node {\n          ...LiveSessionCard\n          endedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PastLive($after: String) {\n    pastLiveSessions(first: 20, after: $after) {\n      edges {\n        node {\n          ...LiveSessionCard\n          endedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveSessionPage($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCard\n      description\n      startedAt\n      endedAt\n      attendanceThreshold\n      viewerRole\n      viewerCanModerate\n      recordingStatus\n      playback {\n        hlsUrl\n        expiresAt\n      }\n      ingest {\n        rtmpUrl\n        browserUrl\n        streamKey\n        publishing\n        problem\n      }\n      recording {\n        id\n        url\n      }\n      viewerAttendance {\n        secondsWatched\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveSessionPage($id: ID!) {\n    liveSession(id: $id) {\n      ...LiveSessionCard\n      description\n      startedAt\n      endedAt\n      attendanceThreshold\n      viewerRole\n      viewerCanModerate\n      recordingStatus\n      playback {\n        hlsUrl\n        expiresAt\n      }\n      ingest {\n        rtmpUrl\n        browserUrl\n        streamKey\n        publishing\n        problem\n      }\n      recording {\n        id\n        url\n      }\n      viewerAttendance {\n        secondsWatched\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleLive($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      ...LiveSessionCard\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleLive($input: ScheduleLiveSessionInput!) {\n    scheduleLiveSession(input: $input) {\n      ...LiveSessionCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLive($id: ID!) {\n    startLiveSession(id: $id) {\n      id\n      status\n      startedAt\n    }\n  }\n"): (typeof documents)["\n  mutation StartLive($id: ID!) {\n    startLiveSession(id: $id) {\n      id\n      status\n      startedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndLive($id: ID!) {\n    endLiveSession(id: $id) {\n      id\n      status\n      endedAt\n    }\n  }\n"): (typeof documents)["\n  mutation EndLive($id: ID!) {\n    endLiveSession(id: $id) {\n      id\n      status\n      endedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelLive($id: ID!) {\n    cancelLiveSession(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelLive($id: ID!) {\n    cancelLiveSession(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateStreamKey($id: ID!) {\n    rotateStreamKey(id: $id) {\n      id\n      ingest {\n        streamKey\n        browserUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RotateStreamKey($id: ID!) {\n    rotateStreamKey(id: $id) {\n      id\n      ingest {\n        streamKey\n        browserUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveChatFields on LiveChatMessage {\n    id\n    body\n    isQuestion\n    upvotes\n    viewerUpvoted\n    answeredAt\n    hiddenAt\n    createdAt\n    author {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment LiveChatFields on LiveChatMessage {\n    id\n    body\n    isQuestion\n    upvotes\n    viewerUpvoted\n    answeredAt\n    hiddenAt\n    createdAt\n    author {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveChat($sessionId: ID!, $questionsOnly: Boolean) {\n    liveChat(sessionId: $sessionId, questionsOnly: $questionsOnly, first: 50) {\n      edges {\n        node {\n          ...LiveChatFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveChat($sessionId: ID!, $questionsOnly: Boolean) {\n    liveChat(sessionId: $sessionId, questionsOnly: $questionsOnly, first: 50) {\n      edges {\n        node {\n          ...LiveChatFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostLiveChat($sessionId: ID!, $body: String!, $isQuestion: Boolean, $clientId: String!) {\n    postLiveChat(sessionId: $sessionId, body: $body, isQuestion: $isQuestion, clientId: $clientId) {\n      ...LiveChatFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostLiveChat($sessionId: ID!, $body: String!, $isQuestion: Boolean, $clientId: String!) {\n    postLiveChat(sessionId: $sessionId, body: $body, isQuestion: $isQuestion, clientId: $clientId) {\n      ...LiveChatFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpvoteQuestion($id: ID!) {\n    upvoteQuestion(id: $id) {\n      ...LiveChatFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpvoteQuestion($id: ID!) {\n    upvoteQuestion(id: $id) {\n      ...LiveChatFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAnswered($id: ID!) {\n    markQuestionAnswered(id: $id) {\n      ...LiveChatFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAnswered($id: ID!) {\n    markQuestionAnswered(id: $id) {\n      ...LiveChatFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideLiveChat($id: ID!) {\n    hideLiveChat(id: $id) {\n      ...LiveChatFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideLiveChat($id: ID!) {\n    hideLiveChat(id: $id) {\n      ...LiveChatFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendLiveReaction($sessionId: ID!, $emoji: String!) {\n    sendLiveReaction(sessionId: $sessionId, emoji: $emoji)\n  }\n"): (typeof documents)["\n  mutation SendLiveReaction($sessionId: ID!, $emoji: String!) {\n    sendLiveReaction(sessionId: $sessionId, emoji: $emoji)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiveHeartbeat($id: ID!) {\n    liveHeartbeat(id: $id) {\n      secondsWatched\n    }\n  }\n"): (typeof documents)["\n  mutation LiveHeartbeat($id: ID!) {\n    liveHeartbeat(id: $id) {\n      secondsWatched\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveSessionEvents($sessionId: ID!) {\n    liveSessionEvents(sessionId: $sessionId) {\n      kind\n      sessionId\n      status\n      reaction\n      viewerCount\n      chat {\n        ...LiveChatFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription LiveSessionEvents($sessionId: ID!) {\n    liveSessionEvents(sessionId: $sessionId) {\n      kind\n      sessionId\n      status\n      reaction\n      viewerCount\n      chat {\n        ...LiveChatFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrainingLedger($after: String) {\n    myTrainingLedger {\n      totalHours\n      hoursLast5Years\n      credits(first: 50, after: $after) {\n        edges {\n          node {\n            hours\n            earnedAt\n            session {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTrainingLedger($after: String) {\n    myTrainingLedger {\n      totalHours\n      hoursLast5Years\n      credits(first: 50, after: $after) {\n        edges {\n          node {\n            hours\n            earnedAt\n            session {\n              id\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportTrainingLedger {\n    exportTrainingLedger\n  }\n"): (typeof documents)["\n  mutation ExportTrainingLedger {\n    exportTrainingLedger\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportSessionAttendance($id: ID!) {\n    exportSessionAttendance(id: $id)\n  }\n"): (typeof documents)["\n  mutation ExportSessionAttendance($id: ID!) {\n    exportSessionAttendance(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionAttendance($sessionId: ID!, $after: String) {\n    sessionAttendance(sessionId: $sessionId, first: 50, after: $after) {\n      edges {\n        node {\n          secondsWatched\n          creditedHours\n          firstJoinedAt\n          leftAt\n          user {\n            id\n            fullName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionAttendance($sessionId: ID!, $after: String) {\n    sessionAttendance(sessionId: $sessionId, first: 50, after: $after) {\n      edges {\n        node {\n          secondsWatched\n          creditedHours\n          firstJoinedAt\n          leftAt\n          user {\n            id\n            fullName\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LiveMyGroups {\n    myGroups(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LiveMyGroups {\n    myGroups(first: 50) {\n      edges {\n        node {\n          id\n          name\n          viewerRole\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupProgrammes($groupId: ID!, $after: String) {\n    groupTrainingProgrammes(groupId: $groupId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          title\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupProgrammes($groupId: ID!, $after: String) {\n    groupTrainingProgrammes(groupId: $groupId, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          title\n          description\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingProgramme($groupId: ID!, $title: String!, $description: String) {\n    createTrainingProgramme(groupId: $groupId, title: $title, description: $description) {\n      id\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingProgramme($groupId: ID!, $title: String!, $description: String) {\n    createTrainingProgramme(groupId: $groupId, title: $title, description: $description) {\n      id\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingProgrammePage($id: ID!, $after: String) {\n    trainingProgramme(id: $id) {\n      id\n      title\n      description\n      group {\n        id\n        name\n        viewerRole\n      }\n      sessions(first: 50) {\n        edges {\n          node {\n            ...LiveSessionCard\n          }\n        }\n      }\n      memberProgress(first: 50, after: $after) {\n        edges {\n          node {\n            sessionsCredited\n            sessionsEnded\n            hours\n            user {\n              id\n              fullName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingProgrammePage($id: ID!, $after: String) {\n    trainingProgramme(id: $id) {\n      id\n      title\n      description\n      group {\n        id\n        name\n        viewerRole\n      }\n      sessions(first: 50) {\n        edges {\n          node {\n            ...LiveSessionCard\n          }\n        }\n      }\n      memberProgress(first: 50, after: $after) {\n        edges {\n          node {\n            sessionsCredited\n            sessionsEnded\n            hours\n            user {\n              id\n              fullName\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatUser on User {\n    id\n    fullName\n    avatarUrl\n    title\n  }\n"): (typeof documents)["\n  fragment ChatUser on User {\n    id\n    fullName\n    avatarUrl\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatMessage on Message {\n    id\n    clientId\n    conversationId\n    seq\n    versionSeq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    sender {\n      ...ChatUser\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    replyTo {\n      id\n      seq\n      body\n      deletedAt\n      sender {\n        id\n        fullName\n      }\n      attachments {\n        id\n      }\n    }\n    sharedPost {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n        avatarUrl\n      }\n      attachments {\n        id\n      }\n    }\n    sharedCase {\n      id\n      title\n      presentingComplaint\n    }\n    sharedKind\n    call {\n      ...CallRecordFields\n    }\n  }\n"): (typeof documents)["\n  fragment ChatMessage on Message {\n    id\n    clientId\n    conversationId\n    seq\n    versionSeq\n    body\n    createdAt\n    editedAt\n    deletedAt\n    sender {\n      ...ChatUser\n    }\n    attachments {\n      ...AttachmentFields\n    }\n    replyTo {\n      id\n      seq\n      body\n      deletedAt\n      sender {\n        id\n        fullName\n      }\n      attachments {\n        id\n      }\n    }\n    sharedPost {\n      id\n      body\n      createdAt\n      author {\n        id\n        fullName\n        avatarUrl\n      }\n      attachments {\n        id\n      }\n    }\n    sharedCase {\n      id\n      title\n      presentingComplaint\n    }\n    sharedKind\n    call {\n      ...CallRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationSummary on Conversation {\n    id\n    kind\n    isGroup\n    groupId\n    title\n    muted\n    requestPending\n    requestedBy {\n      id\n      fullName\n    }\n    unreadCount\n    lastSeq\n    lastReadSeq\n    viewerIsAdmin\n    participants {\n      ...ChatUser\n    }\n    lastMessage {\n      id\n      seq\n      body\n      createdAt\n      deletedAt\n      sender {\n        id\n        fullName\n      }\n      attachments {\n        id\n        contentType\n      }\n      sharedKind\n      call {\n        id\n        video\n        missed\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ConversationSummary on Conversation {\n    id\n    kind\n    isGroup\n    groupId\n    title\n    muted\n    requestPending\n    requestedBy {\n      id\n      fullName\n    }\n    unreadCount\n    lastSeq\n    lastReadSeq\n    viewerIsAdmin\n    participants {\n      ...ChatUser\n    }\n    lastMessage {\n      id\n      seq\n      body\n      createdAt\n      deletedAt\n      sender {\n        id\n        fullName\n      }\n      attachments {\n        id\n        contentType\n      }\n      sharedKind\n      call {\n        id\n        video\n        missed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversation($id: ID!, $first: Int) {\n    conversation(id: $id) {\n      ...ConversationSummary\n      readStates {\n        lastReadSeq\n        user {\n          ...ChatUser\n        }\n      }\n      messages(first: $first) {\n        edges {\n          node {\n            ...ChatMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversation($id: ID!, $first: Int) {\n    conversation(id: $id) {\n      ...ConversationSummary\n      readStates {\n        lastReadSeq\n        user {\n          ...ChatUser\n        }\n      }\n      messages(first: $first) {\n        edges {\n          node {\n            ...ChatMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OlderMessages($id: ID!, $first: Int, $before: String) {\n    conversation(id: $id) {\n      id\n      messages(first: $first, before: $before) {\n        edges {\n          node {\n            ...ChatMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OlderMessages($id: ID!, $first: Int, $before: String) {\n    conversation(id: $id) {\n      id\n      messages(first: $first, before: $before) {\n        edges {\n          node {\n            ...ChatMessage\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagesSince($conversationId: ID!, $afterSeq: Int!, $first: Int) {\n    messagesSince(conversationId: $conversationId, afterSeq: $afterSeq, first: $first) {\n      ...ChatMessage\n    }\n  }\n"): (typeof documents)["\n  query MessagesSince($conversationId: ID!, $afterSeq: Int!, $first: Int) {\n    messagesSince(conversationId: $conversationId, afterSeq: $afterSeq, first: $first) {\n      ...ChatMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ConversationEvents($conversationId: ID) {\n    conversationEvents(conversationId: $conversationId) {\n      kind\n      conversationId\n      seq\n      userId\n      message {\n        ...ChatMessage\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ConversationEvents($conversationId: ID) {\n    conversationEvents(conversationId: $conversationId) {\n      kind\n      conversationId\n      seq\n      userId\n      message {\n        ...ChatMessage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...ChatMessage\n    }\n  }\n"): (typeof documents)["\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...ChatMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...ChatMessage\n    }\n  }\n"): (typeof documents)["\n  mutation EditMessage($id: ID!, $body: String!) {\n    editMessage(id: $id, body: $body) {\n      ...ChatMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...ChatMessage\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMessage($id: ID!) {\n    deleteMessage(id: $id) {\n      ...ChatMessage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkConversationRead($conversationId: ID!, $seq: Int!) {\n    markConversationRead(conversationId: $conversationId, seq: $seq) {\n      id\n      lastReadSeq\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkConversationRead($conversationId: ID!, $seq: Int!) {\n    markConversationRead(conversationId: $conversationId, seq: $seq) {\n      id\n      lastReadSeq\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTyping($conversationId: ID!) {\n    setTyping(conversationId: $conversationId)\n  }\n"): (typeof documents)["\n  mutation SetTyping($conversationId: ID!) {\n    setTyping(conversationId: $conversationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartConversation($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      ...ConversationSummary\n    }\n  }\n"): (typeof documents)["\n  mutation StartConversation($participantIds: [ID!]!, $title: String) {\n    startConversation(participantIds: $participantIds, title: $title) {\n      ...ConversationSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptConversation($conversationId: ID!) {\n    acceptConversation(input: { conversationId: $conversationId }) {\n      ...ConversationSummary\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptConversation($conversationId: ID!) {\n    acceptConversation(input: { conversationId: $conversationId }) {\n      ...ConversationSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineConversation($conversationId: ID!) {\n    declineConversation(input: { conversationId: $conversationId })\n  }\n"): (typeof documents)["\n  mutation DeclineConversation($conversationId: ID!) {\n    declineConversation(input: { conversationId: $conversationId })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MuteConversation($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(input: { conversationId: $conversationId, muted: $muted }) {\n      id\n      muted\n    }\n  }\n"): (typeof documents)["\n  mutation MuteConversation($conversationId: ID!, $muted: Boolean!) {\n    muteConversation(input: { conversationId: $conversationId, muted: $muted }) {\n      id\n      muted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveConversation($conversationId: ID!) {\n    leaveConversation(input: { conversationId: $conversationId })\n  }\n"): (typeof documents)["\n  mutation LeaveConversation($conversationId: ID!) {\n    leaveConversation(input: { conversationId: $conversationId })\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupConversation($groupId: ID!) {\n    group(id: $groupId) {\n      id\n      conversation {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupConversation($groupId: ID!) {\n    group(id: $groupId) {\n      id\n      conversation {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddConversationParticipants($conversationId: ID!, $userIds: [ID!]!) {\n    addConversationParticipants(input: { conversationId: $conversationId, userIds: $userIds }) {\n      ...ConversationSummary\n    }\n  }\n"): (typeof documents)["\n  mutation AddConversationParticipants($conversationId: ID!, $userIds: [ID!]!) {\n    addConversationParticipants(input: { conversationId: $conversationId, userIds: $userIds }) {\n      ...ConversationSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveConversationParticipant($conversationId: ID!, $userId: ID!) {\n    removeConversationParticipant(input: { conversationId: $conversationId, userId: $userId }) {\n      ...ConversationSummary\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveConversationParticipant($conversationId: ID!, $userId: ID!) {\n    removeConversationParticipant(input: { conversationId: $conversationId, userId: $userId }) {\n      ...ConversationSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Conversations($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Conversations($first: Int, $after: String) {\n    conversations(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...ConversationSummary\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadConversationCount {\n    unreadConversationCount\n  }\n"): (typeof documents)["\n  query UnreadConversationCount {\n    unreadConversationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription InboxEvents {\n    conversationEvents {\n      kind\n      conversationId\n      seq\n      userId\n    }\n  }\n"): (typeof documents)["\n  subscription InboxEvents {\n    conversationEvents {\n      kind\n      conversationId\n      seq\n      userId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    updatedAt\n    targetId\n    postId\n    groupId\n    caseFileId\n    group {\n      id\n      name\n    }\n    liveSession {\n      id\n      title\n    }\n    actorCount\n    actors {\n      id\n      fullName\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    read\n    createdAt\n    updatedAt\n    targetId\n    postId\n    groupId\n    caseFileId\n    group {\n      id\n      name\n    }\n    liveSession {\n      id\n      title\n    }\n    actorCount\n    actors {\n      id\n      fullName\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notifications(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...NotificationFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($upTo: ID) {\n    markNotificationsRead(upTo: $upTo)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserCard on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    verificationStatus\n    followerCount\n    followingCount\n    viewerFollows\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserCard on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    verificationStatus\n    followerCount\n    followingCount\n    viewerFollows\n    specialty {\n      code\n      name\n      nameEn\n    }\n    facility {\n      id\n      name\n      province {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchUsers($query: String!, $specialtyCode: String, $facilityId: ID, $provinceCode: String, $first: Int, $after: String) {\n    searchUsers(query: $query, specialtyCode: $specialtyCode, facilityId: $facilityId, provinceCode: $provinceCode, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...UserCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchUsers($query: String!, $specialtyCode: String, $facilityId: ID, $provinceCode: String, $first: Int, $after: String) {\n    searchUsers(query: $query, specialtyCode: $specialtyCode, facilityId: $facilityId, provinceCode: $provinceCode, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...UserCard\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  subscription MyPostCountsChanged {\n    myPostCountsChanged {\n      id\n      reactionCount\n      commentCount\n      shareCount\n    }\n  }\n"): (typeof documents)["\n  subscription MyPostCountsChanged {\n    myPostCountsChanged {\n      id\n      reactionCount\n      commentCount\n      shareCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostAuthor on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    facility {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PostAuthor on User {\n    id\n    fullName\n    title\n    avatarUrl\n    profession\n    facility {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    url\n    thumbnailUrl\n    renditions {\n      width\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    url\n    thumbnailUrl\n    renditions {\n      width\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostContent on Post {\n    id\n    body\n    visibility\n    createdAt\n    editedAt\n    hashtags\n    author {\n      ...PostAuthor\n    }\n    group {\n      id\n      name\n      privacy\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n"): (typeof documents)["\n  fragment PostContent on Post {\n    id\n    body\n    visibility\n    createdAt\n    editedAt\n    hashtags\n    author {\n      ...PostAuthor\n    }\n    group {\n      id\n      name\n      privacy\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCard on Post {\n    ...PostContent\n    reactionCount\n    commentCount\n    shareCount\n    viewerReaction\n    viewerSaved\n    pinned\n    hidden\n    group {\n      id\n      viewerRole\n    }\n    sharedPost {\n      ...PostContent\n      shareCount\n    }\n  }\n"): (typeof documents)["\n  fragment PostCard on Post {\n    ...PostContent\n    reactionCount\n    commentCount\n    shareCount\n    viewerReaction\n    viewerSaved\n    pinned\n    hidden\n    group {\n      id\n      viewerRole\n    }\n    sharedPost {\n      ...PostContent\n      shareCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment PostPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n"): (typeof documents)["\n  query Feed($first: Int, $after: String) {\n    feed(first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserPosts($userId: ID!, $first: Int, $after: String) {\n    userPosts(userId: $userId, first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n"): (typeof documents)["\n  query UserPosts($userId: ID!, $first: Int, $after: String) {\n    userPosts(userId: $userId, first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedPosts($first: Int, $after: String) {\n    savedPosts(first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n"): (typeof documents)["\n  query SavedPosts($first: Int, $after: String) {\n    savedPosts(first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupPosts($groupId: ID!, $first: Int, $after: String) {\n    groupPosts(groupId: $groupId, first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n"): (typeof documents)["\n  query GroupPosts($groupId: ID!, $first: Int, $after: String) {\n    groupPosts(groupId: $groupId, first: $first, after: $after) {\n      ...PostPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NewFeedPosts {\n    newFeedPosts {\n      postId\n      authorId\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  subscription NewFeedPosts {\n    newFeedPosts {\n      postId\n      authorId\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactToPost($postId: ID!, $kind: ReactionKind!) {\n    reactToPost(postId: $postId, kind: $kind) {\n      id\n      viewerReaction\n      reactionCount\n    }\n  }\n"): (typeof documents)["\n  mutation ReactToPost($postId: ID!, $kind: ReactionKind!) {\n    reactToPost(postId: $postId, kind: $kind) {\n      id\n      viewerReaction\n      reactionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveReaction($postId: ID!) {\n    removeReaction(postId: $postId) {\n      id\n      viewerReaction\n      reactionCount\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveReaction($postId: ID!) {\n    removeReaction(postId: $postId) {\n      id\n      viewerReaction\n      reactionCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePost($postId: ID!) {\n    savePost(postId: $postId) {\n      id\n      viewerSaved\n    }\n  }\n"): (typeof documents)["\n  mutation SavePost($postId: ID!) {\n    savePost(postId: $postId) {\n      id\n      viewerSaved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsavePost($postId: ID!) {\n    unsavePost(postId: $postId) {\n      id\n      viewerSaved\n    }\n  }\n"): (typeof documents)["\n  mutation UnsavePost($postId: ID!) {\n    unsavePost(postId: $postId) {\n      id\n      viewerSaved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SharePost($input: SharePostInput!) {\n    sharePost(input: $input) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  mutation SharePost($input: SharePostInput!) {\n    sharePost(input: $input) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPostToChat($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      clientId\n      conversationId\n      sharedKind\n    }\n  }\n"): (typeof documents)["\n  mutation SendPostToChat($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      id\n      clientId\n      conversationId\n      sharedKind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n"): (typeof documents)["\n  mutation ReportContent($input: ReportContentInput!) {\n    reportContent(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinPost($postId: ID!) {\n    pinPost(postId: $postId) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PinPost($postId: ID!) {\n    pinPost(postId: $postId) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpinPost($postId: ID!) {\n    unpinPost(postId: $postId) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation UnpinPost($postId: ID!) {\n    unpinPost(postId: $postId) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    postId\n    body\n    deleted\n    replyCount\n    createdAt\n    author {\n      ...PostAuthor\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    postId\n    body\n    deleted\n    replyCount\n    createdAt\n    author {\n      ...PostAuthor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadComment on Comment {\n    ...CommentFields\n    replies(first: 2) {\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThreadComment on Comment {\n    ...CommentFields\n    replies(first: 2) {\n      edges {\n        cursor\n        node {\n          ...CommentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostComments($postId: ID!, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostComments($postId: ID!, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...ThreadComment\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentReplies($postId: ID!, $before: String, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: 1, after: $before) @connection(key: \"replyLookup\") {\n        edges {\n          cursor\n          node {\n            id\n            replyCount\n            replies(first: $first, after: $after) {\n              edges {\n                cursor\n                node {\n                  ...CommentFields\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentReplies($postId: ID!, $before: String, $first: Int, $after: String) {\n    post(id: $postId) {\n      id\n      comments(first: 1, after: $before) @connection(key: \"replyLookup\") {\n        edges {\n          cursor\n          node {\n            id\n            replyCount\n            replies(first: $first, after: $after) {\n              edges {\n                cursor\n                node {\n                  ...CommentFields\n                }\n              }\n              pageInfo {\n                hasNextPage\n                endCursor\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ThreadComment\n      parent {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($input: AddCommentInput!) {\n    addComment(input: $input) {\n      ...ThreadComment\n      parent {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($query: String!) {\n    searchUsers(query: $query, first: 6) {\n      edges {\n        node {\n          id\n          fullName\n          avatarUrl\n          title\n          facility {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($query: String!) {\n    searchUsers(query: $query, first: 6) {\n      edges {\n        node {\n          id\n          fullName\n          avatarUrl\n          title\n          facility {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HashtagCandidates($query: String!) {\n    search(query: $query, first: 20) {\n      edges {\n        node {\n          ... on Hashtag {\n            tag\n            postCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HashtagCandidates($query: String!) {\n    search(query: $query, first: 20) {\n      edges {\n        node {\n          ... on Hashtag {\n            tag\n            postCount\n          }\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query Search($query: String!, $first: Int, $after: String, $types: [SearchKind!]) {\n    search(query: $query, first: $first, after: $after, types: $types) {\n      edges {\n        cursor\n        node {\n          ... on Post {\n            ...PostCard\n          }\n          ... on User {\n            ...UserCard\n          }\n          ... on Group {\n            ...GroupCard\n          }\n          ... on Hashtag {\n            tag\n            postCount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $first: Int, $after: String, $types: [SearchKind!]) {\n    search(query: $query, first: $first, after: $after, types: $types) {\n      edges {\n        cursor\n        node {\n          ... on Post {\n            ...PostCard\n          }\n          ... on User {\n            ...UserCard\n          }\n          ... on Group {\n            ...GroupCard\n          }\n          ... on Hashtag {\n            tag\n            postCount\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PushSettings {\n    webPushPublicKey\n    pushSettings {\n      messages\n      consultations\n      mentions\n      broadcasts\n    }\n  }\n"): (typeof documents)["\n  query PushSettings {\n    webPushPublicKey\n    pushSettings {\n      messages\n      consultations\n      mentions\n      broadcasts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePushSettings($input: UpdatePushSettingsInput!) {\n    updatePushSettings(input: $input) {\n      messages\n      consultations\n      mentions\n      broadcasts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePushSettings($input: UpdatePushSettingsInput!) {\n    updatePushSettings(input: $input) {\n      messages\n      consultations\n      mentions\n      broadcasts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPushSubscription($endpoint: String!, $p256dh: String!, $auth: String!) {\n    registerPushSubscription(endpoint: $endpoint, p256dh: $p256dh, auth: $auth)\n  }\n"): (typeof documents)["\n  mutation RegisterPushSubscription($endpoint: String!, $p256dh: String!, $auth: String!) {\n    registerPushSubscription(endpoint: $endpoint, p256dh: $p256dh, auth: $auth)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnregisterPushSubscription($endpoint: String!) {\n    unregisterPushSubscription(endpoint: $endpoint)\n  }\n"): (typeof documents)["\n  mutation UnregisterPushSubscription($endpoint: String!) {\n    unregisterPushSubscription(endpoint: $endpoint)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkforceOverview($scope: WorkforceScopeInput) {\n    workforceOverview(scope: $scope) {\n      headcount\n      onPlatform\n      population\n      populationSource\n      populationYear\n      doctorsPer10k\n      doctorsNursesMidwivesPer10k\n      whoThreshold\n      byProfession {\n        key\n        label\n        count\n      }\n      bySex {\n        key\n        label\n        count\n      }\n      byAgeBand {\n        key\n        label\n        count\n      }\n      byFacilityLevel {\n        key\n        label\n        count\n      }\n      licenceRenewalsDue\n      cmeBehind\n      cmeHoursRequired\n      suppressed\n      refreshedAt\n    }\n  }\n"): (typeof documents)["\n  query WorkforceOverview($scope: WorkforceScopeInput) {\n    workforceOverview(scope: $scope) {\n      headcount\n      onPlatform\n      population\n      populationSource\n      populationYear\n      doctorsPer10k\n      doctorsNursesMidwivesPer10k\n      whoThreshold\n      byProfession {\n        key\n        label\n        count\n      }\n      bySex {\n        key\n        label\n        count\n      }\n      byAgeBand {\n        key\n        label\n        count\n      }\n      byFacilityLevel {\n        key\n        label\n        count\n      }\n      licenceRenewalsDue\n      cmeBehind\n      cmeHoursRequired\n      suppressed\n      refreshedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkforceByProvince($profession: Profession) {\n    workforceByProvince(profession: $profession) {\n      province {\n        code\n        name\n      }\n      population\n      populationSource\n      populationYear\n      headcount\n      doctorsPer10k\n      doctorsNursesMidwivesPer10k\n      belowWhoThreshold\n    }\n  }\n"): (typeof documents)["\n  query WorkforceByProvince($profession: Profession) {\n    workforceByProvince(profession: $profession) {\n      province {\n        code\n        name\n      }\n      population\n      populationSource\n      populationYear\n      headcount\n      doctorsPer10k\n      doctorsNursesMidwivesPer10k\n      belowWhoThreshold\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecialtyGaps($scope: WorkforceScopeInput, $after: String) {\n    specialtyGaps(scope: $scope, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          facility {\n            id\n            name\n            level\n            province {\n              code\n              name\n            }\n          }\n          specialty {\n            code\n            name\n          }\n          peersWithIt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpecialtyGaps($scope: WorkforceScopeInput, $after: String) {\n    specialtyGaps(scope: $scope, first: 20, after: $after) {\n      edges {\n        cursor\n        node {\n          facility {\n            id\n            name\n            level\n            province {\n              code\n              name\n            }\n          }\n          specialty {\n            code\n            name\n          }\n          peersWithIt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsultDemand($scope: WorkforceScopeInput) {\n    consultDemand(scope: $scope) {\n      specialty {\n        code\n        name\n      }\n      province {\n        code\n        name\n      }\n      requests\n      answeredWithinTarget\n      consultants\n    }\n  }\n"): (typeof documents)["\n  query ConsultDemand($scope: WorkforceScopeInput) {\n    consultDemand(scope: $scope) {\n      specialty {\n        code\n        name\n      }\n      province {\n        code\n        name\n      }\n      requests\n      answeredWithinTarget\n      consultants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkforceMembers($scope: WorkforceScopeInput, $query: String, $after: String) {\n    workforceMembers(scope: $scope, query: $query, first: 30, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          profession\n          sex\n          birthYear\n          licenseNumber\n          licenseValidUntil\n          position\n          onPlatform\n          specialty {\n            code\n            name\n          }\n          facility {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkforceMembers($scope: WorkforceScopeInput, $query: String, $after: String) {\n    workforceMembers(scope: $scope, query: $query, first: 30, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          fullName\n          profession\n          sex\n          birthYear\n          licenseNumber\n          licenseValidUntil\n          position\n          onPlatform\n          specialty {\n            code\n            name\n          }\n          facility {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportWorkforce($scope: WorkforceScopeInput) {\n    exportWorkforce(scope: $scope)\n  }\n"): (typeof documents)["\n  query ExportWorkforce($scope: WorkforceScopeInput) {\n    exportWorkforce(scope: $scope)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterTemplate {\n    rosterTemplate\n  }\n"): (typeof documents)["\n  query RosterTemplate {\n    rosterTemplate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRoster($facilityId: ID!, $uploadId: ID!, $dryRun: Boolean) {\n    importRoster(facilityId: $facilityId, uploadId: $uploadId, dryRun: $dryRun) {\n      id\n      status\n      dryRun\n      rowsTotal\n      rowsImported\n      rowsRemoved\n      fileName\n      createdAt\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRoster($facilityId: ID!, $uploadId: ID!, $dryRun: Boolean) {\n    importRoster(facilityId: $facilityId, uploadId: $uploadId, dryRun: $dryRun) {\n      id\n      status\n      dryRun\n      rowsTotal\n      rowsImported\n      rowsRemoved\n      fileName\n      createdAt\n      errors {\n        row\n        column\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RosterImports($facilityId: ID!) {\n    rosterImports(facilityId: $facilityId, first: 10) {\n      edges {\n        node {\n          id\n          status\n          dryRun\n          rowsTotal\n          rowsImported\n          rowsRemoved\n          fileName\n          createdAt\n          importedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RosterImports($facilityId: ID!) {\n    rosterImports(facilityId: $facilityId, first: 10) {\n      edges {\n        node {\n          id\n          status\n          dryRun\n          rowsTotal\n          rowsImported\n          rowsRemoved\n          fileName\n          createdAt\n          importedBy {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Person on User {\n    id\n    fullName\n    title\n    avatarUrl\n    facility {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment Person on User {\n    id\n    fullName\n    title\n    avatarUrl\n    facility {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch($query: String!, $facilityId: ID, $first: Int) {\n    searchUsers(query: $query, facilityId: $facilityId, first: $first) {\n      edges {\n        node {\n          ...Person\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearch($query: String!, $facilityId: ID, $first: Int) {\n    searchUsers(query: $query, facilityId: $facilityId, first: $first) {\n      edges {\n        node {\n          ...Person\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FacilityNames {\n    facilityNames\n  }\n"): (typeof documents)["\n  query FacilityNames {\n    facilityNames\n  }\n"];
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
export function graphql(source: "\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      fileName\n      contentType\n      size\n      url\n      thumbnailUrl\n      renditions {\n        width\n        url\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      fileName\n      contentType\n      size\n      url\n      thumbnailUrl\n      renditions {\n        width\n        url\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;