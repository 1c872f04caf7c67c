// Command loadscale measures `tuopin load` at scale (issue 12): for each
// corpus size it resets the benchmark database, loads a synthetic corpus
// incrementally and reports articles/s per tenth of the load (flatness:
// the last tenth against the first), the write stage's share of the wall
// time, the peak RSS of `tuopin load` (GNU time -v) and of the Neo4j
// process and its heap (sampled every second); then loads the same files
// again (it must write nothing). With --bulk it also times `tuopin load
// --bulk --replace` of the largest corpus, phase by phase, against the
// floor of the bulk importer alone on the files it prepared.
//
// It deletes everything in the target database and is run by
// bench/loadscale.sh (make bench-load), which starts its own Neo4j.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

type loadRun struct {
	Articles   int     `json:"articles"`
	Facts      int     `json:"facts"`
	WallS      float64 `json:"wall_s"`
	ArticlesS  float64 `json:"articles_s"`
	WriteShare float64 `json:"write_share"` // time waiting for the writers / wall (loader.StageTimes.WriteWait)
	WriterBusy float64 `json:"writer_busy"` // time at least one writer ran / wall (the old "write share")
	LoadCPUms  float64 `json:"tuopin_cpu_ms_per_article"`
	Neo4jCPUms float64 `json:"neo4j_cpu_ms_per_article"`
	LoadAvg    string  `json:"load_average"` // before -> after
	// Statements: ms per batch of each write statement per tenth of the
	// batches (tuopin load --statement-times).
	Statements *struct {
		Names  []string    `json:"names"`
		Tenths [][]float64 `json:"tenths"`
	} `json:"statement_times,omitempty"`
	SliceRates   []float64 `json:"slice_rates"`           // files/s per tenth
	Flatness     float64   `json:"flatness"`              // last tenth / first tenth
	FlatnessMid  float64   `json:"flatness_after_warmup"` // last tenth / second tenth
	Writers      int       `json:"writers"`
	Retries      int64     `json:"retries"`
	LoadRSSMB    float64   `json:"load_peak_rss_mb"`
	Neo4jRSSMB   float64   `json:"neo4j_peak_rss_mb"`
	Neo4jHeapMB  float64   `json:"neo4j_peak_heap_used_mb"`
	ReloadS      float64   `json:"reload_s"`       // the same files again
	ReloadNoop   bool      `json:"reload_noop"`    // … wrote nothing
	ReloadNew    int       `json:"reload_written"` // articles it wrote (want 0)
	Failed       int       `json:"failed"`
	Nodes        int64     `json:"nodes"`
	Relationship int64     `json:"relationships"`
}

type bulkRun struct {
	Articles  int     `json:"articles"`
	WallS     float64 `json:"wall_s"`         // tuopin load --bulk --replace: extraction, CSV, import, restart, indexes
	PrepareS  float64 `json:"prepare_s"`      // of which extraction and import files
	StageS    float64 `json:"import_stage_s"` // of which stop, importer, start
	SchemaS   float64 `json:"schema_s"`       // of which constraints and indexes
	ImportS   float64 `json:"import_s"`       // the importer alone on the prepared files (the floor)
	VsFloor   float64 `json:"vs_importer"`    // WallS / ImportS
	CPUS      float64 `json:"tuopin_cpu_s"`   // user + system CPU of the tuopin process tree (GNU time: includes the importer's JVM)
	LoadRSSMB float64 `json:"load_peak_rss_mb"`
	FilesMB   float64 `json:"import_files_mb"`
	Nodes     int64   `json:"nodes"`
	Rels      int64   `json:"relationships"`
	LoadAvg   string  `json:"load_average"` // before -> after
	DigestOK  *bool   `json:"digest_equal,omitempty"`
}

type report struct {
	Started string    `json:"started"`
	Commit  string    `json:"commit"`
	Loads   []loadRun `json:"loads"`
	Bulk    *bulkRun  `json:"bulk,omitempty"`
	Notes   []string  `json:"notes"`
}

