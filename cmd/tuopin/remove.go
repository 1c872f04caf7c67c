package main

import (
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
	"github.com/tuopin/tuopin/neo4jstore"
)

// articleID is an article's id: the SHA-256 of its normalised text, in hex.
var articleID = regexp.MustCompile(`^[0-9a-f]{64}$`)

func (m *Main) remove(ctx context.Context, args []string) error {
	fs := m.newFlagSet("remove", `Usage: tuopin remove [flags] PATH|DIR|ID...

Removes articles from the graph with the support they gave their facts, as
replacing an article does: each fact loses the article's count, confidence
and evidence, and goes when no article supports it any more; an entity no
article mentions any more goes too. For an article that was retracted or
loaded by mistake.

An argument is the path a file was loaded from (the file itself may be gone
already), a directory (every article loaded from below it), or an article's
id (64 hex digits, as the API's Article id shows it). Articles given to the
API's ingest have no file: remove them by id. Analytics written before a
removal are stale until 'tuopin analyze' runs again.

An argument that matches no stored article is reported, and the command
then exits with an error (not_found) after removing the others.`)
	nf := m.registerNeo4j(fs)
	dry := fs.Bool("dry-run", false, "list the articles that would be removed, and remove nothing")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return kg.Errorf(kg.EINVALID, "remove: no PATH, DIR or ID given")
	}
	var sel []neo4jstore.ArticleSelector
	for _, a := range fs.Args() {
		switch {
		case articleID.MatchString(a):
			sel = append(sel, neo4jstore.ArticleSelector{ID: a})
		case a == "" || a == "-":
			return kg.Errorf(kg.EINVALID, "remove: %q is no path or article id", a)
		default:
			p := loader.SourcePath(a)
			if p == "" {
				return kg.Errorf(kg.EINVALID, "remove: %q: no absolute path", a)
			}
			if fi, err := os.Stat(a); err == nil && fi.IsDir() {
				sel = append(sel, neo4jstore.ArticleSelector{Prefix: strings.TrimSuffix(p, string(filepath.Separator)) + string(filepath.Separator)})
			} else {
				sel = append(sel, neo4jstore.ArticleSelector{Path: p})
			}
		}
	}
	store, err := nf.open(ctx)
	if err != nil {
		return err
	}
	defer store.Close(context.Background())
	rm, err := store.RemoveArticles(ctx, sel, *dry)
	verb := "removed"
	if *dry {
		verb = "would remove (dry run)"
	}
	for _, a := range rm.Removed {
		name := a.Path
		if name == "" {
			name = a.ID
		}
		fmt.Fprintf(m.Stdout, "  %s  %s\n", printable(name), printable(a.Title))
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%s: %d articles", verb, len(rm.Removed))
	if !*dry {
		fmt.Fprintf(m.Stdout, "; nodes -%d; relationships -%d; %d properties set", rm.Written.NodesDeleted, rm.Written.RelationshipsDeleted, rm.Written.PropertiesSet)
	}
	fmt.Fprintln(m.Stdout)
	if len(rm.Unmatched) > 0 {
		var names []string
		for _, u := range rm.Unmatched {
			names = append(names, cmp.Or(u.ID, u.Path, u.Prefix))
		}
		for _, n := range names {
			fmt.Fprintf(m.Stdout, "not found: %s\n", printable(n))
		}
		return kg.Errorf(kg.ENOTFOUND, "remove: %d of %d arguments match no stored article: %s", len(names), len(sel), printable(strings.Join(names, ", ")))
	}
	return nil
}
