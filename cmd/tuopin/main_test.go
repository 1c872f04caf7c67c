package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/internal/neo4jtest"
	"github.com/tuopin/tuopin/kg"
	"github.com/tuopin/tuopin/loader"
	"github.com/tuopin/tuopin/loader/synth"
	"github.com/tuopin/tuopin/neo4jstore"
)

// newTestMain returns a Main with captured output and the given environment.
func newTestMain(env map[string]string) (*Main, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	m := &Main{
		Stdin:  strings.NewReader(""),
		Stdout: &out,
		Stderr: &errb,
		Getenv: func(k string) string { return env[k] },
	}
	return m, &out, &errb
}

const seed = "../../examples/articles/000_0c7e7111cf449df2.txt"

func TestHelp(t *testing.T) {
	for _, cmd := range []string{"serve", "load", "analyze", "extract", "reset", "synth", "migrate"} {
		t.Run(cmd, func(t *testing.T) {
			m, _, errb := newTestMain(nil)
			err := m.Run(context.Background(), []string{cmd, "--help"})
			if !errors.Is(err, flag.ErrHelp) {
				t.Fatalf("err = %v, want flag.ErrHelp", err)
			}
			if !strings.Contains(errb.String(), "Usage: tuopin "+cmd) {
				t.Fatalf("help output lacks the usage line:\n%s", errb.String())
			}
			if cmd == "serve" {
				for _, flag := range []string{"-production", "-client-rate", "-client-concurrency", "-allow-list", "-max-query-bytes", "-max-root-fields"} {
					if !strings.Contains(errb.String(), flag) {
						t.Errorf("serve --help lacks %s", flag)
					}
				}
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code string
	}{
		{"NoCommand", nil, kg.EINVALID},
		{"UnknownCommand", []string{"frobnicate"}, kg.EINVALID},
		{"LoadWithoutPath", []string{"load"}, kg.EINVALID},
		{"ResetWithoutYes", []string{"reset"}, kg.EINVALID},
		{"AnalyzeWithArgs", []string{"analyze", "x"}, kg.EINVALID},
		{"AnalyzeUnreachable", []string{"analyze", "--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-connect-timeout", "1s"}, kg.EUNAVAILABLE},
		{"LoadUnreachable", []string{"load", "--neo4j-uri", "bolt://127.0.0.1:1", "--neo4j-connect-timeout", "1s", seed}, kg.EUNAVAILABLE},
		// A flag the flag package cannot parse is a usage error (exit 2), whatever the command.
		{"ServeUnknownFlag", []string{"serve", "--bogus"}, kg.EINVALID},
		{"ServeBadValue", []string{"serve", "--max-depth", "deep"}, kg.EINVALID},
		{"LoadUnknownFlag", []string{"load", "--bogus", seed}, kg.EINVALID},
		{"ExtractUnknownFlag", []string{"extract", "--bogus", seed}, kg.EINVALID},
		{"AnalyzeUnknownFlag", []string{"analyze", "--bogus"}, kg.EINVALID},
		{"ResetUnknownFlag", []string{"reset", "--bogus"}, kg.EINVALID},
		{"MigrateUnknownFlag", []string{"migrate", "--bogus"}, kg.EINVALID},
		{"SynthUnknownFlag", []string{"synth", "--bogus"}, kg.EINVALID},
		// Values the load cannot run with are refused by name, not replaced by defaults.
		{"ExplainWithFacts", []string{"extract", "--explain", "--facts", seed}, kg.EINVALID},
		{"ExplainWithCandidates", []string{"extract", "--explain", "--candidates", seed}, kg.EINVALID},
		{"LoadZeroWriters", []string{"load", "--writers", "0", seed}, kg.EINVALID},
		{"LoadZeroWorkers", []string{"load", "--workers", "0", seed}, kg.EINVALID},
		{"LoadNegativeBatch", []string{"load", "--batch", "-1", seed}, kg.EINVALID},
		{"LoadZeroMaxBytes", []string{"load", "--max-bytes", "0", seed}, kg.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, _, _ := newTestMain(nil)
			err := m.Run(context.Background(), tt.args)
			if got := kg.ErrorCode(err); got != tt.code {
				t.Fatalf("code = %q (%v), want %q", got, err, tt.code)
			}
		})
	}
}

func TestExtract(t *testing.T) {
	m, out, errb := newTestMain(nil)
	if err := m.Run(context.Background(), []string{"extract", seed}); err != nil {
		t.Fatalf("extract: %v\n%s", err, errb.String())
	}
	var rec struct {
		Article  string   `json:"article"`
		Counties []string `json:"counties"`
	}
	if err := json.Unmarshal(out.Bytes(), &rec); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out.String())
	}
	want := struct {
		Article  string   `json:"article"`
		Counties []string `json:"counties"`
	}{filepath.Base(seed), []string{"延寿县"}}
	if diff := cmp.Diff(want, rec); diff != "" {
		t.Fatalf("extract (-want +got):\n%s", diff)
	}
}

