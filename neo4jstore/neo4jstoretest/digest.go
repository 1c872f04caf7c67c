// Package neo4jstoretest holds what tests and benchmarks of the store need
// and the server does not: a digest of a whole graph, to check that two
// loads or a rerun leave the same data, and an article count. It opens a
// driver of its own, so nothing of it is in neo4jstore's API.
package neo4jstoretest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// read runs fn in a read transaction on a driver of its own.
func read[T any](ctx context.Context, uri string, fn func(tx neo4j.ManagedTransaction) (T, error)) (T, error) {
	var zero T
	d, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth())
	if err != nil {
		return zero, err
	}
	defer d.Close(ctx)
	sess := d.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeRead})
	defer sess.Close(ctx)
	return neo4j.ExecuteRead(ctx, sess, fn)
}

// GraphDigest summarises the whole graph's content independently of
// internal ids and of the order in which lists were filled.
type GraphDigest struct {
	Nodes         int64
	Relationships int64
	Checksum      string
}

// Digest reads every node and relationship of the database at uri (no
// authentication, as the test and benchmark instances) in one read
// transaction and hashes their labels, keys and properties: two graphs with
// the same digest hold the same data.
func Digest(ctx context.Context, uri string) (GraphDigest, error) {
	d, _, err := digest(ctx, uri)
	return d, err
}

// DigestLines returns the sorted lines Digest hashes, for finding where two
// graphs differ.
func DigestLines(ctx context.Context, uri string) ([]string, error) {
	_, lines, err := digest(ctx, uri)
	return lines, err
}

func digest(ctx context.Context, uri string) (GraphDigest, []string, error) {
	var lines []string
	d, err := read(ctx, uri, func(tx neo4j.ManagedTransaction) (GraphDigest, error) {
		var d GraphDigest
		lines = nil
		const qn = `MATCH (n) RETURN labels(n) AS l, properties(n) AS p`
		res, err := tx.Run(ctx, qn, nil)
		if err != nil {
			return d, err
		}
		for res.Next(ctx) {
			rec := res.Record()
			l, _ := rec.Get("l")
			p, _ := rec.Get("p")
			lines = append(lines, "N "+canonical(l)+" "+canonical(p))
		}
		if err := res.Err(); err != nil {
			return d, err
		}
		d.Nodes = int64(len(lines))
		const qr = `MATCH (a)-[r]->(b)
			RETURN type(r) AS t, properties(r) AS p,
			       coalesce(a.code, a.id, a.name) AS a, coalesce(b.code, b.id, b.name) AS b`
		res, err = tx.Run(ctx, qr, nil)
		if err != nil {
			return d, err
		}
		for res.Next(ctx) {
			rec := res.Record()
			t, _ := rec.Get("t")
			p, _ := rec.Get("p")
			a, _ := rec.Get("a")
			b, _ := rec.Get("b")
			lines = append(lines, "R "+canonical(a)+" "+canonical(t)+" "+canonical(b)+" "+canonical(p))
			d.Relationships++
		}
		if err := res.Err(); err != nil {
			return d, err
		}
		sort.Strings(lines)
		h := sha256.New()
		for _, l := range lines {
			h.Write([]byte(l))
			h.Write([]byte{'\n'})
		}
		d.Checksum = hex.EncodeToString(h.Sum(nil))
		return d, nil
	})
	return d, lines, err
}

// canonical renders a value with map keys and list items sorted.
func canonical(v any) string {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, 0, len(keys))
		for _, k := range keys {
			parts = append(parts, k+"="+canonical(x[k]))
		}
		return "{" + strings.Join(parts, ",") + "}"
	case []any:
		parts := make([]string, 0, len(x))
		for _, e := range x {
			parts = append(parts, canonical(e))
		}
		slices.Sort(parts)
		return "[" + strings.Join(parts, ",") + "]"
	default:
		return fmt.Sprintf("%T:%v", v, v)
	}
}

// CountArticles returns the number of articles stored in the database at uri.
func CountArticles(ctx context.Context, uri string) (int64, error) {
	return read(ctx, uri, func(tx neo4j.ManagedTransaction) (int64, error) {
		res, err := tx.Run(ctx, `MATCH (a:Article) RETURN count(a) AS n`, nil)
		if err != nil {
			return 0, err
		}
		rec, err := res.Single(ctx)
		if err != nil {
			return 0, err
		}
		n, _, err := neo4j.GetRecordValue[int64](rec, "n")
		return n, err
	})
}