var (
	tuopin   = flag.String("tuopin", "bin/tuopin", "the tuopin binary")
	uri      = flag.String("neo4j-uri", "", "benchmark Neo4j (wiped)")
	pidFile  = flag.String("neo4j-pid-file", "", "its pid file, for its RSS")
	work     = flag.String("work", "bench/work", "where corpora are kept")
	sizes    = flag.String("sizes", "20000,100000", "corpus sizes, comma-separated")
	writers  = flag.Int("writers", 2, "tuopin load --writers")
	bulk     = flag.Bool("bulk", false, "also time the bulk path on the largest corpus")
	incr     = flag.Bool("incremental", true, "run the incremental loads (false: only the bulk path, keeping the incremental figures of --out-json)")
	outJSON  = flag.String("out-json", "bench/results/load-scale.json", "")
	outMD    = flag.String("out-md", "bench/results/load-scale.md", "")
	commit   = flag.String("commit", "", "commit measured")
	script   = flag.String("neo4j-script", "scripts/neo4j.sh", "manages the benchmark's Neo4j (its NEO4J_* environment is inherited)")
	timeTool = "/usr/bin/time"
)

func main() {
	flag.Parse()
	if *uri == "" {
		fmt.Fprintln(os.Stderr, "loadscale: --neo4j-uri is required (the database is wiped)")
		os.Exit(2)
	}
	rep := report{Started: time.Now().UTC().Format(time.RFC3339), Commit: *commit}
	var ns []int
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n <= 0 {
			fmt.Fprintf(os.Stderr, "loadscale: bad size %q\n", s)
			os.Exit(2)
		}
		ns = append(ns, n)
	}
	if !*incr {
		var old report
		if b, err := os.ReadFile(*outJSON); err == nil && json.Unmarshal(b, &old) == nil {
			rep.Loads, rep.Started, rep.Commit = old.Loads, old.Started, old.Commit
			rep.Notes = append(old.Notes, fmt.Sprintf("bulk path measured %s at commit %s", time.Now().UTC().Format(time.RFC3339), *commit))
		}
		ns = ns[len(ns)-1:]
	}
	for _, n := range ns {
		if !*incr {
			break
		}
		r, err := incremental(n)
		if err != nil {
			fmt.Fprintln(os.Stderr, "loadscale:", err)
			os.Exit(1)
		}
		rep.Loads = append(rep.Loads, *r)
		save(rep)
	}
	if *bulk {
		b, err := bulkLoad(ns[len(ns)-1])
		if err != nil {
			fmt.Fprintln(os.Stderr, "loadscale: bulk:", err)
			os.Exit(1)
		}
		rep.Bulk = b
		save(rep)
	}
}

func logf(format string, a ...any) {
	fmt.Fprintf(os.Stderr, "loadscale %s: "+format+"\n", append([]any{time.Now().Format("15:04:05")}, a...)...)
}

func corpus(n int) (string, error) {
	dir := filepath.Join(*work, fmt.Sprintf("synth-%d", n))
	if _, err := os.Stat(filepath.Join(dir, ".complete")); err == nil {
		return dir, nil
	}
	logf("tuopin synth --articles %d", n)
	os.RemoveAll(dir)
	if out, err := exec.Command(*tuopin, "synth", "--articles", strconv.Itoa(n), "--out", dir).CombinedOutput(); err != nil {
		return "", fmt.Errorf("synth: %v: %s", err, out)
	}
	return dir, os.WriteFile(filepath.Join(dir, ".complete"), nil, 0o644)
}

// loadJSON is the part of `tuopin load --json` read here.
type loadJSON struct {
	Articles int `json:"articles"`
	Facts    int `json:"facts"`
	Failed   []struct {
		File string `json:"file"`
	} `json:"failed"`
	Written struct {
		Articles     int `json:"articles"`
		Unchanged    int `json:"unchanged"`
		NodesCreated int `json:"nodesCreated"`
		RelsCreated  int `json:"relationshipsCreated"`
		Props        int `json:"propertiesSet"`
	} `json:"written"`
	Writers    int       `json:"writers"`
	Retries    int64     `json:"retries"`
	SliceRates []float64 `json:"sliceRates"`
	Statements *struct {
		Names  []string    `json:"names"`
		Tenths [][]float64 `json:"tenths"`
	} `json:"statementTimes"`
	Stages struct {
		Extract   time.Duration `json:"extract"`
		Write     time.Duration `json:"write"`
		WriteWait time.Duration `json:"writeWait"`
		Total     time.Duration `json:"total"`
	} `json:"stages"`
}

