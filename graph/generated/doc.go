// Package generated is gqlgen's executable schema for schema.graphqls:
// written by `go generate ./graph` (graph/internal/gqlgenrel), never by
// hand, and never post-processed.
package generated
