package neo4jstore

import (
	"context"
	"fmt"

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
	`CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Region|Official|Program|Industry|Organization) ON EACH [n.search]
	   OPTIONS {indexConfig: {` + "`fulltext.analyzer`" + `: 'cjk'}}`,
}

func (s *Store) applySchema(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	// Schema statements cannot share a transaction with writes, but they
	// can share one with each other. Indexes created by one transaction
	// are populated together, by one scan of the store, where a
	// transaction each would start a scan each: after a bulk import of
	// many articles that is most of the time the schema takes.
	statements := append(schema, analysisIndexes...)
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
	if err := tx.Commit(ctx); err != nil {
		return err
	}
	res, err := sess.Run(ctx, `CALL db.awaitIndexes(60)`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	return err
}
