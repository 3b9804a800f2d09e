package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/dsn"
)

// What the commands that work on the stored record share: the --db flag,
// opening the store, and --format for output.

const dbUsage = "the record: a SQLite `DSN` (file name) or a postgres:// URL (default: $ACCORD_DB, else ./accord.db)"

// addDBFlag adds --db.
func addDBFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", dbUsage)
}

// dbName is the DSN from --db, else ACCORD_DB, else the default file.
func dbName(flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if v := os.Getenv(dsn.Env); v != "" {
		return v
	}
	return dsn.Default
}

// openRecord opens the record; lex, the coder's lexicon, teaches the ledger
// country names and honorifics. Without one (the commands that only read)
// the ledger knows the common honorifics only, which is all reading needs.
func openRecord(ctx context.Context, flagValue string, lex *lexicon.Lexicon) (store.Store, error) {
	var names ledger.Names
	if lex != nil {
		names = ledger.LexiconNames(lex)
	}
	return dsn.Open(ctx, dbName(flagValue), store.Options{Ledger: ledger.New(names)})
}

// openExistingRecord opens a record that must exist already (a SQLite file
// is not created): for reading, and for recoding.
func openExistingRecord(ctx context.Context, flagValue string, lex *lexicon.Lexicon) (store.Store, error) {
	name := dbName(flagValue)
	if !dsn.IsPostgres(name) {
		path := strings.TrimPrefix(strings.TrimPrefix(name, "sqlite:"), "file:")
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("no record at %s: run 'accord ingest' first, or give --db", path)
		}
	}
	return openRecord(ctx, flagValue, lex)
}

// Output formats.
const (
	outTable = "table"
	outJSON  = "json"
	outCSV   = "csv"
)

func addFormatFlag(fs *flag.FlagSet) *string {
	return fs.String("format", outTable, "output `FORMAT`: table (for people), json or csv (for scripts)")
}

func checkFormat(f string) error {
	switch f {
	case outTable, outJSON, outCSV:
		return nil
	}
	return fmt.Errorf("%w: --format %q: use table, json or csv", errUsage, f)
}

// writeIndentedJSON writes v as indented JSON.
func writeIndentedJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

// A recordTable is rows of cells with a header, written as aligned columns or CSV.
type recordTable struct {
	header []string
	rows   [][]string
}

func (t *recordTable) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *recordTable) write(w io.Writer, format string) error {
	if format == outCSV {
		cw := csv.NewWriter(w)
		cw.Write(t.header)
		cw.WriteAll(t.rows)
		return cw.Error()
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, strings.Join(t.header, "\t"))
	for _, r := range t.rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = strings.ReplaceAll(c, "\t", " ")
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	return tw.Flush()
}

// isCharDevice reports whether w is a terminal (a character device).
func isCharDevice(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// checkDateFlag checks a YYYY-MM-DD flag value.
func checkDateFlag(name, v string) error {
	if v == "" {
		return nil
	}
	if _, err := accord.ParseDate(v); err != nil {
		return fmt.Errorf("%w: --%s: %v", errUsage, name, err)
	}
	return nil
}

func todayDate() string { return time.Now().Format(accord.DateLayout) }

// engineName names the coder in stored reports.
func engineName() string { return "accord " + Version }
