// Package graph serves the knowledge graph over GraphQL (gqlgen): the
// executable schema, thin resolvers over kg.Reader, batching loaders, the
// error presenter, limits, metrics and the HTTP handler with GraphiQL.
package graph

//go:generate go -C .. run ./graph/internal/gqlgenrel
