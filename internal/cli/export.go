package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/accord-events/accord/export"
	"github.com/accord-events/accord/store"
)

const exportHelp = `
Reads coded records (the JSON Lines that accord code writes) and writes their
events in a format other tools open, one event a line or row:

  gdelt   the GDELT 2.0 event table: 61 tab-separated columns, no header
  plover  POLECAT/PLOVER JSON records, one a line; accord's own fields
          (CAMEO code, tense, event date, rule, commitments) under "accord"
  csv     one row per event with a header, for spreadsheets (see --bom, --excel)
  jsonl   the coded records themselves, one report a line

Inputs are files of coded records, or - (or none) for standard input. A line
that is not a record is reported on standard error with its file and line and
the rest is exported; the exit status is then 1. docs/EXPORT.md maps every
column and says what accord cannot fill.

Examples:
  accord code examples/ | accord export --format gdelt > events.tsv
  accord export --format csv --excel -o events.csv coded.jsonl
  accord export --format plover coded-*.jsonl > events.plover.jsonl`

func runExport(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "export", "--format FORMAT [flags] [FILE.jsonl...]", exportHelp)
	format := fs.String("format", "", "output `FORMAT`: "+strings.Join(export.Formats(), ", "))
	outPath := fs.String("o", "", "write to `FILE` instead of standard output")
	bom := fs.Bool("bom", false, "csv: start with a UTF-8 byte-order mark, which Excel needs to read UTF-8")
	excel := fs.Bool("excel", false, "csv: for Excel: --bom, CAMEO codes kept as text, no cell read as a formula")
	dsn := fs.String("db", "", "export from the store at `DSN` instead of coded files (needs accord ingest)")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	switch {
	case *format == "":
		return fmt.Errorf("%w: give --format: %s", errUsage, strings.Join(export.Formats(), ", "))
	case !slices.Contains(export.Formats(), *format):
		return fmt.Errorf("%w: unknown --format %q: want %s", errUsage, *format, strings.Join(export.Formats(), ", "))
	case (*bom || *excel) && *format != export.CSV:
		return fmt.Errorf("%w: --bom and --excel are for --format csv", errUsage)
	case *dsn != "" && len(paths) > 0:
		return fmt.Errorf("%w: give --db or input files, not both", errUsage)
	}
	if len(paths) == 0 {
		paths = []string{"-"}
	}
	if err := checkNotInput(*outPath, paths); err != nil {
		return err
	}
	opts := export.Options{BOM: *bom, Excel: *excel, Coder: "accord " + Version}
	var fromStore func(export.Writer) error
	if *dsn != "" {
		if fromStore, err = openStore(ctx, *dsn); err != nil {
			return err
		}
	}

	var out io.Writer = env.Stdout
	var file *os.File
	if *outPath != "" {
		if file, err = os.Create(*outPath); err != nil {
			return err
		}
		defer file.Close()
		out = file
	}
	w, err := export.NewWriter(*format, out, opts)
	if err != nil {
		return err
	}
	var sum exportSummary
	if fromStore != nil {
		err = fromStore(w)
	} else {
		for _, path := range paths {
			if err = exportFile(ctx, env, path, w, &sum); err != nil {
				break
			}
		}
	}
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return err
	}
	if fromStore == nil {
		fmt.Fprintf(env.Stderr, "accord export: %s\n", sum.String(*format))
	}
	if sum.bad > 0 {
		return errFailed
	}
	return nil
}

// openStore opens the record at dsn and returns a function that writes
// every stored event to w as an export.Row carrying the store's event id
// (Row.GlobalID), its counts over reports (NumMentions, NumSources,
// NumArticles) and the time its report was stored (Report.Added). It runs
// before the output is created, so a store that cannot be opened leaves no
// empty file behind.
func openStore(ctx context.Context, dsn string) (func(w export.Writer) error, error) {
	st, err := openExistingRecord(ctx, dsn, nil)
	if err != nil {
		return nil, err
	}
	return func(w export.Writer) error {
		defer st.Close()
		return st.Coded(ctx, func(c store.CodedReport) error {
			if c.Record == nil {
				return nil
			}
			rows := export.RowsFromRecord(*c.Record)
			for i := range rows {
				rows[i].Report.Added = c.IngestedAt
				if ref, ok := c.Events[rows[i].Event.ID]; ok {
					rows[i].NumMentions, rows[i].NumSources, rows[i].NumArticles = ref.NumMentions, ref.NumSources, ref.NumArticles
					// one id for the event across reports, from its stable key
					rows[i].GlobalID = export.EventID(ref.ID, "")
					rows[i].Root = rows[i].Root || ref.First
				}
				if err := w.Write(rows[i]); err != nil {
					return err
				}
			}
			return nil
		})
	}, nil
}

// exportFile writes the records of path ("-" for standard input) to w,
// reporting bad lines on standard error.
func exportFile(ctx context.Context, env Env, path string, w export.Writer, sum *exportSummary) error {
	var r io.Reader = env.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	rr := export.NewRecordReader(r, path)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, err := rr.Next()
		var le *export.LineError
		switch {
		case err == io.EOF:
			return nil
		case errors.As(err, &le):
			sum.bad++
			fmt.Fprintf(env.Stderr, "accord export: %v\n", le)
			continue
		case err != nil:
			return fmt.Errorf("reading %s: %w", path, err)
		}
		sum.reports++
		sum.events += len(rec.Events)
		if err := export.WriteRecord(w, rec); err != nil {
			return fmt.Errorf("writing the export: %w", err)
		}
	}
}

// checkNotInput refuses to write the export over one of its inputs.
func checkNotInput(outPath string, paths []string) error {
	if outPath == "" {
		return nil
	}
	out, err := os.Stat(outPath)
	if err != nil {
		return nil // a new file
	}
	for _, p := range paths {
		if in, err := os.Stat(p); p != "-" && err == nil && os.SameFile(in, out) {
			return fmt.Errorf("%w: -o %s is also an input; write the export elsewhere", errUsage, outPath)
		}
	}
	return nil
}

// exportSummary counts what an export read.
type exportSummary struct {
	reports, events, bad int
}

func (s exportSummary) String(format string) string {
	msg := fmt.Sprintf("%d reports, %d events exported as %s", s.reports, s.events, format)
	if s.bad > 0 {
		msg += fmt.Sprintf("; %d bad lines skipped (see above)", s.bad)
	}
	return msg
}
