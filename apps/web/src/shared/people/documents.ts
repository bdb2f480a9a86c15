import { graphql } from '../../gql';

/** A colleague as the pickers, chips and case screens show one. */
export const PersonFields = graphql(`
  fragment Person on User {
    id
    fullName
    title
    avatarUrl
    facility {
      id
      name
    }
  }
`);

/** The one people search of the pickers (chats, members, shares, invitations, consultations). */
export const PeopleSearchDocument = graphql(`
  query PeopleSearch($query: String!, $facilityId: ID, $first: Int) {
    searchUsers(query: $query, facilityId: $facilityId, first: $first) {
      edges {
        node {
          ...Person
        }
      }
    }
  }
`);
