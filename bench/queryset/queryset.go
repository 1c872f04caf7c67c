// Package queryset is the benchmark's query set: each query as Tuopin's
// GraphQL, as the Neo4j GraphQL Library's GraphQL (bench/peer) and as
// hand-written Cypher (the floor), with functions that reduce each
// server's answer to one canonical value, so that the harness can check
// that all three return the same data before it times them.
//
// The parameters name entities of the seed articles (examples/articles), so
// the same set runs on the seeds alone (graph's db-hits test) and on the
// seeds plus synthetic articles (the benchmark).
package queryset

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
)

// Query is one request of the set in its three forms.
type Query struct {
	Name        string
	Description string

	// Tuopin's GraphQL and variables.
	Tuopin     string
	TuopinVars map[string]any
	// The peer's GraphQL and variables; PeerCypher says whether the peer
	// answers it with an @cypher field (no generated form exists).
	Peer       string
	PeerVars   map[string]any
	PeerCypher bool
	// The floor: one hand-written Cypher statement and its parameters.
	Cypher       string
	CypherParams map[string]any

	// Canonical forms: the "data" object of a GraphQL response, or the
	// floor's records (as maps, values decoded like JSON).
	FromTuopin func(data any) (any, error)
	FromPeer   func(data any) (any, error)
	FromCypher func(records []map[string]any) (any, error)
	// NonEmpty reports whether a canonical answer has data (a check that
	// the parameters still name something in the graph).
	NonEmpty func(canon any) bool
}

// Seed entities the parameters name.
const (
	County          = "延寿县"
	Industry        = "瓜果蔬菜" // developed by two seed counties only: a bounded fan-out
	ListIndustry    = "光伏"
	SearchText      = "延寿"
	PathFrom        = "220622-景山镇-崇礼村"
	PathTo          = "220622-龙泉镇-南阳村"
	HoodOfficialID  = "off:92e0e4b36ce9e0de290138c3" // 张洪岐, 延寿县
	ListFirst       = 10
	SearchFirst     = 10
	HoodLimit       = 50
	PathMaxHops     = 6
	traversed       = "SERVES_IN|PART_OF|IMPLEMENTS|DEVELOPS|SUPPORTS|SUBTYPE_OF|ASSISTS|REPORTED|OPERATES_IN"
	cypherIDOf      = "CASE WHEN %[1]s:Region THEN 'Region:' + %[1]s.code WHEN %[1]s:Industry THEN 'Industry:' + %[1]s.name WHEN %[1]s:Official THEN 'Official:' + %[1]s.id WHEN %[1]s:Program THEN 'Program:' + %[1]s.id WHEN %[1]s:Organization THEN 'Organization:' + %[1]s.id WHEN %[1]s:Statistic THEN 'Statistic:' + %[1]s.id ELSE 'Article:' + %[1]s.id END"
	cypherKindOf    = "CASE WHEN %[1]s:Region THEN toUpper(%[1]s.level) WHEN %[1]s:Official THEN 'OFFICIAL' WHEN %[1]s:Program THEN 'PROGRAM' WHEN %[1]s:Industry THEN 'INDUSTRY' WHEN %[1]s:Organization THEN 'ORGANIZATION' WHEN %[1]s:Statistic THEN 'STATISTIC' ELSE 'ARTICLE' END"
	cypherNameOf    = "CASE WHEN %[1]s:Statistic THEN %[1]s.metric + ' ' + %[1]s.value + CASE WHEN coalesce(%[1]s.year, '') = '' THEN '' ELSE ' (' + %[1]s.year + ')' END WHEN %[1]s:Article THEN %[1]s.title ELSE %[1]s.name END"
	cypherEntityMap = "{id: " + cypherIDOf + ", name: " + cypherNameOf + ", kind: " + cypherKindOf + "}"
)

func entityMap(v string) string { return fmt.Sprintf(cypherEntityMap, v) }
func idOf(v string) string      { return fmt.Sprintf(cypherIDOf, v) }

// All is the query set, in report order.
var All = []*Query{countyQuery, industryQuery, countiesQuery, searchQuery, pathQuery, hoodQuery}

// ByName returns the query called name, or nil.
func ByName(name string) *Query {
	for _, q := range All {
		if q.Name == name {
			return q
		}
	}
	return nil
}

// ---- county-2-levels --------------------------------------------------

