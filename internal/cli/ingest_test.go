package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-events/accord/read"
	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/dsn"
)

// recordRun runs the command line in-process and returns its exit status and
// output.
func recordRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// recordCounts opens the record at db and counts it.
func recordCounts(t *testing.T, db string) store.Counts {
	t.Helper()
	st, err := dsn.Open(context.Background(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := st.Counts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestIngestTwiceAddsNothing(t *testing.T) {
	db := filepath.Join(t.TempDir(), "a.db")
	tally, err := read.Count(context.Background(), []string{"../../examples/"}, read.Options{})
	if err != nil || tally.Errors > 0 {
		t.Fatal(tally, err)
	}
	n := tally.Docs
	code, out, errs := recordRun(t, "ingest", "--db", db, "../../examples/")
	if code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, fmt.Sprintf("%d reports read: %d stored, 0 already stored, 0 failed", n, n)) {
		t.Errorf("first summary:\n%s", out)
	}
	first := recordCounts(t, db)
	if first.Reports != n {
		t.Errorf("%d reports stored, want %d", first.Reports, n)
	}
	code, out, _ = recordRun(t, "ingest", "--db", db, "../../examples/")
	if code != 0 || !strings.Contains(out, fmt.Sprintf("%d reports read: 0 stored, %d already stored, 0 failed", n, n)) {
		t.Errorf("second ingest: exit %d\n%s", code, out)
	}
	if second := recordCounts(t, db); second != first {
		t.Errorf("the second ingest changed the record: %+v, then %+v", first, second)
	}
	// The summary's counts are the record's.
	code, out, _ = recordRun(t, "ingest", "--db", db, "--format", "json", "../../examples/01-meeting.txt")
	var sum struct {
		Run    ingestStats  `json:"run"`
		Record store.Counts `json:"record"`
	}
	if err := json.Unmarshal([]byte(out), &sum); code != 0 || err != nil || sum.Record != first || sum.Run.Skipped != 1 {
		t.Errorf("json summary (exit %d, %v): %s", code, err, out)
	}
}

func TestIngestRecordsFailures(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "f.db")
	input := filepath.Join(dir, "in.jsonl")
	lines := []string{
		`{"id":"ok-1","date":"2025-03-04","text":"ISLAMABAD: Interior Minister Tariq Mehmood met British High Commissioner Jane Marriott on Monday."}`,
		`{"id":"bad-json",`,
		`{"id":"no-text","date":"2025-03-04","text":""}`,
		`{"id":"ok-2","date":"2025-03-05","text":"KABUL: Pakistan and Afghanistan held talks on Tuesday."}`,
	}
	if err := os.WriteFile(input, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := recordRun(t, "ingest", "--db", db, input)
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	if !strings.Contains(out, "4 reports read: 2 stored, 0 already stored, 2 failed") || !strings.Contains(errs, "line 2") {
		t.Errorf("summary:\n%s\nstderr:\n%s", out, errs)
	}
	code, out, _ = recordRun(t, "failures", "--db", db, "--format", "json")
	var fs []store.Failure
	if err := json.Unmarshal([]byte(out), &fs); code != 0 || err != nil || len(fs) != 2 {
		t.Fatalf("failures (exit %d, %v): %s", code, err, out)
	}
	for _, f := range fs {
		if f.Stage != "read" || f.Reason == "" || !strings.Contains(f.Origin, "in.jsonl line") {
			t.Errorf("failure %+v", f)
		}
	}
	// A second run tries them again and counts the attempts.
	recordRun(t, "ingest", "--db", db, input)
	code, out, _ = recordRun(t, "failures", "--db", db)
	if code != 0 || !strings.Contains(out, "in.jsonl line 2") || !strings.Contains(out, " 2 ") {
		t.Errorf("failures table:\n%s", out)
	}
}

func TestIngestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"ingest"},
		{"ingest", "--format", "csv", "x"},
		{"events", "--since", "March"},
		{"commitments", "--status", "done"},
		{"person"},
		{"search"},
		{"report", "a", "b"},
	} {
		if code, _, errs := recordRun(t, append(args, "--db", filepath.Join(t.TempDir(), "u.db"))...); code != ExitUsage {
			t.Errorf("%q: exit %d, want %d\n%s", args, code, ExitUsage, errs)
		}
	}
	code, _, errs := recordRun(t, "events", "--db", filepath.Join(t.TempDir(), "missing.db"))
	if code != ExitFailure || !strings.Contains(errs, "run 'accord ingest' first") {
		t.Errorf("reading a record that does not exist: exit %d: %s", code, errs)
	}
	for _, cmd := range []string{"ingest", "recode", "failures", "events", "people", "person", "commitments", "dialogues", "report", "search"} {
		code, _, errs := recordRun(t, cmd, "--help")
		if code != 0 || !strings.Contains(errs, "Usage: accord "+cmd) || !strings.Contains(errs, "-db") {
			t.Errorf("%s --help: exit %d\n%s", cmd, code, errs)
		}
	}
}

func TestRedactDSN(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://accord:secret@localhost/accord": "postgres://accord:***@localhost/accord",
		"postgres://accord@localhost/accord":        "postgres://accord@localhost/accord",
		"accord.db":                                 "accord.db",
	} {
		if got := redactDSN(in); got != want {
			t.Errorf("redactDSN(%q) = %q", in, got)
		}
	}
}
