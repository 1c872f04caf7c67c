package graph

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"

	"github.com/tuopin/tuopin/kg"
)

// Defaults of the request-cost limits in Config.
const (
	// DefaultMaxQueryBytes bounds the query text, comments and whitespace
	// included: the parser's token limit does not see comments.
	DefaultMaxQueryBytes = 32 << 10
	// DefaultMaxFields bounds the fields of a document once every fragment
	// spread is expanded in place, and the pairs of fields that share a
	// response name in a selection set (which validation compares pairwise,
	// with an error for each pair that differs). Both are checked on the
	// parsed document, before validation, so validation work never grows
	// with the expansion.
	DefaultMaxFields = 2000
	// DefaultMaxRootFields bounds the root fields of an operation, aliases
	// and fragments included: each one is at least one store round trip.
	DefaultMaxRootFields = 20
	// DefaultMaxMutations bounds the mutation fields of an operation.
	DefaultMaxMutations = 1
	// DefaultMaxArgBytes bounds every string argument (names, ids, search
	// text, filters, page cursors: the cursor after an article with a long
	// title runs to about 500 bytes), in bytes. The text of ingestArticle is
	// bounded by the body limit instead.
	DefaultMaxArgBytes = 1024
	// roundTripCost is the complexity of a root field on top of its
	// selection: a round trip to the store costs more than a field read from
	// an answer in memory, whatever its selection.
	roundTripCost = 50
)

// Error codes of the cost model (extensions.code).
const (
	errDepthLimit      = "DEPTH_LIMIT_EXCEEDED"
	errComplexityLimit = "COMPLEXITY_LIMIT_EXCEEDED"
	errQueryTooLarge   = "QUERY_TOO_LARGE"
	errFieldLimit      = "FIELD_LIMIT_EXCEEDED"
	errRootFieldLimit  = "ROOT_FIELD_LIMIT_EXCEEDED"
	errMutationLimit   = "MUTATION_LIMIT_EXCEEDED"
	errArgumentTooLong = "ARGUMENT_TOO_LONG"
	errNotAllowed      = "PERSISTED_QUERY_NOT_ALLOWED"
)

// limits are the bounds one request must stay within.
type limits struct {
	maxQueryBytes int
	maxFields     int
	maxDepth      int
	maxComplexity int
	maxRootFields int
	maxMutations  int
	maxArgBytes   int
	// allowed, when not nil, is the allow-list of persisted operations:
	// SHA-256 (hex) of the query texts that may run.
	allowed map[string]bool
	// known reports whether a query text was already parsed and validated
	// (it is in the query cache), so its expansion need not be checked again.
	known func(ctx context.Context, query string) bool
	// costsOf returns the field costs kept with a cached document (nil when
	// the document is not the cached one).
	costsOf func(query string, doc *ast.QueryDocument) *fieldCosts
}

// maxKeptFieldCosts bounds the field costs kept per document: larger
// documents are walked whole on every request.
const maxKeptFieldCosts = 256

// fieldCosts are the costs of the fields of one validated document whose
// arguments, and those of every field below them, use no variables: they
// are the same for every request. Written once, by the first request that
// walks the document without error; read without a lock after that.
type fieldCosts struct {
	m atomic.Pointer[map[*ast.Field]cost]
}

func (fc *fieldCosts) get() map[*ast.Field]cost {
	if fc == nil {
		return nil
	}
	if m := fc.m.Load(); m != nil {
		return *m
	}
	return nil
}

