package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader/synth"
)

func (m *Main) synth(ctx context.Context, args []string) error {
	fs := m.newFlagSet("synth", `Usage: tuopin synth --articles N --out DIR [flags]

Writes N synthetic articles of the genre (real counties from the gazetteer,
invented names, programs, industries, partners and statistics; simplified and
traditional mixed) for throughput tests. Never use them to judge extraction.`)
	n := fs.Int("articles", 1000, "number of articles")
	first := fs.Int("first", 0, "index of the first article: a corpus made in parts (--first 0, then --first N, ...) is the corpus made at once")
	out := fs.String("out", "", "output directory, new or empty (created)")
	seed := fs.Int64("seed", 1, "random seed; the same seed writes the same corpus")
	trad := fs.Float64("traditional", 0.3, "share of articles written in traditional script, 0 to 1")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *out == "" || *n <= 0 || *first < 0 {
		fs.Usage()
		return kg.Errorf(kg.EINVALID, "synth: --out DIR, --articles N > 0 and --first ≥ 0 are required")
	}
	if *trad < 0 || *trad > 1 {
		fs.Usage()
		return kg.Errorf(kg.EINVALID, "synth: --traditional must lie between 0 and 1, got %g", *trad)
	}
	// Files of an earlier corpus would stay beside the new one, and a file
	// of the same name be overwritten: a directory with anything in it is
	// refused, as load --bulk-out refuses one.
	if entries, err := os.ReadDir(*out); err == nil && len(entries) > 0 {
		return kg.Errorf(kg.EINVALID, "synth: --out %s is not empty (%d entries, e.g. %s); give a new or empty directory", *out, len(entries), entries[0].Name())
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	g := synth.New(*seed, *trad)
	for i := *first; i < *first+*n; i++ {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		name, body := g.Article(i)
		if err := os.WriteFile(filepath.Join(*out, name), body, 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(m.Stdout, "synth: wrote %d articles to %s\n", *n, *out)
	return nil
}
