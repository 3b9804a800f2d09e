// Package storetest is the conformance suite every Store implementation
// passes: the same cases run against SQLite always and against PostgreSQL
// when a database is given. A backend's test calls Run with its Open
// function and a way to make a new, empty database.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/store"
)

// Opener opens a store on the database a DSN names.
type Opener func(ctx context.Context, dsn string, opts store.Options) (store.Store, error)

// Run runs every case, each on a new database made by fresh.
func Run(t *testing.T, open Opener, fresh func(t *testing.T) string) {
	cases := []struct {
		name string
		fn   func(t *testing.T, h *harness)
	}{
		{"IngestOnce", testIngestOnce},
		{"Reopen", testReopen},
		{"Persons", testPersons},
		{"Events", testEvents},
		{"Mechanisms", testMechanisms},
		{"Commitments", testCommitments},
		{"CommitmentsAnyOrder", testCommitmentsAnyOrder},
		{"Failures", testFailures},
		{"Rebuild", testRebuild},
		{"Corrections", testCorrections},
		{"Search", testSearch},
		{"ReadersDuringWrites", testReadersDuringWrites},
		{"ReportAndRuns", testReportAndRuns},
		{"Batch", testBatch},
		{"Coded", testCoded},
		{"Views", testViews},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dsn := fresh(t)
			h := &harness{t: t, open: open, dsn: dsn, ctx: context.Background()}
			h.st = h.reopen()
			t.Cleanup(func() { h.st.Close() })
			c.fn(t, h)
		})
	}
}

type harness struct {
	t    *testing.T
	open Opener
	dsn  string
	ctx  context.Context
	st   store.Store
}

func (h *harness) reopen() store.Store {
	h.t.Helper()
	st, err := h.open(h.ctx, h.dsn, Options())
	if err != nil {
		h.t.Fatalf("open %s: %v", h.dsn, err)
	}
	return st
}

func (h *harness) ingest(rs ...store.Report) {
	h.t.Helper()
	for _, r := range rs {
		res, err := h.st.Ingest(h.ctx, r)
		if err != nil {
			h.t.Fatalf("ingest %s: %v", r.Doc.ID, err)
		}
		if !res.Stored {
			h.t.Fatalf("ingest %s: not stored (duplicate of %q)", r.Doc.ID, res.Duplicate)
		}
	}
}

