package graph

import (
	"cmp"
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"

	"github.com/tuopin/tuopin/graph/model"
	"github.com/tuopin/tuopin/kg"
)

// Connections (Relay cursor connections) of every entity type come from
// one generic helper. gqlgen generates a connection and an edge type per
// entity type (RegionConnection, RegionEdge…) from schema.graphqls and
// gqlgen.yml; the constraints below are their shapes, so one function
// builds them all (a change in gqlgen's output is a compile error here).

// edgeOf is the shape of the generated edge types of nodes N.
type edgeOf[N kg.Entity] interface {
	~struct {
		Cursor string `json:"cursor"`
		Node   N      `json:"node"`
	}
}

// connectionOf is the shape of the generated connection types, with the
// extra fields gqlgen.yml gives them (the list query and the count read
// with the page).
type connectionOf[N kg.Entity, E edgeOf[N]] interface {
	~struct {
		TotalCount int             `json:"totalCount"`
		Edges      []*E            `json:"edges"`
		Nodes      []N             `json:"nodes"`
		PageInfo   *model.PageInfo `json:"pageInfo"`
		Query      kg.ListQuery    `json:"-"`
		Total      *int            `json:"-"`
	}
}

// connection runs a list query and builds its connection: the page with
// its cursors, the plan below its items and, when selected, its count.
func connection[N kg.Entity, E edgeOf[N], C connectionOf[N, E]](ctx context.Context, r *Resolver, q kg.ListQuery) (*C, error) {
	p, cursors, info, err := r.page(ctx, &q)
	if err != nil {
		return nil, err
	}
	edges, nodes := make([]*E, 0, len(p.Items)), make([]N, 0, len(p.Items))
	for i, it := range p.Items {
		if n, ok := it.(N); ok {
			edges = append(edges, &E{Cursor: cursors[i], Node: n})
			nodes = append(nodes, n)
		}
	}
	return &C{PageInfo: info, Query: q, Total: total(q, p), Edges: edges, Nodes: nodes}, nil
}

// totalCount is the totalCount of a connection: the count read with the
// page, else a count of its own.
func (r *Resolver) totalCount(ctx context.Context, read *int, q kg.ListQuery) (int, error) {
	if read != nil {
		return *read, nil
	}
	return r.cfg.Reader.Count(ctx, q)
}

// page runs a list query and returns the page with its cursors and page
// info. The statement also counts the list when totalCount is selected and
// reads the relationships selected below the items (plan.go).
func (r *Resolver) page(ctx context.Context, q *kg.ListQuery) (*kg.Page, []string, *model.PageInfo, error) {
	q.Plan = r.planConnection(ctx, q.Label) // GraphQL types are named by label
	q.WithCount = selects(ctx, "totalCount")
	p, err := r.cfg.Reader.List(ctx, *q)
	if err != nil {
		return nil, nil, nil, err
	}
	r.loaders(ctx).prefetch(p.Links)
	sortID := q.Sort
	if q.Desc {
		sortID += "-"
	}
	cursors := make([]string, len(p.Items))
	for i, pos := range p.Positions {
		cursors[i] = encodeCursor(q.Label, sortID, pos)
	}
	info := &model.PageInfo{HasNextPage: p.HasNext, HasPreviousPage: q.After != nil}
	if len(cursors) > 0 {
		info.StartCursor = &cursors[0]
		info.EndCursor = &cursors[len(cursors)-1]
	}
	return p, cursors, info, nil
}

// total is the count a counted page carries, nil when it was not counted.
func total(q kg.ListQuery, p *kg.Page) *int {
	if !q.WithCount {
		return nil
	}
	n := p.Total
	return &n
}

// maxRelFirst bounds a page of Query.relationships.
const maxRelFirst = 1000

