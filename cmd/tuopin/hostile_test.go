package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tuopin/tuopin/kg"
)

// TestLoadRefusesHostileInputs runs `tuopin load --dry-run` on a named
// pipe, a device, an over-size standard input and a file whose name holds
// escape codes: nothing hangs, each is named, the report is printable.
func TestLoadRefusesHostileInputs(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	evil := filepath.Join(dir, "evil-\x1b[2J.txt")
	if err := os.WriteFile(evil, []byte("\x00\x01\x02\x03"), 0o644); err != nil {
		t.Fatal(err)
	}
	m, out, errb := newTestMain(nil)
	m.Stdin = strings.NewReader(strings.Repeat("县", 100))
	err := m.Run(context.Background(), []string{"load", "--dry-run", "--quiet", "--max-bytes", "200", fifo, "/dev/zero", "-", evil})
	if err == nil {
		t.Fatalf("load succeeded although inputs failed:\n%s", out.String())
	}
	report := out.String()
	for _, want := range []string{
		fifo + ": not a regular file (named pipe)",
		"/dev/zero: not a regular file (character device)",
		"-: stdin: more than 200 bytes, over the limit",
		`evil-\x1b[2J.txt`,
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s\n%s", want, report, errb.String())
		}
	}
	if strings.Contains(report, "\x1b") {
		t.Errorf("report prints a raw escape code:\n%q", report)
	}
}

// TestExtractRefusesOversizedFile: `tuopin extract` reads through load's
// reader, so a file over --max-bytes fails by name with load's very
// message, nothing of it is printed, and the file beside it is extracted.
func TestExtractRefusesOversizedFile(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("县", 10000)), 0o644); err != nil {
		t.Fatal(err)
	}
	const reason = "file is 30000 bytes, over the 20000-byte limit"

	m, out, errb := newTestMain(nil)
	err := m.Run(context.Background(), []string{"load", "--dry-run", "--quiet", "--json", "--max-bytes", "20000", big})
	if err == nil {
		t.Fatalf("load succeeded on an oversized file:\n%s", out.String())
	}
	var rep struct {
		Failed []struct{ File, Reason string }
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("load --json: %v\n%s", err, out.String())
	}
	if diff := cmp.Diff([]struct{ File, Reason string }{{big, reason}}, rep.Failed); diff != "" {
		t.Fatalf("load's failures (-want +got):\n%s", diff)
	}

	m, out, errb = newTestMain(nil)
	err = m.Run(context.Background(), []string{"extract", "--max-bytes", "20000", big, seed})
	if err == nil || err.Error() != "1 of 2 files failed" {
		t.Fatalf("extract: err = %v, want 1 of 2 files failed", err)
	}
	if got, want := errb.String(), "tuopin extract: "+big+": "+reason+"\n"; got != want {
		t.Errorf("stderr = %q, want %q", got, want)
	}
	if n := strings.Count(out.String(), "\n"); n != 1 || !strings.Contains(out.String(), filepath.Base(seed)) {
		t.Errorf("stdout holds %d lines, want the seed's one:\n%s", n, out.String())
	}
}

// TestLoadProfiles checks --cpuprofile and --memprofile: each writes a
// gzip-compressed pprof profile, and a path that cannot be created fails
// by the flag's name before anything is read.
func TestLoadProfiles(t *testing.T) {
	dir := t.TempDir()
	for _, flagName := range []string{"--cpuprofile", "--memprofile"} {
		t.Run(flagName, func(t *testing.T) {
			path := filepath.Join(dir, strings.TrimPrefix(flagName, "--")+".pb.gz")
			m, out, _ := newTestMain(nil)
			if err := m.Run(context.Background(), []string{"load", "--dry-run", "--quiet", flagName, path, seed}); err != nil {
				t.Fatalf("load: %v\n%s", err, out.String())
			}
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if len(b) < 100 || b[0] != 0x1f || b[1] != 0x8b {
				t.Fatalf("%s wrote %d bytes, not a gzip-compressed profile", flagName, len(b))
			}
			m, _, _ = newTestMain(nil)
			err = m.Run(context.Background(), []string{"load", "--dry-run", "--quiet", flagName, filepath.Join(dir, "missing", "p"), seed})
			if kg.ErrorCode(err) != kg.EINVALID || !strings.Contains(err.Error(), flagName) {
				t.Fatalf("unwritable %s: err = %v, want an invalid-argument error naming the flag", flagName, err)
			}
		})
	}
}
