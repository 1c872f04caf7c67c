package neo4jstore

import (
	"context"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
)

// WriteRaw writes the same prepared rows as WriteFacts with the plainest
// Cypher that stores the same data: one UNWIND … MERGE … SET per statement,
// provenance lists assigned rather than merged, no triage of stored articles,
// no withdrawal. It is the floor the writer is benchmarked against, not a way
// to load data (a fact seen in two articles keeps only the last one's
// provenance, and a changed file is not replaced).
func (s *Store) WriteRaw(ctx context.Context, batch []*kg.Facts) error {
	rows := buildRows(batch)
	_, err := write(ctx, s, "WriteRaw", func(tx neo4j.ManagedTransaction) (struct{}, error) {
		return struct{}{}, execBatch(ctx, tx, rawStatements, rows, func(st boundStatement) error {
			res, err := tx.Run(ctx, st.cypher, st.params)
			if err == nil {
				_, err = res.Consume(ctx)
			}
			return err
		})
	})
	return err
}

// rawStatements mirror writeStatements with the provenance assigned, not
// merged, and an official's titles assigned, not united.
var rawStatements = buildStatements(true)

// rawNodeUpdate is a label's node update without the union of titles.
func rawNodeUpdate(label, upd string) string {
	if label != kg.LabelOfficial {
		return upd
	}
	upd = strings.Replace(upd, "\n\t\tON CREATE SET n.titles = []", "", 1)
	return strings.Replace(upd, ",\n\t\t    n.titles = reduce(acc = n.titles, t IN row.titles | CASE WHEN t IN acc THEN acc ELSE acc + t END)", ", n.titles = row.titles", 1)
}