// TestEndToEnd runs the real program: load a seed article into Neo4j, serve
// on a free port and ask for the county over HTTP.
func TestEndToEnd(t *testing.T) {
	uri := neo4jtest.URI(t)
	neo4jtest.Wipe(t)
	env := map[string]string{"NEO4J_URI": uri, "NEO4J_USER": neo4jtest.User(), "NEO4J_PASSWORD": neo4jtest.Password()}

	m, out, errb := newTestMain(env)
	if err := m.Run(context.Background(), []string{"load", "--quiet", seed}); err != nil {
		t.Fatalf("load: %v\n%s\n%s", err, out.String(), errb.String())
	}
	if !strings.Contains(out.String(), "1 articles") {
		t.Fatalf("load report lacks the article count:\n%s", out.String())
	}

	ctx, cancel := context.WithCancel(context.Background())
	addrc := make(chan string, 1)
	srv, _, serr := newTestMain(env)
	srv.Listening = func(a string) { addrc <- a }
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}) }()
	var addr string
	select {
	case addr = <-addrc:
	case err := <-done:
		t.Fatalf("serve stopped: %v\n%s", err, serr.String())
	case <-time.After(60 * time.Second):
		t.Fatal("serve did not start listening")
	}
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	}()

	body := `{"query":"{ county(name: \"延寿县\") { name code province { name } } }"}`
	resp, err := http.Post("http://"+addr+"/graphql", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var got struct {
		Data struct {
			County struct {
				Name     string
				Code     string
				Province struct{ Name string }
			}
		}
		Errors []any
	}
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		t.Fatal(err)
	}
	if len(got.Errors) > 0 {
		t.Fatalf("errors: %v", got.Errors)
	}
	if got.Data.County.Name != "延寿县" || got.Data.County.Code != "230129" || got.Data.County.Province.Name != "黑龙江省" {
		t.Fatalf("county = %+v", got.Data.County)
	}
	for path, want := range map[string]int{"/healthz": 200, "/readyz": 200} {
		r, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		if r.StatusCode != want {
			t.Errorf("%s = %d, want %d", path, r.StatusCode, want)
		}
	}
}

