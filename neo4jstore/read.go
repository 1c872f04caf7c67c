package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
)

var _ kg.Reader = (*Store)(nil)

// keyProp is the key property of each label (kg.Nodes).
var keyProp = func() map[string]string {
	m := make(map[string]string, len(kg.Nodes))
	for _, n := range kg.Nodes {
		m[n.Label] = n.Key
	}
	return m
}()

// entityLabels are the labels Entities and Snapshot read, in a fixed order.
var entityLabels = kg.Labels()

// traversed are the relationship types paths and neighbourhoods follow
// (kg.RelType.Traversed), as a Cypher type alternation.
var traversed = strings.Join(kg.TraversedTypes(), "|")

// searchKind is a Cypher expression of a full-text hit's kind, for the
// searchable labels: the one kind of a label, or a region's level.
var searchKind = kindExpr("node", true)

// kindExpr is a Cypher expression of the entity kind of node variable v:
// the one kind of its label, or a region's level; of the searchable labels
// only when searchable is set.
func kindExpr(v string, searchable bool) string {
	var b strings.Builder
	b.WriteString("CASE")
	for _, n := range kg.Nodes {
		if searchable && !n.Searchable {
			continue
		}
		if len(n.Kinds) == 1 {
			fmt.Fprintf(&b, " WHEN %s:%s THEN '%s'", v, n.Label, n.Kinds[0])
		} else {
			fmt.Fprintf(&b, " WHEN %s:%s THEN toUpper(%s.level)", v, n.Label, v)
		}
	}
	b.WriteString(" END")
	return b.String()
}

// keyExpr is a Cypher expression of the key of node variable v, whose
// label is label ("": any entity, by a CASE over kg.Nodes).
func keyExpr(v, label string) string {
	if label != "" {
		return v + "." + keyProp[label]
	}
	var b strings.Builder
	b.WriteString("CASE")
	for _, n := range kg.Nodes {
		fmt.Fprintf(&b, " WHEN %s:%s THEN %s.%s", v, n.Label, v, n.Key)
	}
	b.WriteString(" END")
	return b.String()
}

// RegionByName implements kg.Reader.
func (s *Store) RegionByName(ctx context.Context, name, level string) (*kg.Region, error) {
	const q = `
		MATCH (r:Region) WHERE r.name = $name OR r.shortName = $name
		WITH r WHERE $level = '' OR r.level = $level
		RETURN r ORDER BY CASE WHEN r.name = $name THEN 0 ELSE 1 END, r.code LIMIT 1`
	return query(ctx, s, "RegionByName", func(tx runner) (*kg.Region, error) {
		res, err := tx.Run(ctx, q, map[string]any{"name": name, "level": level})
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			if level != "" {
				return nil, kg.Errorf(kg.ENOTFOUND, "no %s named %q", level, name)
			}
			return nil, kg.Errorf(kg.ENOTFOUND, "no region named %q", name)
		}
		e, err := entityAt(recs[0], "r")
		if err != nil {
			return nil, err
		}
		return e.(*kg.Region), nil
	})
}

// entitiesQuery looks up nodes of every label by key, one index seek each.
var entitiesQuery = func() string {
	var parts []string
	for _, l := range entityLabels {
		parts = append(parts, fmt.Sprintf("UNWIND $%s AS k MATCH (n:%s {%s: k}) RETURN n", l, l, keyProp[l]))
	}
	return "CALL {\n" + strings.Join(parts, "\nUNION ALL\n") + "\n} RETURN n"
}()

