import { graphql } from '../../gql';

export const SpecialtiesDocument = graphql(`
  query Specialties {
    specialties {
      code
      name
      nameEn
    }
  }
`);

export const ProvincesDocument = graphql(`
  query Provinces {
    provinces {
      code
      name
    }
  }
`);

export const FacilityOptionFields = graphql(`
  fragment FacilityOption on Facility {
    id
    name
    level
    kind
    province {
      code
      name
    }
  }
`);

export const FacilitySearchDocument = graphql(`
  query FacilitySearch($search: String, $provinceCode: String, $first: Int) {
    facilities(search: $search, provinceCode: $provinceCode, first: $first) {
      edges {
        cursor
        node {
          ...FacilityOption
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const FacilityByIdDocument = graphql(`
  query FacilityById($id: ID!) {
    facility(id: $id) {
      ...FacilityOption
    }
  }
`);
