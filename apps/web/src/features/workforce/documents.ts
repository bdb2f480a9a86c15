import { graphql } from '../../gql';

export const WorkforceOverviewDocument = graphql(`
  query WorkforceOverview($scope: WorkforceScopeInput) {
    workforceOverview(scope: $scope) {
      headcount
      onPlatform
      population
      populationSource
      populationYear
      doctorsPer10k
      doctorsNursesMidwivesPer10k
      whoThreshold
      byProfession {
        key
        label
        count
      }
      bySex {
        key
        label
        count
      }
      byAgeBand {
        key
        label
        count
      }
      byFacilityLevel {
        key
        label
        count
      }
      licenceRenewalsDue
      cmeBehind
      cmeHoursRequired
      suppressed
      refreshedAt
    }
  }
`);

export const WorkforceByProvinceDocument = graphql(`
  query WorkforceByProvince($profession: Profession) {
    workforceByProvince(profession: $profession) {
      province {
        code
        name
      }
      population
      populationSource
      populationYear
      headcount
      doctorsPer10k
      doctorsNursesMidwivesPer10k
      belowWhoThreshold
    }
  }
`);

export const SpecialtyGapsDocument = graphql(`
  query SpecialtyGaps($scope: WorkforceScopeInput, $after: String) {
    specialtyGaps(scope: $scope, first: 20, after: $after) {
      edges {
        cursor
        node {
          facility {
            id
            name
            level
            province {
              code
              name
            }
          }
          specialty {
            code
            name
          }
          peersWithIt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ConsultDemandDocument = graphql(`
  query ConsultDemand($scope: WorkforceScopeInput) {
    consultDemand(scope: $scope) {
      specialty {
        code
        name
      }
      province {
        code
        name
      }
      requests
      answeredWithinTarget
      consultants
    }
  }
`);

export const WorkforceMembersDocument = graphql(`
  query WorkforceMembers($scope: WorkforceScopeInput, $query: String, $after: String) {
    workforceMembers(scope: $scope, query: $query, first: 30, after: $after) {
      edges {
        cursor
        node {
          id
          fullName
          profession
          sex
          birthYear
          licenseNumber
          licenseValidUntil
          position
          onPlatform
          specialty {
            code
            name
          }
          facility {
            id
            name
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

export const ExportWorkforceDocument = graphql(`
  query ExportWorkforce($scope: WorkforceScopeInput) {
    exportWorkforce(scope: $scope)
  }
`);

export const RosterTemplateDocument = graphql(`
  query RosterTemplate {
    rosterTemplate
  }
`);

export const ImportRosterDocument = graphql(`
  mutation ImportRoster($facilityId: ID!, $uploadId: ID!, $dryRun: Boolean) {
    importRoster(facilityId: $facilityId, uploadId: $uploadId, dryRun: $dryRun) {
      id
      status
      dryRun
      rowsTotal
      rowsImported
      rowsRemoved
      fileName
      createdAt
      errors {
        row
        column
        message
      }
    }
  }
`);

export const RosterImportsDocument = graphql(`
  query RosterImports($facilityId: ID!) {
    rosterImports(facilityId: $facilityId, first: 10) {
      edges {
        node {
          id
          status
          dryRun
          rowsTotal
          rowsImported
          rowsRemoved
          fileName
          createdAt
          importedBy {
            id
            fullName
          }
        }
      }
    }
  }
`);
