package graph

import (
	"context"

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
