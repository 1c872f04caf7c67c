// The explorer's GraphQL operations. graphql-codegen reads this file and
// writes their typed documents to generated/graphql.ts, which the views
// import; this file itself is not part of the bundle.

export const SearchQuery = /* GraphQL */ `
  query Search($query: String!, $first: Int, $kinds: [EntityKind!]) {
    searchHits(query: $query, first: $first, kinds: $kinds) {
      score
      entity { id name kind ... on Region { code level province { name } } ... on Official { titles place } }
    }
  }
`

export const EvFragment = /* GraphQL */ `
  fragment Ev on Evidence { sentence article { id title publishedAt } }
`

export const EntityHeadQuery = /* GraphQL */ `
  query EntityHead($id: ID!) {
    node(id: $id) {
      id
      ... on Entity { name kind }
      ... on Region { code level shortName parent { id name } province { id name } prefecture { id name } }
      ... on Official { titles place }
      ... on Program { category local }
      ... on Industry { category parent { id name } subtypes(first: 100) { id name } }
      ... on Organization { type }
      ... on Statistic { metric value year region { id name } }
      ... on Article { title source publishedAt file }
    }
  }
`

export const RegionPeopleQuery = /* GraphQL */ `
  query RegionPeople($id: ID!, $first: Int) {
    node(id: $id) {
      ... on Region {
        children(first: 300) { id name }
        officials(first: $first) { title official { id name } evidence { ...Ev } confidence support }
        assists(first: $first) { helped { id name code } mechanism evidence { ...Ev } confidence support }
        assistedBy(first: $first) { helper { id name code } mechanism evidence { ...Ev } confidence support }
      }
    }
  }
`

export const RegionWorkQuery = /* GraphQL */ `
  query RegionWork($id: ID!, $first: Int) {
    node(id: $id) {
      ... on Region {
        implementations(first: $first) { program { id name } evidence { ...Ev } confidence support }
        developments(first: $first) { industry { id name } evidence { ...Ev } confidence support }
        reports(first: $first) { statistic { id metric value number unit year } evidence { ...Ev } confidence support }
      }
    }
  }
`

export const OfficialFactsQuery = /* GraphQL */ `
  query OfficialFacts($id: ID!, $first: Int) {
    node(id: $id) {
      ... on Official { roles(first: $first) { title region { id name } evidence { ...Ev } confidence support } }
    }
  }
`

export const IndustryFactsQuery = /* GraphQL */ `
  query IndustryFacts($id: ID!, $first: Int) {
    node(id: $id) {
      ... on Industry {
        developments(first: $first) { region { id name } evidence { ...Ev } confidence support }
        supports(first: $first) { program { id name } evidence { ...Ev } confidence support }
      }
    }
  }
`

export const ProgramFactsQuery = /* GraphQL */ `
  query ProgramFacts($id: ID!, $first: Int) {
    node(id: $id) {
      ... on Program {
        implementations(first: $first) { region { id name } evidence { ...Ev } confidence support }
        supports(first: $first) { industry { id name } evidence { ...Ev } confidence support }
      }
    }
  }
`

export const OtherFactsQuery = /* GraphQL */ `
  query OtherFacts($id: ID!, $first: Int) {
    node(id: $id) {
      ... on Organization { operations(first: $first) { region { id name } evidence { ...Ev } confidence support } }
      ... on Statistic { reports(first: $first) { region { id name } evidence { ...Ev } confidence support } }
      ... on Article { mentions(first: 200) { id name kind } }
    }
  }
`

export const SimilarQuery = /* GraphQL */ `
  query Similar($name: String!, $first: Int) {
    similarCounties(name: $name, first: $first) {
      score
      county { id name }
      sharedIndustries { name }
      sharedPrograms { name }
    }
  }
`

export const NeighborhoodQuery = /* GraphQL */ `
  query Neighborhood($id: ID!, $hops: Int, $limit: Int) {
    neighborhood(id: $id, hops: $hops, limit: $limit) {
      truncated
      nodes { id name kind }
      edges { type source target label }
    }
  }
`

export const PathQuery = /* GraphQL */ `
  query Path($from: ID!, $to: ID!, $maxHops: Int) {
    shortestPath(from: $from, to: $to, maxHops: $maxHops) {
      length
      nodes { id name kind }
      relationships { type source target label evidence { ...Ev } confidence }
    }
  }
`

export const MetricsQuery = /* GraphQL */ `
  query Metrics {
    metrics
  }
`

// The years a metric is reported for: the year of up to 1,000 of its points
// (one field each, so the read stays cheap).
export const MetricYearsQuery = /* GraphQL */ `
  query MetricYears($metric: String!) {
    statisticComparison(metric: $metric, first: 1000) {
      year
    }
  }
`

// The points of one year (every year when $years is null).
export const MetricPointsQuery = /* GraphQL */ `
  query MetricPoints($metric: String!, $years: [String!], $first: Int) {
    statisticComparison(metric: $metric, years: $years, first: $first) {
      year value number
      region { id name code level }
    }
  }
`

export const AssistanceQuery = /* GraphQL */ `
  query Assistance($first: Int, $after: String) {
    relationships(type: ASSISTS, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        label
        start { __typename ... on Region { id name code level } }
        end { __typename ... on Region { id name code level } }
      }
    }
  }
`

export const AnalyticsQuery = /* GraphQL */ `
  query Analytics($by: Centrality, $first: Int) {
    analysis { analyzedAt stale modularity }
    topEntities(by: $by, first: $first) { score entity { id name kind } }
    topCounties: topEntities(kind: COUNTY, by: $by, first: 10) { entity { name } }
    communities(first: 6) { id size members(first: 8) { id name kind } }
    industryCooccurrence(first: 10) { count a { id name } b { id name } }
  }
`

export const TopCountiesQuery = /* GraphQL */ `
  query TopCounties {
    counties(first: 8, orderBy: { field: DEGREE, direction: DESC }) { nodes { id name province { name } } }
  }
`

// One node's relationships of a type, a page at a time by the other node's
// key: the whole of a list an entity page cuts at its best 50.
export const NodeRelationshipsQuery = /* GraphQL */ `
  query NodeRelationships($type: RelationshipType!, $node: ID!, $direction: Direction, $first: Int, $after: String) {
    relationships(type: $type, node: $node, direction: $direction, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { label confidence support start { id name } end { id name } evidence { ...Ev } }
    }
  }
`