var countyQuery = &Query{
	Name:        "county-2-levels",
	Description: "a county with its officials (and titles), programs and industries",
	Tuopin: `query County($name: String!) {
  county(name: $name) {
    name code
    officials { title official { name } }
    programs { name }
    industries { name }
  }
}`,
	TuopinVars: map[string]any{"name": County},
	Peer: `query County($name: String!) {
  regions(where: { name: { eq: $name }, level: { eq: "county" } }) {
    name code
    officialsConnection { edges { properties { title } node { name } } }
    programs { name }
    industries { name }
  }
}`,
	PeerVars: map[string]any{"name": County},
	Cypher: `MATCH (c:Region {name: $name}) WHERE c.level = 'county'
RETURN c.name AS name, c.code AS code,
       [(o:Official)-[s:SERVES_IN]->(c) | {title: s.title, name: o.name}] AS officials,
       [(c)-[:IMPLEMENTS]->(p:Program) | p.name] AS programs,
       [(c)-[:DEVELOPS]->(i:Industry) | i.name] AS industries`,
	CypherParams: map[string]any{"name": County},
	FromTuopin: func(data any) (any, error) {
		c := get(data, "county")
		return countyCanon(c, positions(get(c, "officials"), "title", "official", "name")), nil
	},
	FromPeer: func(data any) (any, error) {
		rs, _ := get(data, "regions").([]any)
		if len(rs) != 1 {
			return nil, fmt.Errorf("regions: %d results, want 1", len(rs))
		}
		return countyCanon(rs[0], edgePositions(get(rs[0], "officialsConnection"))), nil
	},
	FromCypher: func(recs []map[string]any) (any, error) {
		if len(recs) != 1 {
			return nil, fmt.Errorf("%d records, want 1", len(recs))
		}
		r := recs[0]
		return countyCanon(r, positions(r["officials"], "title", "", "name")), nil
	},
	NonEmpty: func(c any) bool {
		m := c.(map[string]any)
		return len(m["officials"].([]string)) > 0 && len(m["programs"].([]string)) > 0 && len(m["industries"].([]string)) > 0
	},
}

func countyCanon(c any, officials []string) map[string]any {
	return map[string]any{
		"name":       str(get(c, "name")),
		"code":       str(get(c, "code")),
		"officials":  officials,
		"programs":   names(get(c, "programs")),
		"industries": names(get(c, "industries")),
	}
}

// ---- industry-3-levels ------------------------------------------------

var industryQuery = &Query{
	Name:        "industry-3-levels",
	Description: "an industry, the regions developing it and their officials (fan-out)",
	Tuopin: `query Industry($id: ID!) {
  node(id: $id) {
    ... on Industry {
      name
      regions { name code officials { title official { name } } }
    }
  }
}`,
	TuopinVars: map[string]any{"id": "Industry:" + Industry},
	Peer: `query Industry($name: String!) {
  industries(where: { name: { eq: $name } }) {
    name
    regions { name code officialsConnection { edges { properties { title } node { name } } } }
  }
}`,
	PeerVars: map[string]any{"name": Industry},
	Cypher: `MATCH (i:Industry {name: $name})
RETURN i.name AS name,
       [(r:Region)-[:DEVELOPS]->(i) | {name: r.name, code: r.code,
          officials: [(o:Official)-[s:SERVES_IN]->(r) | {title: s.title, name: o.name}]}] AS regions`,
	CypherParams: map[string]any{"name": Industry},
	FromTuopin: func(data any) (any, error) {
		n := get(data, "node")
		return industryCanon(n, func(r any) []string { return positions(get(r, "officials"), "title", "official", "name") }), nil
	},
	FromPeer: func(data any) (any, error) {
		is, _ := get(data, "industries").([]any)
		if len(is) != 1 {
			return nil, fmt.Errorf("industries: %d results, want 1", len(is))
		}
		return industryCanon(is[0], func(r any) []string { return edgePositions(get(r, "officialsConnection")) }), nil
	},
	FromCypher: func(recs []map[string]any) (any, error) {
		if len(recs) != 1 {
			return nil, fmt.Errorf("%d records, want 1", len(recs))
		}
		return industryCanon(recs[0], func(r any) []string { return positions(get(r, "officials"), "title", "", "name") }), nil
	},
	NonEmpty: func(c any) bool {
		rs := c.(map[string]any)["regions"].([]any)
		return len(rs) > 0
	},
}