// Entities implements kg.Reader.
func (s *Store) Entities(ctx context.Context, refs []kg.Ref) ([]kg.Entity, error) {
	params := map[string]any{}
	for _, l := range entityLabels {
		params[l] = []any{}
	}
	for _, r := range refs {
		if _, ok := keyProp[r.Label]; !ok {
			return nil, kg.Errorf(kg.EINVALID, "unknown label %q", r.Label)
		}
		params[r.Label] = append(params[r.Label].([]any), r.Key)
	}
	return query(ctx, s, "Entities", func(tx runner) ([]kg.Entity, error) {
		found, err := collectEntities(ctx, tx, entitiesQuery, params, "n")
		if err != nil {
			return nil, err
		}
		byRef := map[kg.Ref]kg.Entity{}
		for _, e := range found {
			byRef[e.EntityRef()] = e
		}
		res := make([]kg.Entity, len(refs))
		for i, r := range refs {
			res[i] = byRef[r]
		}
		return res, nil
	})
}

func collectEntities(ctx context.Context, tx runner, q string, params map[string]any, key string) ([]kg.Entity, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	var out []kg.Entity
	for res.Next(ctx) {
		e, err := entityAt(res.Record(), key)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, res.Err()
}

// nearLabel is the label of the nodes a spec's relationships are read
// from: the start label for Out, else the end label (for MENTIONS, the
// spec's own label).
func nearLabel(spec kg.LinkSpec) (string, error) {
	from, to, ok := kg.Endpoints(spec.Type)
	switch {
	case !ok:
		return "", kg.Errorf(kg.EINVALID, "unknown relationship type %q", spec.Type)
	case spec.Out:
		return from, nil
	case spec.Type == kg.RelMentions:
		return spec.Label, nil
	}
	return to, nil
}

// Links implements kg.Reader: a planned read of one level.
func (s *Store) Links(ctx context.Context, spec kg.LinkSpec, keys []string) ([][]*kg.Link, error) {
	label, err := nearLabel(spec)
	if err != nil {
		return nil, err
	}
	f, err := s.fetch(ctx, "Links:"+spec.Type, kg.Root{Label: label, Keys: keys}, &kg.Plan{Links: []kg.PlanLink{{Spec: spec}}})
	if err != nil {
		return nil, err
	}
	out := make([][]*kg.Link, len(keys))
	for i, k := range keys {
		ls := f.Links[kg.LinkKey{Spec: spec, Key: k}]
		if ls == nil {
			ls = []*kg.Link{}
		}
		out[i] = ls
	}
	return out, nil
}

// escapeLucene quotes the characters the full-text query parser treats as
// syntax, so user text is always searched literally.
func escapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Search implements kg.Reader. Exact matches of a name or short name
// rank first, then the index's relevance.
//
// A query with a term of one Han character searches entity_search_chars
// (each character a word), any other entity_search (the cjk analyzer's
// bigrams). With kinds, the hits are filtered after the index's best
// $scan: when that leaves fewer than first and the index holds more, the
// scan grows (×8, at most maxSearchScan), so a rare kind among many
// matches of another is still found.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	// The kind filter is in the statement only when kinds are given.
	kindFilter := ""
	if len(q.Kinds) > 0 {
		kindFilter = `

		WITH node, score, ` + searchKind + ` AS kind
		WHERE kind IN $kinds`
	}
	cypher := `
		CALL db.index.fulltext.queryNodes($index, $q, {limit: $scan}) YIELD node, score` + kindFilter + `
		RETURN node, score + CASE WHEN node.name = $raw OR node.shortName = $raw THEN 100.0 ELSE 0.0 END AS score
		ORDER BY score DESC, node.name LIMIT $first`
	// Lower case too, so AND, OR and NOT are words, not operators (the
	// analyzer lower-cases the index anyway).
	terms := strings.Fields(escapeLucene(strings.ToLower(q.Query)))
	if len(terms) == 0 {
		return []kg.SearchHit{}, nil
	}
	index := searchIndex(terms)
	params := map[string]any{"index": index, "q": strings.Join(terms, " "), "raw": q.Query, "first": q.First}
	if len(q.Kinds) > 0 {
		kinds := make([]any, len(q.Kinds))
		for i, k := range q.Kinds {
			kinds[i] = k
		}
		params["kinds"] = kinds
	}
	for scan := max(q.First*5, 50); ; scan *= 8 {
		scan = min(scan, maxSearchScan)
		params["scan"] = scan
		hits, err := query(ctx, s, "Search", func(tx runner) ([]kg.SearchHit, error) {
			res, err := tx.Run(ctx, cypher, params)
			if err != nil {
				return nil, err
			}
			hits := []kg.SearchHit{}
			for res.Next(ctx) {
				e, err := entityAt(res.Record(), "node")
				if err != nil {
					return nil, err
				}
				score, _, err := neo4j.GetRecordValue[float64](res.Record(), "score")
				if err != nil {
					return nil, err
				}
				hits = append(hits, kg.SearchHit{Entity: e, Score: score})
			}
			return hits, res.Err()
		})
		if err != nil || len(hits) >= q.First || len(q.Kinds) == 0 || scan >= maxSearchScan {
			return hits, err
		}
		more, err := query(ctx, s, "Search", func(tx runner) (bool, error) {
			res, err := tx.Run(ctx, `CALL db.index.fulltext.queryNodes($index, $q, {skip: $scan, limit: 1}) YIELD node RETURN count(node) > 0 AS more`, params)
			if err != nil {
				return false, err
			}
			rec, err := res.Single(ctx)
			if err != nil {
				return false, err
			}
			more, _, err := neo4j.GetRecordValue[bool](rec, "more")
			return more, err
		})
		if err != nil || !more {
			return hits, err
		}
	}
}

