package graph

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/tuopin/tuopin/graph/generated"
	"github.com/tuopin/tuopin/kg"
)

// Relationship fields. schema.graphqls declares each field that reads
// relationships once, with @rel(type:, direction:); the planner (plan.go),
// the resolvers (one generic resolver below) and the query cost
// (costGuard) read that declaration from the parsed schema, and
// TestSchemaMatchesModel checks it against the model table (kg.Rels).

// relField is a relationship field of an object type: the relationships
// it reads, the GraphQL type at the far end and, for fields that return
// relationship objects (Position, Development…), the field of that object
// that holds the far node.
type relField struct {
	spec     kg.LinkSpec
	farType  string
	farField string // "" when the field returns the far nodes themselves
	objType  string // the relationship object type, when farField is set
	list     bool
}

// relSchema is what the schema's directives say.
type relSchema struct {
	// fields by object type and field name.
	fields map[string]map[string]relField
	// ends are the @from and @to fields of relationship object types.
	ends map[string]map[string]bool
}

// rels is the relationship model of the compiled-in schema.
var rels = mustRelSchema(generated.NewExecutableSchema(generated.Config{}).Schema())

func mustRelSchema(s *ast.Schema) *relSchema {
	m, err := relSchemaOf(s)
	if err != nil {
		panic(err) // TestSchemaMatchesModel keeps the committed schema valid
	}
	return m
}

// relSchemaOf reads the @rel, @from and @to directives of a schema and
// checks them against kg.Rels and kg.Nodes: the relationship type exists,
// the field's object is at the end the direction names, and the far type
// (or the relationship object's @from/@to field) is the label at the other end.
func relSchemaOf(s *ast.Schema) (*relSchema, error) {
	m := &relSchema{fields: map[string]map[string]relField{}, ends: map[string]map[string]bool{}}
	for _, def := range s.Types {
		for _, f := range def.Fields {
			if f.Directives.ForName("from") != nil || f.Directives.ForName("to") != nil {
				if m.ends[def.Name] == nil {
					m.ends[def.Name] = map[string]bool{}
				}
				m.ends[def.Name][f.Name] = true
			}
		}
	}
	for _, def := range s.Types {
		if def.Kind != ast.Object {
			continue
		}
		for _, f := range def.Fields {
			d := f.Directives.ForName("rel")
			if d == nil {
				continue
			}
			rf, err := relFieldOf(s, def, f, d)
			if err != nil {
				return nil, fmt.Errorf("schema: %s.%s: %w", def.Name, f.Name, err)
			}
			if m.fields[def.Name] == nil {
				m.fields[def.Name] = map[string]relField{}
			}
			m.fields[def.Name][f.Name] = rf
		}
	}
	return m, nil
}

func relFieldOf(s *ast.Schema, def *ast.Definition, f *ast.FieldDefinition, d *ast.Directive) (relField, error) {
	var typ, dir string
	if a := d.Arguments.ForName("type"); a != nil {
		typ = a.Value.Raw
	}
	if a := d.Arguments.ForName("direction"); a != nil {
		dir = a.Value.Raw
	}
	rt, ok := kg.RelOf(typ)
	if !ok {
		return relField{}, fmt.Errorf("@rel: unknown relationship type %q (kg.Rels)", typ)
	}
	if dir != "OUT" && dir != "IN" {
		return relField{}, fmt.Errorf("@rel: direction %q, want OUT or IN", dir)
	}
	out := dir == "OUT"
	near, far := rt.To, rt.From
	if out {
		near, far = rt.From, rt.To
	}
	if _, isNode := kg.NodeOf(def.Name); (near != "" && near != def.Name) || (near == "" && !isNode) {
		return relField{}, fmt.Errorf("@rel: %s %s starts or ends at %s, not %s", typ, dir, orAny(near), def.Name)
	}
	rf := relField{spec: kg.LinkSpec{Type: typ, Out: out}, farType: f.Type.Name(), list: f.Type.Elem != nil}
	if typ == kg.RelMentions && !out {
		rf.spec.Label = def.Name
	}
	if far == "" && rf.farType == "Entity" {
		return rf, nil // any entity (MENTIONS' end)
	}
	if _, isNode := kg.NodeOf(rf.farType); isNode {
		if far != "" && rf.farType != far {
			return relField{}, fmt.Errorf("@rel: the far end of %s %s is %s, not %s", typ, dir, far, rf.farType)
		}
		return rf, nil
	}
	obj := s.Types[rf.farType]
	if obj == nil {
		return relField{}, fmt.Errorf("@rel: unknown type %s", rf.farType)
	}
	// A relationship object: its @from and @to fields are the two ends.
	var from, to *ast.FieldDefinition
	for _, g := range obj.Fields {
		if g.Directives.ForName("from") != nil {
			from = g
		}
		if g.Directives.ForName("to") != nil {
			to = g
		}
	}
	if from == nil || to == nil {
		return relField{}, fmt.Errorf("@rel: %s is neither a node type nor a relationship object with @from and @to fields", obj.Name)
	}
	if from.Type.Name() != rt.From || (rt.To != "" && to.Type.Name() != rt.To) {
		return relField{}, fmt.Errorf("@rel: %s joins %s to %s, not %s to %s", obj.Name, from.Type.Name(), to.Type.Name(), rt.From, rt.To)
	}
	farEnd := from
	if out {
		farEnd = to
	}
	rf.farType, rf.farField, rf.objType = farEnd.Type.Name(), farEnd.Name, obj.Name
	return rf, nil
}

