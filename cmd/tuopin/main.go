// Command tuopin builds and serves the poverty-alleviation knowledge graph.
//
//	tuopin serve            serve GraphQL (GraphiQL at /, the explorer at /explore, /graphql, /healthz, /readyz, /metrics)
//	tuopin load PATH...     extract articles and write them to Neo4j, then analyze
//	tuopin analyze          compute graph analytics and write them into Neo4j
//	tuopin extract PATH...  print extracted facts as JSON Lines (no Neo4j needed)
//	tuopin reset --yes      delete every node and relationship
//	tuopin migrate          convert a graph written by an older Tuopin to the current model
//	tuopin synth            write a synthetic corpus for throughput tests
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/tuopin/tuopin/kg"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, errorLine(err))
		}
		os.Exit(exitCode(err))
	}
}

// errorLine is how a command's error is printed: its message (a coded
// error's own, not "kg error: code=invalid message=…"), made printable.
func errorLine(err error) string {
	return "tuopin: " + printable(errText(err))
}

// Main is the program: its streams, environment and the address it served
// on, so tests run the real thing in-process.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string

	// Listening, when set, is called with the server's address once serve
	// accepts connections (tests pass 127.0.0.1:0 and read the port here).
	Listening func(addr string)

	// usageShown records that a command's flag set printed its usage, as
	// the flag package does before returning a parse error.
	usageShown bool
}

// NewMain returns a Main wired to the process.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

const usage = `tuopin builds and serves the poverty-alleviation knowledge graph.

Usage:
  tuopin serve   [flags]          serve GraphQL over the graph in Neo4j
  tuopin load    [flags] PATH...  extract articles (files, directories, - for stdin) and write them to Neo4j,
                                  then run analyze (--analyze=false to skip)
  tuopin analyze [flags]          compute graph analytics (degree, PageRank, betweenness, communities,
                                  components, county similarity, industry co-occurrence) and write them into Neo4j
  tuopin extract [flags] PATH...  print extracted facts as JSON Lines; no Neo4j needed
  tuopin reset   --yes            delete every node and relationship in the configured database
  tuopin remove  [flags] PATH|DIR|ID...
                                  remove articles (retracted, loaded by mistake) with the support they gave facts
  tuopin migrate [flags]          convert a graph written by an older Tuopin (provenance lists,
                                  sentences inside evidence strings) to the current model; idempotent
  tuopin synth   [flags]          write a synthetic corpus (for throughput tests only)

Neo4j is configured by NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USER,
NEO4J_PASSWORD and NEO4J_DATABASE, or the matching flags.
Run 'tuopin COMMAND --help' (or 'tuopin help COMMAND') for a command's flags.
`

// Run parses args and runs one subcommand.
func (m *Main) Run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return kg.Errorf(kg.EINVALID, "no command given")
	}
	cmd, rest := args[0], args[1:]
	m.usageShown = false
	err := m.dispatch(ctx, cmd, rest)
	var coded *kg.Error
	if err != nil && m.usageShown && !errors.Is(err, flag.ErrHelp) && !errors.As(err, &coded) {
		// The flag package printed the usage for a flag it could not
		// parse (unknown, or a value it refused): a usage error, exit 2.
		err = kg.Errorf(kg.EINVALID, "%s: %v", cmd, err)
	}
	return err
}

// dispatch runs the subcommand cmd.
func (m *Main) dispatch(ctx context.Context, cmd string, rest []string) error {
	switch cmd {
	case "serve":
		return m.serve(ctx, rest)
	case "load":
		return m.load(ctx, rest)
	case "analyze":
		return m.analyze(ctx, rest)
	case "extract":
		return m.extract(ctx, rest)
	case "reset":
		return m.reset(ctx, rest)
	case "remove":
		return m.remove(ctx, rest)
	case "migrate":
		return m.migrate(ctx, rest)
	case "synth":
		return m.synth(ctx, rest)
	case "help", "-h", "--help", "-help":
		if len(rest) > 0 && cmd == "help" {
			// tuopin help load: the command's own help, as tuopin load --help.
			switch rest[0] {
			case "serve", "load", "analyze", "extract", "reset", "remove", "migrate", "synth":
				return m.dispatch(ctx, rest[0], []string{"--help"})
			}
			fmt.Fprint(m.Stderr, usage)
			return kg.Errorf(kg.EINVALID, "help: unknown command %q", rest[0])
		}
		fmt.Fprint(m.Stdout, usage)
		return nil
	default:
		fmt.Fprint(m.Stderr, usage)
		return kg.Errorf(kg.EINVALID, "unknown command %q", cmd)
	}
}

func (m *Main) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
}

// exitCode maps error codes to exit statuses: 2 for usage, 3 when Neo4j is
// unreachable, 1 otherwise.
func exitCode(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	switch kg.ErrorCode(err) {
	case kg.EINVALID:
		return 2
	case kg.EUNAVAILABLE:
		return 3
	}
	return 1
}