// maxSearchScan bounds how many index hits a kind-filtered search reads.
const maxSearchScan = 25600

// searchIndex names the full-text index for a query's terms.
func searchIndex(terms []string) string {
	for _, t := range terms {
		if rs := []rune(t); len(rs) == 1 && unicode.Is(unicode.Han, rs[0]) {
			return "entity_search_chars"
		}
	}
	return "entity_search"
}

func matchRef(v string, r kg.Ref) (string, error) {
	k, ok := keyProp[r.Label]
	if !ok {
		return "", kg.Errorf(kg.EINVALID, "unknown label %q", r.Label)
	}
	return "(" + v + ":" + r.Label + " {" + k + ": $" + v + "})", nil
}

// edgeColumn projects relationship r for paths and neighbourhoods: the
// element ids of its ends, its type and its properties.
func edgeColumn(r string, evidence bool) string {
	return "[elementId(startNode(" + r + ")), type(" + r + "), " + relProjection(r, evidence) + ", elementId(endNode(" + r + "))]"
}

// edgeOf decodes an edgeColumn value, with the ends looked up by element id.
func edgeOf(v any, byID map[string]kg.Entity) (*kg.Link, error) {
	t, _ := v.([]any)
	if len(t) != 4 {
		return nil, fmt.Errorf("edge: %v", v)
	}
	a, _ := t[0].(string)
	typ, _ := t[1].(string)
	b, _ := t[3].(string)
	from, to := byID[a], byID[b]
	if from == nil || to == nil {
		return nil, fmt.Errorf("edge %s: ends %q and %q not among the nodes read", typ, a, b)
	}
	return linkOf(typ, t[2], from, to)
}