// costGuard is the request-cost model as a gqlgen extension. Before the
// document is parsed and validated (MutateOperationParameters) it bounds the
// query's bytes, checks the allow-list and bounds the fields the document
// expands to; after validation (MutateOperationContext) it computes the
// depth and complexity of the operation, counts its root fields and
// mutations and bounds its string arguments. Each fragment is costed once,
// so the work is linear in the document's length however its fragments
// nest.
type costGuard struct {
	l  limits
	es graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = (*costGuard)(nil)

func (*costGuard) ExtensionName() string { return "CostGuard" }

func (g *costGuard) Validate(schema graphql.ExecutableSchema) error {
	g.es = schema
	return nil
}

func limitError(code, format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	errcode.Set(err, code)
	return err
}

func (g *costGuard) MutateOperationParameters(ctx context.Context, p *graphql.RawParams) *gqlerror.Error {
	if len(p.Query) > g.l.maxQueryBytes {
		return limitError(errQueryTooLarge, "the query is %d bytes, over the limit of %d", len(p.Query), g.l.maxQueryBytes)
	}
	if g.l.allowed != nil {
		if !g.l.allowed[QueryHash(p.Query)] {
			return limitError(errNotAllowed, "this server runs only persisted operations, and this query is not one of them")
		}
	}
	if g.l.known != nil && g.l.known(ctx, p.Query) {
		return nil
	}
	// Parsing is linear and bounded by the token limit; gqlgen parses again
	// (and reports syntax errors) when this check passes. Only documents not
	// in the query cache get here.
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: p.Query}, parserTokenLimit)
	if err != nil {
		return nil
	}
	fields, pairs := expandedFields(doc, g.l.maxFields)
	if fields > g.l.maxFields {
		return limitError(errFieldLimit, "the document expands to more than %d fields once its fragments are spread", g.l.maxFields)
	}
	if pairs > g.l.maxFields {
		return limitError(errFieldLimit, "the document has more than %d pairs of fields with the same response name in one selection set", g.l.maxFields)
	}
	return nil
}

// expansion is what expandedFields learns of a selection set.
type expansion struct {
	fields int            // fields, fragments expanded
	pairs  int            // pairs of fields with one response name, in this set and below
	names  map[string]int // response names of the set's own (merged) fields
}

// expandedFields counts the fields of every operation and fragment of doc
// with each fragment spread replaced by its fragment's fields, and the
// pairs of fields sharing a response name within a selection set (each
// such pair is a comparison for validation, and an error when the fields
// differ), stopping once either passes limit. Each fragment is counted
// once; a spread in a cycle counts nothing (validation rejects the cycle).
func expandedFields(doc *ast.QueryDocument, limit int) (fields, pairs int) {
	frags := make(map[string]*ast.FragmentDefinition, len(doc.Fragments))
	for _, f := range doc.Fragments {
		frags[f.Name] = f
	}
	memo := map[string]*expansion{}
	capped := func(n int) int { return min(n, limit+1) }
	var set func(ast.SelectionSet) *expansion
	set = func(ss ast.SelectionSet) *expansion {
		e := &expansion{}
		add := func(name string, k int) {
			if e.names == nil {
				e.names = map[string]int{}
			}
			e.pairs = capped(e.pairs + e.names[name]*k)
			e.names[name] += k
		}
		merge := func(sub *expansion) {
			e.fields = capped(e.fields + sub.fields)
			e.pairs = capped(e.pairs + sub.pairs)
			for name, k := range sub.names {
				add(name, k)
			}
		}
		for _, sel := range ss {
			switch s := sel.(type) {
			case *ast.Field:
				sub := set(s.SelectionSet)
				e.fields = capped(e.fields + 1 + sub.fields)
				e.pairs = capped(e.pairs + sub.pairs)
				name := s.Alias
				if name == "" {
					name = s.Name
				}
				add(name, 1)
			case *ast.InlineFragment:
				merge(set(s.SelectionSet))
			case *ast.FragmentSpread:
				sub, ok := memo[s.Name]
				if !ok {
					f := frags[s.Name]
					if f == nil {
						continue
					}
					memo[s.Name] = &expansion{} // in progress: a cycle adds nothing
					sub = set(f.SelectionSet)
					memo[s.Name] = sub
				}
				merge(sub)
			}
			if e.fields > limit || e.pairs > limit {
				return e
			}
		}
		return e
	}
	for _, op := range doc.Operations {
		e := set(op.SelectionSet)
		fields, pairs = capped(fields+e.fields), capped(pairs+e.pairs)
	}
	for _, f := range doc.Fragments {
		fields = capped(fields + len(f.SelectionSet))
	}
	return fields, pairs
}

