package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"
)

func (m *Main) migrate(ctx context.Context, args []string) error {
	fs := m.newFlagSet("migrate", `Usage: tuopin migrate [flags]

Converts a graph written by an older Tuopin, whose fact relationships kept
provenance as lists (articles, confidences) that grew with every article
repeating a fact, to provenance counts: each relationship gets support,
confidenceLevels and confidenceCounts, and each article the list of facts it
supports (factTypes, factFrom, factTo, factConfidences); and gives each
article stored before source paths were recorded its file name as its path
(a file of that name loaded later replaces it, as before); and moves
evidence sentences out of the fact relationships' evidence strings
("<article>:<start>:<end>:<sentence>" becomes "<article>:<start>:<end>")
onto their articles (sentenceSpans, sentences), so each sentence is stored
once; see docs/graph-model.md and docs/PROVENANCE.md. Works in bounded transactions: it may be interrupted
and run again, and on a converted graph it changes nothing. 'tuopin load'
refuses to write into an unconverted graph.`)
	nf := m.registerNeo4j(fs)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	store, err := nf.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	t := time.Now()
	rep, err := store.Migrate(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(rep)
	}
	fmt.Fprintf(m.Stdout, "migrate: %d relationships converted to provenance counts; %d evidence lists rewritten with their sentences moved onto the articles; %d articles record the facts they support (%s)\n",
		rep.Relationships, rep.Evidence, rep.Articles, time.Since(t).Round(time.Millisecond))
	return nil
}
