// Command cyq runs one Cypher statement against a Neo4j and prints the
// records as JSON lines: a debugging aid for the benchmark data.
//
//	go run ./bench/cyq --uri bolt://127.0.0.1:7698 'MATCH (n) RETURN count(n)'
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func main() {
	uri := flag.String("uri", "bolt://127.0.0.1:7698", "Neo4j Bolt URI")
	params := flag.String("params", "{}", "parameters as a JSON object")
	profile := flag.Bool("profile", false, "print the summary's total db hits")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: cyq [--uri URI] [--params JSON] CYPHER")
		os.Exit(2)
	}
	var p map[string]any
	if err := json.Unmarshal([]byte(*params), &p); err != nil {
		fmt.Fprintln(os.Stderr, "cyq: params:", err)
		os.Exit(2)
	}
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(*uri, neo4j.NoAuth())
	if err != nil {
		fmt.Fprintln(os.Stderr, "cyq:", err)
		os.Exit(1)
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, flag.Arg(0), p, neo4j.EagerResultTransformer)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cyq:", err)
		os.Exit(1)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, r := range res.Records {
		enc.Encode(r.AsMap())
	}
	if *profile {
		if pr := res.Summary.Profile(); pr != nil {
			fmt.Println("dbHits:", sumHits(pr))
		}
	}
}

func sumHits(p neo4j.ProfiledPlan) int64 {
	n := p.DbHits()
	for _, c := range p.Children() {
		n += sumHits(c)
	}
	return n
}
