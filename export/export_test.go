package export

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-events/accord"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ from the current output")

// export writes records in format with opts, through WriteRecord as the
// CLI does.
func export(t testing.TB, format string, opts Options, recs []accord.Record) []byte {
	t.Helper()
	var buf bytes.Buffer
	w, err := NewWriter(format, &buf, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, rec := range recs {
		if err := WriteRecord(w, rec); err != nil {
			t.Fatalf("WriteRecord(%s): %v", rec.ID, err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	return buf.Bytes()
}

// TestGolden compares each format's export of testRecords with its golden
// file; go test -update rewrites them.
func TestGolden(t *testing.T) {
	for _, tc := range []struct {
		file   string
		format string
		opts   Options
	}{
		{"gdelt.golden.tsv", GDELT, Options{}},
		{"plover.golden.jsonl", PLOVER, Options{}},
		{"csv.golden.csv", CSV, Options{}},
		{"csv-excel.golden.csv", CSV, Options{Excel: true}},
		{"jsonl.golden.jsonl", JSONL, Options{}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got := export(t, tc.format, tc.opts, testRecords())
			path := filepath.Join("testdata", tc.file)
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from the export; if the change is meant, run go test -update and review the diff\n got:\n%s", path, got)
			}
		})
	}
}

// TestWriterContract runs the same checks against every format's writer.
func TestWriterContract(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			var buf bytes.Buffer
			w, err := NewWriter(format, &buf, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Close(); err != nil {
				t.Fatalf("Close with no rows: %v", err)
			}
			if err := w.Close(); err != nil {
				t.Errorf("second Close: %v", err)
			}
			if err := w.Write(testRows()[0]); !errors.Is(err, ErrClosed) {
				t.Errorf("Write after Close = %v, want ErrClosed", err)
			}
			if format != CSV && buf.Len() != 0 {
				t.Errorf("no rows wrote %q, want nothing", buf.String())
			}

			// Output depends on the rows only.
			a := export(t, format, Options{}, testRecords())
			b := export(t, format, Options{}, testRecords())
			if !bytes.Equal(a, b) {
				t.Error("two exports of the same records differ")
			}

			// Nothing reaches the io.Writer before Close or a full buffer,
			// and everything after Close.
			buf.Reset()
			w, _ = NewWriter(format, &buf, Options{})
			for _, r := range testRows() {
				if err := w.Write(r); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(buf.String(), "\n") {
				t.Errorf("output does not end with a line end: %q", tail(buf.String()))
			}
		})
	}
}

func tail(s string) string {
	if len(s) > 40 {
		return s[len(s)-40:]
	}
	return s
}

func TestNewWriterUnknown(t *testing.T) {
	_, err := NewWriter("xlsx", &bytes.Buffer{}, Options{})
	if !errors.Is(err, ErrUnknownFormat) {
		t.Fatalf("err = %v, want ErrUnknownFormat", err)
	}
	if !strings.Contains(err.Error(), "gdelt, plover, csv, jsonl") {
		t.Errorf("error %q does not list the formats", err)
	}
}

func TestRowsFromRecord(t *testing.T) {
	recs := testRecords()
	for _, tc := range []struct {
		name                  string
		rec                   accord.Record
		event                 int
		mentions              int
		root                  bool
		sourcePerson          string
		targetPerson          string
		commitments           []string
		mechanism             string
		wantRows, wantReports int
	}{
		{name: "meeting", rec: recs[0], event: 0, mentions: 2, root: true, sourcePerson: "Tariq Mehmood", targetPerson: "Jane Marriott", wantRows: 2},
		{name: "praise", rec: recs[0], event: 1, mentions: 1, sourcePerson: "Jane Marriott", wantRows: 2},
		{name: "agreement", rec: recs[1], event: 0, mentions: 1, root: true, commitments: []string{"c1"}, mechanism: "Joint Coordination Committee", wantRows: 2},
		{name: "promised meeting", rec: recs[1], event: 1, mentions: 1, root: true, wantRows: 2},
		{name: "unknown person", rec: recs[4], event: 0, mentions: 1, wantRows: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows := RowsFromRecord(tc.rec)
			if len(rows) != tc.wantRows {
				t.Fatalf("%d rows, want %d", len(rows), tc.wantRows)
			}
			r := rows[tc.event]
			if r.Event.ID != tc.rec.Events[tc.event].ID || r.Report.ID != tc.rec.ID {
				t.Errorf("row is %s/%s, want %s/%s", r.Report.ID, r.Event.ID, tc.rec.ID, tc.rec.Events[tc.event].ID)
			}
			if r.NumMentions != tc.mentions || r.NumSources != 1 || r.NumArticles != 1 {
				t.Errorf("counts %d/%d/%d, want %d/1/1", r.NumMentions, r.NumSources, r.NumArticles, tc.mentions)
			}
			if r.Root != tc.root {
				t.Errorf("Root = %v, want %v", r.Root, tc.root)
			}
			if got := personName(r.SourcePerson); got != tc.sourcePerson {
				t.Errorf("source person %q, want %q", got, tc.sourcePerson)
			}
			if got := personName(r.TargetPerson); got != tc.targetPerson {
				t.Errorf("target person %q, want %q", got, tc.targetPerson)
			}
			var cs []string
			for _, c := range r.Commitments {
				cs = append(cs, c.ID)
			}
			if strings.Join(cs, ",") != strings.Join(tc.commitments, ",") {
				t.Errorf("commitments %v, want %v", cs, tc.commitments)
			}
			mech := ""
			if r.Mechanism != nil {
				mech = r.Mechanism.Name
			}
			if mech != tc.mechanism {
				t.Errorf("mechanism %q, want %q", mech, tc.mechanism)
			}
			if r.GlobalID != EventID(tc.rec.ID, r.Event.ID) {
				t.Errorf("GlobalID %d, want EventID %d", r.GlobalID, EventID(tc.rec.ID, r.Event.ID))
			}
		})
	}
	if rows := RowsFromRecord(recs[3]); len(rows) != 0 {
		t.Errorf("a report without events gave %d rows", len(rows))
	}
}