func industryCanon(n any, officials func(r any) []string) map[string]any {
	var regions []any
	list, _ := get(n, "regions").([]any)
	for _, r := range list {
		regions = append(regions, map[string]any{"name": str(get(r, "name")), "code": str(get(r, "code")), "officials": officials(r)})
	}
	slices.SortFunc(regions, func(a, b any) int {
		return cmp.Compare(a.(map[string]any)["code"].(string), b.(map[string]any)["code"].(string))
	})
	if regions == nil {
		regions = []any{}
	}
	return map[string]any{"name": str(get(n, "name")), "regions": regions}
}

// ---- counties-page ----------------------------------------------------

var countiesQuery = &Query{
	Name:        "counties-page",
	Description: "counties developing an industry, sorted by name, first page of 10, with totalCount",
	Tuopin: `query Counties($industry: String!, $first: Int!) {
  counties(first: $first, filter: { industry: $industry }, orderBy: { field: NAME, direction: ASC }) {
    totalCount
    edges { cursor node { name code } }
    pageInfo { hasNextPage endCursor }
  }
}`,
	TuopinVars: map[string]any{"industry": ListIndustry, "first": ListFirst},
	Peer: `query Counties($industry: String!, $first: Int!) {
  regionsConnection(
    first: $first
    where: { level: { eq: "county" }, industries: { some: { name: { eq: $industry } } } }
    sort: [{ name: ASC }, { code: ASC }]
  ) {
    totalCount
    edges { cursor node { name code } }
    pageInfo { hasNextPage endCursor }
  }
}`,
	PeerVars: map[string]any{"industry": ListIndustry, "first": ListFirst},
	Cypher: `MATCH (:Industry {name: $industry})<-[:DEVELOPS]-(n:Region) WHERE n.level = 'county'
WITH n ORDER BY n.name, n.code
WITH collect(n {.name, .code}) AS ns
RETURN size(ns) AS totalCount, ns[..$first] AS nodes, size(ns) > $first AS hasNextPage`,
	CypherParams: map[string]any{"industry": ListIndustry, "first": ListFirst},
	FromTuopin:   func(data any) (any, error) { return connectionCanon(get(data, "counties")), nil },
	FromPeer:     func(data any) (any, error) { return connectionCanon(get(data, "regionsConnection")), nil },
	FromCypher: func(recs []map[string]any) (any, error) {
		if len(recs) != 1 {
			return nil, fmt.Errorf("%d records, want 1", len(recs))
		}
		r := recs[0]
		var nodes []any
		for _, n := range list(r["nodes"]) {
			nodes = append(nodes, map[string]any{"name": str(get(n, "name")), "code": str(get(n, "code"))})
		}
		if nodes == nil {
			nodes = []any{}
		}
		return map[string]any{"totalCount": num(r["totalCount"]), "nodes": nodes, "hasNextPage": r["hasNextPage"] == true}, nil
	},
	NonEmpty: func(c any) bool { return c.(map[string]any)["totalCount"].(float64) > 0 },
}

// connectionCanon keeps what both servers define the same way: the count,
// the nodes in order and whether a next page exists (cursors differ by
// design: keyset in Tuopin, offsets in the peer).
func connectionCanon(c any) map[string]any {
	nodes := []any{}
	for _, e := range list(get(c, "edges")) {
		n := get(e, "node")
		nodes = append(nodes, map[string]any{"name": str(get(n, "name")), "code": str(get(n, "code"))})
	}
	return map[string]any{"totalCount": num(get(c, "totalCount")), "nodes": nodes, "hasNextPage": get(c, "pageInfo", "hasNextPage") == true}
}

// ---- search -----------------------------------------------------------

var searchCypher = `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WITH node, score LIMIT 50
WITH node, score + CASE WHEN node.name = $query OR node.shortName = $query THEN 100.0 ELSE 0.0 END AS rank
ORDER BY rank DESC, node.name LIMIT $first
RETURN ` + entityMap("node") + ` AS hit`

