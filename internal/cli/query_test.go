package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/dsn"
)

// storyDB ingests the examples and two follow-up scenarios into a new
// record and returns its file name.
func storyDB(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "q.db")
	scen := filepath.Join("..", "..", "ledger", "testdata", "scenarios")
	code, out, errs := recordRun(t, "ingest", "--db", db, "../../examples/",
		filepath.Join(scen, "promise-fulfilled"), filepath.Join(scen, "two-sources"), filepath.Join(scen, "title-change"))
	if code != 0 {
		t.Fatalf("ingest: exit %d\n%s%s", code, out, errs)
	}
	return db
}

func TestQueryCommands(t *testing.T) {
	db := storyDB(t)
	for _, c := range []struct {
		args []string
		want []string // in the table
	}{
		{[]string{"events", "--pair", "GBR-PAK", "--type", "CONSULT"}, []string{"ARTICLES", "Mohsin Naqvi", "Jane Marriott"}},
		{[]string{"events", "--person", "Mohsin Naqvi", "--since", "2025-01-01"}, []string{"CONSULT"}},
		{[]string{"events", "--mechanism", "Law Enforcement"}, []string{"CONSULT", "2025-10-22"}},
		{[]string{"people", "--country", "PAK"}, []string{"Mohsin Naqvi", "Interior Minister", "Tariq Mehmood"}},
		{[]string{"person", "Mohsin", "Naqvi"}, []string{"title history", "Interior Minister", "Foreign Minister", "events ("}},
		{[]string{"commitments", "--as-of", "2025-12-31", "--status", "fulfilled"}, []string{"fulfilled", "session", "Law Enforcement Dialogue"}},
		{[]string{"commitments", "--as-of", "2025-09-01", "--pair", "PAK-USA"}, []string{"pending"}},
		{[]string{"dialogues", "--party", "USA"}, []string{"Law Enforcement Dialogue", "2025-10-22", "02-held"}},
		{[]string{"report", "01-promise", "--text"}, []string{"== 01-promise", "-> law enforcement dialogue|PAK-USA", "ISLAMABAD: Pakistan"}},
		{[]string{"search", "human", "trafficking"}, []string{"01-dawn", "[trafficking]"}},
		{[]string{"failures"}, []string{"KEY", "STAGE"}},
	} {
		code, out, errs := recordRun(t, append(c.args, "--db", db)...)
		if code != 0 {
			t.Errorf("%q: exit %d\n%s", c.args, code, errs)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(out, w) {
				t.Errorf("%q: no %q in\n%s", c.args, w, out)
			}
		}
	}
}

func TestQueryFormats(t *testing.T) {
	db := storyDB(t)
	var es []store.EventRecord
	code, out, _ := recordRun(t, "events", "--db", db, "--type", "CONSULT", "--pair", "GBR-PAK", "--person", "Mohsin Naqvi", "--mentions", "--format", "json")
	if err := json.Unmarshal([]byte(out), &es); code != 0 || err != nil || len(es) != 1 {
		t.Fatalf("events json (exit %d, %v): %s", code, err, out)
	}
	if e := es[0]; e.NumArticles != 3 || e.NumSources != 3 || len(e.Mentions) != 3 || e.Source.PersonName == "" {
		t.Errorf("the meeting told three times: %+v", e)
	}
	code, out, _ = recordRun(t, "events", "--db", db, "--format", "csv", "--mentions", "--type", "CONSULT", "--pair", "GBR-PAK", "--person", "Mohsin Naqvi")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 4 || rows[0][0] != "DATE" || rows[0][len(rows[0])-1] != "EVIDENCE" {
		t.Errorf("events csv (exit %d, %v): %q", code, err, rows)
	}
	var cs []store.CommitmentRecord
	code, out, _ = recordRun(t, "commitments", "--db", db, "--as-of", "2025-12-31", "--format", "json")
	if err := json.Unmarshal([]byte(out), &cs); code != 0 || err != nil || len(cs) == 0 {
		t.Fatalf("commitments json (exit %d, %v): %s", code, err, out)
	}
	for _, c := range cs {
		if c.Status.Status == "" || c.Status.Reason == "" || c.Status.AsOf != "2025-12-31" {
			t.Errorf("commitment without a status or reason: %+v", c)
		}
	}
	var p store.PersonRecord
	code, out, _ = recordRun(t, "person", "--db", db, "--format", "json", "Jane Marriott")
	if err := json.Unmarshal([]byte(out), &p); code != 0 || err != nil || p.Country != "GBR" || p.Reports != 4 {
		t.Errorf("person json (exit %d, %v): %s", code, err, out)
	}
	var r store.StoredReport
	code, out, _ = recordRun(t, "report", "--db", db, "--format", "json", "02-held")
	if err := json.Unmarshal([]byte(out), &r); code != 0 || err != nil || r.Record == nil || r.Links == nil || r.Text != "" {
		t.Errorf("report json (exit %d, %v): %s", code, err, out)
	}
	code, out, _ = recordRun(t, "dialogues", "--db", db, "--format", "csv")
	if code != 0 || !strings.HasPrefix(out, "ID,NAME,KIND,PARTIES") {
		t.Errorf("dialogues csv (exit %d):\n%s", code, out)
	}
	code, out, _ = recordRun(t, "search", "--db", db, "--format", "json", "nothing-matches-this")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("search with no hit (exit %d): %s", code, out)
	}
}

func TestQueryNotFound(t *testing.T) {
	db := storyDB(t)
	for _, args := range [][]string{{"person", "Nobody Known"}, {"report", "no-such-report"}} {
		if code, _, errs := recordRun(t, append(args, "--db", db)...); code != ExitFailure || !strings.Contains(errs, "not found") {
			t.Errorf("%q: exit %d: %s", args, code, errs)
		}
	}
}

func TestRecodeKeepsCorrections(t *testing.T) {
	db := storyDB(t)
	ctx := context.Background()
	st, err := dsn.Open(ctx, db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := st.AddCorrection(ctx, store.Correction{Kind: store.PersonEdit, Target: "mohsin naqvi|PAK",
		Payload: json.RawMessage(`{"title":"Federal Minister"}`), Author: "test"})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := st.Counts(ctx)
	st.Close()

	code, out, errs := recordRun(t, "recode", "--db", db)
	if code != 0 || !strings.Contains(out, "reports recoded, 0 failed") || !strings.Contains(out, "1 corrections kept") {
		t.Fatalf("recode: exit %d\n%s%s", code, out, errs)
	}
	after := recordCounts(t, db)
	if after != before {
		t.Errorf("recoding with the same engine changed the record: %+v, then %+v", before, after)
	}
	code, out, _ = recordRun(t, "person", "--db", db, "--format", "json", "mohsin naqvi|PAK")
	var p store.PersonRecord
	if err := json.Unmarshal([]byte(out), &p); code != 0 || err != nil || p.Title != "Federal Minister" || len(p.Corrected) != 1 || p.Corrected[0] != c.ID {
		t.Errorf("the correction after recoding: %+v (exit %d, %v)", p, code, err)
	}
	st, err = dsn.Open(ctx, db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	runs, err := st.Runs(ctx)
	if err != nil || len(runs) != 2 || runs[0].Kind != "recode" || runs[1].Kind != "ingest" {
		t.Errorf("runs: %+v, %v", runs, err)
	}
	if code, _, errs := recordRun(t, "recode", "--db", db, "extra"); code != ExitUsage {
		t.Errorf("recode with an argument: exit %d\n%s", code, errs)
	}
}
