package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strconv"

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
	if err := checkRelArgs(f, rf.list); err != nil {
		return relField{}, err
	}
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

// Bounds of a relationship list's `first`.
const relFirstMax = 1000

// relArgs are the arguments a relationship field may take; relSpec reads
// each.
var relArgs = map[string]string{"first": "Int", "minConfidence": "Float", "metric": "String", "kind": "EntityKind"}

// checkRelArgs checks the arguments of a @rel field: only those relSpec
// reads, and on a list a `first` with a default within bounds, so that no
// relationship list is unbounded (a popular industry has thousands of
// regions).
func checkRelArgs(f *ast.FieldDefinition, list bool) error {
	for _, a := range f.Arguments {
		if want, ok := relArgs[a.Name]; !ok || a.Type.Name() != want {
			return fmt.Errorf("@rel: argument %s: %s; a relationship field takes only first: Int, minConfidence: Float, metric: String, kind: EntityKind", a.Name, a.Type)
		}
	}
	first := f.Arguments.ForName("first")
	switch {
	case list && first == nil:
		return fmt.Errorf("@rel: a list takes first: Int = N (at most %d), so that it is bounded", relFirstMax)
	case list && (first.DefaultValue == nil || first.DefaultValue.Kind != ast.IntValue):
		return fmt.Errorf("@rel: first needs a default")
	case !list && first != nil:
		return fmt.Errorf("@rel: first on a field of one node")
	}
	if list {
		if n, err := strconv.Atoi(first.DefaultValue.Raw); err != nil || n < 1 || n > relFirstMax {
			return fmt.Errorf("@rel: first defaults to %s, not within 1…%d", first.DefaultValue.Raw, relFirstMax)
		}
	}
	return nil
}

// relSpec is what reading rf with args (its arguments as gqlgen or the
// planner resolved them, defaults included) asks of the store: on a list
// at most `first` relationships, on a field of one node one; the filters
// of its arguments, metric normalised by norm. The planner and the
// resolvers both build it here, so a planned read is found by the
// resolver that needs it.
func relSpec(rf relField, args map[string]any, norm func(string) string) (kg.LinkSpec, error) {
	spec := rf.spec
	spec.First = 1
	if rf.list {
		spec.First = relFirstDefault
		if v, ok := intArg(args["first"]); ok {
			spec.First = v
		}
		if spec.First < 1 || spec.First > relFirstMax {
			return spec, kg.Errorf(kg.EINVALID, "first must be between 1 and %d, got %d", relFirstMax, spec.First)
		}
	}
	if v, ok := floatArg(args["minConfidence"]); ok {
		if v < 0 || v > 1 || v != v {
			return spec, kg.Errorf(kg.EINVALID, "minConfidence must be between 0 and 1, got %v", v)
		}
		spec.MinConfidence = v
	}
	if v, ok := strArg(args["metric"]); ok {
		spec.Metric = norm(v) // empty: no filter, as in the lists' filters
	}
	if v, ok := strArg(args["kind"]); ok {
		spec.Kind = v
	}
	return spec, nil
}

// relFirstDefault is the bound of a list whose `first` is null.
const relFirstDefault = 20

// intArg, floatArg and strArg read an argument as gqlgen's resolved
// arguments (pointers for nullable ones) or the parser's values (int64,
// float64, JSON numbers of variables) hold it; ok is false when absent or
// null.
func intArg(v any) (int, bool) {
	switch v := v.(type) {
	case int:
		return v, true
	case *int:
		if v != nil {
			return *v, true
		}
	case int64:
		return int(min(max(v, math.MinInt32), math.MaxInt32)), true
	case float64:
		return int(min(max(v, math.MinInt32), math.MaxInt32)), true
	case json.Number:
		if n, err := v.Int64(); err == nil {
			return intArg(n)
		}
		return -1, true
	}
	return 0, false
}

func floatArg(v any) (float64, bool) {
	switch v := v.(type) {
	case float64:
		return v, true
	case *float64:
		if v != nil {
			return *v, true
		}
	case int:
		return float64(v), true
	case int64:
		return float64(v), true
	case json.Number:
		f, err := v.Float64()
		if err != nil {
			return -1, true
		}
		return f, true
	}
	return 0, false
}

func strArg(v any) (string, bool) {
	switch v := v.(type) {
	case string:
		return v, true
	case *string:
		if v != nil {
			return *v, true
		}
	case fmt.Stringer: // gqlgen's enums
		return v.String(), true
	}
	return "", false
}

// relOfFieldSpec returns the relationship field being resolved and the
// spec its arguments ask for.
func (r *Resolver) relOfFieldSpec(ctx context.Context) (relField, kg.LinkSpec, error) {
	rf, err := relOfField(ctx)
	if err != nil {
		return rf, kg.LinkSpec{}, err
	}
	spec, err := relSpec(rf, graphql.GetFieldContext(ctx).Args, r.normalize)
	return rf, spec, err
}

// relLinks is the generic resolver of relationship fields that return
// relationship objects: obj's relationships of the field's @rel that its
// arguments keep (relSpec), with their sentences only when the field
// selects them. Planned reads answer from the request's prefetch; others
// are batched by the loaders.
func (r *Resolver) relLinks(ctx context.Context, obj kg.Entity) ([]*kg.Link, error) {
	_, spec, err := r.relOfFieldSpec(ctx)
	if err != nil {
		return nil, err
	}
	l := r.loaders(ctx)
	spec.Evidence = l.selectsOnce(ctx, "evidence")
	return l.linksOf(ctx, spec, obj.EntityRef().Key)
}

// relNodes is the generic resolver of relationship fields that return the
// nodes at the far end.
func relNodes[T kg.Entity](ctx context.Context, r *Resolver, obj kg.Entity) ([]T, error) {
	rf, spec, err := r.relOfFieldSpec(ctx)
	if err != nil {
		return nil, err
	}
	ls, err := r.loaders(ctx).linksOf(ctx, spec, obj.EntityRef().Key)
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

// relCost is the complexity of a relationship field: a list costs its
// `first` items (args hold its default when the query gives none), a
// relationship object's evidence a few sentences. ok is false for other
// fields.
func relCost(typ, field string, child int, args map[string]any) (int, bool) {
	if rf, ok := rels.fields[typ][field]; ok && rf.list {
		n, ok := intArg(args["first"])
		if !ok {
			n = relFirstDefault
		}
		return satAdd(1, satMul(max(n, 1), child)), true
	}
	if field == "evidence" && rels.ends[typ] != nil {
		// A relationship keeps a few supporting sentences (at most 20).
		return 1 + 3*child, true
	}
	return 0, false
}
