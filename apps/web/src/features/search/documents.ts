import { graphql } from '../../gql';

export const SearchDocument = graphql(`
  query Search($query: String!, $first: Int, $after: String, $types: [SearchKind!]) {
    search(query: $query, first: $first, after: $after, types: $types) {
      edges {
        cursor
        node {
          ... on Post {
            ...PostCard
          }
          ... on User {
            ...UserCard
          }
          ... on Group {
            ...GroupCard
          }
          ... on Hashtag {
            tag
            postCount
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
