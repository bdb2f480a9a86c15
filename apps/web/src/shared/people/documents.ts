import { graphql } from '../../gql';

/** The one people search of the pickers (chats, members, shares, invitations, consultations). */
export const PeopleSearchDocument = graphql(`
  query PeopleSearch($query: String!, $facilityId: ID, $first: Int) {
    searchUsers(query: $query, facilityId: $facilityId, first: $first) {
      edges {
        node {
          id
          fullName
          title
          avatarUrl
          facility {
            id
            name
          }
        }
      }
    }
  }
`);