// cost is what the walker knows of a selection set.
type cost struct {
	depth      int // nested fields, introspection excluded
	complexity int // gqlgen's complexity of the selection
	roots      int // fields at the top level, introspection excluded
}

func (g *costGuard) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := &opWalker{ctx: ctx, es: g.es, schema: g.es.Schema(), vars: oc.Variables,
		maxArg: g.l.maxArgBytes, memo: map[string]fragmentCost{}}
	var kept *fieldCosts
	if g.l.costsOf != nil {
		kept = g.l.costsOf(oc.RawQuery, oc.Doc)
	}
	if w.known = kept.get(); w.known == nil && kept != nil {
		w.record = map[*ast.Field]cost{}
	}
	c, _ := w.set(oc.Operation.SelectionSet)
	if w.err != nil {
		return w.err
	}
	if w.record != nil && len(w.record) <= maxKeptFieldCosts {
		kept.m.CompareAndSwap(nil, &w.record)
	}
	if c.depth > g.l.maxDepth {
		return limitError(errDepthLimit, "operation has depth %d, which exceeds the limit of %d%s", c.depth, g.l.maxDepth,
			w.worstRoot(oc.Operation.SelectionSet, "depth", func(c cost) int { return c.depth }))
	}
	if c.roots > g.l.maxRootFields {
		return limitError(errRootFieldLimit, "operation has %d root fields, over the limit of %d (aliases and fragments count)", c.roots, g.l.maxRootFields)
	}
	if oc.Operation.Operation == ast.Mutation && c.roots > g.l.maxMutations {
		return limitError(errMutationLimit, "operation has %d mutation fields, over the limit of %d", c.roots, g.l.maxMutations)
	}
	total := satAdd(c.complexity, satMul(c.roots, roundTripCost))
	if total > g.l.maxComplexity {
		return limitError(errComplexityLimit, "operation has complexity %d, which exceeds the limit of %d%s", total, g.l.maxComplexity,
			w.worstRoot(oc.Operation.SelectionSet, "complexity", func(c cost) int { return c.complexity }))
	}
	return nil
}

// worstRoot names, for the message of an exceeded bound, the root field (by
// its response key, an alias if it has one) that weighs most on it:
// " (most in counties: complexity 200001)". Called only on that error path;
// the fields' costs are those just computed (memoised or walked again).
func (w *opWalker) worstRoot(ss ast.SelectionSet, what string, of func(cost) int) string {
	key, worst := "", -1
	seen := map[string]bool{}
	var walk func(ss ast.SelectionSet)
	walk = func(ss ast.SelectionSet) {
		for _, sel := range ss {
			switch s := sel.(type) {
			case *ast.Field:
				if strings.HasPrefix(s.Name, "__") {
					continue
				}
				c, _ := w.field(s)
				if v := of(c); v > worst {
					key, worst = s.Alias, v
					if key == "" {
						key = s.Name
					}
				}
			case *ast.InlineFragment:
				walk(s.SelectionSet)
			case *ast.FragmentSpread:
				if s.Definition != nil && !seen[s.Name] {
					seen[s.Name] = true
					walk(s.Definition.SelectionSet)
				}
			}
		}
	}
	walk(ss)
	if key == "" {
		return ""
	}
	return fmt.Sprintf(" (most in %s: %s %d)", key, what, worst)
}

// opWalker computes the cost of a validated operation (fragment spreads
// point at their definitions), memoised per fragment. Fields found in
// known are not walked again; record, when set, collects the costs of the
// variable-free fields walked.
type opWalker struct {
	ctx    context.Context
	es     graphql.ExecutableSchema
	schema *ast.Schema
	vars   map[string]any
	maxArg int
	memo   map[string]fragmentCost
	known  map[*ast.Field]cost
	record map[*ast.Field]cost
	err    *gqlerror.Error
}

