package neo4jstore

import (
	"context"

	kg "github.com/tuopin/tuopin"
)

var _ kg.Reader = (*Store)(nil)

func notYet(what string) error {
	return kg.Errorf(kg.ENOTIMPLEMENTED, "%s is not implemented yet", what)
}

// RegionByName implements kg.Reader.
func (s *Store) RegionByName(ctx context.Context, name, level string) (*kg.Region, error) {
	return nil, notYet("RegionByName")
}

// Entities implements kg.Reader.
func (s *Store) Entities(ctx context.Context, refs []kg.Ref) ([]kg.Entity, error) {
	return nil, notYet("Entities")
}

// Links implements kg.Reader.
func (s *Store) Links(ctx context.Context, spec kg.LinkSpec, keys []string) ([][]*kg.Link, error) {
	return nil, notYet("Links")
}

// Mentions implements kg.Reader.
func (s *Store) Mentions(ctx context.Context, ids []string) ([][]kg.Entity, error) {
	return nil, notYet("Mentions")
}

// Search implements kg.Reader.
func (s *Store) Search(ctx context.Context, q kg.SearchQuery) ([]kg.SearchHit, error) {
	return nil, notYet("Search")
}

// ShortestPaths implements kg.Reader.
func (s *Store) ShortestPaths(ctx context.Context, from, to kg.Ref, maxHops int, all bool, limit int) ([]kg.Path, error) {
	return nil, notYet("ShortestPaths")
}

// Neighborhood implements kg.Reader.
func (s *Store) Neighborhood(ctx context.Context, center kg.Ref, hops, limit int) (*kg.Subgraph, error) {
	return nil, notYet("Neighborhood")
}

// List implements kg.Reader.
func (s *Store) List(ctx context.Context, q kg.ListQuery) (*kg.Page, error) {
	return nil, notYet("List")
}

// Count implements kg.Reader.
func (s *Store) Count(ctx context.Context, q kg.ListQuery) (int, error) { return 0, notYet("Count") }

// Version implements kg.Reader.
func (s *Store) Version(ctx context.Context) (string, error) { return "", notYet("Version") }

// Snapshot implements kg.Reader.
func (s *Store) Snapshot(ctx context.Context) (*kg.Snapshot, error) { return nil, notYet("Snapshot") }
