package ledger_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/read"
	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/sqlite"
)

// A scenario is a folder testdata/scenarios/<name>/ of reports in the seed
// format (coded by the current pipeline) and a want.json saying what the
// record must show once they are all stored, whatever the order.
type scenario struct {
	About string `json:"about"`
	// KnownFailure, when set, says why the scenario fails today: it is
	// skipped with that reason, not deleted.
	KnownFailure string `json:"known_failure"`
	Commitments  []struct {
		What     string `json:"what"` // a part of what was promised
		AsOf     string `json:"as_of"`
		Status   string `json:"status"`
		Evidence string `json:"evidence"` // the report whose evidence set the status
	} `json:"commitments"`
	Events []struct {
		Type        string `json:"type"`
		Pair        string `json:"pair"`
		Count       int    `json:"count"` // events of that type and pair
		NumArticles int    `json:"num_articles"`
		NumSources  int    `json:"num_sources"`
	} `json:"events"`
	Persons []struct {
		Name    string `json:"name"`
		Reports int    `json:"reports"`
		Title   string `json:"title"`
		Titles  []struct {
			Title string `json:"title"`
			First string `json:"first"`
			Last  string `json:"last"`
		} `json:"titles"`
	} `json:"persons"`
	Mechanisms []struct {
		Name     string `json:"name"`
		Reports  int    `json:"reports"`
		Sessions int    `json:"sessions"`
	} `json:"mechanisms"`
}

func TestScenarios(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "scenarios", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, "want.json"))
			if err != nil {
				t.Fatal(err)
			}
			var want scenario
			if err := json.Unmarshal(data, &want); err != nil {
				t.Fatalf("want.json: %v", err)
			}
			if want.KnownFailure != "" {
				t.Skip("known failure: " + want.KnownFailure)
			}
			var reports []store.Report
			err = read.Paths(ctx, []string{dir}, read.Options{}, func(doc accord.Document, err error) error {
				if err != nil {
					return err
				}
				rec, err := p.Code(doc)
				reports = append(reports, store.Report{Doc: doc, Record: rec, Engine: "scenario"})
				return err
			})
			if err != nil {
				t.Fatal(err)
			}
			for _, order := range []string{"in order", "newest first"} {
				t.Run(order, func(t *testing.T) {
					st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "s.db"), store.Options{Ledger: ledger.New(ledger.LexiconNames(p.Lex))})
					if err != nil {
						t.Fatal(err)
					}
					defer st.Close()
					rs := slices.Clone(reports)
					if order != "in order" {
						slices.Reverse(rs)
					}
					for _, r := range rs {
						if _, err := st.Ingest(ctx, r); err != nil {
							t.Fatal(err)
						}
					}
					checkScenario(t, st, want)
				})
			}
		})
	}
}

func checkScenario(t *testing.T, st store.Store, want scenario) {
	ctx := context.Background()
	for _, w := range want.Commitments {
		cs, err := st.Commitments(ctx, store.CommitmentFilter{AsOf: w.AsOf})
		if err != nil {
			t.Fatal(err)
		}
		var found *store.CommitmentRecord
		for i := range cs {
			if strings.Contains(cs[i].What, w.What) {
				found = &cs[i]
			}
		}
		if found == nil {
			t.Errorf("no commitment %q as of %s among %d", w.What, w.AsOf, len(cs))
			continue
		}
		if found.Status.Status != w.Status {
			t.Errorf("commitment %q as of %s: %s (%s), want %s", w.What, w.AsOf, found.Status.Status, found.Status.Reason, w.Status)
		}
		if w.Evidence != "" && (found.Status.Evidence == nil || found.Status.Evidence.ReportID != w.Evidence) {
			t.Errorf("commitment %q as of %s: evidence %+v, want report %s", w.What, w.AsOf, found.Status.Evidence, w.Evidence)
		}
	}
	for _, w := range want.Events {
		es, err := st.Events(ctx, store.EventFilter{Type: w.Type, Pair: w.Pair})
		if err != nil {
			t.Fatal(err)
		}
		if w.Count > 0 && len(es) != w.Count {
			t.Errorf("%s %s events: %d, want %d", w.Type, w.Pair, len(es), w.Count)
		}
		if len(es) > 0 && (es[0].NumArticles != w.NumArticles || es[0].NumSources != w.NumSources) {
			t.Errorf("%s %s event: %d articles, %d sources; want %d, %d", w.Type, w.Pair, es[0].NumArticles, es[0].NumSources,
				w.NumArticles, w.NumSources)
		}
	}
	for _, w := range want.Persons {
		p, err := st.Person(ctx, w.Name)
		if err != nil {
			t.Errorf("person %q: %v", w.Name, err)
			continue
		}
		if w.Reports > 0 && p.Reports != w.Reports {
			t.Errorf("person %q: %d reports, want %d", w.Name, p.Reports, w.Reports)
		}
		if w.Title != "" && p.Title != w.Title {
			t.Errorf("person %q: title %q, want %q", w.Name, p.Title, w.Title)
		}
		if w.Titles != nil {
			var got, exp []string
			for _, x := range p.Titles {
				got = append(got, x.Title+" "+x.First+".."+x.Last)
			}
			for _, x := range w.Titles {
				exp = append(exp, x.Title+" "+x.First+".."+x.Last)
			}
			if !slices.Equal(got, exp) {
				t.Errorf("person %q: titles %q, want %q", w.Name, got, exp)
			}
		}
	}
	for _, w := range want.Mechanisms {
		ms, err := st.Mechanisms(ctx, store.MechanismFilter{Name: w.Name})
		if err != nil {
			t.Fatal(err)
		}
		if len(ms) != 1 {
			t.Errorf("mechanisms named %q: %d, want 1", w.Name, len(ms))
			continue
		}
		if ms[0].Reports != w.Reports || len(ms[0].Sessions) != w.Sessions {
			t.Errorf("mechanism %q: %d reports, %d sessions; want %d, %d", w.Name, ms[0].Reports, len(ms[0].Sessions), w.Reports, w.Sessions)
		}
	}
}