// lastCPU is the user + system CPU seconds of the last run of timed.
var lastCPU float64

// timed runs tuopin under GNU time -v and returns its stdout and peak RSS.
func timed(args ...string) ([]byte, float64, time.Duration, error) {
	tf, err := os.CreateTemp("", "loadscale-time")
	if err != nil {
		return nil, 0, 0, err
	}
	tf.Close()
	defer os.Remove(tf.Name())
	cmd := exec.Command(timeTool, append([]string{"-v", "-o", tf.Name(), *tuopin}, args...)...)
	cmd.Stderr = os.Stderr
	t := time.Now()
	out, err := cmd.Output()
	wall := time.Since(t)
	b, _ := os.ReadFile(tf.Name())
	rss := 0.0
	if m := regexp.MustCompile(`Maximum resident set size \(kbytes\): (\d+)`).FindSubmatch(b); m != nil {
		kb, _ := strconv.ParseFloat(string(m[1]), 64)
		rss = kb / 1024
	}
	lastCPU = 0
	for _, re := range []string{`User time \(seconds\): ([0-9.]+)`, `System time \(seconds\): ([0-9.]+)`} {
		if m := regexp.MustCompile(re).FindSubmatch(b); m != nil {
			v, _ := strconv.ParseFloat(string(m[1]), 64)
			lastCPU += v
		}
	}
	if err != nil {
		return out, rss, wall, fmt.Errorf("tuopin %s: %v", strings.Join(args, " "), err)
	}
	return out, rss, wall, nil
}

// timedCPU is timed with the CPU seconds (user + system) GNU time reports.
func timedCPU(args ...string) ([]byte, float64, time.Duration, float64, error) {
	tf, err := os.CreateTemp("", "loadscale-time")
	if err != nil {
		return nil, 0, 0, 0, err
	}
	tf.Close()
	defer os.Remove(tf.Name())
	cmd := exec.Command(timeTool, append([]string{"-f", "%U %S %M", "-o", tf.Name(), *tuopin}, args...)...)
	cmd.Stderr = os.Stderr
	t := time.Now()
	out, err := cmd.Output()
	wall := time.Since(t)
	b, _ := os.ReadFile(tf.Name())
	var u, sy, kb float64
	fmt.Sscanf(strings.TrimSpace(string(b)), "%f %f %f", &u, &sy, &kb)
	if err != nil {
		return out, kb / 1024, wall, u + sy, fmt.Errorf("tuopin %s: %v", strings.Join(args, " "), err)
	}
	return out, kb / 1024, wall, u + sy, nil
}

