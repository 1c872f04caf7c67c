package graph

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"strings"

	"github.com/tuopin/tuopin/kg"
)

// QueryHash is the key of a query text in an allow-list of persisted
// operations: the SHA-256 of its exact bytes, in lower-case hex (what
// `printf %s "$QUERY" | sha256sum` prints).
func QueryHash(query string) string {
	sum := sha256.Sum256([]byte(query))
	return hex.EncodeToString(sum[:])
}

// ReadAllowList reads an allow-list of persisted operations: one SHA-256
// (hex) per line, optionally followed by whitespace and anything else (a
// name, a comment); empty lines and lines starting with # are ignored.
// Returns EINVALID naming the first line that is not a hash.
func ReadAllowList(r io.Reader) (map[string]bool, error) {
	allowed := map[string]bool{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		h := strings.ToLower(strings.Fields(line)[0])
		if b, err := hex.DecodeString(h); err != nil || len(b) != sha256.Size {
			return nil, kg.Errorf(kg.EINVALID, "allow-list line %d: %q is not a SHA-256 in hex", n, clip(h, 80))
		}
		allowed[h] = true
	}
	if err := sc.Err(); err != nil {
		return nil, kg.Errorf(kg.EINVALID, "allow-list: %v", err)
	}
	return allowed, nil
}
