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

const (
	from     = "graphql.MarshalSliceConcurrently("
	to       = "exec.MarshalSlice("
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
	n := bytes.Count(src, []byte(from))
	if n == 0 {
		if bytes.Contains(src, []byte(to)) {
			return nil // already rewritten
		}
		return fmt.Errorf("%s: no %s to rewrite (did gqlgen change?)", path, from)
	}
	out := bytes.ReplaceAll(src, []byte(from), []byte(to))
	if !bytes.Contains(out, []byte(importAt)) {
		return fmt.Errorf("%s: no import block", path)
	}
	out = bytes.Replace(out, []byte(importAt), []byte(addition), 1)
	if out, err = format.Source(out); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return os.WriteFile(path, out, 0o644)
}