func incremental(n int) (*loadRun, error) {
	dir, err := corpus(n)
	if err != nil {
		return nil, err
	}
	logf("tuopin reset; tuopin load %d articles (--writers %d)", n, *writers)
	if out, err := exec.Command(*tuopin, "reset", "--yes", "--neo4j-uri", *uri).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("reset: %v: %s", err, out)
	}
	stop := sampleNeo4j()
	l0, c0 := loadAvg(), neo4jCPU()
	out, rss, wall, err := timed("load", "--json", "--quiet", "--analyze=false", "--statement-times", "--writers", strconv.Itoa(*writers), "--neo4j-uri", *uri, dir)
	l1, c1 := loadAvg(), neo4jCPU()
	loadCPU := lastCPU
	neoRSS, heap := stop()
	if err != nil {
		return nil, err
	}
	var lj loadJSON
	if err := json.Unmarshal(out, &lj); err != nil {
		return nil, fmt.Errorf("load report: %w", err)
	}
	r := &loadRun{Articles: lj.Articles, Facts: lj.Facts, WallS: wall.Seconds(), Writers: lj.Writers, Retries: lj.Retries,
		SliceRates: lj.SliceRates, LoadRSSMB: rss, Neo4jRSSMB: neoRSS, Neo4jHeapMB: heap, Failed: len(lj.Failed)}
	r.ArticlesS = float64(lj.Articles) / lj.Stages.Total.Seconds()
	r.WriteShare = lj.Stages.WriteWait.Seconds() / lj.Stages.Total.Seconds()
	r.WriterBusy = lj.Stages.Write.Seconds() / lj.Stages.Total.Seconds()
	if lj.Articles > 0 {
		r.LoadCPUms = 1000 * loadCPU / float64(lj.Articles)
		r.Neo4jCPUms = 1000 * (c1 - c0) / float64(lj.Articles)
	}
	r.LoadAvg = l0 + " -> " + l1
	r.Statements = lj.Statements
	if k := len(lj.SliceRates); k == 10 {
		r.Flatness = lj.SliceRates[9] / lj.SliceRates[0]
		r.FlatnessMid = lj.SliceRates[9] / lj.SliceRates[1]
	}
	logf("%d articles in %.1f s (%.0f/s), write share %.2f, flatness %.2f, RSS %.0f MB", n, r.WallS, r.ArticlesS, r.WriteShare, r.Flatness, rss)

	logf("tuopin load the same %d files again", n)
	out, _, wall, err = timed("load", "--json", "--quiet", "--analyze=false", "--writers", strconv.Itoa(*writers), "--neo4j-uri", *uri, dir)
	if err != nil {
		return nil, err
	}
	var again loadJSON
	if err := json.Unmarshal(out, &again); err != nil {
		return nil, err
	}
	r.ReloadS = wall.Seconds()
	r.ReloadNew = again.Written.Articles - again.Written.Unchanged
	r.ReloadNoop = r.ReloadNew == 0 && again.Written.NodesCreated == 0 && again.Written.RelsCreated == 0 && again.Written.Props == 0
	r.Nodes, r.Relationship, _ = counts()
	return r, nil
}

// sampleNeo4j samples the Neo4j process's RSS and heap every second until
// the returned function is called; it returns the peaks in MB.
func sampleNeo4j() func() (float64, float64) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	var rss, heap float64
	wg.Add(1)
	go func() {
		defer wg.Done()
		ctx := context.Background()
		d, err := neo4j.NewDriverWithContext(*uri, neo4j.NoAuth())
		if err == nil {
			defer d.Close(ctx)
		}
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			if v := procRSS(); v > rss {
				rss = v
			}
			if d != nil {
				if v := heapUsed(ctx, d); v > heap {
					heap = v
				}
			}
			select {
			case <-done:
				return
			case <-tick.C:
			}
		}
	}()
	return func() (float64, float64) {
		close(done)
		wg.Wait()
		return rss, heap
	}
}

// neo4jCPU is the user + system CPU seconds of the Neo4j process so far.
func neo4jCPU() float64 {
	b, err := os.ReadFile(*pidFile)
	if err != nil {
		return 0
	}
	st, err := os.ReadFile("/proc/" + strings.TrimSpace(string(b)) + "/stat")
	if err != nil {
		return 0
	}
	s := string(st)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	sy, _ := strconv.ParseFloat(f[12], 64)
	return (u + sy) / 100 // clock ticks (USER_HZ is 100 on Linux)
}

