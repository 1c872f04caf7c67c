package main

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/tuopin/tuopin/neo4jstore"
)

// neo4jFlags registers the Neo4j connection flags with env-var defaults.
type neo4jFlags struct {
	uri, user, password, database string
	connectTimeout                time.Duration
}

func (m *Main) env(key, def string) string {
	if v := m.Getenv(key); v != "" {
		return v
	}
	return def
}

// envBool is true when key is set to 1, true, yes or on.
func (m *Main) envBool(key string) bool {
	switch strings.ToLower(strings.TrimSpace(m.Getenv(key))) {
	case "1", "true", "yes", "on":
		return true
	}
	return false
}

// envFloat is key's value as a number, def when unset or not a number.
func (m *Main) envFloat(key string, def float64) float64 {
	if v, err := strconv.ParseFloat(strings.TrimSpace(m.Getenv(key)), 64); err == nil {
		return v
	}
	return def
}

func (m *Main) registerNeo4j(fs *flag.FlagSet) *neo4jFlags {
	f := &neo4jFlags{}
	fs.StringVar(&f.uri, "neo4j-uri", m.env("NEO4J_URI", "bolt://127.0.0.1:7687"), "Neo4j URI (env NEO4J_URI); neo4j:// for clusters and Aura")
	fs.StringVar(&f.user, "neo4j-user", m.env("NEO4J_USER", ""), "Neo4j user (env NEO4J_USER); empty for no auth")
	fs.StringVar(&f.password, "neo4j-password", m.env("NEO4J_PASSWORD", ""), "Neo4j password (env NEO4J_PASSWORD)")
	fs.StringVar(&f.database, "neo4j-database", m.env("NEO4J_DATABASE", ""), "Neo4j database (env NEO4J_DATABASE); empty for the default")
	fs.DurationVar(&f.connectTimeout, "neo4j-connect-timeout", 10*time.Second, "give up when Neo4j does not answer within this time")
	return f
}

func (f *neo4jFlags) open(ctx context.Context) (*neo4jstore.Store, error) {
	return neo4jstore.Open(ctx, neo4jstore.Config{
		URI: f.uri, User: f.user, Password: f.password, Database: f.database,
		ConnectTimeout: f.connectTimeout,
	})
}

// String is the masked configuration, safe to log.
func (f *neo4jFlags) String() string {
	pw := ""
	if f.password != "" {
		pw = "***"
	}
	return fmt.Sprintf("uri=%s user=%s password=%s database=%s", f.uri, f.user, pw, strings.TrimSpace(f.database))
}

// newFlagSet returns a FlagSet whose --help prints the command's usage.
func (m *Main) newFlagSet(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet("tuopin "+name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		m.usageShown = true
		fmt.Fprintf(fs.Output(), "%s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}
