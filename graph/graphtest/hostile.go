// Package graphtest holds what tests of the GraphQL server and the
// benchmark's hostile client share: builders of hostile documents, one per
// probe class of issue 14, each of which the server must answer with a
// coded error, quickly, however much work it asks for.
package graphtest

import (
	"fmt"
	"strings"
)

// FragmentBomb is n fragments that each spread the previous one twice
// (under two aliases, so nothing merges): 2^n fields once expanded.
func FragmentBomb(n int) string {
	return chain(n, "name", "a: parent { ...f%[1]d } b: parent { ...f%[1]d }")
}

// FlatFragmentBomb spreads the previous fragment twice side by side.
func FlatFragmentBomb(n int) string {
	return chain(n, "name code", "...f%[1]d ...f%[1]d")
}

// chain is a county's selection of fragment fn, where f0 selects leaf and
// every other fragment fi is body with %[1]d standing for i-1.
func chain(n int, leaf, body string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "{ county(name: \"延寿县\") { ...f%d } }\nfragment f0 on Region { %s }\n", n, leaf)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "fragment f%d on Region { %s }\n", i, fmt.Sprintf(body, i-1))
	}
	return b.String()
}

// Conflicts is fragments whose fields share a response name with other
// arguments, up to about bytes: validation finds an error per pair.
func Conflicts(bytes int) string {
	return spreads(func(_, size int) bool { return size < bytes }, "c", `x: county(name: "%[1]d") { name }`)
}

// DistinctSpreads is n fragments of one field each under distinct aliases:
// no conflicts, but n² fragment pairs for validation to compare.
func DistinctSpreads(n int) string {
	return spreads(func(i, _ int) bool { return i < n }, "d", "x%[1]d: metrics")
}

// spreads is a query spreading fragments prefix0, prefix1… while more(i,
// bytes so far), each selecting field on Query with %[1]d standing for its
// number.
func spreads(more func(i, size int) bool, prefix, field string) string {
	var spread, frags strings.Builder
	for i := 0; more(i, spread.Len()+frags.Len()); i++ {
		fmt.Fprintf(&spread, "...%s%d ", prefix, i)
		fmt.Fprintf(&frags, "fragment %s%d on Query { %s }\n", prefix, i, fmt.Sprintf(field, i))
	}
	return "{ " + spread.String() + "}\n" + frags.String()
}

// Aliases is field n times under distinct aliases, in one selection.
func Aliases(n int, field string) string {
	var b strings.Builder
	b.WriteString("{ ")
	for i := range n {
		fmt.Fprintf(&b, "a%d: %s ", i, field)
	}
	return b.String() + "}"
}
