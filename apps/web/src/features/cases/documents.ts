import { graphql } from '../../gql';

export const CasePersonFields = graphql(`
  fragment CasePerson on User {
    ...Person
  }
`);

export const CaseFindingFields = graphql(`
  fragment CaseFinding on PhiFinding {
    id
    field
    start
    end
    kind
    text
  }
`);

/** A case in a list (my cases, shared with me). */
export const CaseListItemFields = graphql(`
  fragment CaseListItem on CaseFile {
    id
    title
    ageLabel
    sex
    provinceCode
    version
    updatedAt
    viewerPermission
    author {
      ...CasePerson
    }
    phiFindings {
      field
      kind
    }
    consultations {
      id
      status
      urgency
      overdue
    }
  }
`);

export const ConsultationFields = graphql(`
  fragment ConsultationFields on Consultation {
    id
    urgency
    status
    note
    opinion
    recommendation
    outcome
    overdue
    dueAt
    createdAt
    acceptedAt
    answeredAt
    closedAt
    accessRevoked
    requestedBy {
      ...CasePerson
    }
    consultant {
      ...CasePerson
    }
    targetFacility {
      id
      name
    }
    targetSpecialty {
      code
      name
      nameEn
    }
  }
`);

export const CaseAttachmentFields = graphql(`
  fragment CaseAttachment on Attachment {
    id
    fileName
    contentType
    size
    url
    thumbnailUrl
  }
`);

/** Everything the case page and the editor need. */
export const CaseDetailFields = graphql(`
  fragment CaseDetail on CaseFile {
    id
    title
    ageYears
    ageLabel
    sex
    provinceCode
    presentingComplaint
    history
    examination
    vitals
    labResults
    workingDiagnosis
    icd10Codes
    treatment
    question
    version
    createdAt
    updatedAt
    viewerPermission
    author {
      ...CasePerson
    }
    attachments {
      ...CaseAttachment
    }
    phiFindings {
      ...CaseFinding
    }
    shares {
      id
      granteeId
      granteeType
      permission
      createdAt
    }
    consultations {
      ...ConsultationFields
    }
  }
`);

export const CaseFileDocument = graphql(`
  query CaseFile($id: ID!) {
    caseFile(id: $id) {
      ...CaseDetail
    }
  }
`);

