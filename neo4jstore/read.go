package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	kg "github.com/tuopin/tuopin"
)

var _ kg.Reader = (*Store)(nil)

// keyProp is the key property of each label (docs/graph-model.md).
var keyProp = map[string]string{
	kg.LabelRegion:       "code",
	kg.LabelOfficial:     "id",
	kg.LabelProgram:      "id",
	kg.LabelIndustry:     "name",
	kg.LabelOrganization: "id",
	kg.LabelStatistic:    "id",
	kg.LabelArticle:      "id",
}

// entityLabels are the labels Entities and Snapshot read, in a fixed order.
var entityLabels = []string{kg.LabelRegion, kg.LabelOfficial, kg.LabelProgram, kg.LabelIndustry,
	kg.LabelOrganization, kg.LabelStatistic, kg.LabelArticle}

// traversed are the relationship types paths and neighbourhoods follow:
// facts and structure, not MENTIONS (every article would be a shortcut).
const traversed = "SERVES_IN|PART_OF|IMPLEMENTS|DEVELOPS|SUPPORTS|SUBTYPE_OF|ASSISTS|REPORTED|OPERATES_IN"

// RegionByName implements kg.Reader.
func (s *Store) RegionByName(ctx context.Context, name, level string) (*kg.Region, error) {
	const q = `
		MATCH (r:Region) WHERE r.name = $name OR r.shortName = $name
		WITH r WHERE $level = '' OR r.level = $level
		RETURN r ORDER BY CASE WHEN r.name = $name THEN 0 ELSE 1 END, r.code LIMIT 1`
	return read(ctx, s, "RegionByName", func(tx neo4j.ManagedTransaction) (*kg.Region, error) {
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
		n, _, err := neo4j.GetRecordValue[neo4j.Node](recs[0], "r")
		if err != nil {
			return nil, err
		}
		e, err := entityOf(n)
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
	return read(ctx, s, "Entities", func(tx neo4j.ManagedTransaction) ([]kg.Entity, error) {
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

func collectEntities(ctx context.Context, tx neo4j.ManagedTransaction, q string, params map[string]any, key string) ([]kg.Entity, error) {
	res, err := tx.Run(ctx, q, params)
	if err != nil {
		return nil, err
	}
	var out []kg.Entity
	for res.Next(ctx) {
		n, _, err := neo4j.GetRecordValue[neo4j.Node](res.Record(), key)
		if err != nil {
			return nil, err
		}
		e, err := entityOf(n)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, res.Err()
}

// linkQuery returns the Cypher of one LinkSpec, built from fixed labels
// and types only: one row per key with the key's node (once) and the
// [relationship, far node] pairs.
func linkQuery(spec kg.LinkSpec) (string, error) {
	from, to, ok := kg.Endpoints(spec.Type)
	if !ok {
		return "", kg.Errorf(kg.EINVALID, "unknown relationship type %q", spec.Type)
	}
	if spec.Type == kg.RelMentions && !spec.Out {
		to = spec.Label
		if _, ok := keyProp[to]; !ok || to == kg.LabelArticle {
			return "", kg.Errorf(kg.EINVALID, "MENTIONS of %q", spec.Label)
		}
	}
	a, b := "(a:"+from+")", "(b:"+to+")"
	if to == "" {
		b = "(b)"
	}
	var anchor, rest, far string
	if spec.Out {
		anchor, rest, far = "(a:"+from+" {"+keyProp[from]+": k})", "(a)-[r:"+spec.Type+"]->"+b, "b"
	} else {
		anchor, rest, far = "(b:"+to+" {"+keyProp[to]+": k})", a+"-[r:"+spec.Type+"]->(b)", "a"
	}
	near := "a"
	if !spec.Out {
		near = "b"
	}
	return "UNWIND $keys AS k MATCH " + anchor + " RETURN k, " + near + " AS n, COLLECT { MATCH " + rest + " RETURN [r, " + far + "] } AS rbs", nil
}

// Links implements kg.Reader.
func (s *Store) Links(ctx context.Context, spec kg.LinkSpec, keys []string) ([][]*kg.Link, error) {
	q, err := linkQuery(spec)
	if err != nil {
		return nil, err
	}
	return read(ctx, s, "Links:"+spec.Type, func(tx neo4j.ManagedTransaction) ([][]*kg.Link, error) {
		res, err := tx.Run(ctx, q, map[string]any{"keys": keys})
		if err != nil {
			return nil, err
		}
		byKey := map[string][]*kg.Link{}
		for res.Next(ctx) {
			rec := res.Record()
			k, _, err := neo4j.GetRecordValue[string](rec, "k")
			if err != nil {
				return nil, err
			}
			ls, err := linksOf(rec, spec.Out)
			if err != nil {
				return nil, err
			}
			byKey[k] = append(byKey[k], ls...)
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		out := make([][]*kg.Link, len(keys))
		for i, k := range keys {
			ls := byKey[k]
			if ls == nil {
				ls = []*kg.Link{}
			}
			slices.SortStableFunc(ls, func(x, y *kg.Link) int {
				ox, oy := x.From, y.From
				if spec.Out {
					ox, oy = x.To, y.To
				}
				return cmp.Or(cmp.Compare(ox.EntityName(), oy.EntityName()), cmp.Compare(ox.EntityRef().Key, oy.EntityRef().Key))
			})
			out[i] = ls
		}
		return out, nil
	})
}

// linksOf decodes a row of linkQuery: the key's node n and its
// [relationship, far node] pairs; out says whether n is the start node.
func linksOf(rec *neo4j.Record, out bool) ([]*kg.Link, error) {
	n, _, err := neo4j.GetRecordValue[neo4j.Node](rec, "n")
	if err != nil {
		return nil, err
	}
	near, err := entityOf(n)
	if err != nil {
		return nil, err
	}
	pairs, _, err := neo4j.GetRecordValue[[]any](rec, "rbs")
	if err != nil {
		return nil, err
	}
	ls := make([]*kg.Link, 0, len(pairs))
	for _, p := range pairs {
		rb, _ := p.([]any)
		if len(rb) != 2 {
			return nil, fmt.Errorf("links: pair %v", p)
		}
		r, ok1 := rb[0].(neo4j.Relationship)
		m, ok2 := rb[1].(neo4j.Node)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("links: pair of %T and %T", rb[0], rb[1])
		}
		farEnd, err := entityOf(m)
		if err != nil {
			return nil, err
		}
		from, to := near, farEnd
		if !out {
			from, to = farEnd, near
		}
		l, err := relOf(r, from, to)
		if err != nil {
			return nil, err
		}
		ls = append(ls, l)
	}
	return ls, nil
}

func relOf(r neo4j.Relationship, from, to kg.Entity) (*kg.Link, error) {
	p := props(r.Props)
	l := &kg.Link{Type: r.Type, From: from, To: to,
		Title: p.str("title"), Titles: p.strs("titles"), Mechanism: p.str("mechanism"), Articles: p.strs("articles")}
	for _, s := range p.strs("evidence") {
		if e, ok := kg.ParseEvidence(s); ok {
			l.Evidence = append(l.Evidence, e)
		}
	}
	if l.Evidence == nil {
		l.Evidence = []kg.Evidence{}
	}
	return l, p.err
}

// Mentions implements kg.Reader.
func (s *Store) Mentions(ctx context.Context, ids []string) ([][]kg.Entity, error) {
	const q = `UNWIND $ids AS k MATCH (:Article {id: k})-[:MENTIONS]->(n) RETURN k, n`
	return read(ctx, s, "Mentions", func(tx neo4j.ManagedTransaction) ([][]kg.Entity, error) {
		res, err := tx.Run(ctx, q, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		byID := map[string][]kg.Entity{}
		for res.Next(ctx) {
			k, _, err := neo4j.GetRecordValue[string](res.Record(), "k")
			if err != nil {
				return nil, err
			}
			n, _, err := neo4j.GetRecordValue[neo4j.Node](res.Record(), "n")
			if err != nil {
				return nil, err
			}
			e, err := entityOf(n)
			if err != nil {
				return nil, err
			}
			byID[k] = append(byID[k], e)
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		out := make([][]kg.Entity, len(ids))
		for i, id := range ids {
			es := byID[id]
			slices.SortStableFunc(es, func(x, y kg.Entity) int {
				return cmp.Or(cmp.Compare(x.EntityKind(), y.EntityKind()), cmp.Compare(x.EntityName(), y.EntityName()))
			})
			if es == nil {
				es = []kg.Entity{}
			}
			out[i] = es
		}
		return out, nil
	})
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
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	const cypher = `
		CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node, score
		WITH node, score LIMIT $scan
		WITH node, score,
		     CASE WHEN node:Region THEN toUpper(node.level)
		          WHEN node:Official THEN 'OFFICIAL' WHEN node:Program THEN 'PROGRAM'
		          WHEN node:Industry THEN 'INDUSTRY' WHEN node:Organization THEN 'ORGANIZATION' END AS kind
		WHERE size($kinds) = 0 OR kind IN $kinds
		RETURN node, score + CASE WHEN node.name = $raw OR node.shortName = $raw THEN 100.0 ELSE 0.0 END AS score
		ORDER BY score DESC, node.name LIMIT $first`
	// Lower case too, so AND, OR and NOT are words, not operators (the
	// analyzer lower-cases the index anyway).
	query := strings.Join(strings.Fields(escapeLucene(strings.ToLower(q.Query))), " ")
	if query == "" {
		return []kg.SearchHit{}, nil
	}
	kinds := make([]any, len(q.Kinds))
	for i, k := range q.Kinds {
		kinds[i] = k
	}
	scan := max(q.First*5, 50)
	return read(ctx, s, "Search", func(tx neo4j.ManagedTransaction) ([]kg.SearchHit, error) {
		res, err := tx.Run(ctx, cypher, map[string]any{"q": query, "raw": q.Query, "kinds": kinds, "scan": scan, "first": q.First})
		if err != nil {
			return nil, err
		}
		hits := []kg.SearchHit{}
		for res.Next(ctx) {
			n, _, err := neo4j.GetRecordValue[neo4j.Node](res.Record(), "node")
			if err != nil {
				return nil, err
			}
			score, _, err := neo4j.GetRecordValue[float64](res.Record(), "score")
			if err != nil {
				return nil, err
			}
			e, err := entityOf(n)
			if err != nil {
				return nil, err
			}
			hits = append(hits, kg.SearchHit{Entity: e, Score: score})
		}
		return hits, res.Err()
	})
}

func matchRef(v string, r kg.Ref) (string, error) {
	k, ok := keyProp[r.Label]
	if !ok {
		return "", kg.Errorf(kg.EINVALID, "unknown label %q", r.Label)
	}
	return "(" + v + ":" + r.Label + " {" + k + ": $" + v + "})", nil
}

// ShortestPaths implements kg.Reader.
func (s *Store) ShortestPaths(ctx context.Context, from, to kg.Ref, maxHops int, all bool, limit int) ([]kg.Path, error) {
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
		RETURN a IS NOT NULL AS hasA, b IS NOT NULL AS hasB, a, p LIMIT $limit`
	return read(ctx, s, "ShortestPaths", func(tx neo4j.ManagedTransaction) ([]kg.Path, error) {
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
			a, _, err := neo4j.GetRecordValue[neo4j.Node](recs[0], "a")
			if err != nil {
				return nil, err
			}
			e, err := entityOf(a)
			if err != nil {
				return nil, err
			}
			return []kg.Path{{Nodes: []kg.Entity{e}, Links: []*kg.Link{}}}, nil
		}
		paths := []kg.Path{}
		for _, rec := range recs {
			p, isNil, err := neo4j.GetRecordValue[neo4j.Path](rec, "p")
			if err != nil {
				return nil, err
			}
			if isNil {
				continue
			}
			kp, err := pathOf(p)
			if err != nil {
				return nil, err
			}
			paths = append(paths, kp)
		}
		return paths, nil
	})
}

func pathOf(p neo4j.Path) (kg.Path, error) {
	byID := map[string]kg.Entity{}
	var out kg.Path
	for _, n := range p.Nodes {
		e, err := entityOf(n)
		if err != nil {
			return out, err
		}
		byID[n.ElementId] = e
		out.Nodes = append(out.Nodes, e)
	}
	for _, r := range p.Relationships {
		l, err := relOf(r, byID[r.StartElementId], byID[r.EndElementId])
		if err != nil {
			return out, err
		}
		out.Links = append(out.Links, l)
	}
	if out.Links == nil {
		out.Links = []*kg.Link{}
	}
	return out, nil
}

// Neighborhood implements kg.Reader: a breadth-first search, one statement
// per hop, in one read transaction.
func (s *Store) Neighborhood(ctx context.Context, center kg.Ref, hops, limit int) (*kg.Subgraph, error) {
	mc, err := matchRef("c", center)
	if err != nil {
		return nil, err
	}
	qCenter := "MATCH " + mc + " RETURN c"
	const qHop = `
		UNWIND $frontier AS id
		MATCH (a) WHERE elementId(a) = id
		MATCH (a)-[:` + traversed + `]-(b)
		WHERE NOT elementId(b) IN $seen
		WITH DISTINCT b
		RETURN b ORDER BY coalesce(b.name, b.metric), elementId(b) LIMIT $room`
	const qEdges = `
		UNWIND $ids AS id
		MATCH (a) WHERE elementId(a) = id
		MATCH (a)-[r:` + traversed + `]->(b)
		WHERE elementId(b) IN $ids
		RETURN elementId(a) AS a, r, elementId(b) AS b`
	return read(ctx, s, "Neighborhood", func(tx neo4j.ManagedTransaction) (*kg.Subgraph, error) {
		res, err := tx.Run(ctx, qCenter, map[string]any{"c": center.Key})
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
		c, _, err := neo4j.GetRecordValue[neo4j.Node](recs[0], "c")
		if err != nil {
			return nil, err
		}
		ce, err := entityOf(c)
		if err != nil {
			return nil, err
		}
		g := &kg.Subgraph{Nodes: []kg.Entity{ce}, Links: []*kg.Link{}}
		seen := []any{c.ElementId}
		frontier := []any{c.ElementId}
		for h := 0; h < hops && len(frontier) > 0 && !g.Truncated; h++ {
			room := limit - len(g.Nodes)
			res, err := tx.Run(ctx, qHop, map[string]any{"frontier": frontier, "seen": seen, "room": room + 1})
			if err != nil {
				return nil, err
			}
			frontier = nil
			for res.Next(ctx) {
				b, _, err := neo4j.GetRecordValue[neo4j.Node](res.Record(), "b")
				if err != nil {
					return nil, err
				}
				if len(g.Nodes) >= limit {
					g.Truncated = true
					continue
				}
				e, err := entityOf(b)
				if err != nil {
					return nil, err
				}
				g.Nodes = append(g.Nodes, e)
				seen = append(seen, b.ElementId)
				frontier = append(frontier, b.ElementId)
			}
			if err := res.Err(); err != nil {
				return nil, err
			}
		}
		// The edges among the nodes read above: their ends by element id.
		byID := make(map[string]kg.Entity, len(seen))
		for i, id := range seen {
			byID[id.(string)] = g.Nodes[i]
		}
		res, err = tx.Run(ctx, qEdges, map[string]any{"ids": seen})
		if err != nil {
			return nil, err
		}
		for res.Next(ctx) {
			rec := res.Record()
			a, _, err := neo4j.GetRecordValue[string](rec, "a")
			if err != nil {
				return nil, err
			}
			b, _, err := neo4j.GetRecordValue[string](rec, "b")
			if err != nil {
				return nil, err
			}
			r, _, err := neo4j.GetRecordValue[neo4j.Relationship](rec, "r")
			if err != nil {
				return nil, err
			}
			l, err := relOf(r, byID[a], byID[b])
			if err != nil {
				return nil, err
			}
			g.Links = append(g.Links, l)
		}
		if err := res.Err(); err != nil {
			return nil, err
		}
		slices.SortStableFunc(g.Links, func(x, y *kg.Link) int {
			return cmp.Or(cmp.Compare(x.SourceID(), y.SourceID()), cmp.Compare(x.Type, y.Type), cmp.Compare(x.TargetID(), y.TargetID()))
		})
		return g, nil
	})
}
