// Command graphdigest prints the digest of the whole graph of a Neo4j
// (neo4jstoretest.Digest: nodes, relationships, a checksum of their
// labels, keys and properties), so that the graphs two binaries load can be
// compared (bench/loadab.sh with BENCH_AB_DIGEST=1). It holds every line
// of the graph in memory: fine at 20,000 articles, not at 100,000.
//
//	go run ./bench/graphdigest bolt://127.0.0.1:7762
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/tuopin/tuopin/neo4jstore/neo4jstoretest"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: graphdigest BOLT-URI")
		os.Exit(2)
	}
	d, err := neo4jstoretest.Digest(context.Background(), os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "graphdigest:", err)
		os.Exit(1)
	}
	fmt.Printf("nodes %d, relationships %d, checksum %s\n", d.Nodes, d.Relationships, d.Checksum)
}
