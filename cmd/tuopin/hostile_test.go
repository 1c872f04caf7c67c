package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
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
