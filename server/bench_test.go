package server_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/accord-events/accord/server/servertest"
	"github.com/accord-events/accord/store"
)

// benchPage is one page to render in a benchmark.
type benchPage struct{ name, path string }

// pagesOf picks a page of each kind from what st holds: the busiest pair,
// the most reported person, dialogue and so on.
func pagesOf(tb testing.TB, st store.Store) []benchPage {
	tb.Helper()
	ctx := context.Background()
	pairs, err := st.Pairs(ctx, store.PairFilter{Limit: 1})
	if err != nil || len(pairs) == 0 {
		tb.Fatalf("pairs: %v", err)
	}
	people, err := st.People(ctx, store.PersonFilter{Limit: 1})
	if err != nil || len(people) == 0 {
		tb.Fatalf("people: %v", err)
	}
	ms, err := st.Mechanisms(ctx, store.MechanismFilter{})
	if err != nil || len(ms) == 0 {
		tb.Fatalf("mechanisms: %v", err)
	}
	cs, err := st.Commitments(ctx, store.CommitmentFilter{AsOf: "2030-01-01"})
	if err != nil || len(cs) == 0 {
		tb.Fatalf("commitments: %v", err)
	}
	es, err := st.Events(ctx, store.EventFilter{Pair: pairs[0].Pair, Limit: 1})
	if err != nil || len(es) == 0 {
		tb.Fatalf("events: %v", err)
	}
	rs, err := st.ListReports(ctx, store.ReportFilter{Limit: 1})
	if err != nil || len(rs) == 0 {
		tb.Fatalf("reports: %v", err)
	}
	c := cs[len(cs)-1]
	return []benchPage{
		{"overview", "/"},
		{"pair", "/pairs/" + pairs[0].Pair},
		{"network", "/network"},
		{"people", "/people"},
		{"person", "/people/" + esc(people[0].ID)},
		{"dialogues", "/dialogues"},
		{"dialogue", "/dialogues/" + esc(ms[0].ID)},
		{"commitments", "/commitments"},
		{"commitment", "/commitments/" + esc(c.Key) + "?as_of=" + c.Date},
		{"event", "/events/" + esc(es[0].ID)},
		{"reports", "/reports"},
		{"report", "/reports/" + esc(rs[0].ID)},
		{"search", "/search?q=dialogue+minister"},
		{"search-filters", "/search?q=minister&pair=PAK&type=CONSULT&since=2025-01-01&until=2025-12-31"},
		{"corrections", "/corrections"},
	}
}

// BenchmarkPages renders every page, and serves its JSON, with the cache
// off: what a first visit costs. The corpus case needs
// ../shared/corpora/pk-news-2025 (it is coded and stored first, about half
// a minute; ACCORD_SERVE_CORPUS_DB names a record to use instead).
func BenchmarkPages(b *testing.B) {
	b.Run("examples", func(b *testing.B) { benchPages(b, servertest.Examples(b)) })
	b.Run("corpus", func(b *testing.B) { benchPages(b, servertest.Corpus(b)) })
}

func benchPages(b *testing.B, st store.Store) {
	srv := servertest.New(b, st, "", servertest.Options(false))
	for _, p := range pagesOf(b, st) {
		for _, api := range []bool{false, true} {
			name, path := p.name, p.path
			if api {
				name += ".json"
				path = "/api" + path
				if p.path == "/" {
					path = "/api/overview"
				}
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				var worst time.Duration
				for b.Loop() {
					start := time.Now()
					w := httptest.NewRecorder()
					srv.ServeHTTP(w, httptest.NewRequest("GET", path, nil))
					if w.Code != http.StatusOK {
						b.Fatalf("GET %s: %d: %.300s", path, w.Code, w.Body.String())
					}
					worst = max(worst, time.Since(start))
				}
				b.ReportMetric(float64(worst.Microseconds())/1000, "worst-ms")
			})
		}
	}
}
