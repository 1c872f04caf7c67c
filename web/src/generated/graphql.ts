/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Centrality =
  /** Betweenness over fact relationships, undirected (sampled on large graphs; docs/analytics.md). */
  | 'BETWEENNESS'
  /** Number of distinct neighbours over fact relationships. */
  | 'DEGREE'
  /** PageRank over fact relationships, treated as undirected. */
  | 'PAGERANK';

/** Which end of a relationship a field's object is: OUT the start, IN the end. */
export type Direction =
  | 'IN'
  | 'OUT';

export type EntityKind =
  | 'ARTICLE'
  | 'COUNTY'
  | 'INDUSTRY'
  | 'OFFICIAL'
  | 'ORGANIZATION'
  | 'PREFECTURE'
  | 'PROGRAM'
  | 'PROVINCE'
  | 'STATISTIC'
  | 'TOWN'
  | 'VILLAGE';

export type RegionLevel =
  | 'COUNTY'
  | 'PREFECTURE'
  | 'PROVINCE'
  | 'TOWN'
  | 'VILLAGE';

/** Relationship types of the graph. */
export type RelationshipType =
  | 'ASSISTS'
  | 'DEVELOPS'
  | 'IMPLEMENTS'
  | 'MENTIONS'
  | 'OPERATES_IN'
  | 'PART_OF'
  | 'REPORTED'
  | 'SERVES_IN'
  | 'SUBTYPE_OF'
  | 'SUPPORTS';

export type SearchQueryVariables = Exact<{
  query: string;
  first: number | null | undefined;
  kinds: Array<EntityKind> | EntityKind | null | undefined;
}>;