func personName(p *accord.Person) string {
	if p == nil {
		return ""
	}
	return p.Name
}

func TestEventID(t *testing.T) {
	// The value is part of the format: changing it renumbers every export.
	if got, want := EventID("01-meeting", "e1"), int64(2852979898134992); got != want {
		t.Errorf("EventID(01-meeting, e1) = %d, want %d", got, want)
	}
	seen := map[int64]string{}
	for _, ids := range [][2]string{{"a", "bc"}, {"ab", "c"}, {"", "abc"}, {"abc", ""}, {"r1", "e1"}, {"r1", "e2"}, {"r2", "e1"}} {
		id := EventID(ids[0], ids[1])
		if id <= 0 || id >= 1<<53 {
			t.Errorf("EventID%q = %d, outside 1..2^53-1", ids, id)
		}
		if prev, ok := seen[id]; ok {
			t.Errorf("EventID%q = EventID(%s) = %d", ids, prev, id)
		}
		seen[id] = ids[0] + "," + ids[1]
	}
	r := Row{Report: ReportInfo{ID: "r1"}, Event: accord.Event{ID: "e1"}}
	if r.globalID() != EventID("r1", "e1") {
		t.Error("a row without GlobalID does not use EventID")
	}
	r.GlobalID = 42
	if r.globalID() != 42 {
		t.Error("a row's GlobalID is not used")
	}
}

func TestEventDay(t *testing.T) {
	for _, tc := range []struct {
		report, event, want string
	}{
		{"2025-03-04", "2025-03-03", "2025-03-03"}, // the day the text gives
		{"2025-03-04", "2025-03-04", "2025-03-04"},
		{"2025-05-12", "2025-06-16", "2025-05-12"}, // a promised date: the report's
		{"2025-02-18", "2025-02", "2025-02-18"},    // not a day
		{"2025-02-18", "2026", "2025-02-18"},
		{"2025-02-18", "", "2025-02-18"},
		{"", "2025-01-09", "2025-01-09"},
		{"", "2025-13-45", ""},
		{"", "", ""},
		{"04/03/2025", "", ""},
	} {
		r := Row{Report: ReportInfo{Date: tc.report}, Event: accord.Event{Date: tc.event}}
		if got := eventDay(r); got != tc.want {
			t.Errorf("eventDay(report %q, event %q) = %q, want %q", tc.report, tc.event, got, tc.want)
		}
	}
}

func TestDatePrecision(t *testing.T) {
	for _, tc := range []struct {
		e    accord.Event
		want accord.Precision
	}{
		{accord.Event{}, ""},
		{accord.Event{Date: "2025-03-03"}, accord.Day},
		{accord.Event{Date: "2025-03"}, accord.Month},
		{accord.Event{Date: "2025"}, accord.Year},
		{accord.Event{Date: "2025-04", Time: &accord.TimeExpr{Precision: accord.Week}}, accord.Week},
		{accord.Event{Date: "soon"}, ""},
	} {
		if got := datePrecision(tc.e); got != tc.want {
			t.Errorf("datePrecision(%q) = %q, want %q", tc.e.Date, got, tc.want)
		}
	}
}

func TestMentionText(t *testing.T) {
	e := testRecords()[0].Events[0]
	for _, tc := range []struct {
		a    accord.Actor
		want string
	}{
		{e.Source, "Interior Minister Tariq Mehmood"},
		{accord.Actor{Span: span(133, 143)}, "Mr Mehmood"}, // in a mention
		{accord.Actor{}, ""},
		{accord.Actor{Span: span(300, 310)}, ""}, // outside every sentence
		{accord.Actor{Span: span(5, 5)}, ""},
	} {
		if got := mentionText(tc.a, e); got != tc.want {
			t.Errorf("mentionText(%v) = %q, want %q", tc.a.Span, got, tc.want)
		}
	}
	// A span into evidence whose text does not match its offsets is not cut.
	bad := accord.Event{Evidence: accord.Evidence{Span: accord.Span{Start: 0, End: 50}, Text: "short"}}
	if got := mentionText(accord.Actor{Span: span(0, 3)}, bad); got != "" {
		t.Errorf("mentionText on inconsistent evidence = %q, want \"\"", got)
	}
}

// TestDocsListColumns keeps docs/EXPORT.md honest: it names every GDELT
// column in order and every CSV column.
func TestDocsListColumns(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "docs", "EXPORT.md"))
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	pos := 0
	for i, c := range GDELTColumns() {
		j := strings.Index(doc[pos:], "`"+c+"`")
		if j < 0 {
			t.Fatalf("docs/EXPORT.md does not list GDELT column %d %s after the previous one", i+1, c)
		}
		pos += j + len(c)
	}
	for _, c := range CSVColumns() {
		if !strings.Contains(doc, "`"+c+"`") {
			t.Errorf("docs/EXPORT.md does not list CSV column %s", c)
		}
	}
}