func procRSS() float64 {
	b, err := os.ReadFile(*pidFile)
	if err != nil {
		return 0
	}
	f, err := os.Open("/proc/" + strings.TrimSpace(string(b)) + "/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "VmRSS:") {
			kb, _ := strconv.ParseFloat(strings.Fields(sc.Text())[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// heapUsed reads the JVM's used heap through Neo4j's JMX procedure.
func heapUsed(ctx context.Context, d neo4j.DriverWithContext) float64 {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	res, err := neo4j.ExecuteQuery(ctx, d, `CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes
		RETURN attributes.HeapMemoryUsage.value.properties.used AS used`, nil, neo4j.EagerResultTransformer)
	if err != nil || len(res.Records) == 0 {
		return 0
	}
	v, _ := res.Records[0].Values[0].(int64)
	return float64(v) / (1 << 20)
}

func counts() (int64, int64, error) {
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(*uri, neo4j.NoAuth())
	if err != nil {
		return 0, 0, err
	}
	defer d.Close(ctx)
	res, err := neo4j.ExecuteQuery(ctx, d, `CALL { MATCH (n) RETURN count(n) AS n } CALL { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r`, nil, neo4j.EagerResultTransformer)
	if err != nil || len(res.Records) == 0 {
		return 0, 0, err
	}
	n, _ := res.Records[0].Values[0].(int64)
	r, _ := res.Records[0].Values[1].(int64)
	return n, r, nil
}

// bulkLoad times one `tuopin load --bulk --replace --bulk-keep` of n
// articles (its phases from its JSON report), then the importer alone on
// the import files it kept: the floor no bulk load can beat.
func bulkLoad(n int) (*bulkRun, error) {
	dir, err := corpus(n)
	if err != nil {
		return nil, err
	}
	b := &bulkRun{Articles: n}
	l0 := loadAvg()
	logf("tuopin load --bulk --replace --bulk-keep (%d articles)", n)
	out, rss, wall, cpu, err := timedCPU("load", "--json", "--quiet", "--analyze=false", "--bulk", "--replace", "--bulk-keep", "--neo4j-script", *script, dir)
	if err != nil {
		return nil, err
	}
	b.LoadAvg = l0 + " -> " + loadAvg()
	var rep struct {
		Bulk struct {
			Prepare, Import, Schema time.Duration
			Files                   string
		} `json:"bulk"`
		Written struct {
			NodesCreated         int64 `json:"nodesCreated"`
			RelationshipsCreated int64 `json:"relationshipsCreated"`
		} `json:"written"`
	}
	if err := json.Unmarshal(out, &rep); err != nil {
		return nil, fmt.Errorf("tuopin load --bulk --json: %v: %.300s", err, out)
	}
	files := rep.Bulk.Files
	if files == "" {
		return nil, fmt.Errorf("tuopin load --bulk-keep did not say where it kept the files: %.300s", out)
	}
	defer os.RemoveAll(filepath.Dir(files))
	b.WallS, b.LoadRSSMB, b.CPUS = wall.Seconds(), rss, cpu
	b.PrepareS, b.StageS, b.SchemaS = rep.Bulk.Prepare.Seconds(), rep.Bulk.Import.Seconds(), rep.Bulk.Schema.Seconds()
	b.Nodes, b.Rels = rep.Written.NodesCreated, rep.Written.RelationshipsCreated
	var size int64
	filepath.WalkDir(files, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				size += fi.Size()
			}
		}
		return nil
	})
	b.FilesMB = float64(size) / (1 << 20)
	args, err := importArgs(files)
	if err != nil {
		return nil, err
	}
	logf("the importer alone on the prepared files (%.0f MB)", b.FilesMB)
	sh := func(args ...string) error {
		cmd := exec.Command(*script, args...)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		return cmd.Run()
	}
	if err := sh("stop"); err != nil {
		return nil, err
	}
	t := time.Now()
	ierr := sh(append([]string{"import"}, args...)...)
	b.ImportS = time.Since(t).Seconds()
	if err := sh("start"); err != nil {
		return nil, err
	}
	if ierr != nil {
		return nil, fmt.Errorf("importer: %w", ierr)
	}
	b.VsFloor = b.WallS / b.ImportS
	return b, nil
}

// importArgs are the importer's arguments that `tuopin load --bulk-keep`
// wrote next to its import files (import.args, one per line).
func importArgs(dir string) ([]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "import.args"))
	if err != nil {
		return nil, fmt.Errorf("the kept import files have no import.args: %w", err)
	}
	return strings.Fields(string(b)), nil
}

