package graph

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/client"
)

// TestExplorerWithinLimits: every operation of the explorer (web/src/
// queries.ts) runs under the server's default limits with the variables
// the explorer sends, so that no page meets COMPLEXITY_LIMIT_EXCEEDED: its
// entity pages ask for FACTS_FIRST facts of each kind (web/src/views/
// Entity.tsx), and each relationship list costs its `first`.
func TestExplorerWithinLimits(t *testing.T) {
	src, err := os.ReadFile("../web/src/queries.ts")
	if err != nil {
		t.Fatal(err)
	}
	view, err := os.ReadFile("../web/src/views/Entity.tsx")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`const FACTS_FIRST = (\d+)`).FindSubmatch(view)
	if m == nil {
		t.Fatal("Entity.tsx declares no FACTS_FIRST")
	}
	factsFirst, _ := strconv.Atoi(string(m[1]))
	factsFirst++ // the pages ask for one more (FACTS_ASK), to tell a cut list from a whole one
	if !strings.Contains(string(view), "const FACTS_ASK = FACTS_FIRST + 1") {
		t.Fatal("Entity.tsx no longer asks for FACTS_FIRST + 1 facts (FACTS_ASK): check the variables below")
	}
	mapView, err := os.ReadFile("../web/src/views/Map.tsx")
	if err != nil {
		t.Fatal(err)
	}
	constant := func(src []byte, name string) int {
		m := regexp.MustCompile(`const ` + name + ` = (\d+)`).FindSubmatch(src)
		if m == nil {
			t.Fatalf("no constant %s", name)
		}
		n, _ := strconv.Atoi(string(m[1]))
		return n
	}
	// The map's arcs: pages of ARC_PAGE relationships.
	arcVars := map[string]any{"first": constant(mapView, "ARC_PAGE")}
	blocks := regexp.MustCompile("(?s)/\\* GraphQL \\*/ `(.*?)`").FindAllSubmatch(src, -1)
	fragments := map[string]string{}
	var ops []string
	for _, b := range blocks {
		text := string(b[1])
		if name := regexp.MustCompile(`fragment (\w+) on`).FindStringSubmatch(text); name != nil {
			fragments[name[1]] = text
		} else {
			ops = append(ops, text)
		}
	}
	vars := map[string]any{
		"id": "Region:230129", "first": factsFirst, "query": "延寿", "name": "延寿县", "metric": "贫困发生率",
		"from": "Region:230129", "to": "Industry:光伏", "hops": 2, "limit": 200, "maxHops": 6,
	}
	c := newTestClient(t, testGraph())
	entityPages := 0
	for _, op := range ops {
		name := regexp.MustCompile(`(?:query|mutation) (\w+)`).FindStringSubmatch(op)
		if name == nil {
			t.Errorf("an operation without a name: %.60s", op)
			continue
		}
		t.Run(name[1], func(t *testing.T) {
			doc := op
			for frag, text := range fragments {
				if strings.Contains(op, "..."+frag) {
					doc += text
				}
			}
			if strings.Contains(op, "$first") && strings.Contains(op, "(first: $first)") {
				entityPages++
			}
			var opts []client.Option
			vs := vars
			switch name[1] {
			case "Assistance":
				vs = arcVars
			case "NodeRelationships": // a group's "列出全部", ALL_PAGE at a time
				vs = map[string]any{"type": "DEVELOPS", "node": "Industry:光伏", "direction": "IN", "first": constant(view, "ALL_PAGE")}
			}
			for k, v := range vs {
				if strings.Contains(op, "$"+k+":") {
					opts = append(opts, client.Var(k, v))
				}
			}
			_, errs := post(t, c, doc, opts...)
			for _, e := range errs {
				switch code(errs) {
				case errComplexityLimit, errDepthLimit, errFieldLimit, errRootFieldLimit:
					t.Errorf("%s: %s", name[1], e.Message)
				case "GRAPHQL_VALIDATION_FAILED":
					t.Errorf("%s: the variables given do not fit it (costed nothing): %s", name[1], e.Message)
				}
			}
		})
	}
	if entityPages < 6 {
		t.Errorf("%d operations pass $first to relationship lists, want the 6 entity queries", entityPages)
	}
}