// fragmentCost is the cost of a fragment, and whether it is the same
// whatever the variables.
type fragmentCost struct {
	cost
	varFree bool
}

// set costs a selection set; varFree reports that no argument in it uses
// a variable.
func (w *opWalker) set(ss ast.SelectionSet) (c cost, varFree bool) {
	varFree = true
	for _, sel := range ss {
		var sub cost
		subFree := true
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue // introspection: cheap, answered from the schema
			}
			sub, subFree = w.field(s)
			c.roots++
		case *ast.InlineFragment:
			sub, subFree = w.set(s.SelectionSet)
			c.roots += sub.roots
		case *ast.FragmentSpread:
			if s.Definition == nil {
				continue
			}
			m, ok := w.memo[s.Name]
			if !ok {
				w.memo[s.Name] = fragmentCost{varFree: true} // a cycle (rejected by validation) costs nothing
				m.cost, m.varFree = w.set(s.Definition.SelectionSet)
				w.memo[s.Name] = m
			}
			sub, subFree = m.cost, m.varFree
			c.roots = satAdd(c.roots, sub.roots)
		}
		varFree = varFree && subFree
		c.depth = max(c.depth, sub.depth)
		c.complexity = satAdd(c.complexity, sub.complexity)
		if w.err != nil {
			return c, false
		}
	}
	return c, varFree
}

// field costs one field as gqlgen's complexity package does (its own
// ComplexityRoot function, or 1 plus its children; the costliest
// implementation for a field of an interface), with depth one more than its
// children's.
func (w *opWalker) field(f *ast.Field) (cost, bool) {
	if c, ok := w.known[f]; ok {
		return c, true
	}
	if f.Definition == nil || f.ObjectDefinition == nil {
		return cost{depth: 1, complexity: 1}, false
	}
	args := f.ArgumentMap(w.vars)
	w.checkArgs(f, args)
	w.checkRelArgs(f, args)
	varFree := !usesVariables(f.Arguments)
	typ := w.schema.Types[f.Definition.Type.Name()]
	var child, once cost
	if typ != nil {
		switch typ.Kind {
		case ast.Object, ast.Interface, ast.Union:
			var childFree bool
			if isConnection(typ) {
				child, once, childFree = w.connectionSet(f.SelectionSet)
			} else {
				child, childFree = w.set(f.SelectionSet)
			}
			varFree = varFree && childFree
		}
	}
	fc := 0
	if f.ObjectDefinition.Kind == ast.Interface {
		for _, t := range w.schema.GetPossibleTypes(f.ObjectDefinition) {
			fc = max(fc, w.fieldComplexity(t.Name, f.Name, child.complexity, args))
		}
	} else {
		fc = w.fieldComplexity(f.ObjectDefinition.Name, f.Name, child.complexity, args)
	}
	c := cost{depth: max(child.depth, once.depth) + 1, complexity: satAdd(fc, once.complexity)}
	if varFree && w.err == nil && w.record != nil {
		w.record[f] = c
	}
	return c, varFree
}

// usesVariables reports whether any argument's value is or holds a
// variable.
func usesVariables(args ast.ArgumentList) bool {
	var uses func(v *ast.Value) bool
	uses = func(v *ast.Value) bool {
		if v == nil {
			return false
		}
		if v.Kind == ast.Variable {
			return true
		}
		for _, c := range v.Children {
			if uses(c.Value) {
				return true
			}
		}
		return false
	}
	for _, a := range args {
		if uses(a.Value) {
			return true
		}
	}
	return false
}

