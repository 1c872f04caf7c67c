package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/tuopin/tuopin/kg"
)

// ArticleSelector picks stored articles for RemoveArticles: by id, by the
// source path they were read from (Article.path), or by a path prefix (a
// directory, ending in its separator). Exactly one is set.
type ArticleSelector struct {
	ID, Path, Prefix string
}

// Removal is what RemoveArticles did.
type Removal struct {
	// Removed lists the articles removed (or, dry, that would be), as
	// id and source path, in path order.
	Removed []kg.Article
	// Unmatched are the selectors that matched no stored article.
	Unmatched []ArticleSelector
	Written   kg.WriteSummary
}

// removeBatch is how many articles one transaction withdraws.
const removeBatch = 100

// RemoveArticles withdraws the selected articles with the support they
// gave their facts, exactly as replacing an article does
// (docs/PROVENANCE.md): each fact relationship loses the article's count,
// confidence and evidence, and is deleted at zero; a node no article
// mentions any more is deleted. With dry, it only reports what it would
// remove.
func (s *Store) RemoveArticles(ctx context.Context, sel []ArticleSelector, dry bool) (Removal, error) {
	var rm Removal
	seen := map[string]bool{}
	for _, x := range sel {
		var q string
		var p map[string]any
		switch {
		case x.ID != "":
			q, p = `MATCH (a:Article {id: $v}) RETURN a.id AS id, a.path AS path, a.title AS title`, map[string]any{"v": x.ID}
		case x.Path != "":
			q, p = `MATCH (a:Article {path: $v}) RETURN a.id AS id, a.path AS path, a.title AS title`, map[string]any{"v": x.Path}
		case x.Prefix != "":
			q, p = `MATCH (a:Article) WHERE a.path STARTS WITH $v RETURN a.id AS id, a.path AS path, a.title AS title ORDER BY a.path`, map[string]any{"v": x.Prefix}
		default:
			return rm, kg.Errorf(kg.EINVALID, "remove: an empty selector")
		}
		found, err := query(ctx, s, "RemoveArticles", func(tx runner) ([]kg.Article, error) {
			res, err := tx.Run(ctx, q, p)
			if err != nil {
				return nil, err
			}
			var out []kg.Article
			for res.Next(ctx) {
				r := res.Record()
				id, _, _ := neo4j.GetRecordValue[string](r, "id")
				path, _, _ := neo4j.GetRecordValue[string](r, "path")
				title, _, _ := neo4j.GetRecordValue[string](r, "title")
				out = append(out, kg.Article{ID: id, Path: path, Title: title})
			}
			return out, res.Err()
		})
		if err != nil {
			return rm, err
		}
		if len(found) == 0 {
			rm.Unmatched = append(rm.Unmatched, x)
		}
		for _, a := range found {
			if !seen[a.ID] {
				seen[a.ID] = true
				rm.Removed = append(rm.Removed, a)
			}
		}
	}
	if dry {
		return rm, nil
	}
	for i := 0; i < len(rm.Removed); i += removeBatch {
		batch := rm.Removed[i:min(i+removeBatch, len(rm.Removed))]
		sum, err := write(ctx, s, "RemoveArticles", func(tx neo4j.ManagedTransaction) (kg.WriteSummary, error) {
			var sum kg.WriteSummary
			for _, a := range batch {
				if err := withdraw(ctx, tx, a.ID, &sum); err != nil {
					return sum, fmt.Errorf("withdraw article %s: %w", a.ID, err)
				}
			}
			return sum, nil
		})
		if err != nil {
			return rm, err
		}
		rm.Written.NodesDeleted += sum.NodesDeleted
		rm.Written.RelationshipsDeleted += sum.RelationshipsDeleted
		rm.Written.PropertiesSet += sum.PropertiesSet
	}
	return rm, nil
}