// ShortestPaths implements kg.Reader.
func (s *Store) ShortestPaths(ctx context.Context, from, to kg.Ref, maxHops int, all bool, limit int, evidence bool) ([]kg.Path, error) {
	if maxHops < 1 || maxHops > 15 {
		return nil, kg.Errorf(kg.EINVALID, "maxHops must be between 1 and 15")
	}
	ma, err := matchRef("a", from)
	if err != nil {
		return nil, err
	}
	mb, err := matchRef("b", to)
	if err != nil {
		return nil, err
	}
	fn := "shortestPath"
	if all {
		fn = "allShortestPaths"
	}
	// The hop bound is an integer checked above; labels and keys come from
	// fixed tables; the keys themselves are parameters.
	q := "OPTIONAL MATCH " + ma + " OPTIONAL MATCH " + mb + `
		WITH a, b
		OPTIONAL MATCH p = ` + fn + `((a)-[:` + traversed + `*..` + strconv.Itoa(maxHops) + `]-(b))
		WHERE a <> b
		WITH a, b, p LIMIT $limit
		RETURN a IS NOT NULL AS hasA, b IS NOT NULL AS hasB, a,
		       [n IN nodes(p) | n] AS ns, [r IN relationships(p) | ` + edgeColumn("r", evidence) + `] AS rs`
	return query(ctx, s, "ShortestPaths", func(tx runner) ([]kg.Path, error) {
		res, err := tx.Run(ctx, q, map[string]any{"a": from.Key, "b": to.Key, "limit": limit})
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, kg.Errorf(kg.ENOTFOUND, "no node %s", from)
		}
		if ok, _, _ := neo4j.GetRecordValue[bool](recs[0], "hasA"); !ok {
			return nil, kg.Errorf(kg.ENOTFOUND, "no node %s", from)
		}
		if ok, _, _ := neo4j.GetRecordValue[bool](recs[0], "hasB"); !ok {
			return nil, kg.Errorf(kg.ENOTFOUND, "no node %s", to)
		}
		if from == to {
			e, err := entityAt(recs[0], "a")
			if err != nil {
				return nil, err
			}
			return []kg.Path{{Nodes: []kg.Entity{e}, Links: []*kg.Link{}}}, nil
		}
		paths := []kg.Path{}
		for _, rec := range recs {
			ns, isNil, err := neo4j.GetRecordValue[[]any](rec, "ns")
			if err != nil {
				return nil, err
			}
			if isNil {
				continue
			}
			rs, _, err := neo4j.GetRecordValue[[]any](rec, "rs")
			if err != nil {
				return nil, err
			}
			kp, err := pathOf(ns, rs)
			if err != nil {
				return nil, err
			}
			paths = append(paths, kp)
		}
		if evidence {
			err := fillSentences(ctx, tx, func(yield func(*kg.Link) bool) {
				for _, p := range paths {
					for _, l := range p.Links {
						if !yield(l) {
							return
						}
					}
				}
			})
			if err != nil {
				return nil, err
			}
		}
		return paths, nil
	})
}

func pathOf(ns, rs []any) (kg.Path, error) {
	nodes, links, err := graphOf(ns, rs)
	return kg.Path{Nodes: nodes, Links: links}, err
}

// graphOf decodes the nodes and edgeColumn values of a path or a
// neighbourhood: the edges' ends are looked up among the nodes.
func graphOf(ns, rs []any) ([]kg.Entity, []*kg.Link, error) {
	byID := make(map[string]kg.Entity, len(ns))
	nodes, links := make([]kg.Entity, 0, len(ns)), make([]*kg.Link, 0, len(rs))
	for _, v := range ns {
		n, ok := v.(neo4j.Node)
		if !ok {
			return nil, nil, fmt.Errorf("graph: node of %T", v)
		}
		e, err := entityOf(n)
		if err != nil {
			return nil, nil, err
		}
		byID[n.ElementId] = e
		nodes = append(nodes, e)
	}
	for _, v := range rs {
		l, err := edgeOf(v, byID)
		if err != nil {
			return nil, nil, err
		}
		links = append(links, l)
	}
	return nodes, links, nil
}

// sortByEnds orders links by source id, type and target id, each id made
// once rather than at every comparison.
func sortByEnds(links []*kg.Link) {
	type keyed struct {
		source, target string
		l              *kg.Link
	}
	ks := make([]keyed, len(links))
	for i, l := range links {
		ks[i] = keyed{l.SourceID(), l.TargetID(), l}
	}
	slices.SortStableFunc(ks, func(x, y keyed) int {
		return cmp.Or(cmp.Compare(x.source, y.source), cmp.Compare(x.l.Type, y.l.Type), cmp.Compare(x.target, y.target))
	})
	for i, k := range ks {
		links[i] = k.l
	}
}

