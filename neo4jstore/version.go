package neo4jstore

import (
	"context"
)

// Version implements kg.Reader: node, relationship and article counts
// (from the count store, constant time) and the articles' total length,
// which changes when an article is replaced by one of another length.
// What analyses write (the meta node, SIMILAR, CO_OCCURS) is not counted.
func (s *Store) Version(ctx context.Context) (string, error) {
	const q = versionCalls + ` RETURN version`
	return query(ctx, s, "Version", func(tx runner) (string, error) {
		return single[string](ctx, tx, q, nil, "version")
	})
}