func (h *harness) counts() store.Counts {
	h.t.Helper()
	c, err := h.st.Counts(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	return c
}

func (h *harness) commitment(key, asOf string) store.CommitmentRecord {
	h.t.Helper()
	cs, err := h.st.Commitments(h.ctx, store.CommitmentFilter{AsOf: asOf})
	if err != nil {
		h.t.Fatal(err)
	}
	for _, c := range cs {
		if c.Key == key {
			return c
		}
	}
	h.t.Fatalf("no commitment %s as of %s among %d", key, asOf, len(cs))
	return store.CommitmentRecord{}
}

func testIngestOnce(t *testing.T, h *harness) {
	r := promiseReport()
	h.ingest(r)
	res, err := h.st.Ingest(h.ctx, r)
	if err != nil || res.Stored || res.Duplicate != "dawn-1" {
		t.Fatalf("second ingest of the same report: %+v, %v", res, err)
	}
	same := r
	same.Doc.ID = "copy-of-dawn-1"
	if res, err := h.st.Ingest(h.ctx, same); err != nil || res.Stored || res.Duplicate != "dawn-1" {
		t.Fatalf("the same text under another id: %+v, %v", res, err)
	}
	if id, err := h.st.Lookup(h.ctx, "nope", store.TextHash(r.Doc.Text)); err != nil || id != "dawn-1" {
		t.Errorf("Lookup by hash = %q, %v", id, err)
	}
	if id, err := h.st.Lookup(h.ctx, "nope", "nohash"); err != nil || id != "" {
		t.Errorf("Lookup of nothing = %q, %v", id, err)
	}
	c := h.counts()
	want := store.Counts{Reports: 1, Persons: 3, Events: 2, Mentions: 2, Mechanisms: 1, Sessions: 1, Commitments: 1}
	if c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
}

func testReopen(t *testing.T, h *harness) {
	h.ingest(promiseReport())
	h.st.Close()
	h.st = h.reopen()
	if c := h.counts(); c.Reports != 1 {
		t.Errorf("after reopening: %+v", c)
	}
}

func testPersons(t *testing.T, h *harness) {
	h.ingest(Story()...)
	p, err := h.st.Person(h.ctx, "Mohsin Naqvi")
	if err != nil {
		t.Fatal(err)
	}
	if p.Reports != 3 || p.Country != "PAK" || p.Title != "Foreign Minister" {
		t.Errorf("Naqvi: %d reports, country %s, title %q", p.Reports, p.Country, p.Title)
	}
	var titles []string
	for _, tt := range p.Titles {
		titles = append(titles, tt.Title+" "+tt.First+".."+tt.Last)
	}
	if want := []string{"Interior Minister 2025-03-05..2025-03-05", "Foreign Minister 2025-06-10..2025-06-10"}; !slices.Equal(titles, want) {
		t.Errorf("title history %q, want %q", titles, want)
	}
	if !slices.Contains(p.Names, "Naqvi") || !slices.Contains(p.Names, "Mohsin Naqvi") {
		t.Errorf("names %q", p.Names)
	}
	if len(p.Events) != 2 {
		t.Errorf("Naqvi's events: %d, want 2 (the March meeting, the June one)", len(p.Events))
	}
	// Two Ahmed Khans: one in Pakistan, one in Afghanistan.
	if _, err := h.st.Person(h.ctx, "Ahmed Khan"); !errors.Is(err, store.ErrAmbiguous) {
		t.Errorf("Ahmed Khan: %v, want ErrAmbiguous", err)
	}
	if _, err := h.st.Person(h.ctx, "Nobody Known"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown person: %v, want ErrNotFound", err)
	}
	ps, err := h.st.People(h.ctx, store.PersonFilter{Country: "AFG"})
	if err != nil || len(ps) != 1 || ps[0].Name != "Ahmed Khan" {
		t.Errorf("people of AFG: %+v, %v", ps, err)
	}
	all, err := h.st.People(h.ctx, store.PersonFilter{})
	if err != nil || len(all) != 4 || all[0].Name != "Mohsin Naqvi" {
		t.Errorf("people: %d (first %+v), %v; want 4, Naqvi first", len(all), all[0], err)
	}
}

func testEvents(t *testing.T, h *harness) {
	h.ingest(Story()...)
	es, err := h.st.Events(h.ctx, store.EventFilter{Pair: "USA-PAK", Type: "consult", Mentions: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 {
		t.Fatalf("PAK-USA CONSULT events: %d, want 2 (the March meeting, the October dialogue)", len(es))
	}
	march := es[1]
	if march.NumArticles != 2 || march.NumSources != 2 || march.NumMentions != 2 || len(march.Mentions) != 2 {
		t.Errorf("the March meeting: articles %d sources %d mentions %d (%d listed), want 2 2 2",
			march.NumArticles, march.NumSources, march.NumMentions, len(march.Mentions))
	}
	if march.Date != "2025-03-04" || march.FirstReport.ID == "" || march.Source.PersonName == "" {
		t.Errorf("the March meeting: %+v", march)
	}
	if es[0].MechanismName != "Law Enforcement Dialogue" || es[0].Place != "Washington" {
		t.Errorf("the October dialogue: %+v", es[0])
	}
	for _, c := range []struct {
		f    store.EventFilter
		want int
	}{
		{store.EventFilter{Pair: "PAK"}, 6},
		{store.EventFilter{Since: "2025-06-01"}, 2},
		{store.EventFilter{Until: "2025-03-31", Pair: "PAK-USA"}, 2},
		{store.EventFilter{Person: "Donald Blome"}, 1},
		{store.EventFilter{Mechanism: "Law Enforcement"}, 2},
		{store.EventFilter{Report: "app-1"}, 1},
		{store.EventFilter{MinArticles: 2}, 1},
		{store.EventFilter{Limit: 3}, 3},
	} {
		got, err := h.st.Events(h.ctx, c.f)
		if err != nil || len(got) != c.want {
			t.Errorf("Events(%+v): %d, %v; want %d", c.f, len(got), err, c.want)
		}
	}
}

func testMechanisms(t *testing.T, h *harness) {
	h.ingest(Story()...)
	ms, err := h.st.Mechanisms(h.ctx, store.MechanismFilter{Party: "USA"})
	if err != nil || len(ms) != 1 {
		t.Fatalf("mechanisms with the US: %+v, %v", ms, err)
	}
	m := ms[0]
	if m.Name != "Law Enforcement Dialogue" || m.Reports != 2 || !slices.Equal(m.Parties, []string{"PAK", "USA"}) {
		t.Errorf("mechanism %+v", m)
	}
	if len(m.Sessions) != 1 || m.Sessions[0].Tense != "past" || m.Sessions[0].Date != "2025-10-14" || len(m.Sessions[0].Mentions) != 2 {
		t.Errorf("sessions: the planned and the held session are one, held on 2025-10-14: %+v", m.Sessions)
	}
}

func testCommitments(t *testing.T, h *harness) {
	h.ingest(Story()...)
	for _, c := range []struct{ key, asOf, want, evidence string }{
		{"dawn-1@85", "2025-09-30", accord.Pending, ""},
		{"dawn-1@85", "2025-10-31", accord.Fulfilled, "dawn-2"},
		{"dawn-3@0", "2025-04-10", accord.Pending, ""},
		{"dawn-3@0", "2025-05-01", accord.Postponed, "app-3"},
		{"dawn-4@0", "2025-02-01", accord.Pending, ""},
		{"dawn-4@0", "2025-04-01", accord.Overdue, ""},
	} {
		got := h.commitment(c.key, c.asOf)
		if got.Status.Status != c.want {
			t.Errorf("%s as of %s: %s (%s), want %s", c.key, c.asOf, got.Status.Status, got.Status.Reason, c.want)
			continue
		}
		if c.evidence != "" && (got.Status.Evidence == nil || got.Status.Evidence.ReportID != c.evidence) {
			t.Errorf("%s as of %s: evidence %+v, want report %s", c.key, c.asOf, got.Status.Evidence, c.evidence)
		}
		if got.Status.Reason == "" {
			t.Errorf("%s: no reason given", c.key)
		}
	}
	cs, err := h.st.Commitments(h.ctx, store.CommitmentFilter{AsOf: "2025-12-31", Status: accord.Overdue})
	if err != nil || len(cs) != 1 || cs[0].Key != "dawn-4@0" {
		t.Errorf("overdue as of 2025-12-31: %+v, %v", cs, err)
	}
	cs, err = h.st.Commitments(h.ctx, store.CommitmentFilter{AsOf: "2025-01-31"})
	if err != nil || len(cs) != 1 {
		t.Errorf("commitments made by 2025-01-31: %d, %v; want 1", len(cs), err)
	}
	cs, err = h.st.Commitments(h.ctx, store.CommitmentFilter{AsOf: "2025-12-31", Pair: "PAK-CHN"})
	if err != nil || len(cs) != 1 || cs[0].Kind != "meeting" {
		t.Errorf("PAK-CHN commitments: %+v, %v", cs, err)
	}
}

func testCommitmentsAnyOrder(t *testing.T, h *harness) {
	story := Story()
	slices.Reverse(story)
	h.ingest(story...)
	for key, want := range map[string]string{"dawn-1@85": accord.Fulfilled, "dawn-3@0": accord.Postponed, "dawn-4@0": accord.Overdue} {
		if got := h.commitment(key, "2025-12-31"); got.Status.Status != want {
			t.Errorf("reports stored newest first: %s is %s (%s), want %s", key, got.Status.Status, got.Status.Reason, want)
		}
	}
	es, err := h.st.Events(h.ctx, store.EventFilter{Pair: "PAK-USA", Type: "CONSULT"})
	if err != nil || len(es) != 2 || es[1].NumArticles != 2 || es[1].FirstReport.Date != "2025-03-05" {
		t.Errorf("events stored newest first: %+v, %v", es, err)
	}
}

func testFailures(t *testing.T, h *harness) {
	f := store.Failure{ReportID: "dawn-1", Origin: "x.jsonl line 3", Stage: "code", Reason: "text is not valid UTF-8"}
	for range 2 {
		if err := h.st.Fail(h.ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.st.Fail(h.ctx, store.Failure{Origin: "x.jsonl line 9", Stage: "read", Reason: "bad JSON"}); err != nil {
		t.Fatal(err)
	}
	fs, err := h.st.Failures(h.ctx)
	if err != nil || len(fs) != 2 {
		t.Fatalf("failures: %+v, %v", fs, err)
	}
	for _, f := range fs {
		if f.Key == "dawn-1" && (f.Attempts != 2 || f.Stage != "code" || f.First.IsZero()) {
			t.Errorf("failure %+v", f)
		}
	}
	h.ingest(promiseReport())
	if fs, _ := h.st.Failures(h.ctx); len(fs) != 1 || fs[0].Key != "x.jsonl line 9" {
		t.Errorf("storing dawn-1 did not clear its failure: %+v", fs)
	}
}

func testRebuild(t *testing.T, h *harness) {
	h.ingest(Story()...)
	c, err := h.st.AddCorrection(h.ctx, store.Correction{Kind: store.CommitmentStatus, Target: "dawn-4@0",
		Payload: json.RawMessage(`{"status":"cancelled","note":"Iran withdrew"}`), Author: "analyst"})
	if err != nil {
		t.Fatal(err)
	}
	before := h.counts()
	// A rebuild rolled back changes nothing.
	b, err := h.st.Rebuild(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Rollback(); err != nil {
		t.Fatal(err)
	}
	if got := h.counts(); got != before {
		t.Errorf("after a rolled-back rebuild: %+v, want %+v", got, before)
	}
	// A rebuild with the same records gives the same record, corrections kept.
	b, err = h.st.Rebuild(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var reports []store.StoredReport
	if err := h.st.Reports(h.ctx, true, func(r store.StoredReport) error { reports = append(reports, r); return nil }); err != nil {
		t.Fatal(err)
	}
	for i, r := range reports {
		if i == 0 {
			if err := b.Fail(h.ctx, store.Failure{ReportID: r.ID, Stage: "recode", Reason: "engine broke"}); err != nil {
				t.Fatal(err)
			}
			continue
		}
		full, err := h.st.Report(h.ctx, r.ID)
		if err != nil {
			t.Fatal(err)
		}
		if full.Text != r.Text || full.Document().Date.IsZero() {
			t.Fatalf("report %s read back: text %q, date %q", r.ID, r.Text, full.Date)
		}
		if _, err := b.Add(h.ctx, store.Report{Doc: r.Document(), Record: *full.Record, Engine: "storetest-2"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := b.Add(h.ctx, store.Report{Doc: accord.Document{ID: "never-stored", Text: "x"}}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("recoding a report never stored: %v", err)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	after := h.counts()
	if after.Reports != before.Reports || after.Failures != 1 || after.Corrections != 1 || after.Commitments != before.Commitments-1 {
		t.Errorf("after a rebuild without the first report: %+v (before %+v)", after, before)
	}
	got := h.commitment("dawn-1@85", "2025-12-31")
	if got.Status.Status != accord.Fulfilled {
		t.Errorf("after rebuild: %+v", got.Status)
	}
	r, err := h.st.Report(h.ctx, "dawn-2")
	if err != nil || r.Engine != "storetest-2" {
		t.Errorf("recoded report: engine %q, %v", r.Engine, err)
	}
	if cs, _ := h.st.Corrections(h.ctx, "dawn-4@0"); len(cs) != 1 || cs[0].ID != c.ID {
		t.Errorf("corrections after rebuild: %+v", cs)
	}
}

func testCorrections(t *testing.T, h *harness) {
	h.ingest(Story()...)
	add := func(kind, target, payload string) {
		t.Helper()
		if _, err := h.st.AddCorrection(h.ctx, store.Correction{Kind: kind, Target: target, Payload: json.RawMessage(payload), Author: "t"}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := h.st.AddCorrection(h.ctx, store.Correction{Kind: "person.delete", Target: "x"}); !errors.Is(err, store.ErrBadCorrection) {
		t.Errorf("unknown kind: %v", err)
	}
	if _, err := h.st.AddCorrection(h.ctx, store.Correction{Kind: store.CommitmentStatus, Target: "x", Payload: json.RawMessage(`{"status":"done"}`)}); !errors.Is(err, store.ErrBadCorrection) {
		t.Errorf("bad status: %v", err)
	}
	// The two Ahmed Khans are one (an analyst knows better), and the Afghan
	// envoy's title was wrong.
	add(store.PersonMerge, "ahmed khan|AFG", `{"into":"ahmed khan|PAK"}`)
	add(store.PersonEdit, "ahmed khan|PAK", `{"title":"Interior Secretary (retd)"}`)
	p, err := h.st.Person(h.ctx, "Ahmed Khan")
	if err != nil {
		t.Fatalf("after merging the Khans: %v", err)
	}
	if p.Reports != 2 || p.Title != "Interior Secretary (retd)" || len(p.Corrected) != 2 {
		t.Errorf("merged person %+v", p)
	}
	// The APP report's telling of the March meeting is not of it.
	add(store.EventReject, "app-1@59", `{"reason":"another meeting"}`)
	es, err := h.st.Events(h.ctx, store.EventFilter{Pair: "PAK-USA", Type: "CONSULT", Until: "2025-03-31"})
	if err != nil || len(es) != 1 || es[0].NumArticles != 1 || len(es[0].Corrected) != 1 {
		t.Errorf("after rejecting a mention: %+v, %v", es, err)
	}
	// The June meeting is the March one (it is not, but corrections rule).
	add(store.EventMerge, "app-2@30", `{"into":"dawn-1@42"}`)
	es, err = h.st.Events(h.ctx, store.EventFilter{IDs: []string{"dawn-1@42"}, Mentions: true})
	if err != nil || len(es) != 1 || es[0].NumArticles != 2 || len(es[0].Mentions) != 2 {
		t.Errorf("after merging events: %+v, %v", es, err)
	}
	// A status set by hand wins, whatever the date.
	add(store.CommitmentStatus, "dawn-4@0", `{"status":"cancelled","note":"Iran withdrew","report":"dawn-9"}`)
	if c := h.commitment("dawn-4@0", "2025-12-31"); c.Status.Status != accord.Cancelled || !strings.Contains(c.Status.Reason, "Iran withdrew") {
		t.Errorf("corrected status %+v", c.Status)
	}
	add(store.CommitmentReject, "dawn-3@0", `{}`)
	if cs, _ := h.st.Commitments(h.ctx, store.CommitmentFilter{AsOf: "2025-12-31"}); len(cs) != 2 {
		t.Errorf("after rejecting a commitment: %d left, want 2", len(cs))
	}
	add(store.MechanismEdit, "law enforcement dialogue|PAK-USA", `{"name":"Pakistan-US Law Enforcement Dialogue"}`)
	if ms, _ := h.st.Mechanisms(h.ctx, store.MechanismFilter{}); len(ms) != 1 || ms[0].Name != "Pakistan-US Law Enforcement Dialogue" {
		t.Errorf("renamed mechanism: %+v", ms)
	}
	if cs, _ := h.st.Corrections(h.ctx, ""); len(cs) != 7 {
		t.Errorf("%d corrections stored, want 7", len(cs))
	}
}

func testSearch(t *testing.T, h *harness) {
	h.ingest(Story()...)
	hits, err := h.st.Search(h.ctx, "law enforcement dialogue", 10)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.Report.ID)
	}
	slices.Sort(ids)
	if !slices.Equal(ids, []string{"dawn-1", "dawn-2"}) {
		t.Errorf("search: %v", ids)
	}
	if len(hits) > 0 && (!strings.Contains(hits[0].Snippet, "[") || hits[0].Report.Title == "") {
		t.Errorf("hit %+v", hits[0])
	}
	if hits, err := h.st.Search(h.ctx, `postpone "AND" (`, 10); err != nil || len(hits) != 1 || hits[0].Report.ID != "app-3" {
		t.Errorf("search with stemming and stray syntax: %+v, %v", hits, err)
	}
	if hits, err := h.st.Search(h.ctx, "  ", 10); err != nil || len(hits) != 0 {
		t.Errorf("empty search: %+v, %v", hits, err)
	}
}

func testReadersDuringWrites(t *testing.T, h *harness) {
	h.ingest(promiseReport())
	var wg sync.WaitGroup
	stop := make(chan struct{})
	var reads, failures atomic.Int64
	var firstErr atomic.Value
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := h.st.Events(h.ctx, store.EventFilter{}); err != nil {
					failures.Add(1)
					firstErr.CompareAndSwap(nil, err.Error())
				}
				reads.Add(1)
			}
		}()
	}
	for i := range 30 {
		r := secondSourceReport()
		r.Doc.ID = "app-copy-" + string(rune('a'+i))
		r.Doc.Text += strings.Repeat(" ", i+1)
		h.ingest(r)
	}
	time.Sleep(20 * time.Millisecond)
	close(stop)
	wg.Wait()
	if failures.Load() > 0 || reads.Load() == 0 {
		t.Errorf("%d of %d reads failed during writes: %v", failures.Load(), reads.Load(), firstErr.Load())
	}
	if c := h.counts(); c.Reports != 31 {
		t.Errorf("%d reports", c.Reports)
	}
}

func testReportAndRuns(t *testing.T, h *harness) {
	h.ingest(Story()...)
	r, err := h.st.Report(h.ctx, "app-1")
	if err != nil {
		t.Fatal(err)
	}
	if r.Text == "" || r.Record == nil || len(r.Record.Events) != 1 || r.Links.Events["e1"] != "dawn-1@42" || r.Links.Persons["p1"] != "mohsin naqvi|PAK" {
		t.Errorf("report app-1: %+v links %+v", r, r.Links)
	}
	if _, err := h.st.Report(h.ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("unknown report: %v", err)
	}
	var ids []string
	if err := h.st.Reports(h.ctx, false, func(r store.StoredReport) error { ids = append(ids, r.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(ids) != 7 || ids[0] != "dawn-4" {
		t.Errorf("reports in ingest order: %v", ids)
	}
	run := store.Run{Kind: "ingest", Engine: "t", Started: time.Now().Add(-time.Second), Finished: time.Now(), Read: 7, Stored: 7}
	if err := h.st.LogRun(h.ctx, run); err != nil {
		t.Fatal(err)
	}
	runs, err := h.st.Runs(h.ctx)
	if err != nil || len(runs) != 1 || runs[0].Stored != 7 || runs[0].Started.IsZero() {
		t.Errorf("runs %+v, %v", runs, err)
	}
}

func testBatch(t *testing.T, h *harness) {
	b, err := h.st.Batch(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range []store.Report{promiseReport(), secondSourceReport(), promiseReport()} {
		res, err := b.Add(h.ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		if want := i < 2; res.Stored != want {
			t.Errorf("report %d of the batch: stored %v (duplicate of %q)", i, res.Stored, res.Duplicate)
		}
	}
	if err := b.Fail(h.ctx, store.Failure{Origin: "x line 1", Stage: "read", Reason: "bad JSON"}); err != nil {
		t.Fatal(err)
	}
	if c := h.counts(); c.Reports != 0 || c.Failures != 0 {
		t.Errorf("a reader sees an uncommitted batch: %+v", c)
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if c := h.counts(); c.Reports != 2 || c.Failures != 1 || c.Events != 2 || c.Mentions != 3 {
		t.Errorf("after the batch: %+v", c)
	}
	b, err = h.st.Batch(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Add(h.ctx, titleChangeReport()); err != nil {
		t.Fatal(err)
	}
	if err := b.Rollback(); err != nil {
		t.Fatal(err)
	}
	if c := h.counts(); c.Reports != 2 {
		t.Errorf("after a rolled-back batch: %+v", c)
	}
}

func testCoded(t *testing.T, h *harness) {
	h.ingest(Story()...)
	var got []store.CodedReport
	if err := h.st.Coded(h.ctx, func(c store.CodedReport) error { got = append(got, c); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 7 || got[0].ID != "dawn-4" {
		t.Fatalf("%d coded reports", len(got))
	}
	for _, c := range got {
		if c.Record == nil || len(c.Events) != len(c.Record.Events) || c.Text != "" || c.IngestedAt.IsZero() {
			t.Errorf("coded report %s: %d of %d events linked", c.ID, len(c.Events), len(c.Record.Events))
		}
		if c.ID == "app-1" {
			ref := c.Events["e1"]
			if ref.ID != "dawn-1@42" || ref.NumArticles != 2 || ref.NumSources != 2 || ref.First {
				t.Errorf("app-1's meeting: %+v", ref)
			}
		}
	}
}

// testViews checks what the web interface reads: pages of reports and
// persons, the network of pairs with corrections laid over, filters on
// corrected events, and the record's version.
func testViews(t *testing.T, h *harness) {
	v0, err := h.st.Version(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	h.ingest(Story()...)
	v1, err := h.st.Version(h.ctx)
	if err != nil || v1 == v0 {
		t.Errorf("version after ingesting: %q (before %q), %v", v1, v0, err)
	}
	if v, _ := h.st.Version(h.ctx); v != v1 {
		t.Errorf("version changed with nothing done: %q, then %q", v1, v)
	}

	rs, err := h.st.ListReports(h.ctx, store.ReportFilter{})
	if err != nil || len(rs) != 7 || rs[0].ID != "dawn-2" || rs[6].ID != "dawn-4" || rs[0].Text != "" {
		t.Fatalf("reports, newest first: %d, %v", len(rs), err)
	}
	page, err := h.st.ListReports(h.ctx, store.ReportFilter{Limit: 2, Offset: 1})
	if err != nil || len(page) != 2 || page[0].ID != rs[1].ID || page[1].ID != rs[2].ID {
		t.Errorf("reports 2 and 3: %+v, %v", page, err)
	}
	if march, _ := h.st.ListReports(h.ctx, store.ReportFilter{Since: "2025-03-01", Until: "2025-03-31"}); len(march) != 2 {
		t.Errorf("reports of March: %d, want 2", len(march))
	}
	all, _ := h.st.People(h.ctx, store.PersonFilter{})
	ps, err := h.st.People(h.ctx, store.PersonFilter{Limit: 2, Offset: 1})
	if err != nil || len(ps) != 2 || ps[0].ID != all[1].ID || ps[1].ID != all[2].ID {
		t.Errorf("persons 2 and 3: %+v, %v", ps, err)
	}
	if ps, _ := h.st.People(h.ctx, store.PersonFilter{Offset: 3}); len(ps) != len(all)-3 {
		t.Errorf("persons after the third: %d, want %d", len(ps), len(all)-3)
	}

	pairs := func(f store.PairFilter) map[string]store.PairStat {
		t.Helper()
		ps, err := h.st.Pairs(h.ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]store.PairStat{}
		for i, p := range ps {
			if i > 0 && p.Events > ps[i-1].Events {
				t.Errorf("pairs not in order of events: %+v", ps)
			}
			m[p.Pair] = p
		}
		return m
	}
	m := pairs(store.PairFilter{})
	usa := m["PAK-USA"]
	if len(m) != 4 || usa.Events != 3 || usa.VerbalCoop != 2 || usa.A != "PAK" || usa.B != "USA" || usa.Goldstein != 1.67 ||
		usa.Articles != 4 || m["AFG-PAK"].Events != 1 || m["CHN-PAK"].Events != 1 || m["IRN-PAK"].Events != 1 {
		t.Errorf("pairs: %+v", m)
	}
	if m := pairs(store.PairFilter{Country: "afg"}); len(m) != 1 || m["AFG-PAK"].Events != 1 {
		t.Errorf("pairs of AFG: %+v", m)
	}
	if m := pairs(store.PairFilter{Since: "2025-10-01", Until: "2025-10-31"}); len(m) != 1 || m["PAK-USA"].Events != 1 {
		t.Errorf("pairs of October: %+v", m)
	}
	if m := pairs(store.PairFilter{Limit: 1}); len(m) != 1 || m["PAK-USA"].Events != 3 {
		t.Errorf("the busiest pair: %+v", m)
	}

	// The June meeting was with an American, not an Afghan; the China
	// agreement is no event at all.
	june := titleChangeReport()
	juneID := june.Doc.ID + "@" + strconv.Itoa(strings.Index(june.Doc.Text, "received"))
	china := chinaPromiseReport()
	chinaID := china.Doc.ID + "@" + strconv.Itoa(strings.Index(china.Doc.Text, "agreed to"))
	for _, c := range []store.Correction{
		{Kind: store.EventEdit, Target: juneID, Payload: json.RawMessage(`{"target_country":"USA"}`), Author: "t"},
		{Kind: store.EventReject, Target: chinaID, Payload: json.RawMessage(`{"event":true}`), Author: "t"},
	} {
		if _, err := h.st.AddCorrection(h.ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	if v, _ := h.st.Version(h.ctx); v == v1 {
		t.Errorf("version unchanged by corrections: %q", v)
	}
	m = pairs(store.PairFilter{})
	if len(m) != 2 || m["PAK-USA"].Events != 4 || m["IRN-PAK"].Events != 1 {
		t.Errorf("pairs after corrections: %+v", m)
	}
	es, err := h.st.Events(h.ctx, store.EventFilter{Pair: "USA-PAK", Since: "2025-06-01", Until: "2025-06-30"})
	if err != nil || len(es) != 1 || es[0].ID != juneID || es[0].Pair != "PAK-USA" {
		t.Errorf("PAK-USA events of June, one of them corrected: %+v, %v", es, err)
	}
	if es, _ := h.st.Events(h.ctx, store.EventFilter{Pair: "AFG-PAK"}); len(es) != 0 {
		t.Errorf("AFG-PAK events after the correction: %+v", es)
	}
	if es, _ := h.st.Events(h.ctx, store.EventFilter{Pair: "PAK-USA", Reports: []string{"app-1", "dawn-2", "nope"}}); len(es) != 2 {
		t.Errorf("PAK-USA events of app-1 and dawn-2: %d, want 2", len(es))
	}
	if es, _ := h.st.Events(h.ctx, store.EventFilter{Pair: "PAK-USA", Limit: 2}); len(es) != 2 {
		t.Errorf("PAK-USA events, limit 2: %d", len(es))
	}
}