var searchQuery = &Query{
	Name:        "search",
	Description: "full-text search over every entity kind, exact names first, first 10",
	Tuopin: `query Search($query: String!, $first: Int!) {
  search(query: $query, first: $first) { id name kind }
}`,
	TuopinVars: map[string]any{"query": SearchText, "first": SearchFirst},
	Peer: `query Search($query: String!, $first: Int!) {
  search(query: $query, first: $first) { id name kind }
}`,
	PeerVars:     map[string]any{"query": SearchText, "first": SearchFirst},
	PeerCypher:   true,
	Cypher:       searchCypher,
	CypherParams: map[string]any{"query": SearchText, "first": SearchFirst},
	FromTuopin:   func(data any) (any, error) { return entityList(get(data, "search")), nil },
	FromPeer:     func(data any) (any, error) { return entityList(get(data, "search")), nil },
	FromCypher: func(recs []map[string]any) (any, error) {
		hits := make([]any, len(recs))
		for i, r := range recs {
			hits[i] = r["hit"]
		}
		return entityList(hits), nil
	},
	NonEmpty: func(c any) bool { return len(c.([]any)) > 0 },
}

// entityList keeps id, name and kind of each entity, in order.
func entityList(v any) []any {
	out := []any{}
	for _, e := range list(v) {
		out = append(out, str(get(e, "id"))+" "+str(get(e, "name"))+" "+str(get(e, "kind")))
	}
	return out
}

// ---- shortest-path ----------------------------------------------------

// pathCypher is the floor; the peer's @cypher field is the same statement
// behind a lookup of each end by its global id (bench/peer/typeDefs.graphql).
var pathCypher = `MATCH (a:Region {code: $from}), (b:Region {code: $to})
MATCH p = shortestPath((a)-[:` + traversed + `*..6]-(b))
WHERE a <> b
WITH p LIMIT 1
RETURN length(p) AS length,
       [n IN nodes(p) | ` + entityMap("n") + `] AS nodes,
       [r IN relationships(p) | {type: type(r), source: ` + idOf("startNode(r)") + `, target: ` + idOf("endNode(r)") + `}] AS relationships`

var pathQuery = &Query{
	Name:        "shortest-path",
	Description: "one shortest path between two villages of a county (through its towns and the county)",
	Tuopin: `query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, maxHops: 6) {
    length
    nodes { id name kind }
    relationships { type source target }
  }
}`,
	TuopinVars: map[string]any{"from": "Region:" + PathFrom, "to": "Region:" + PathTo},
	Peer: `query Path($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) {
    length
    nodes { id name kind }
    relationships { type source target }
  }
}`,
	PeerVars:     map[string]any{"from": "Region:" + PathFrom, "to": "Region:" + PathTo},
	PeerCypher:   true,
	Cypher:       pathCypher,
	CypherParams: map[string]any{"from": PathFrom, "to": PathTo},
	FromTuopin:   func(data any) (any, error) { return pathCanon(get(data, "shortestPath")), nil },
	FromPeer:     func(data any) (any, error) { return pathCanon(get(data, "shortestPath")), nil },
	FromCypher: func(recs []map[string]any) (any, error) {
		if len(recs) != 1 {
			return nil, fmt.Errorf("%d records, want 1", len(recs))
		}
		return pathCanon(recs[0]), nil
	},
	NonEmpty: func(c any) bool { return c.(map[string]any)["length"].(float64) > 0 },
}

func pathCanon(p any) map[string]any {
	rels := []any{}
	for _, r := range list(get(p, "relationships")) {
		rels = append(rels, str(get(r, "source"))+" "+str(get(r, "type"))+" "+str(get(r, "target")))
	}
	return map[string]any{"length": num(get(p, "length")), "nodes": entityList(get(p, "nodes")), "relationships": rels}
}

// ---- neighborhood-2-hops ----------------------------------------------

// hoodCypher is the floor: the same breadth-first order as Tuopin (per hop,
// by name then element id), capped at $limit nodes.
var hoodCypher = `MATCH (c:Official {id: $id})
CALL (c) {
  MATCH (c)-[:` + traversed + `]-(b) WHERE b <> c
  WITH DISTINCT b ORDER BY coalesce(b.name, b.metric), elementId(b)
  RETURN collect(b) AS hop1
}
CALL (c, hop1) {
  UNWIND hop1 AS a
  MATCH (a)-[:` + traversed + `]-(b) WHERE b <> c AND NOT b IN hop1
  WITH DISTINCT b ORDER BY coalesce(b.name, b.metric), elementId(b)
  RETURN collect(b) AS hop2
}
WITH [c] + hop1 + hop2 AS around
WITH around[..$limit] AS ns, size(around) > $limit AS truncated
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r:` + traversed + `]->(b) WHERE b IN ns
  RETURN collect({type: type(r), source: ` + idOf("a") + `, target: ` + idOf("b") + `}) AS edges
}
RETURN truncated, [n IN ns | ` + entityMap("n") + `] AS nodes, edges`

