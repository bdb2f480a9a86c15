import { graphql } from '../../gql';

export const SearchDocument = graphql(`
  query Search($query: String!, $first: Int, $after: String) {
    search(query: $query, first: $first, after: $after) {
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
