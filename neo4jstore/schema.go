package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// schema is applied on Open. Every statement is idempotent (IF NOT EXISTS).
var schema = []string{
	`CREATE CONSTRAINT region_code IF NOT EXISTS FOR (n:Region) REQUIRE n.code IS UNIQUE`,
	`CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT program_id IF NOT EXISTS FOR (n:Program) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT industry_name IF NOT EXISTS FOR (n:Industry) REQUIRE n.name IS UNIQUE`,
	`CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:Statistic) REQUIRE n.id IS UNIQUE`,
	`CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE`,
	`CREATE INDEX region_name IF NOT EXISTS FOR (n:Region) ON (n.name)`,
	`CREATE INDEX region_short IF NOT EXISTS FOR (n:Region) ON (n.shortName)`,
	`CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level)`,
	`CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name)`,
	`CREATE INDEX program_name IF NOT EXISTS FOR (n:Program) ON (n.name)`,
	`CREATE INDEX statistic_metric IF NOT EXISTS FOR (n:Statistic) ON (n.metric, n.year)`,
	`CREATE INDEX article_file IF NOT EXISTS FOR (n:Article) ON (n.file)`,
	`CREATE INDEX article_path IF NOT EXISTS FOR (n:Article) ON (n.path)`,
	`CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Region|Official|Program|Industry|Organization) ON EACH [n.search]
	   OPTIONS {indexConfig: {` + "`fulltext.analyzer`" + `: 'cjk'}}`,
	// The cjk analyzer indexes a name of Han characters as its bigrams
	// (茶叶 → 茶叶; 普洱茶 → 普洱, 洱茶), so a query of one character (茶,
	// 牛) matches nothing in it. This index holds each character as a word
	// (Lucene's standard analyzer), for queries with a one-character term.
	// Neo4j takes a full-text index of the same labels and properties for
	// the same index whatever its analyzer (IF NOT EXISTS would skip this
	// one), so it covers name as well; search holds the name anyway.
	`CREATE FULLTEXT INDEX entity_search_chars IF NOT EXISTS FOR (n:Region|Official|Program|Industry|Organization) ON EACH [n.search, n.name]
	   OPTIONS {indexConfig: {` + "`fulltext.analyzer`" + `: 'standard-no-stop-words'}}`,
}

// schemaWait bounds how long Open waits for the schema's indexes to come
// online.
var schemaWait = time.Hour

func (s *Store) applySchema(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	// Schema statements cannot share a transaction with writes, but they
	// can share one with each other. The indexes created by one
	// transaction are populated together, in the background, by one scan
	// of the store, where a transaction each would start a scan each;
	// creating a uniqueness constraint instead waits for its own index.
	// So the indexes go first, in one transaction, and the constraints
	// after it, all at once, each in a session of its own, while the
	// indexes fill: after a bulk import of 200,000 articles this took
	// 0.83× the time of one statement after the other
	// (bench/results/load-schema-200k-round9.md).
	var indexes, constraints []string
	for _, q := range append(schema, analysisIndexes...) {
		if strings.HasPrefix(q, "CREATE CONSTRAINT") {
			constraints = append(constraints, q)
		} else {
			indexes = append(indexes, q)
		}
	}
	if err := s.schemaTx(ctx, sess, indexes); err != nil {
		return err
	}
	// Each constraint in its own session, all at once: each waits for
	// its own index's population, and these run side by side.
	errs := make([]error, len(constraints))
	var wg sync.WaitGroup
	for i, q := range constraints {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cs := s.session(ctx, neo4j.AccessModeWrite)
			defer cs.Close(ctx)
			res, err := cs.Run(ctx, q, nil)
			if err == nil {
				_, err = res.Consume(ctx)
			}
			if err != nil {
				errs[i] = fmt.Errorf("%s: %w", q, err)
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	// The indexes fill in the background; wait for them, however long a
	// large graph takes (60 s was too short after a bulk import of a
	// million articles: bench/results/load-bulk-1m-round9.md).
	res, err := sess.Run(ctx, `CALL db.awaitIndexes($seconds)`, map[string]any{"seconds": int64(schemaWait / time.Second)})
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return err
}

// schemaTx runs schema statements in one transaction.
func (s *Store) schemaTx(ctx context.Context, sess neo4j.SessionWithContext, statements []string) error {
	tx, err := sess.BeginTransaction(ctx)
	if err != nil {
		return err
	}
	defer tx.Close(ctx)
	for _, q := range statements {
		res, err := tx.Run(ctx, q, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return tx.Commit(ctx)
}
