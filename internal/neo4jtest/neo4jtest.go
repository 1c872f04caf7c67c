// Package neo4jtest gives integration tests a real Neo4j: the one named by
// TEST_NEO4J_URI (never NEO4J_URI, so a user's database is never touched).
//
// `go test ./...` runs packages in parallel processes against one server, so
// the first call in a process takes an exclusive file lock that is held until
// the process exits: packages that use Neo4j run one after another while
// the rest of the suite stays parallel.
package neo4jtest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

var (
	lockOnce sync.Once
	lockErr  error
	lockFile *os.File // kept open (and locked) for the life of the process
)

// URI returns TEST_NEO4J_URI, skipping the test when it is unset or under -short.
func URI(t testing.TB) string {
	t.Helper()
	uri := os.Getenv("TEST_NEO4J_URI")
	if uri == "" {
		if os.Getenv("TUOPIN_REQUIRE_NEO4J") != "" {
			t.Fatal("TEST_NEO4J_URI is not set but TUOPIN_REQUIRE_NEO4J is: Neo4j tests must run here")
		}
		t.Skip("TEST_NEO4J_URI is not set; skipping a test that needs Neo4j")
	}
	if testing.Short() {
		t.Skip("skipping Neo4j test in -short mode")
	}
	lockOnce.Do(func() { lockErr = lock(uri) })
	if lockErr != nil {
		t.Fatalf("neo4jtest: lock: %v", lockErr)
	}
	return uri
}

// User and Password return TEST_NEO4J_USER and TEST_NEO4J_PASSWORD.
func User() string     { return os.Getenv("TEST_NEO4J_USER") }
func Password() string { return os.Getenv("TEST_NEO4J_PASSWORD") }

func lock(uri string) error {
	name := strings.NewReplacer(":", "_", "/", "_").Replace(uri)
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "tuopin-neo4jtest-"+name+".lock"), os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return err
	}
	lockFile = f
	return nil
}

// Wipe deletes every node and relationship in batches. Schema stays.
func Wipe(t testing.TB) {
	t.Helper()
	uri := URI(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	auth := neo4j.NoAuth()
	if User() != "" {
		auth = neo4j.BasicAuth(User(), Password(), "")
	}
	d, err := neo4j.NewDriverWithContext(uri, auth)
	if err != nil {
		t.Fatalf("neo4jtest: driver: %v", err)
	}
	defer d.Close(ctx)
	// Relationships first, in bounded batches (see neo4jstore.Store.Reset).
	for _, q := range []string{
		`MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS c`,
		`MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS c`,
	} {
		for {
			res, err := neo4j.ExecuteQuery(ctx, d, q, nil, neo4j.EagerResultTransformer)
			if err != nil {
				t.Fatalf("neo4jtest: wipe: %v", err)
			}
			c, _, err := neo4j.GetRecordValue[int64](res.Records[0], "c")
			if err != nil {
				t.Fatalf("neo4jtest: wipe: %v", err)
			}
			if c == 0 {
				break
			}
		}
	}
}
