// Package cli is accord's command line: one file per subcommand, each run
// in-process by its tests through Run.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Env is what a command runs with.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env Env, args []string) error
}

func commands() []command {
	return []command{
		{"code", "code reports into persons, events, commitments and mechanisms (JSON Lines)", runCode},
		{"eval", "score coded output against gold annotations", runEval},
		{"bench", "measure coding speed and memory on a corpus", runBench},
		{"ingest", "code reports and store them in the record (SQLite or PostgreSQL)", runIngest},
		{"recode", "recode every stored report with the current engine and lexicons", runRecode},
		{"failures", "list reports that failed to code, with the reason", runFailures},
		{"events", "list stored events (filters: pair, type, dates, person, mechanism)", runEvents},
		{"people", "list stored persons with their current titles", runPeople},
		{"person", "show one person: names, title history, events", runPerson},
		{"commitments", "list commitments with their status as of a date", runCommitments},
		{"dialogues", "list mechanisms with their sessions", runDialogues},
		{"report", "show one stored report with its coding", runReport},
		{"search", "full-text search over stored reports", runSearch},
		{"export", "export events as GDELT TSV, PLOVER JSON, CSV or JSON Lines", runExport},
		{"serve", "serve the web interface and HTTP API", runServe},
		{"version", "print the version", runVersion},
	}
}

// Version is set at build time with -ldflags "-X .../cli.Version=...".
var Version = "dev"

// ExitUsage is the exit status for a command line that cannot be run.
const (
	ExitFailure = 1
	ExitUsage   = 2
)

// errUsage marks errors in how a command was called.
var errUsage = errors.New("usage")

// errFailed is returned by a command that ran but met failures it already
// reported (bad documents): the exit status is non-zero, nothing more is said.
var errFailed = errors.New("failures")

// Run runs the command line args (without the program name) and returns the
// exit status.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := Env{Stdin: stdin, Stdout: stdout, Stderr: stderr}
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		if len(args) > 1 {
			return Run(ctx, []string{args[1], "--help"}, stdin, stdout, stderr)
		}
		usage(stdout)
		if len(args) == 0 {
			return ExitUsage
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		switch {
		case err == nil, errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errFailed):
			return ExitFailure
		case errors.Is(err, errUsage):
			fmt.Fprintf(stderr, "accord %s: %v\nRun 'accord %s --help' for usage.\n", c.name, err, c.name)
			return ExitUsage
		default:
			fmt.Fprintf(stderr, "accord %s: %v\n", c.name, err)
			return ExitFailure
		}
	}
	fmt.Fprintf(stderr, "accord: unknown command %q\nRun 'accord help' for the commands.\n", args[0])
	return ExitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `accord turns news reports about diplomacy, law enforcement and security
cooperation into a sourced record of persons, events, commitments and dialogues.

Usage: accord <command> [flags] [arguments]

Commands:
`)
	cs := commands()
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-10s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun 'accord <command> --help' for a command's flags.\n")
}

// newFlags returns a FlagSet that prints its usage to env.Stderr, headed by
// the command's synopsis and description.
func newFlags(env Env, name, synopsis, description string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "Usage: accord %s %s\n\n%s\n\nFlags:\n", name, synopsis, strings.TrimSpace(description))
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags placed anywhere among the arguments ("accord code
// file.txt --pretty") and returns the positional arguments.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, fmt.Errorf("%w: %v", errUsage, err)
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func runVersion(ctx context.Context, env Env, args []string) error {
	fmt.Fprintln(env.Stdout, "accord", Version)
	return nil
}
