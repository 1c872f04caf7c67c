package kg

import "context"

// Reader answers the questions the GraphQL layer asks of the graph.
type Reader interface {
	// Ping returns EUNAVAILABLE when the store cannot be reached.
	Ping(ctx context.Context) error

	// RegionByName returns the region with the given name (simplified,
	// with suffix, e.g. 延寿县) or short name. Returns ENOTFOUND.
	RegionByName(ctx context.Context, name string) (*Region, error)
}