func (w *opWalker) fieldComplexity(typ, field string, child int, args map[string]any) int {
	if c, ok := relCost(typ, field, child, args); ok {
		return c
	}
	if c, ok := w.es.Complexity(w.ctx, typ, field, child, args); ok && c >= 1 {
		return c
	}
	return satAdd(1, child)
}

// checkArgs bounds the string values in a field's arguments (nested in
// lists and input objects too). The text of an article to ingest is
// exempt: the body limit bounds it.
func (w *opWalker) checkArgs(f *ast.Field, args map[string]any) {
	if w.err != nil || len(args) == 0 {
		return
	}
	var check func(name string, v any)
	check = func(name string, v any) {
		if w.err != nil {
			return
		}
		switch v := v.(type) {
		case string:
			if len(v) > w.maxArg {
				w.err = limitError(errArgumentTooLong, "argument %s of %s is %d bytes, over the limit of %d", name, f.Name, len(v), w.maxArg)
			}
		case []any:
			for _, x := range v {
				check(name, x)
			}
		case map[string]any:
			for k, x := range v {
				if f.Name == "ingestArticle" && k == "text" {
					continue
				}
				check(name+"."+k, x)
			}
		}
	}
	for k, v := range args {
		check(k, v)
	}
}

func satAdd(a, b int) int {
	const maxInt = int(^uint(0) >> 1)
	if a < 0 || b < 0 {
		return max(a, b, 0)
	}
	if c := a + b; c >= a {
		return c
	}
	return maxInt
}

func satMul(a, b int) int {
	const maxInt = int(^uint(0) >> 1)
	if a <= 0 || b <= 0 {
		return 0
	}
	if a > maxInt/b {
		return maxInt
	}
	return a * b
}

// clip shortens s to at most n bytes (at a rune boundary), marking the cut,
// so that errors never echo long user input whole.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + fmt.Sprintf("… (%d bytes more)", len(s)-cut)
}

// checkRelArgs refuses a relationship field's arguments out of bounds
// (first, minConfidence: relSpec) before anything runs, once for the
// request, rather than once for each item of a list above it (100 errors
// for counties(first: 100) { nodes { industries(first: 0) } }).
func (w *opWalker) checkRelArgs(f *ast.Field, args map[string]any) {
	if w.err != nil {
		return
	}
	rf, ok := rels.fields[f.ObjectDefinition.Name][f.Name]
	if !ok {
		return
	}
	if _, err := relSpec(rf, args, func(s string) string { return s }); err != nil {
		w.err = limitError(codeBadUserInput, "%s.%s: %s", f.ObjectDefinition.Name, f.Name, kg.ErrorMessage(err))
	}
}

// isConnection reports whether typ is a cursor connection (it has
// pageInfo): its items are `nodes` and `edges`, the rest is per page.
func isConnection(typ *ast.Definition) bool {
	return typ.Kind == ast.Object && typ.Fields.ForName("pageInfo") != nil
}

// connectionSet costs a connection's selection in two parts: what is
// selected for each item (nodes, edges: multiplied by the page's size by
// the field's complexity) and what is selected once for the page
// (pageInfo, totalCount), which used to be multiplied too, so that a page
// of 1000 with its cursor cost 6,001 and could not be asked for.
func (w *opWalker) connectionSet(ss ast.SelectionSet) (perItem, once cost, varFree bool) {
	varFree = true
	for _, sel := range ss {
		f, ok := sel.(*ast.Field)
		if !ok || f.Name == "nodes" || f.Name == "edges" {
			// Items, or a fragment (costed whole, as items: never less).
			c, free := w.set(ast.SelectionSet{sel})
			perItem.depth = max(perItem.depth, c.depth)
			perItem.complexity = satAdd(perItem.complexity, c.complexity)
			varFree = varFree && free
			continue
		}
		c, free := w.set(ast.SelectionSet{sel})
		once.depth = max(once.depth, c.depth)
		once.complexity = satAdd(once.complexity, c.complexity)
		varFree = varFree && free
	}
	return perItem, once, varFree
}