var hoodQuery = &Query{
	Name:        "neighborhood-2-hops",
	Description: "the nodes within two hops of an official and the relationships among them, at most 50 nodes",
	Tuopin: `query Hood($id: ID!, $limit: Int!) {
  neighborhood(id: $id, hops: 2, limit: $limit) {
    truncated
    nodes { id name kind }
    edges { type source target }
  }
}`,
	TuopinVars: map[string]any{"id": "Official:" + HoodOfficialID, "limit": HoodLimit},
	Peer: `query Hood($id: ID!, $limit: Int!) {
  neighborhood(id: $id, limit: $limit) {
    truncated
    nodes { id name kind }
    edges { type source target }
  }
}`,
	PeerVars:     map[string]any{"id": "Official:" + HoodOfficialID, "limit": HoodLimit},
	PeerCypher:   true,
	Cypher:       hoodCypher,
	CypherParams: map[string]any{"id": HoodOfficialID, "limit": HoodLimit},
	FromTuopin:   func(data any) (any, error) { return hoodCanon(get(data, "neighborhood")), nil },
	FromPeer:     func(data any) (any, error) { return hoodCanon(get(data, "neighborhood")), nil },
	FromCypher: func(recs []map[string]any) (any, error) {
		if len(recs) != 1 {
			return nil, fmt.Errorf("%d records, want 1", len(recs))
		}
		return hoodCanon(recs[0]), nil
	},
	NonEmpty: func(c any) bool { return len(c.(map[string]any)["nodes"].([]any)) > 1 },
}

// hoodCanon keeps the nodes in order (nearest first, by name) and the edges
// as a sorted set.
func hoodCanon(g any) map[string]any {
	edges := []string{}
	for _, e := range list(get(g, "edges")) {
		edges = append(edges, str(get(e, "source"))+" "+str(get(e, "type"))+" "+str(get(e, "target")))
	}
	slices.Sort(edges)
	return map[string]any{"truncated": get(g, "truncated") == true, "nodes": entityList(get(g, "nodes")), "edges": edges}
}

// ---- helpers over decoded JSON ----------------------------------------

// get walks objects by key.
func get(v any, path ...string) any {
	for _, k := range path {
		m, _ := v.(map[string]any)
		v = m[k]
	}
	return v
}

func list(v any) []any { l, _ := v.([]any); return l }

func str(v any) string { s, _ := v.(string); return s }

// num returns a JSON number (or a driver integer) as float64.
func num(v any) float64 {
	switch n := v.(type) {
	case float64:
		return n
	case int64:
		return float64(n)
	case int:
		return float64(n)
	case json.Number:
		f, _ := n.Float64()
		return f
	}
	return -1
}

// names returns the sorted "name" fields of a list of objects (or a list of strings).
func names(v any) []string {
	out := []string{}
	for _, x := range list(v) {
		if s, ok := x.(string); ok {
			out = append(out, s)
		} else {
			out = append(out, str(get(x, "name")))
		}
	}
	slices.Sort(out)
	return out
}

// positions renders a list of {title, <official>.name} as sorted
// "title|name" strings; official "" means name sits beside title.
func positions(v any, title, official, name string) []string {
	out := []string{}
	for _, p := range list(v) {
		o := p
		if official != "" {
			o = get(p, official)
		}
		out = append(out, str(get(p, title))+"|"+str(get(o, name)))
	}
	slices.Sort(out)
	return out
}

// edgePositions renders a peer connection {edges {properties {title} node {name}}}.
func edgePositions(c any) []string {
	out := []string{}
	for _, e := range list(get(c, "edges")) {
		out = append(out, str(get(e, "properties", "title"))+"|"+str(get(e, "node", "name")))
	}
	slices.Sort(out)
	return out
}

// Equal compares two canonical values; when they differ it returns a short
// description of the first difference.
func Equal(a, b any) (bool, string) {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) == string(jb) {
		return true, ""
	}
	return false, firstDiff(string(ja), string(jb))
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	clip := func(s string) string {
		end := min(len(s), i+120)
		return strings.ToValidUTF8(s[from:end], "")
	}
	return fmt.Sprintf("at byte %d:\n    %s\n vs %s", i, clip(a), clip(b))
}
