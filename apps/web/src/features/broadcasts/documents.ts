import { graphql } from '../../gql';

/** A broadcast as a card in lists and in the pinned strip. */
export const BroadcastCardFields = graphql(`
  fragment BroadcastCard on Broadcast {
    id
    title
    documentNumber
    issuer
    priority
    requireAck
    publishedAt
    effectiveDate
    viewerReadAt
    viewerAcknowledgedAt
    scopeProvince {
      code
      name
    }
    supersededBy {
      id
    }
  }
`);

/** Everything the broadcast page shows. */
export const BroadcastDetailFields = graphql(`
  fragment BroadcastDetail on Broadcast {
    ...BroadcastCard
    body
    documentSha256
    documents {
      id
      fileName
      contentType
      size
      url
    }
    target {
      provinces {
        code
        name
      }
      facilityLevels
      professions
      specialties {
        code
        name
        nameEn
      }
    }
    publishedBy {
      id
      fullName
    }
    supersedes {
      id
      title
      documentNumber
    }
    supersededBy {
      id
      title
      documentNumber
    }
  }
`);

export const PinnedBroadcastsDocument = graphql(`
  query PinnedBroadcasts {
    pinnedBroadcasts {
      ...BroadcastCard
    }
  }
`);

export const BroadcastsDocument = graphql(`
  query Broadcasts($first: Int, $after: String, $query: String, $documentNumber: String, $unacknowledgedOnly: Boolean) {
    broadcasts(first: $first, after: $after, query: $query, documentNumber: $documentNumber, unacknowledgedOnly: $unacknowledgedOnly) {
      edges {
        cursor
        node {
          ...BroadcastCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const BroadcastDocument = graphql(`
  query Broadcast($id: ID!) {
    broadcast(id: $id) {
      ...BroadcastDetail
    }
  }
`);

export const PublicBroadcastsDocument = graphql(`
  query PublicBroadcasts($first: Int, $after: String) {
    publicBroadcasts(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...BroadcastCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PublicBroadcastDocument = graphql(`
  query PublicBroadcast($id: ID!) {
    publicBroadcast(id: $id) {
      id
      title
      body
      documentNumber
      issuer
      priority
      requireAck
      publishedAt
      effectiveDate
      documentSha256
      documents {
        id
        fileName
        contentType
        size
        url
      }
    }
  }
`);

export const BroadcastPublishedDocument = graphql(`
  subscription BroadcastPublished {
    broadcastPublished {
      ...BroadcastCard
    }
  }
`);

export const MarkBroadcastReadDocument = graphql(`
  mutation MarkBroadcastRead($id: ID!) {
    markBroadcastRead(id: $id) {
      id
      viewerReadAt
      viewerAcknowledgedAt
    }
  }
`);

export const AcknowledgeBroadcastDocument = graphql(`
  mutation AcknowledgeBroadcast($id: ID!) {
    acknowledgeBroadcast(id: $id) {
      id
      viewerReadAt
      viewerAcknowledgedAt
    }
  }
`);

export const BroadcastAudienceSizeDocument = graphql(`
  query BroadcastAudienceSize($target: BroadcastTargetInput!) {
    broadcastAudienceSize(target: $target)
  }
`);

export const PublishBroadcastDocument = graphql(`
  mutation PublishBroadcast($input: PublishBroadcastInput!) {
    publishBroadcast(input: $input) {
      ...BroadcastDetail
    }
  }
`);

export const BroadcastReachDocument = graphql(`
  query BroadcastReach($id: ID!) {
    broadcastReach(id: $id) {
      targeted
      read
      acknowledged
      notOnPlatform
      byProvince {
        province {
          code
          name
        }
        targeted
        read
        acknowledged
      }
    }
  }
`);

export const BroadcastReachByFacilityDocument = graphql(`
  query BroadcastReachByFacility($id: ID!, $first: Int, $after: String, $provinceCode: String) {
    broadcastReach(id: $id) {
      byFacility(first: $first, after: $after, provinceCode: $provinceCode) {
        edges {
          cursor
          node {
            facility {
              id
              name
              province {
                code
                name
              }
            }
            targeted
            read
            acknowledged
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

export const RemindBroadcastDocument = graphql(`
  mutation RemindBroadcast($id: ID!) {
    remindBroadcast(id: $id)
  }
`);