func loadAvg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) == 0 {
		return "?"
	}
	return f[0]
}

func save(rep report) {
	if err := os.MkdirAll(filepath.Dir(*outJSON), 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "loadscale:", err)
		return
	}
	b, _ := json.MarshalIndent(rep, "", "  ")
	os.WriteFile(*outJSON, append(b, '\n'), 0o644)
	var md strings.Builder
	fmt.Fprintf(&md, "# Loading at scale (bench/loadscale, %s, commit %s)\n\n", rep.Started, rep.Commit)
	md.WriteString("Incremental `tuopin load` of synthetic corpora into an empty database, 2 shared cores.\n\n")
	md.WriteString("Write share: the time the load waited for its writers (extraction held back) over the wall time; writer busy: the time at least one write transaction ran over the wall time (bench/README.md).\n\n")
	md.WriteString("| articles | wall s | articles/s | write share | writer busy | last/first tenth | last/second tenth | writers | retries | CPU ms/article tuopin + Neo4j | load RSS MB | Neo4j RSS MB | Neo4j heap used MB | reload s | reload wrote | load average |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n")
	for _, l := range rep.Loads {
		fmt.Fprintf(&md, "| %d | %.1f | %.0f | %.2f | %.2f | %.2f | %.2f | %d | %d | %.2f + %.2f | %.0f | %.0f | %.0f | %.1f | %d | %s |\n",
			l.Articles, l.WallS, l.ArticlesS, l.WriteShare, l.WriterBusy, l.Flatness, l.FlatnessMid, l.Writers, l.Retries, l.LoadCPUms, l.Neo4jCPUms, l.LoadRSSMB, l.Neo4jRSSMB, l.Neo4jHeapMB, l.ReloadS, l.ReloadNew, l.LoadAvg)
	}
	md.WriteString("\nArticles/s per tenth of the load:\n\n")
	for _, l := range rep.Loads {
		parts := make([]string, len(l.SliceRates))
		for i, v := range l.SliceRates {
			parts[i] = fmt.Sprintf("%.0f", v)
		}
		fmt.Fprintf(&md, "- %d: %s\n", l.Articles, strings.Join(parts, ", "))
	}
	for _, l := range rep.Loads {
		st := l.Statements
		if st == nil || len(st.Tenths) != 10 {
			continue
		}
		fmt.Fprintf(&md, "\nWrite statements of the %d-article load, wall ms per batch by tenth of the batches (with several writers, lock waits included):\n\n| statement | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | last/second |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n", l.Articles)
		for i, name := range st.Names {
			fmt.Fprintf(&md, "| %s |", name)
			for _, row := range st.Tenths {
				fmt.Fprintf(&md, " %.1f |", row[i])
			}
			if st.Tenths[1][i] > 0 {
				fmt.Fprintf(&md, " %.2f |\n", st.Tenths[9][i]/st.Tenths[1][i])
			} else {
				md.WriteString(" |\n")
			}
		}
	}
	for _, n := range rep.Notes {
		fmt.Fprintf(&md, "\nNote: %s.\n", n)
	}
	if b := rep.Bulk; b != nil {
		fmt.Fprintf(&md, "\nBulk path, %d articles (load average %s): `tuopin load --bulk --replace` %.1f s in all = extraction and import files %.1f s + stop, importer, start %.1f s + constraints and indexes %.1f s; "+
			"the importer alone on the same files (%.0f MB; %d nodes, %d relationships) %.1f s, %.2f× of the whole; CPU of the tuopin process tree %.0f s; peak RSS %.0f MB (GNU time: the largest process of the tree, the importer's JVM).\n",
			b.Articles, b.LoadAvg, b.WallS, b.PrepareS, b.StageS, b.SchemaS, b.FilesMB, b.Nodes, b.Rels, b.ImportS, b.ImportS/b.WallS, b.CPUS, b.LoadRSSMB)
	}
	os.WriteFile(*outMD, []byte(md.String()), 0o644)
}