func orAny(label string) string {
	if label == "" {
		return "any entity"
	}
	return label
}

// relOfField returns the relationship field being resolved.
func relOfField(ctx context.Context) (relField, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return relField{}, kg.Errorf(kg.EINTERNAL, "relationship field without a field context")
	}
	rf, ok := rels.fields[fc.Object][fc.Field.Name]
	if !ok {
		return relField{}, kg.Errorf(kg.EINTERNAL, "%s.%s has no @rel", fc.Object, fc.Field.Name)
	}
	return rf, nil
}

// relLinks is the generic resolver of relationship fields that return
// relationship objects: obj's relationships of the field's @rel, with
// their sentences only when the field selects them, keeping those whose
// confidence is at least min (all when min is nil). Planned reads answer
// from the request's prefetch; others are batched by the loaders.
func (r *Resolver) relLinks(ctx context.Context, obj kg.Entity, min *float64) ([]*kg.Link, error) {
	if min != nil && (*min < 0 || *min > 1 || *min != *min) {
		return nil, kg.Errorf(kg.EINVALID, "minConfidence must lie between 0 and 1, got %v", *min)
	}
	rf, err := relOfField(ctx)
	if err != nil {
		return nil, err
	}
	l := r.loaders(ctx)
	spec := rf.spec
	spec.Evidence = l.selectsOnce(ctx, "evidence")
	ls, err := l.linksOf(ctx, spec, obj.EntityRef().Key)
	if err != nil || min == nil {
		return ls, err
	}
	kept := make([]*kg.Link, 0, len(ls))
	for _, l := range ls {
		if l.Confidence >= *min {
			kept = append(kept, l)
		}
	}
	return kept, nil
}

// relNodes is the generic resolver of relationship fields that return the
// nodes at the far end.
func relNodes[T kg.Entity](ctx context.Context, r *Resolver, obj kg.Entity) ([]T, error) {
	rf, err := relOfField(ctx)
	if err != nil {
		return nil, err
	}
	ls, err := r.loaders(ctx).linksOf(ctx, rf.spec, obj.EntityRef().Key)
	if err != nil {
		return nil, err
	}
	res := make([]T, 0, len(ls))
	for _, l := range ls {
		if t, ok := l.Far(rf.spec.Out).(T); ok {
			res = append(res, t)
		}
	}
	return res, nil
}

// relNode is relNodes for a field of one node (a region's parent): the
// first, nil when there is none.
func relNode[T kg.Entity](ctx context.Context, r *Resolver, obj kg.Entity) (T, error) {
	ns, err := relNodes[T](ctx, r, obj)
	if err != nil || len(ns) == 0 {
		var zero T
		return zero, err
	}
	return ns[0], nil
}

// relCost is the complexity of a relationship field: a list costs
// listFanout items, a relationship object's evidence a few sentences.
// ok is false for other fields.
func relCost(typ, field string, child int) (int, bool) {
	if rf, ok := rels.fields[typ][field]; ok && rf.list {
		return 1 + listFanout*child, true
	}
	if field == "evidence" && rels.ends[typ] != nil {
		// A relationship keeps a few supporting sentences (at most 20).
		return 1 + 3*child, true
	}
	return 0, false
}
