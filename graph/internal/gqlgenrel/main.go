// Command gqlgenrel runs gqlgen (`go generate ./graph`) with one plugin:
// the resolver of every relationship field (@rel in schema.graphqls) is
// written by gqlgen itself as a call to the generic resolver
// (graph/rel.go), so adding a relationship field needs no hand-written
// resolver. It uses gqlgen's supported extension point for resolver bodies
// (plugin.ResolverImplementer); the generated code is gqlgen's own.
//
//	go run ./graph/internal/gqlgenrel   (from the repository root)
package main

import (
	"fmt"
	"go/types"
	"io"
	"log"
	"os"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
	"github.com/99designs/gqlgen/codegen/templates"
)

func main() {
	log.SetOutput(io.Discard) // as gqlgen's own command: its notes are not errors
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err == nil {
		err = api.Generate(cfg, api.AddPlugin(relResolvers{}))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gqlgenrel:", err)
		os.Exit(1)
	}
}

// relResolvers writes the bodies of relationship field resolvers.
type relResolvers struct{}

func (relResolvers) Name() string { return "relresolvers" }

// Implement returns the body of a resolver: the generic resolver for a
// @rel field whose only argument, if any, is minConfidence; the previous
// body otherwise (gqlgen's stub for a new field).
func (relResolvers) Implement(prev string, f *codegen.Field) string {
	if body, ok := relBody(f); ok {
		return body
	}
	if prev != "" {
		return prev
	}
	return fmt.Sprintf("panic(fmt.Errorf(%q))", "not implemented: "+f.GoFieldName+" - "+f.Name)
}

func relBody(f *codegen.Field) (string, bool) {
	if f.FieldDefinition.Directives.ForName("rel") == nil {
		return "", false
	}
	min := "nil"
	for _, a := range f.Args {
		if a.Name != "minConfidence" {
			return "", false // a field with filters of its own is written by hand
		}
		min = a.VarName
	}
	t := f.TypeReference.GO
	s, isList := t.(*types.Slice)
	switch {
	case isList && templates.CurrentImports.LookupType(s.Elem()) == "*kg.Link":
		return "return r.relLinks(ctx, obj, " + min + ")", true
	case isList:
		return "return relNodes[" + templates.CurrentImports.LookupType(s.Elem()) + "](ctx, r.Resolver, obj)", true
	}
	return "return relNode[" + templates.CurrentImports.LookupType(t) + "](ctx, r.Resolver, obj)", true
}
