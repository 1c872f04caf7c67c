package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// noIncremental rejects operations that use @defer or @stream. The
// transport answers with one response, so deferred fields would be
// silently missing from it; and the executor is built without deferral
// (graph/internal/rewrite drops gqlgen's per-object deferred groups).
type noIncremental struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = noIncremental{}

func (noIncremental) ExtensionName() string                          { return "NoIncrementalDelivery" }
func (noIncremental) Validate(schema graphql.ExecutableSchema) error { return nil }

func (noIncremental) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if name := incrementalDirective(oc.Operation.SelectionSet, map[string]bool{}); name != "" {
		err := gqlerror.Errorf("@%s is not supported: this server sends each response whole", name)
		errcode.Set(err, errcode.ValidationFailed)
		return err
	}
	return nil
}

// incrementalDirective returns "defer" or "stream" when a selection (or a
// fragment it spreads) carries that directive, else "".
func incrementalDirective(set ast.SelectionSet, seen map[string]bool) string {
	for _, sel := range set {
		var dirs ast.DirectiveList
		var sub ast.SelectionSet
		switch s := sel.(type) {
		case *ast.Field:
			dirs, sub = s.Directives, s.SelectionSet
		case *ast.InlineFragment:
			dirs, sub = s.Directives, s.SelectionSet
		case *ast.FragmentSpread:
			dirs = s.Directives
			if s.Definition != nil && !seen[s.Name] {
				seen[s.Name] = true
				sub = s.Definition.SelectionSet
			}
		}
		for _, d := range dirs {
			if d.Name == "defer" || d.Name == "stream" {
				return d.Name
			}
		}
		if name := incrementalDirective(sub, seen); name != "" {
			return name
		}
	}
	return ""
}