// neighborhoodQuery is the breadth-first search of Neighborhood as one
// statement: one CALL per hop (hops is a checked integer, 1 to 3), each
// hop's new nodes by name then element id and at most $limit of them; a
// hop is skipped once the nodes so far exceed the limit. Then the edges
// among the first $limit nodes.
func neighborhoodQuery(match string, hops int, evidence bool) string {
	const order = "ORDER BY coalesce(b.name, b.metric), elementId(b) LIMIT $limit"
	var b strings.Builder
	b.WriteString("MATCH " + match + "\n")
	prev := []string{}
	for h := 1; h <= hops; h++ {
		hv := "h" + strconv.Itoa(h)
		scope := strings.Join(append([]string{"c"}, prev...), ", ")
		if h == 1 {
			b.WriteString("CALL (c) {\n  MATCH (c)-[:" + traversed + "]-(b) WHERE b <> c\n")
		} else {
			last := prev[len(prev)-1]
			fmt.Fprintf(&b, "CALL (%s) {\n  UNWIND CASE WHEN 1 + %s > $limit THEN [] ELSE %s END AS a\n", scope, sizes(prev), last)
			b.WriteString("  MATCH (a)-[:" + traversed + "]-(b) WHERE b <> c")
			for _, p := range prev {
				b.WriteString(" AND NOT b IN " + p)
			}
			b.WriteString("\n")
		}
		b.WriteString("  WITH DISTINCT b " + order + "\n  RETURN collect(b) AS " + hv + "\n}\n")
		prev = append(prev, hv)
	}
	b.WriteString("WITH [c] + " + strings.Join(prev, " + ") + " AS around\n")
	b.WriteString("WITH around[..$limit] AS ns, size(around) > $limit AS truncated\n")
	b.WriteString("CALL (ns) {\n  UNWIND ns AS a\n  MATCH (a)-[r:" + traversed + "]->(b) WHERE b IN ns\n  RETURN collect(" +
		edgeColumn("r", evidence) + ") AS edges\n}\nRETURN truncated, ns, edges")
	return b.String()
}

func sizes(vs []string) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = "size(" + v + ")"
	}
	return strings.Join(parts, " + ")
}

// Neighborhood implements kg.Reader: a breadth-first search in one statement.
func (s *Store) Neighborhood(ctx context.Context, center kg.Ref, hops, limit int, evidence bool) (*kg.Subgraph, error) {
	if hops < 1 || hops > 3 {
		return nil, kg.Errorf(kg.EINVALID, "hops must be between 1 and 3")
	}
	mc, err := matchRef("c", center)
	if err != nil {
		return nil, err
	}
	q := neighborhoodQuery(mc, hops, evidence)
	return query(ctx, s, "Neighborhood", func(tx runner) (*kg.Subgraph, error) {
		res, err := tx.Run(ctx, q, map[string]any{"c": center.Key, "limit": limit})
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, kg.Errorf(kg.ENOTFOUND, "no node %s", center)
		}
		rec := recs[0]
		ns, _, err := neo4j.GetRecordValue[[]any](rec, "ns")
		if err != nil {
			return nil, err
		}
		edges, _, err := neo4j.GetRecordValue[[]any](rec, "edges")
		if err != nil {
			return nil, err
		}
		truncated, _, err := neo4j.GetRecordValue[bool](rec, "truncated")
		if err != nil {
			return nil, err
		}
		nodes, links, err := graphOf(ns, edges)
		if err != nil {
			return nil, err
		}
		sortByEnds(links)
		if evidence {
			if err := fillSentences(ctx, tx, linksOf(links)); err != nil {
				return nil, err
			}
		}
		return &kg.Subgraph{Nodes: nodes, Links: links, Truncated: truncated}, nil
	})
}