/** A page of case files as the lists show them (mine, shared with me). */
export const CaseListPageFields = graphql(`
  fragment CaseListPage on CaseFileConnection {
    edges {
      cursor
      node {
        ...CaseListItem
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const MyCaseFilesDocument = graphql(`
  query MyCaseFiles($first: Int, $after: String) {
    myCaseFiles(first: $first, after: $after) {
      ...CaseListPage
    }
  }
`);

export const SharedWithMeDocument = graphql(`
  query SharedWithMe($first: Int, $after: String) {
    sharedWithMe(first: $first, after: $after) {
      ...CaseListPage
    }
  }
`);

export const ConsultationQueueDocument = graphql(`
  query ConsultationQueue($facilityId: ID, $status: ConsultStatus, $first: Int, $after: String) {
    consultationQueue(facilityId: $facilityId, status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ConsultationFields
          caseFile {
            id
            title
            ageLabel
            sex
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CaseFileVersionsDocument = graphql(`
  query CaseFileVersions($caseFileId: ID!) {
    caseFileVersions(caseFileId: $caseFileId) {
      version
      reason
      content
      createdAt
      editor {
        id
        fullName
      }
    }
  }
`);

export const CaseAuditLogDocument = graphql(`
  query CaseAuditLog($caseFileId: ID!, $first: Int, $after: String) {
    caseAuditLog(caseFileId: $caseFileId, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          action
          allowed
          at
          details
          subjectName
          facilityName
          reason
          actor {
            id
            fullName
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CaseCommentsDocument = graphql(`
  query CaseComments($id: ID!, $first: Int, $after: String) {
    caseFile(id: $id) {
      id
      comments(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            body
            deleted
            createdAt
            author {
              ...CasePerson
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

// ---- mutations ----

export const CreateCaseFileDocument = graphql(`
  mutation CreateCaseFile($input: CaseFileInput!) {
    createCaseFile(input: $input) {
      ...CaseDetail
    }
  }
`);

export const UpdateCaseFileDocument = graphql(`
  mutation UpdateCaseFile($id: ID!, $input: CaseFileInput!) {
    updateCaseFile(id: $id, input: $input) {
      ...CaseDetail
    }
  }
`);

export const ResolvePhiFindingDocument = graphql(`
  mutation ResolvePhiFinding($input: ResolvePhiInput!) {
    resolvePhiFinding(input: $input) {
      ...CaseDetail
    }
  }
`);

/** One review pass (e.g. "redact all"): every decision in one transaction, at most one new version. */
export const ResolvePhiFindingsDocument = graphql(`
  mutation ResolvePhiFindings($input: ResolvePhiFindingsInput!) {
    resolvePhiFindings(input: $input) {
      ...CaseDetail
    }
  }
`);

export const ShareCaseFileDocument = graphql(`
  mutation ShareCaseFile($input: ShareCaseInput!) {
    shareCaseFile(input: $input) {
      ...CaseDetail
    }
  }
`);

export const RevokeCaseShareDocument = graphql(`
  mutation RevokeCaseShare($caseFileId: ID!, $granteeId: ID!) {
    revokeCaseShare(caseFileId: $caseFileId, granteeId: $granteeId) {
      ...CaseDetail
    }
  }
`);

export const AddCaseCommentDocument = graphql(`
  mutation AddCaseComment($caseFileId: ID!, $body: String!, $clientId: ID, $phiReason: String) {
    addCaseComment(caseFileId: $caseFileId, body: $body, clientId: $clientId, phiReason: $phiReason) {
      id
    }
  }
`);

export const RequestConsultationDocument = graphql(`
  mutation RequestConsultation($input: RequestConsultationInput!) {
    requestConsultation(input: $input) {
      ...ConsultationFields
    }
  }
`);

export const AssignConsultationDocument = graphql(`
  mutation AssignConsultation($id: ID!, $consultantId: ID!) {
    assignConsultation(id: $id, consultantId: $consultantId) {
      ...ConsultationFields
    }
  }
`);

export const AcceptConsultationDocument = graphql(`
  mutation AcceptConsultation($id: ID!) {
    acceptConsultation(id: $id) {
      ...ConsultationFields
    }
  }
`);

export const AnswerConsultationDocument = graphql(`
  mutation AnswerConsultation($id: ID!, $opinion: String!, $recommendation: String!, $phiReason: String) {
    answerConsultation(id: $id, opinion: $opinion, recommendation: $recommendation, phiReason: $phiReason) {
      ...ConsultationFields
    }
  }
`);

export const CloseConsultationDocument = graphql(`
  mutation CloseConsultation($id: ID!, $outcome: String) {
    closeConsultation(id: $id, outcome: $outcome) {
      ...ConsultationFields
    }
  }
`);

// ---- look-ups for the share / consult dialogs ----

export const CaseGranteeUserDocument = graphql(`
  query CaseGranteeUser($id: ID!) {
    user(id: $id) {
      id
      fullName
    }
  }
`);

export const CaseGranteeGroupDocument = graphql(`
  query CaseGranteeGroup($id: ID!) {
    group(id: $id) {
      id
      name
    }
  }
`);

export const CaseGranteeFacilityDocument = graphql(`
  query CaseGranteeFacility($id: ID!) {
    facility(id: $id) {
      id
      name
    }
  }
`);

// ---- teaching post (PRODUCT §5) ----

/** The author turns a case with a closed consultation into a de-identified post in one of their groups. */
export const PublishTeachingCaseDocument = graphql(`
  mutation PublishTeachingCase($caseFileId: ID!, $groupId: ID!) {
    publishTeachingCase(caseFileId: $caseFileId, groupId: $groupId) {
      ...PostCard
    }
  }
`);
