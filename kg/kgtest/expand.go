// Package kgtest holds what tests of kg.Reader implementations share: the
// reference semantics of a planned read (ExpandVia). Production code never
// imports it.
package kgtest

import (
	"context"

	"github.com/tuopin/tuopin/kg"
)

// LinkReader is the part of a Reader that ExpandVia needs.
type LinkReader interface {
	Links(ctx context.Context, spec kg.LinkSpec, keys []string) ([][]*kg.Link, error)
}

// ExpandVia runs a plan below the given nodes with one Links call per
// spec and level: the reference semantics of a planned read, for readers
// that cannot do it in one statement (and for tests of those that can).
func ExpandVia(ctx context.Context, r LinkReader, nodes []kg.Entity, plan *kg.Plan) (kg.Prefetch, error) {
	out := kg.Prefetch{}
	return out, expandInto(ctx, r, nodes, plan, out)
}

func expandInto(ctx context.Context, r LinkReader, nodes []kg.Entity, plan *kg.Plan, out kg.Prefetch) error {
	if plan.Empty() || len(nodes) == 0 {
		return nil
	}
	keys := make([]string, 0, len(nodes))
	seen := map[string]bool{}
	for _, n := range nodes {
		if k := n.EntityRef().Key; !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for _, pl := range plan.Links {
		ls, err := r.Links(ctx, pl.Spec, keys)
		if err != nil {
			return err
		}
		var far []kg.Entity
		for i, k := range keys {
			out[kg.LinkKey{Spec: pl.Spec, Key: k}] = ls[i]
			for _, l := range ls[i] {
				far = append(far, l.Far(pl.Spec.Out))
			}
		}
		if err := expandInto(ctx, r, far, pl.Next, out); err != nil {
			return err
		}
	}
	return nil
}