export type SearchQuery = { searchHits: Array<{ score: number, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { titles: Array<string>, place: string, id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { code: string, level: RegionLevel, id: string, name: string, kind: EntityKind, province: { name: string } | null }
      | { id: string, name: string, kind: EntityKind }
     }> };

export type EvFragment = { sentence: string, article: { id: string, title: string, publishedAt: string | null } | null };

export type EntityHeadQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityHeadQuery = { node:
    | { name: string, kind: EntityKind, title: string, source: string | null, publishedAt: string | null, file: string | null, id: string }
    | { name: string, kind: EntityKind, category: string | null, id: string, parent: { id: string, name: string } | null, subtypes: Array<{ id: string, name: string }> }
    | { name: string, kind: EntityKind, titles: Array<string>, place: string, id: string }
    | { name: string, kind: EntityKind, type: string | null, id: string }
    | { name: string, kind: EntityKind, category: string | null, local: boolean, id: string }
    | { name: string, kind: EntityKind, code: string, level: RegionLevel, shortName: string | null, id: string, parent: { id: string, name: string } | null, province: { id: string, name: string } | null, prefecture: { id: string, name: string } | null }
    | { name: string, kind: EntityKind, metric: string, value: string, year: string, id: string, region: { id: string, name: string } | null }
   | null };

export type RegionPeopleQueryVariables = Exact<{
  id: string | number;
  first: number | null | undefined;
}>;


export type RegionPeopleQuery = { node:
    | { children: Array<{ id: string, name: string }>, officials: Array<{ title: string, confidence: number, support: number, official: { id: string, name: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }>, assists: Array<{ mechanism: string | null, confidence: number, support: number, helped: { id: string, name: string, code: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }>, assistedBy: Array<{ mechanism: string | null, confidence: number, support: number, helper: { id: string, name: string, code: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }> }
    | Record<PropertyKey, never>
   | null };

export type RegionWorkQueryVariables = Exact<{
  id: string | number;
  first: number | null | undefined;
}>;


export type RegionWorkQuery = { node:
    | { implementations: Array<{ confidence: number, support: number, program: { id: string, name: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }>, developments: Array<{ confidence: number, support: number, industry: { id: string, name: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }>, reports: Array<{ confidence: number, support: number, statistic: { id: string, metric: string, value: string, number: number | null, unit: string | null, year: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }> }
    | Record<PropertyKey, never>
   | null };

export type OfficialFactsQueryVariables = Exact<{
  id: string | number;
  first: number | null | undefined;
}>;


export type OfficialFactsQuery = { node:
    | { roles: Array<{ title: string, confidence: number, support: number, region: { id: string, name: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }> }
    | Record<PropertyKey, never>
   | null };

export type IndustryFactsQueryVariables = Exact<{
  id: string | number;
  first: number | null | undefined;
}>;


export type IndustryFactsQuery = { node:
    | { developments: Array<{ confidence: number, support: number, region: { id: string, name: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }>, supports: Array<{ confidence: number, support: number, program: { id: string, name: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }> }
    | Record<PropertyKey, never>
   | null };

export type ProgramFactsQueryVariables = Exact<{
  id: string | number;
  first: number | null | undefined;
}>;


export type ProgramFactsQuery = { node:
    | { implementations: Array<{ confidence: number, support: number, region: { id: string, name: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }>, supports: Array<{ confidence: number, support: number, industry: { id: string, name: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }> }
    | Record<PropertyKey, never>
   | null };

export type OtherFactsQueryVariables = Exact<{
  id: string | number;
  first: number | null | undefined;
}>;


export type OtherFactsQuery = { node:
    | { mentions: Array<
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
        | { id: string, name: string, kind: EntityKind }
      > }
    | { operations: Array<{ confidence: number, support: number, region: { id: string, name: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }> }
    | { reports: Array<{ confidence: number, support: number, region: { id: string, name: string }, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }> }
    | Record<PropertyKey, never>
   | null };

export type SimilarQueryVariables = Exact<{
  name: string;
  first: number | null | undefined;
}>;


export type SimilarQuery = { similarCounties: Array<{ score: number, county: { id: string, name: string }, sharedIndustries: Array<{ name: string }>, sharedPrograms: Array<{ name: string }> }> };

export type NeighborhoodQueryVariables = Exact<{
  id: string | number;
  hops: number | null | undefined;
  limit: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    >, edges: Array<{ type: RelationshipType, source: string, target: string, label: string | null }> } };

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxHops: number | null | undefined;
}>;


export type PathQuery = { shortestPath: { length: number, nodes: Array<
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    >, relationships: Array<{ type: RelationshipType, source: string, target: string, label: string | null, confidence: number, evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }> } | null };

export type MetricsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricsQuery = { metrics: Array<string> };

export type MetricYearsQueryVariables = Exact<{
  metric: string;
}>;


export type MetricYearsQuery = { statisticComparison: Array<{ year: string }> };

export type MetricPointsQueryVariables = Exact<{
  metric: string;
  years: Array<string> | string | null | undefined;
  first: number | null | undefined;
}>;


export type MetricPointsQuery = { statisticComparison: Array<{ year: string, value: string, number: number | null, region: { id: string, name: string, code: string, level: RegionLevel } }> };

export type AssistanceQueryVariables = Exact<{
  first: number | null | undefined;
  after: string | null | undefined;
}>;


export type AssistanceQuery = { relationships: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ label: string | null, start:
        | { __typename: 'Article' }
        | { __typename: 'Industry' }
        | { __typename: 'Official' }
        | { __typename: 'Organization' }
        | { __typename: 'Program' }
        | { __typename: 'Region', id: string, name: string, code: string, level: RegionLevel }
        | { __typename: 'Statistic' }
      , end:
        | { __typename: 'Article' }
        | { __typename: 'Industry' }
        | { __typename: 'Official' }
        | { __typename: 'Organization' }
        | { __typename: 'Program' }
        | { __typename: 'Region', id: string, name: string, code: string, level: RegionLevel }
        | { __typename: 'Statistic' }
       }> } };

export type AnalyticsQueryVariables = Exact<{
  by: Centrality | null | undefined;
  first: number | null | undefined;
}>;


export type AnalyticsQuery = { analysis: { analyzedAt: string | null, stale: boolean, modularity: number | null }, topEntities: Array<{ score: number, entity:
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
     }>, topCounties: Array<{ entity:
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
      | { name: string }
     }>, communities: Array<{ id: number, size: number, members: Array<
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
      | { id: string, name: string, kind: EntityKind }
    > }>, industryCooccurrence: Array<{ count: number, a: { id: string, name: string }, b: { id: string, name: string } }> };

export type TopCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type TopCountiesQuery = { counties: { nodes: Array<{ id: string, name: string, province: { name: string } | null }> } };

export type NodeRelationshipsQueryVariables = Exact<{
  type: RelationshipType;
  node: string | number;
  direction: Direction | null | undefined;
  first: number | null | undefined;
  after: string | null | undefined;
}>;


export type NodeRelationshipsQuery = { relationships: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ label: string | null, confidence: number, support: number, start:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , end:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      , evidence: Array<{ sentence: string, article: { id: string, title: string, publishedAt: string | null } | null }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EvFragmentDoc = new TypedDocumentString(`
    fragment Ev on Evidence {
  sentence
  article {
    id
    title
    publishedAt
  }
}
    `, {"fragmentName":"Ev"}) as unknown as TypedDocumentString<EvFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($query: String!, $first: Int, $kinds: [EntityKind!]) {
  searchHits(query: $query, first: $first, kinds: $kinds) {
    score
    entity {
      id
      name
      kind
      ... on Region {
        code
        level
        province {
          name
        }
      }
      ... on Official {
        titles
        place
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const EntityHeadDocument = new TypedDocumentString(`
    query EntityHead($id: ID!) {
  node(id: $id) {
    id
    ... on Entity {
      name
      kind
    }
    ... on Region {
      code
      level
      shortName
      parent {
        id
        name
      }
      province {
        id
        name
      }
      prefecture {
        id
        name
      }
    }
    ... on Official {
      titles
      place
    }
    ... on Program {
      category
      local
    }
    ... on Industry {
      category
      parent {
        id
        name
      }
      subtypes(first: 100) {
        id
        name
      }
    }
    ... on Organization {
      type
    }
    ... on Statistic {
      metric
      value
      year
      region {
        id
        name
      }
    }
    ... on Article {
      title
      source
      publishedAt
      file
    }
  }
}
    `) as unknown as TypedDocumentString<EntityHeadQuery, EntityHeadQueryVariables>;
export const RegionPeopleDocument = new TypedDocumentString(`
    query RegionPeople($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Region {
      children(first: 300) {
        id
        name
      }
      officials(first: $first) {
        title
        official {
          id
          name
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
      assists(first: $first) {
        helped {
          id
          name
          code
        }
        mechanism
        evidence {
          ...Ev
        }
        confidence
        support
      }
      assistedBy(first: $first) {
        helper {
          id
          name
          code
        }
        mechanism
        evidence {
          ...Ev
        }
        confidence
        support
      }
    }
  }
}
    fragment Ev on Evidence {
  sentence
  article {
    id
    title
    publishedAt
  }
}`) as unknown as TypedDocumentString<RegionPeopleQuery, RegionPeopleQueryVariables>;
export const RegionWorkDocument = new TypedDocumentString(`
    query RegionWork($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Region {
      implementations(first: $first) {
        program {
          id
          name
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
      developments(first: $first) {
        industry {
          id
          name
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
      reports(first: $first) {
        statistic {
          id
          metric
          value
          number
          unit
          year
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
    }
  }
}
    fragment Ev on Evidence {
  sentence
  article {
    id
    title
    publishedAt
  }
}`) as unknown as TypedDocumentString<RegionWorkQuery, RegionWorkQueryVariables>;
export const OfficialFactsDocument = new TypedDocumentString(`
    query OfficialFacts($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Official {
      roles(first: $first) {
        title
        region {
          id
          name
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
    }
  }
}
    fragment Ev on Evidence {
  sentence
  article {
    id
    title
    publishedAt
  }
}`) as unknown as TypedDocumentString<OfficialFactsQuery, OfficialFactsQueryVariables>;
export const IndustryFactsDocument = new TypedDocumentString(`
    query IndustryFacts($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Industry {
      developments(first: $first) {
        region {
          id
          name
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
      supports(first: $first) {
        program {
          id
          name
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
    }
  }
}
    fragment Ev on Evidence {
  sentence
  article {
    id
    title
    publishedAt
  }
}`) as unknown as TypedDocumentString<IndustryFactsQuery, IndustryFactsQueryVariables>;
export const ProgramFactsDocument = new TypedDocumentString(`
    query ProgramFacts($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Program {
      implementations(first: $first) {
        region {
          id
          name
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
      supports(first: $first) {
        industry {
          id
          name
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
    }
  }
}
    fragment Ev on Evidence {
  sentence
  article {
    id
    title
    publishedAt
  }
}`) as unknown as TypedDocumentString<ProgramFactsQuery, ProgramFactsQueryVariables>;
export const OtherFactsDocument = new TypedDocumentString(`
    query OtherFacts($id: ID!, $first: Int) {
  node(id: $id) {
    ... on Organization {
      operations(first: $first) {
        region {
          id
          name
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
    }
    ... on Statistic {
      reports(first: $first) {
        region {
          id
          name
        }
        evidence {
          ...Ev
        }
        confidence
        support
      }
    }
    ... on Article {
      mentions(first: 200) {
        id
        name
        kind
      }
    }
  }
}
    fragment Ev on Evidence {
  sentence
  article {
    id
    title
    publishedAt
  }
}`) as unknown as TypedDocumentString<OtherFactsQuery, OtherFactsQueryVariables>;
export const SimilarDocument = new TypedDocumentString(`
    query Similar($name: String!, $first: Int) {
  similarCounties(name: $name, first: $first) {
    score
    county {
      id
      name
    }
    sharedIndustries {
      name
    }
    sharedPrograms {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SimilarQuery, SimilarQueryVariables>;
export const NeighborhoodDocument = new TypedDocumentString(`
    query Neighborhood($id: ID!, $hops: Int, $limit: Int) {
  neighborhood(id: $id, hops: $hops, limit: $limit) {
    truncated
    nodes {
      id
      name
      kind
    }
    edges {
      type
      source
      target
      label
    }
  }
}
    `) as unknown as TypedDocumentString<NeighborhoodQuery, NeighborhoodQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!, $maxHops: Int) {
  shortestPath(from: $from, to: $to, maxHops: $maxHops) {
    length
    nodes {
      id
      name
      kind
    }
    relationships {
      type
      source
      target
      label
      evidence {
        ...Ev
      }
      confidence
    }
  }
}
    fragment Ev on Evidence {
  sentence
  article {
    id
    title
    publishedAt
  }
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const MetricsDocument = new TypedDocumentString(`
    query Metrics {
  metrics
}
    `) as unknown as TypedDocumentString<MetricsQuery, MetricsQueryVariables>;
export const MetricYearsDocument = new TypedDocumentString(`
    query MetricYears($metric: String!) {
  statisticComparison(metric: $metric, first: 1000) {
    year
  }
}
    `) as unknown as TypedDocumentString<MetricYearsQuery, MetricYearsQueryVariables>;
export const MetricPointsDocument = new TypedDocumentString(`
    query MetricPoints($metric: String!, $years: [String!], $first: Int) {
  statisticComparison(metric: $metric, years: $years, first: $first) {
    year
    value
    number
    region {
      id
      name
      code
      level
    }
  }
}
    `) as unknown as TypedDocumentString<MetricPointsQuery, MetricPointsQueryVariables>;
export const AssistanceDocument = new TypedDocumentString(`
    query Assistance($first: Int, $after: String) {
  relationships(type: ASSISTS, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      label
      start {
        __typename
        ... on Region {
          id
          name
          code
          level
        }
      }
      end {
        __typename
        ... on Region {
          id
          name
          code
          level
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AssistanceQuery, AssistanceQueryVariables>;
export const AnalyticsDocument = new TypedDocumentString(`
    query Analytics($by: Centrality, $first: Int) {
  analysis {
    analyzedAt
    stale
    modularity
  }
  topEntities(by: $by, first: $first) {
    score
    entity {
      id
      name
      kind
    }
  }
  topCounties: topEntities(kind: COUNTY, by: $by, first: 10) {
    entity {
      name
    }
  }
  communities(first: 6) {
    id
    size
    members(first: 8) {
      id
      name
      kind
    }
  }
  industryCooccurrence(first: 10) {
    count
    a {
      id
      name
    }
    b {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<AnalyticsQuery, AnalyticsQueryVariables>;
export const TopCountiesDocument = new TypedDocumentString(`
    query TopCounties {
  counties(first: 8, orderBy: {field: DEGREE, direction: DESC}) {
    nodes {
      id
      name
      province {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopCountiesQuery, TopCountiesQueryVariables>;
export const NodeRelationshipsDocument = new TypedDocumentString(`
    query NodeRelationships($type: RelationshipType!, $node: ID!, $direction: Direction, $first: Int, $after: String) {
  relationships(
    type: $type
    node: $node
    direction: $direction
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      label
      confidence
      support
      start {
        id
        name
      }
      end {
        id
        name
      }
      evidence {
        ...Ev
      }
    }
  }
}
    fragment Ev on Evidence {
  sentence
  article {
    id
    title
    publishedAt
  }
}`) as unknown as TypedDocumentString<NodeRelationshipsQuery, NodeRelationshipsQueryVariables>;