// Package model holds the GraphQL types that have no domain type in kg
// (connections, filters, analytics answers): written by gqlgen from
// schema.graphqls and gqlgen.yml, never by hand.
package model
