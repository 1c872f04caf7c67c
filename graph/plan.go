package graph

import (
	"context"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/tuopin/tuopin/kg"
)

// Look-ahead planning. A root field that returns nodes (county, region,
// node, the lists) reads its selection set before it asks the store and
// turns the relationship fields selected below it into a kg.Plan: the
// store then answers the root and everything planned in one statement, as
// a hand-written query would, and the field resolvers below find their
// relationships in the request's prefetch instead of asking again. What
// the plan does not cover (deeper levels, other fields) the batching
// loaders read as before, so planning is an optimisation, never a
// condition of a correct answer.

// planMaxLinks bounds the relationship fields of one plan (kg.MaxPlanDepth
// its link levels).
const planMaxLinks = 24

// keyDerived are fields a brief node answers from its key alone, besides
// its id, kind, name and the properties of a brief read (kg.NodeType.Brief).
var keyDerived = map[string][]string{"Region": {"province", "prefecture"}}

// briefField reports whether a brief node of typeName answers field
// (relationship fields need only its key).
func briefField(typeName, field string) bool {
	switch field {
	case "id", "kind", "name", "__typename":
		return true
	}
	if _, ok := rels.fields[typeName][field]; ok {
		return true
	}
	n, _ := kg.NodeOf(typeName)
	return slices.Contains(n.Brief, field) || slices.Contains(keyDerived[typeName], field)
}

// planner builds one plan, counting the links it has used.
type planner struct {
	oc    *graphql.OperationContext
	norm  func(string) string
	links int
}

// planBelow plans the relationship fields selected on the current field
// (which returns nodes of typeName); nil when none are.
func (r *Resolver) planBelow(ctx context.Context, typeName string) *kg.Plan {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return nil
	}
	p := &planner{oc: graphql.GetOperationContext(ctx), norm: r.normalize}
	return p.plan(fc.Field.Selections, typeName, 1)
}

// planConnection plans below the nodes of a connection field: its `nodes`
// and `edges { node }` selections.
func (r *Resolver) planConnection(ctx context.Context, typeName string) *kg.Plan {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return nil
	}
	p := &planner{oc: graphql.GetOperationContext(ctx), norm: r.normalize}
	var plan *kg.Plan
	for _, f := range graphql.CollectFields(p.oc, fc.Field.Selections, nil) {
		switch f.Name {
		case "nodes":
			plan = merge(plan, p.plan(f.Selections, typeName, 1))
		case "edges":
			for _, g := range graphql.CollectFields(p.oc, f.Selections, nil) {
				if g.Name == "node" {
					plan = merge(plan, p.plan(g.Selections, typeName, 1))
				}
			}
		}
	}
	return plan
}

// selects reports whether the current field's selection includes a field
// called name (on any type).
func selects(ctx context.Context, name string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return false
	}
	return hasField(graphql.GetOperationContext(ctx), fc.Field.Selections, name)
}

// selectsUnder reports whether the current field's selection includes
// field name below field parent (relationships { evidence }).
func selectsUnder(ctx context.Context, parent, name string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return false
	}
	oc := graphql.GetOperationContext(ctx)
	for _, f := range graphql.CollectFields(oc, fc.Field.Selections, nil) {
		if f.Name == parent && hasField(oc, f.Selections, name) {
			return true
		}
	}
	return false
}

func hasField(oc *graphql.OperationContext, sel ast.SelectionSet, name string) bool {
	for _, f := range graphql.CollectFields(oc, sel, nil) {
		if f.Name == name {
			return true
		}
	}
	return false
}

func satisfies(typeName string) []string {
	return []string{typeName, "Node", "Entity"}
}

func (p *planner) plan(sel ast.SelectionSet, typeName string, depth int) *kg.Plan {
	rules := rels.fields[typeName]
	if rules == nil || depth > kg.MaxPlanDepth {
		return nil
	}
	var plan *kg.Plan
	for _, f := range graphql.CollectFields(p.oc, sel, satisfies(typeName)) {
		rule, ok := rules[f.Name]
		if !ok || p.links >= planMaxLinks {
			continue
		}
		spec, err := relSpec(rule, f.ArgumentMap(p.oc.Variables), p.norm)
		if err != nil {
			continue // the resolver reports it
		}
		p.links++
		pl := kg.PlanLink{Spec: spec, NoProps: true}
		farSel := f.Selections
		if rule.farField != "" {
			farSel = nil
			for _, g := range graphql.CollectFields(p.oc, f.Selections, nil) {
				switch {
				case g.Name == "evidence":
					pl.Spec.Evidence = true
				case g.Name == rule.farField:
					farSel = append(farSel, g.Selections...)
				case !rels.ends[rule.objType][g.Name] && g.Name != "__typename":
					pl.NoProps = false // the relationship's own properties
				}
			}
		}
		if len(farSel) > 0 {
			pl.Next = p.plan(farSel, rule.farType, depth+1)
		}
		pl.KeyNameOnly = p.brief(farSel, rule.farType)
		plan = merge(plan, &kg.Plan{Links: []kg.PlanLink{pl}})
	}
	return plan
}

// brief reports whether a selection on nodes of typeName uses only their
// key, name and relationships.
func (p *planner) brief(sel ast.SelectionSet, typeName string) bool {
	for _, f := range graphql.CollectFields(p.oc, sel, satisfies(typeName)) {
		if !briefField(typeName, f.Name) {
			return false
		}
	}
	return true
}

// merge combines two plans: links of the same relationships merge (with
// evidence if either wants it), others are appended.
func merge(a, b *kg.Plan) *kg.Plan {
	if b.Empty() {
		return a
	}
	if a.Empty() {
		return b
	}
	out := &kg.Plan{Links: append([]kg.PlanLink(nil), a.Links...)}
	for _, l := range b.Links {
		merged := false
		for i, m := range out.Links {
			if sameRels(m.Spec, l.Spec) {
				out.Links[i].Spec.Evidence = m.Spec.Evidence || l.Spec.Evidence
				out.Links[i].KeyNameOnly = m.KeyNameOnly && l.KeyNameOnly
				out.Links[i].NoProps = m.NoProps && l.NoProps
				out.Links[i].Next = merge(m.Next, l.Next)
				merged = true
				break
			}
		}
		if !merged {
			out.Links = append(out.Links, l)
		}
	}
	return out
}

// sameRels reports whether two specs read the same relationships (they
// may differ in evidence only).
func sameRels(a, b kg.LinkSpec) bool {
	a.Evidence, b.Evidence = false, false
	return a == b
}
