package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/read"
)

const codeHelp = `
Reads reports and writes one JSON object per report (JSON Lines) with the
persons, events, commitments, mechanisms, time expressions, quotes and topics
accord finds; docs/SCHEMA.md documents every field.

Inputs: seed-format files ("date YYYY-MM-DD" then the report), JSON Lines
articles {"id","date","title","text",...} (gold files of ../shared/eval are
valid input), plain text files (give --date), directories (walked
recursively) and - for standard input. A bad document or line is reported on
standard error with its file and line and the batch goes on; the exit status
is then 1, after a summary.

Examples:
  accord code examples/                       # JSON Lines to stdout
  accord code --pretty examples/01-meeting.txt
  accord code -o out.jsonl ../shared/corpora/pk-news-2025/
  cat report.txt | accord code --date 2025-03-01 -`

// codeFlags are the flags every command that codes text shares.
type codeFlags struct {
	date     string
	lexicons listFlag
	workers  int
}

func addCodeFlags(fs *flag.FlagSet, c *codeFlags) {
	fs.StringVar(&c.date, "date", "", "date `YYYY-MM-DD` for reports that carry none (plain text)")
	fs.Var(&c.lexicons, "lexicon", "add a lexicon `FILE` (docs/LEXICON.md); repeatable")
	fs.IntVar(&c.workers, "workers", 0, "code with `N` goroutines (default: one per CPU)")
}

func (c *codeFlags) setup(env Env) (*pipeline.Pipeline, read.Options, error) {
	opts := read.Options{Stdin: env.Stdin}
	if c.date != "" {
		d, err := accord.ParseDate(c.date)
		if err != nil {
			return nil, opts, fmt.Errorf("%w: --date: %v", errUsage, err)
		}
		opts.Date = d
	}
	p, err := pipeline.New(pipeline.Options{LexiconFiles: c.lexicons})
	if err != nil {
		return nil, opts, err
	}
	return p, opts, nil
}

// addLegacyTypesFlag adds --legacy-types, for comparing with data coded
// in the older PLOVER type names.
func addLegacyTypesFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("legacy-types", false, "write event types by the older PLOVER names (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT), as the PLOVER gold standard records use")
}

func runCode(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "code", "[flags] PATH...", codeHelp)
	var cf codeFlags
	addCodeFlags(fs, &cf)
	outPath := fs.String("o", "", "write to `FILE` instead of standard output")
	pretty := fs.Bool("pretty", false, "print a readable summary instead of JSON")
	legacy := addLegacyTypesFlag(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: no input: give files, directories or - for standard input", errUsage)
	}
	p, opts, err := cf.setup(env)
	if err != nil {
		return err
	}
	var out io.Writer = env.Stdout
	var file *os.File
	if *outPath != "" {
		file, err = os.Create(*outPath)
		if err != nil {
			return err
		}
		defer file.Close()
		out = file
	}
	w := bufio.NewWriterSize(out, 256<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	var sum summary
	err = codeStream(ctx, p, paths, opts, cf.workers, nil, func(c coded) error {
		if c.err != nil {
			sum.failed++
			fmt.Fprintf(env.Stderr, "accord code: %v\n", c.err)
			return nil
		}
		sum.add(c.rec)
		if *legacy {
			c.rec.UseLegacyTypes()
		}
		if *pretty {
			return writePretty(w, c.doc, c.rec)
		}
		return enc.Encode(c.rec)
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return err
	}
	fmt.Fprintln(env.Stderr, sum.String())
	if sum.failed > 0 {
		return errFailed
	}
	return nil
}

// summary counts what a run coded.
type summary struct {
	reports, failed, persons, events, commitments, mechanisms int
}

func (s *summary) add(r accord.Record) {
	s.reports++
	s.persons += len(r.Persons)
	s.events += len(r.Events)
	s.commitments += len(r.Commitments)
	s.mechanisms += len(r.Mechanisms)
}

func (s summary) String() string {
	msg := fmt.Sprintf("accord code: %d reports coded: %d persons, %d events, %d commitments, %d mechanisms",
		s.reports, s.persons, s.events, s.commitments, s.mechanisms)
	if s.failed > 0 {
		msg += fmt.Sprintf("; %d failed (see above)", s.failed)
	}
	return msg
}

// writePretty prints a record for people.
func writePretty(w io.Writer, doc accord.Document, r accord.Record) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "== %s  %s", r.ID, r.Date)
	if r.DatelinePlace != "" {
		fmt.Fprintf(b, "  (%s", r.DatelinePlace)
		if r.DatelineDate != "" && r.DatelineDate != r.Date {
			fmt.Fprintf(b, ", %s", r.DatelineDate)
		}
		b.WriteString(")")
	}
	if r.Country != "" {
		fmt.Fprintf(b, "  home %s", r.Country)
	}
	b.WriteString("\n")
	if r.Title != "" {
		fmt.Fprintf(b, "   %s\n", r.Title)
	}
	if len(r.Persons) > 0 {
		b.WriteString("persons:\n")
		for _, p := range r.Persons {
			fmt.Fprintf(b, "  %-28s %-4s %s", p.Name, p.Country, p.Title)
			if len(p.Aliases) > 0 {
				fmt.Fprintf(b, "  (also: %s)", strings.Join(p.Aliases, "; "))
			}
			b.WriteString("\n")
		}
	}
	if len(r.Events) > 0 {
		b.WriteString("events:\n")
		for _, e := range r.Events {
			arrow := "->"
			if e.Symmetric {
				arrow = "<>"
			}
			date := e.Date
			if date == "" {
				date = "-"
			}
			fmt.Fprintf(b, "  %s %s %s %-9s (%s) %-10s %-7s %s\n", e.Source.Country, arrow, e.Target.Country, e.Type, e.Cameo, date, e.Tense, shorten(e.Trigger.Text, 40))
			fmt.Fprintf(b, "      %s ~ %s\n", orDash(e.Source.Name), orDash(e.Target.Name))
		}
	}
	if len(r.Commitments) > 0 {
		b.WriteString("commitments:\n")
		for _, c := range r.Commitments {
			due := "no date"
			if c.Due != nil {
				due = c.Due.Text
				if c.Due.Value != "" {
					due = c.Due.Value + " (" + c.Due.Text + ")"
				}
			}
			fmt.Fprintf(b, "  [%s] %s: %s, due %s\n", strings.Join(c.Parties, "+"), c.Status, shorten(c.What, 70), due)
		}
	}
	if len(r.Mechanisms) > 0 {
		b.WriteString("mechanisms:\n")
		for _, m := range r.Mechanisms {
			fmt.Fprintf(b, "  %s (%s) [%s]", m.Name, m.Kind, strings.Join(m.Parties, "+"))
			for _, s := range m.Sessions {
				fmt.Fprintf(b, "; session %s %s", s.Tense, orDash(s.Date))
			}
			b.WriteString("\n")
		}
	}
	if len(r.Topics) > 0 {
		fmt.Fprintf(b, "topics: %s\n", strings.Join(r.Topics, ", "))
	}
	b.WriteString("\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len([]rune(s)) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
