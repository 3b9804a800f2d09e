package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-events/accord"
)

// exportRun runs the command line in-process.
func exportRun(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// exportCodedLines are two coded records as `accord code` writes them: a meeting
// with two events and a report without events.
func exportCodedLines(t *testing.T) string {
	t.Helper()
	text := "ISLAMABAD: Pakistan and Iran agreed to hold talks, the foreign office said in \"Islamabad\"."
	recs := []accord.Record{{
		ID: "t1", Date: "2025-06-03", URL: "https://example.org/t1", Country: "PAK",
		Persons: []accord.Person{}, Actors: []accord.Actor{},
		Events: []accord.Event{{
			ID: "e1", Type: "AGREE", Cameo: "036", CameoLabel: "Express intent to meet or negotiate", QuadClass: 1, Goldstein: 4,
			Source:    accord.Actor{Country: "PAK", Agent: "GOV", Name: "Pakistan", Span: &accord.Span{Start: 11, End: 19}},
			Target:    accord.Actor{Country: "IRN", Agent: "GOV", Name: "Iran", Span: &accord.Span{Start: 24, End: 28}},
			Symmetric: true, Tense: accord.Past, Date: "2025-06-03",
			Evidence: accord.Evidence{Span: accord.Span{Start: 0, End: len(text)}, Text: text},
			Trigger:  accord.Evidence{Span: accord.Span{Start: 29, End: 38}, Text: "agreed to"},
			Rule:     `verb "agreed to" -> AGREE 030`,
		}, {
			ID: "e2", Type: "CONSULT", Cameo: "046", QuadClass: 1, Goldstein: 7,
			Source: accord.Actor{Country: "PAK", Agent: "GOV", Name: "Pakistan"},
			Target: accord.Actor{Country: "IRN", Agent: "GOV", Name: "Iran"},
			Tense:  accord.Future, Evidence: accord.Evidence{Span: accord.Span{Start: 0, End: len(text)}, Text: text},
			Rule: "promised",
		}},
		Commitments: []accord.Commitment{}, Mechanisms: []accord.Mechanism{}, Times: []accord.TimeExpr{},
		Quotes: []accord.Quote{}, Topics: []string{"diplomacy"},
	}, {
		ID: "t2", Date: "2025-06-04", Persons: []accord.Person{}, Actors: []accord.Actor{}, Events: []accord.Event{},
		Commitments: []accord.Commitment{}, Mechanisms: []accord.Mechanism{}, Times: []accord.TimeExpr{},
		Quotes: []accord.Quote{}, Topics: []string{},
	}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	return buf.String()
}

// checkExportFormat checks that out is well formed in format and holds n events
// (jsonl: n reports).
func checkExportFormat(t *testing.T, format, out string, n int) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if out == "" {
		lines = nil
	}
	switch format {
	case "gdelt":
		for i, l := range lines {
			if f := strings.Split(l, "\t"); len(f) != 61 {
				t.Errorf("gdelt line %d has %d fields, want 61", i+1, len(f))
			}
		}
	case "plover", "jsonl":
		for i, l := range lines {
			if !json.Valid([]byte(l)) {
				t.Errorf("%s line %d is not JSON: %s", format, i+1, l)
			}
		}
	case "csv":
		rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
		if err != nil {
			t.Fatalf("csv does not parse: %v", err)
		}
		if len(rows)-1 != n {
			t.Errorf("csv: %d rows after the header, want %d", len(rows)-1, n)
		}
		return
	}
	if len(lines) != n {
		t.Errorf("%s: %d lines, want %d", format, len(lines), n)
	}
}

func TestExportFormats(t *testing.T) {
	in := exportCodedLines(t)
	for _, tc := range []struct {
		format string
		n      int
	}{
		{"gdelt", 2},
		{"plover", 2},
		{"csv", 2},
		{"jsonl", 2}, // reports: the one without events too
	} {
		t.Run(tc.format, func(t *testing.T) {
			code, out, errs := exportRun(t, in, "export", "--format", tc.format)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			checkExportFormat(t, tc.format, out, tc.n)
			if !strings.Contains(errs, "2 reports, 2 events exported as "+tc.format) {
				t.Errorf("summary %q", errs)
			}
			if tc.format == "jsonl" && out != in {
				t.Errorf("jsonl does not give back the coded records:\n got %s\nwant %s", out, in)
			}
		})
	}
}

func TestExportFilesAndOutput(t *testing.T) {
	dir := t.TempDir()
	in := exportCodedLines(t)
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	os.WriteFile(a, []byte(in), 0o644)
	os.WriteFile(b, []byte(in), 0o644)
	out := filepath.Join(dir, "events.csv")

	code, stdout, errs := exportRun(t, "", "export", a, "--format", "csv", "-o", out, b, "--excel")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if stdout != "" {
		t.Errorf("wrote to stdout with -o: %q", stdout)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(got, []byte("\uFEFF")) || !bytes.Contains(got, []byte(`"=""036"""`)) {
		t.Errorf("--excel: no BOM or CAMEO code not kept as text:\n%s", got)
	}
	checkExportFormat(t, "csv", string(got), 4)

	// - reads standard input, among files.
	code, stdout, _ = exportRun(t, in, "export", "--format", "gdelt", a, "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	checkExportFormat(t, "gdelt", stdout, 4)

	// The export never overwrites an input.
	code, _, errs = exportRun(t, "", "export", "--format", "jsonl", "-o", a, a)
	if code != ExitUsage || !strings.Contains(errs, "is also an input") {
		t.Errorf("-o onto an input: exit %d, %q", code, errs)
	}
	if data, _ := os.ReadFile(a); string(data) != in {
		t.Error("the input was overwritten")
	}
}

func TestExportBadLines(t *testing.T) {
	in := exportCodedLines(t)
	lines := strings.SplitAfter(in, "\n")
	bad := lines[0] + "{not json\n" + `{"date":"2025-01-01"}` + "\n" + lines[1]
	code, out, errs := exportRun(t, bad, "export", "--format", "gdelt")
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	for _, want := range []string{"- line 2:", "- line 3:", `no "id"`, "2 bad lines skipped"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	checkExportFormat(t, "gdelt", out, 2)
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	os.WriteFile(in, []byte(exportCodedLines(t)), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no format", []string{"export", in}, ExitUsage, "give --format: gdelt, plover, csv, jsonl"},
		{"unknown format", []string{"export", "--format", "xlsx", in}, ExitUsage, `unknown --format "xlsx"`},
		{"bom outside csv", []string{"export", "--format", "gdelt", "--bom", in}, ExitUsage, "--bom and --excel are for --format csv"},
		{"db and files", []string{"export", "--format", "gdelt", "--db", "accord.db", in}, ExitUsage, "--db or input files"},
		{"db", []string{"export", "--format", "gdelt", "--db", filepath.Join(dir, "none.db"), "-o", filepath.Join(dir, "never.tsv")}, ExitFailure,
			"no record at"},
		{"missing file", []string{"export", "--format", "csv", filepath.Join(dir, "nope.jsonl")}, ExitFailure, "nope.jsonl"},
		{"bad flag", []string{"export", "--formt", "csv"}, ExitUsage, "flag provided but not defined"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := exportRun(t, "", tc.args...)
			if code != tc.code || !strings.Contains(errs, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errs, tc.code, tc.want)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "never.tsv")); err == nil {
		t.Error("--db created the output file though it cannot export")
	}
}

func TestExportHelp(t *testing.T) {
	code, _, errs := exportRun(t, "", "export", "--help")
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	for _, want := range []string{
		"Usage: accord export --format FORMAT",
		"accord code examples/ | accord export --format gdelt > events.tsv",
		"-format FORMAT", "-o FILE", "-bom", "-excel", "-db DSN",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("help lacks %q:\n%s", want, errs)
		}
	}
}

// TestCodeThenExport pipes accord code's output on the examples into every
// export format, as the help's first example does.
func TestCodeThenExport(t *testing.T) {
	code, coded, errs := exportRun(t, "", "code", filepath.Join("..", "..", "examples"))
	if code != 0 {
		t.Skipf("accord code examples/ failed (exit %d): %s", code, errs)
	}
	events := 0
	for _, l := range strings.Split(strings.TrimSpace(coded), "\n") {
		var rec accord.Record
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatal(err)
		}
		events += len(rec.Events)
	}
	for _, format := range []string{"gdelt", "plover", "csv"} {
		code, out, errs := exportRun(t, coded, "export", "--format", format)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", format, code, errs)
		}
		checkExportFormat(t, format, out, events)
	}
}

// TestExportFromStore ingests the examples and exports the record: every
// event of the store comes out, with the store's counts.
func TestExportFromStore(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	if code, _, errs := run(t, "", "ingest", "--db", db, filepath.Join("..", "..", "examples")); code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, errs)
	}
	code, out, errs := run(t, "", "export", "--format", "gdelt", "--db", db)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 10 {
		t.Fatalf("%d GDELT rows from the examples, want every event", len(lines))
	}
	for i, l := range lines {
		if f := strings.Split(l, "\t"); len(f) != 61 {
			t.Errorf("row %d has %d fields, want 61", i+1, len(f))
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "never.tsv")); err == nil {
		t.Error("a failed export left a file behind")
	}
}
