package main

import (
	"context"
	"strings"
	"testing"

	"github.com/tuopin/tuopin/kg"
)

// TestAnalyzeFlagsBounded: analysis parameters the algorithms cannot take
// are refused by name when the flags are parsed, before Neo4j is reached
// (PageRank never returned for --tolerance 0 or --damping 1 or more, and
// --similar-top-k -1 panicked); good values pass on to the connection,
// which the test makes fail fast.
func TestAnalyzeFlagsBounded(t *testing.T) {
	unreachable := []string{"--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-connect-timeout", "1s"}
	for _, tc := range []struct {
		name, flag, value string
		ok                bool
	}{
		{"ToleranceZero", "tolerance", "0", false},
		{"ToleranceTiny", "tolerance", "1e-300", false},
		{"ToleranceNaN", "tolerance", "NaN", false},
		{"ToleranceOK", "tolerance", "1e-8", true},
		{"DampingOne", "damping", "1", false},
		{"DampingFive", "damping", "5", false},
		{"DampingNegative", "damping", "-0.1", false},
		{"DampingZero", "damping", "0", true},
		{"DampingOK", "damping", "0.85", true},
		{"ResolutionZero", "resolution", "0", false},
		{"ResolutionInf", "resolution", "+Inf", false},
		{"ResolutionOK", "resolution", "0.5", true},
		{"TopKNegative", "similar-top-k", "-1", false},
		{"TopKZero", "similar-top-k", "0", true},
		{"SourcesNegative", "betweenness-sources", "-1", false},
		{"SourcesExact", "betweenness-sources", "0", true},
		{"PageSizeZero", "page-size", "0", false},
		{"LouvainRunsZero", "louvain-runs", "0", false},
		{"ExactMaxNegative", "betweenness-exact-max", "-5", false},
		{"NotANumber", "page-size", "many", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _, _ := newTestMain(nil)
			err := m.Run(context.Background(), append([]string{"analyze", "--" + tc.flag, tc.value}, unreachable...))
			if tc.ok {
				if kg.ErrorCode(err) != kg.EUNAVAILABLE {
					t.Fatalf("--%s %s: err = %v, want it accepted (then Neo4j unreachable)", tc.flag, tc.value, err)
				}
				return
			}
			if kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(kg.ErrorMessage(err), "-"+tc.flag) {
				t.Fatalf("--%s %s: err = %v (%s), want an invalid-input error naming the flag", tc.flag, tc.value, err, kg.ErrorCode(err))
			}
		})
	}
	t.Run("LoadSharesTheBounds", func(t *testing.T) {
		m, _, _ := newTestMain(nil)
		err := m.Run(context.Background(), append([]string{"load", "--tolerance", "0"}, append(unreachable, seed)...))
		if err == nil || !strings.Contains(err.Error(), "-tolerance") {
			t.Fatalf("load --tolerance 0: err = %v, want the flag refused", err)
		}
	})
}
