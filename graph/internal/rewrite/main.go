// Command rewrite runs after gqlgen (`go generate ./graph`): it makes the
// generated executor marshal lists of objects with exec.MarshalSlice
// instead of graphql.MarshalSliceConcurrently (see graph/internal/exec).
//
//	go run ./graph/internal/rewrite graph/generated/generated.go
package main

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
)

// The rewrites, each applied to every occurrence:
//   - lists of objects marshal through exec.MarshalSlice;
//   - objects get an empty deferred group instead of gqlgen's, which
//     computes the response path and allocates a field set and a map for
//     every object; the server rejects @defer and @stream (graph/nodefer.go),
//     so no field is ever deferred into it.
var rewrites = [][2]string{
	{"graphql.MarshalSliceConcurrently(", "exec.MarshalSlice("},
	{"deferred := graphql.NewDeferredGroup(ctx)", "deferred := graphql.DeferredGroup{}"},
}

const (
	importAt = "import (\n"
	addition = "import (\n\t\"github.com/tuopin/tuopin/graph/internal/exec\"\n"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: rewrite FILE")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "rewrite:", err)
		os.Exit(1)
	}
}

func run(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if bytes.Contains(src, []byte(addition)) {
		return nil // already rewritten
	}
	out := src
	for _, r := range rewrites {
		if !bytes.Contains(out, []byte(r[0])) {
			return fmt.Errorf("%s: no %s to rewrite (did gqlgen change?)", path, r[0])
		}
		out = bytes.ReplaceAll(out, []byte(r[0]), []byte(r[1]))
	}
	if !bytes.Contains(out, []byte(importAt)) {
		return fmt.Errorf("%s: no import block", path)
	}
	out = bytes.Replace(out, []byte(importAt), []byte(addition), 1)
	if out, err = format.Source(out); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, out, 0o644)
}
