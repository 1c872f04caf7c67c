// Command spantrain fits the loader's span tagger (loader/extract_spans.go)
// on articles and their gold industries, or its name tagger (the learned
// official stage, loader/extract_learned_officials.go) on their gold
// officials:
//
//	go run ./scripts/spantrain [--field industries|officials] --gold DIR [--aliases FILE]... --out FILE TEXT...
//
// Each TEXT's gold is DIR/<name>.json (the evaluation form); an industry is
// marked wherever its name, or a form the alias files map to it, stands in
// the normalised text, and an official wherever the name stands. scripts/realcorpus.py train --spans runs it on the
// tuning split only, once per fold for out-of-fold candidates and once on
// the whole split for loader/span_model.bin.gz.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/tuopin/tuopin/loader"
)

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func main() {
	gold := flag.String("gold", "", "folder of gold files, <name>.json per text")
	out := flag.String("out", "", "model file to write")
	epochs := flag.Int("epochs", 6, "passes over the data")
	field := flag.String("field", "industries", "what to tag: industries (the span tagger) or officials (the name tagger)")
	var aliases multi
	flag.Var(&aliases, "aliases", "an aliases.json whose industries section maps other forms to a name (repeatable)")
	flag.Parse()
	if *gold == "" || *out == "" || flag.NArg() == 0 || *field != "industries" && *field != "officials" {
		fmt.Fprintln(os.Stderr, "usage: spantrain [--field industries|officials] --gold DIR [--aliases FILE]... --out FILE TEXT...")
		os.Exit(2)
	}
	forms := map[string][]string{} // canonical -> other forms
	for _, a := range aliases {
		var doc struct {
			Industries map[string]string `json:"industries"`
		}
		b, err := os.ReadFile(a)
		if err == nil {
			err = json.Unmarshal(b, &doc)
		}
		if err != nil {
			fail(fmt.Errorf("aliases %s: %w", a, err))
		}
		for v, c := range doc.Industries {
			forms[c] = append(forms[c], v)
		}
	}
	x, err := loader.NewExtractor()
	if err != nil {
		fail(err)
	}
	x.SetSpanModel(nil)
	x.SetNameModel(nil)
	files := flag.Args()
	arts := make([]loader.SpanArticle, len(files))
	errs := make([]error, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				arts[i], errs[i] = article(x, *field, files[i], *gold, forms)
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	for i, e := range errs {
		if e != nil {
			fail(fmt.Errorf("%s: %w", files[i], e))
		}
	}
	m := loader.TrainSpanModel(arts, *epochs, 7)
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	if _, err := m.WriteTo(f); err != nil {
		fail(err)
	}
	if err := f.Close(); err != nil {
		fail(err)
	}
}

func article(x *loader.Extractor, field, file, goldDir string, forms map[string][]string) (loader.SpanArticle, error) {
	raw, err := os.ReadFile(file)
	if err != nil {
		return loader.SpanArticle{}, err
	}
	base := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	var g struct {
		Industries []string `json:"industries"`
		Officials  []struct {
			Name string `json:"name"`
		} `json:"officials"`
	}
	b, err := os.ReadFile(filepath.Join(goldDir, base+".json"))
	if err != nil {
		return loader.SpanArticle{}, err
	}
	if err := json.Unmarshal(b, &g); err != nil {
		return loader.SpanArticle{}, fmt.Errorf("gold: %w", err)
	}
	var names []string
	if field == "officials" {
		for _, o := range g.Officials {
			names = append(names, o.Name)
		}
		sents, err := x.NameExamples(file, raw)
		return loader.SpanArticle{Sents: sents, Names: names}, err
	}
	for _, n := range g.Industries {
		names = append(names, n)
		names = append(names, forms[n]...)
	}
	sents, err := x.SpanExamples(file, raw)
	return loader.SpanArticle{Sents: sents, Names: names}, err
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "spantrain:", err)
	os.Exit(1)
}
