package cli

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/dsn"
)

// buildAccord builds the accord binary into a temporary directory.
func buildAccord(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the accord binary; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "accord")
	cmd := exec.Command("go", "build", "-o", bin, "github.com/accord-events/accord/cmd/accord")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestIngestKilled kills a real ingest with SIGKILL once some reports are
// stored, checks that every stored report is whole, runs the ingest again
// and compares the record with one made by an ingest never interrupted.
func TestIngestKilled(t *testing.T) {
	bin := buildAccord(t)
	dir := t.TempDir()
	input := filepath.Join(dir, "gen.jsonl")
	const n = 2000
	if err := os.WriteFile(input, genReports(n), 0o644); err != nil {
		t.Fatal(err)
	}
	killIngest(t, bin, input, filepath.Join(dir, "killed.db"), filepath.Join(dir, "whole.db"), n)
}

// TestCorpusIngestKilled does the same on the team's corpus when
// ACCORD_TEST_CORPUS is set (it takes about a minute).
func TestCorpusIngestKilled(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpora", "pk-news-2025")
	if _, err := os.Stat(corpus); err != nil {
		t.Skipf("corpus %s is absent", corpus)
	}
	if os.Getenv("ACCORD_TEST_CORPUS") == "" {
		t.Skipf("set ACCORD_TEST_CORPUS=1 to ingest %s twice, killed and whole (about a minute)", corpus)
	}
	bin := buildAccord(t)
	dir := t.TempDir()
	killIngest(t, bin, corpus, filepath.Join(dir, "killed.db"), filepath.Join(dir, "whole.db"), 3250)
}

func killIngest(t *testing.T, bin, input, killed, whole string, n int) {
	ctx := context.Background()
	cmd := exec.Command(bin, "ingest", "--db", killed, input)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	// Kill once a tenth of the reports are stored (they are committed in
	// batches of a hundred).
	poll, err := sql.Open("sqlite", killed+"?_pragma=busy_timeout(10000)")
	if err != nil {
		t.Fatal(err)
	}
	defer poll.Close()
	deadline := time.Now().Add(2 * time.Minute)
	for stored := 0; stored < n/10; {
		select {
		case err := <-exited:
			t.Fatalf("ingest ended (%v) before it could be killed:\n%s", err, out.String())
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("ingest stored only %d reports in two minutes", stored)
		}
		time.Sleep(5 * time.Millisecond)
		if _, err := os.Stat(killed); err == nil {
			poll.QueryRow(`SELECT COUNT(*) FROM reports`).Scan(&stored) // fails until the schema is made
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	<-exited
	var atKill int
	if err := poll.QueryRow(`SELECT COUNT(*) FROM reports`).Scan(&atKill); err != nil {
		t.Fatal(err)
	}
	t.Logf("killed with %d of %d reports stored", atKill, n)
	if atKill >= n {
		t.Fatalf("every report was stored before the kill")
	}
	checkWhole(t, killed)

	for _, args := range [][]string{{"ingest", "--db", killed, input}, {"ingest", "--db", whole, input}} {
		c := exec.Command(bin, args...)
		if b, err := c.CombinedOutput(); err != nil {
			t.Fatalf("%q: %v\n%s", args, err, b)
		} else {
			t.Logf("%s", strings.TrimSpace(string(b)))
		}
	}
	a, b := recordCounts(t, killed), recordCounts(t, whole)
	if a != b || a.Reports != n {
		t.Errorf("killed and completed: %+v\nnever interrupted:    %+v", a, b)
	}
	if ea, eb := eventSummary(ctx, t, killed), eventSummary(ctx, t, whole); !slices.Equal(ea, eb) {
		t.Errorf("the events differ: %d and %d", len(ea), len(eb))
	}
	c := exec.Command(bin, "ingest", "--db", killed, input)
	if b, err := c.CombinedOutput(); err != nil || !strings.Contains(string(b), " 0 stored") {
		t.Errorf("a third ingest stored something: %v\n%s", err, b)
	}
}

// checkWhole checks that every stored report has everything derived from
// it: each of its persons, events, mechanisms and commitments is linked.
func checkWhole(t *testing.T, db string) {
	t.Helper()
	ctx := context.Background()
	st, err := dsn.Open(ctx, db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var ids []string
	if err := st.Reports(ctx, false, func(r store.StoredReport) error { ids = append(ids, r.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		r, err := st.Report(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		named := 0
		for _, p := range r.Record.Persons {
			if strings.TrimSpace(p.Name) != "" {
				named++
			}
		}
		if len(r.Links.Persons) != named || len(r.Links.Events) != len(r.Record.Events) ||
			len(r.Links.Mechanisms) != len(r.Record.Mechanisms) || len(r.Links.Commitments) != len(r.Record.Commitments) {
			t.Errorf("report %s is not whole: links %+v for %d persons, %d events, %d mechanisms, %d commitments", id, r.Links,
				len(r.Record.Persons), len(r.Record.Events), len(r.Record.Mechanisms), len(r.Record.Commitments))
		}
	}
}

// eventSummary lists each event's id and counts.
func eventSummary(ctx context.Context, t *testing.T, db string) []string {
	t.Helper()
	st, err := dsn.Open(ctx, db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	es, err := st.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.ID+" "+e.Pair+" "+e.Date+" "+strconv.Itoa(e.NumArticles)+" "+strconv.Itoa(e.NumSources))
	}
	slices.Sort(out)
	return out
}