// relationships is Query.relationships: one keyset page of the
// relationships of one type, with evidence only when selected.
func (r *Resolver) relationships(ctx context.Context, typ string, node, direction *string, minConfidence *float64, first *int, after *string) (*model.RelationshipConnection, error) {
	rt, ok := kg.RelOf(typ)
	if !ok {
		return nil, kg.Errorf(kg.EINVALID, "type: unknown relationship type %q", typ)
	}
	n, err := clamp("first", first, 100, 1, maxRelFirst)
	if err != nil {
		return nil, err
	}
	q := kg.RelQuery{Type: typ, First: n}
	if minConfidence != nil {
		if v := *minConfidence; v < 0 || v > 1 || v != v {
			return nil, kg.Errorf(kg.EINVALID, "minConfidence must be between 0 and 1, got %v", v)
		}
		q.MinConfidence = *minConfidence
	}
	list := "rel:" + typ
	if node != nil {
		ref, err := kg.ParseRef(*node)
		if err != nil {
			return nil, kg.Errorf(kg.EINVALID, "node: %s", kg.ErrorMessage(err))
		}
		q.Node = &ref
		// Province:230129 names no node when 230129 is a county (as for
		// node(id:)): the store matches the region only at that level.
		if prefix, _, _ := strings.Cut(*node, ":"); prefix != ref.Label {
			q.Level = kg.LevelOfKind(strings.ToUpper(prefix))
		}
		// By default the end the node's label is at; OUT when either.
		q.In = ref.Label != rt.From && (ref.Label == rt.To || rt.To == "")
		if direction != nil {
			q.In = *direction == "IN"
		}
		if ref.Label != rt.From && ref.Label != rt.To && (rt.To != "" || ref.Label == kg.LabelArticle) {
			return nil, kg.Errorf(kg.EINVALID, "node: %s is at neither end of %s (%s → %s)", *node, typ, rt.From, cmp.Or(rt.To, "any entity"))
		}
		near := map[bool]string{false: rt.From, true: rt.To}[q.In]
		if near != "" && near != ref.Label || near == "" && ref.Label == kg.LabelArticle {
			return nil, kg.Errorf(kg.EINVALID, "node: %s has no %s %s relationships", *node, map[bool]string{false: "outgoing", true: "incoming"}[q.In], typ)
		}
		list += ":" + ref.String() + map[bool]string{false: ">", true: "<"}[q.In]
	} else if direction != nil {
		return nil, kg.Errorf(kg.EINVALID, "direction: needs node")
	}
	if q.After, err = decodeCursor(str(after), list, kg.SortKey); err != nil {
		return nil, err
	}
	q.Evidence = selectsUnder(ctx, "nodes", "evidence") || selectsUnderEdgeNodes(ctx, "evidence")
	p, err := r.cfg.Reader.Relationships(ctx, q)
	if err != nil {
		return nil, err
	}
	if q.Node != nil && q.After == nil && len(p.Links) == 0 {
		// Nothing on the first page: a node with none of these, or no node
		// at all, which is NOT_FOUND as for neighborhood(id:).
		e, err := r.loaders(ctx).entity(ctx, *q.Node)
		if err != nil {
			return nil, err
		}
		if !kindAsked(*node, e) {
			return nil, kg.Errorf(kg.ENOTFOUND, "node: no node %s", *node)
		}
	}
	conn := &model.RelationshipConnection{Query: q, Nodes: p.Links, Edges: make([]*model.RelationshipEdge, len(p.Links)),
		PageInfo: &model.PageInfo{HasNextPage: p.HasNext, HasPreviousPage: q.After != nil}}
	for i, l := range p.Links {
		c := encodeCursor(list, kg.SortKey, p.Positions[i])
		conn.Edges[i] = &model.RelationshipEdge{Cursor: c, Node: l}
		if i == 0 {
			conn.PageInfo.StartCursor = &c
		}
		conn.PageInfo.EndCursor = &c
	}
	return conn, nil
}

// selectsUnderEdgeNodes reports whether the current connection field
// selects field name under edges { node }.
func selectsUnderEdgeNodes(ctx context.Context, name string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return false
	}
	oc := graphql.GetOperationContext(ctx)
	for _, e := range graphql.CollectFields(oc, fc.Field.Selections, nil) {
		if e.Name != "edges" {
			continue
		}
		for _, n := range graphql.CollectFields(oc, e.Selections, nil) {
			if n.Name == "node" && hasField(oc, n.Selections, name) {
				return true
			}
		}
	}
	return false
}
