import { graphql } from '../../gql';

/** The directory's facility names: never a patient's name for the in-browser scanner (the server's allow-list too). */
export const FacilityNamesDocument = graphql(`
  query FacilityNames {
    facilityNames
  }
`);