// TestLoadAnalyze checks that a load ends with an analysis that stamps the
// graph version it loaded, that --analyze=false leaves the analysis stale,
// and that analyze makes it current again.
func TestLoadAnalyze(t *testing.T) {
	uri := neo4jtest.URI(t)
	neo4jtest.Wipe(t)
	env := map[string]string{"NEO4J_URI": uri, "NEO4J_USER": neo4jtest.User(), "NEO4J_PASSWORD": neo4jtest.Password()}
	ctx := context.Background()
	store, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: uri, User: neo4jtest.User(), Password: neo4jtest.Password()})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close(ctx)
	state := func() *kg.AnalysisState {
		t.Helper()
		st, err := store.Analysis(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}

	m, out, errb := newTestMain(env)
	if err := m.Run(ctx, []string{"load", "--quiet", seed}); err != nil {
		t.Fatalf("load: %v\n%s\n%s", err, out.String(), errb.String())
	}
	if !strings.Contains(out.String(), "analysed graph version") {
		t.Errorf("load report lacks the analysis:\n%s", out.String())
	}
	st := state()
	if st.Stale || st.GraphVersion == "" || st.GraphVersion != st.CurrentVersion {
		t.Fatalf("after load: %+v", st)
	}

	m, out, errb = newTestMain(env)
	if err := m.Run(ctx, []string{"load", "--quiet", "--analyze=false", "../../examples/articles"}); err != nil {
		t.Fatalf("load: %v\n%s\n%s", err, out.String(), errb.String())
	}
	if st2 := state(); !st2.Stale || st2.GraphVersion != st.GraphVersion {
		t.Fatalf("after load --analyze=false: %+v", st2)
	}

	m, out, errb = newTestMain(env)
	if err := m.Run(ctx, []string{"analyze", "--json"}); err != nil {
		t.Fatalf("analyze: %v\n%s\n%s", err, out.String(), errb.String())
	}
	var rep struct {
		GraphVersion  string  `json:"graphVersion"`
		Nodes         int     `json:"nodes"`
		Relationships int     `json:"relationships"`
		BytesPerEdge  float64 `json:"bytesPerRelationship"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("report: %v\n%s", err, out.String())
	}
	st = state()
	if st.Stale || rep.GraphVersion != st.CurrentVersion || rep.Nodes == 0 || rep.Relationships == 0 || rep.BytesPerEdge <= 0 {
		t.Fatalf("after analyze: %+v, report %+v", st, rep)
	}
	if !strings.Contains(errb.String(), "analyze: writing") {
		t.Errorf("no progress lines on stderr:\n%s", errb.String())
	}
}

func TestMain(m *testing.M) { os.Exit(m.Run()) }

// TestSynthOut: synth writes into a new or empty directory and refuses one
// holding anything (it used to overwrite files of the same name and leave
// the rest of an earlier corpus beside the new one), and a --traditional
// share outside 0 to 1.
func TestSynthOut(t *testing.T) {
	for _, tt := range []struct {
		name      string
		setup     func(dir string) // prepares dir/out
		args      []string
		code      string
		wantFiles []string // in out afterwards
		wantMsg   string
	}{
		{"NewDir", nil, nil, "", []string{"synth_000000.txt", "synth_000001.txt"}, ""},
		{"EmptyDir", func(d string) { os.Mkdir(d, 0o755) }, nil, "", []string{"synth_000000.txt", "synth_000001.txt"}, ""},
		{"NotEmpty", func(d string) {
			os.Mkdir(d, 0o755)
			os.WriteFile(filepath.Join(d, "synth_000000.txt"), []byte("edited"), 0o644)
		}, nil, kg.EINVALID, []string{"synth_000000.txt"}, "is not empty (1 entries, e.g. synth_000000.txt)"},
		{"TraditionalAbove1", nil, []string{"--traditional", "5"}, kg.EINVALID, nil, "--traditional must lie between 0 and 1, got 5"},
		{"TraditionalNegative", nil, []string{"--traditional", "-0.5"}, kg.EINVALID, nil, "--traditional must lie between 0 and 1, got -0.5"},
		// A corpus made in parts: --first names the articles by their index.
		{"First", nil, []string{"--first", "999998"}, "", []string{"synth_999998.txt", "synth_999999.txt"}, ""},
		{"FirstNegative", nil, []string{"--first", "-1"}, kg.EINVALID, nil, "--first ≥ 0 are required"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out")
			if tt.setup != nil {
				tt.setup(out)
			}
			m, _, _ := newTestMain(nil)
			err := m.Run(context.Background(), append([]string{"synth", "--articles", "2", "--out", out}, tt.args...))
			if got := kg.ErrorCode(err); got != tt.code {
				t.Fatalf("code = %q (%v), want %q", got, err, tt.code)
			}
			if tt.wantMsg != "" && !strings.Contains(kg.ErrorMessage(err), tt.wantMsg) {
				t.Errorf("message = %q, want it to contain %q", kg.ErrorMessage(err), tt.wantMsg)
			}
			var names []string
			entries, _ := os.ReadDir(out)
			for _, e := range entries {
				names = append(names, e.Name())
			}
			if !slices.Equal(names, tt.wantFiles) {
				t.Errorf("files = %v, want %v", names, tt.wantFiles)
			}
			if tt.name == "First" {
				// The part is the same as the corpus made at once.
				_, want := synth.New(1, 0.3).Article(999999)
				if b, _ := os.ReadFile(filepath.Join(out, "synth_999999.txt")); string(b) != string(want) {
					t.Errorf("synth_999999.txt differs from the generator's article 999999")
				}
			}
			if tt.name == "NotEmpty" {
				if b, _ := os.ReadFile(filepath.Join(out, "synth_000000.txt")); string(b) != "edited" {
					t.Errorf("the existing file was overwritten: %q", b)
				}
			}
		})
	}
}

// TestHelpCommand: 'tuopin help COMMAND' prints that command's help, as
// 'tuopin COMMAND --help' does (it printed the general usage).
func TestHelpCommand(t *testing.T) {
	for _, tt := range []struct {
		name       string
		args       []string
		wantErr    error  // errors.Is
		code       string // kg code, when wantErr is nil
		wantStdout string
		wantStderr string
	}{
		{"Load", []string{"help", "load"}, flag.ErrHelp, "", "", "Usage: tuopin load [flags] PATH..."},
		{"Synth", []string{"help", "synth"}, flag.ErrHelp, "", "", "Usage: tuopin synth --articles N --out DIR"},
		{"Alone", []string{"help"}, nil, "", "Run 'tuopin COMMAND --help'", ""},
		{"Unknown", []string{"help", "frobnicate"}, nil, kg.EINVALID, "", "Usage:"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			m, out, errb := newTestMain(nil)
			err := m.Run(context.Background(), tt.args)
			if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
			if tt.wantErr == nil && kg.ErrorCode(err) != tt.code {
				t.Fatalf("code = %q (%v), want %q", kg.ErrorCode(err), err, tt.code)
			}
			if !strings.Contains(out.String(), tt.wantStdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.wantStdout, out.String())
			}
			if !strings.Contains(errb.String(), tt.wantStderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantStderr, errb.String())
			}
		})
	}
}

// TestPrintReportBulk: a bulk load's report says where its articles went
// (import files, or imported) and never that --bulk-out wrote to Neo4j
// (found by an independent tester: it printed "written: … nodes +200").
func TestPrintReportBulk(t *testing.T) {
	rep := &loader.Report{Files: 3, Read: 3, Articles: 3, Facts: 40, Writers: 2,
		Written: kg.WriteSummary{Articles: 3, NodesCreated: 3, RelationshipsCreated: 41}}
	tests := []struct {
		files      string
		want, none []string
	}{
		{"", []string{"loaded: 3 files found", "written: 3 new articles", "writers: 2 transactions"}, []string{"import files"}},
		{"in the import files", []string{"read for a bulk load: 3 files found", "in the import files: 3 articles"}, []string{"written:", "writers:", "nodes"}},
		{"imported", []string{"imported: 3 articles; nodes +3 -0; relationships +41 -0"}, []string{"written:", "writers:"}},
	}
	for _, tc := range tests {
		t.Run(tc.files, func(t *testing.T) {
			var b strings.Builder
			printReport(&b, rep, 0, tc.files)
			for _, w := range tc.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("report lacks %q:\n%s", w, b.String())
				}
			}
			for _, w := range tc.none {
				if strings.Contains(b.String(), w) {
					t.Errorf("report has %q:\n%s", w, b.String())
				}
			}
		})
	}
}

// TestErrorLine: a command's error is printed by its message, not in the
// coded error's debugging form (an independent tester saw "tuopin: kg
// error: code=invalid message=remove: flag provided but not defined").
func TestErrorLine(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{kg.Errorf(kg.EINVALID, "remove: flag provided but not defined: -analyze"), "tuopin: remove: flag provided but not defined: -analyze"},
		{kg.Errorf(kg.ENOTFOUND, "no article matches %q", "x.txt"), `tuopin: no article matches "x.txt"`},
		{fmt.Errorf("open store: %w", errors.New("connection refused")), "tuopin: open store: connection refused"},
	} {
		if got := errorLine(tc.err); got != tc.want {
			t.Errorf("errorLine(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}
