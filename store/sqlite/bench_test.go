package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/read"
	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/sqlite"
)

// corpusDir is the team's development corpus, beside the repository.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpora", "pk-news-2025")

var (
	codedOnce sync.Once
	coded     []store.Report
	codedLex  ledger.Names
	codedErr  error
)

// corpusReports codes the corpus once: the reports the benchmarks store.
func corpusReports(b *testing.B) ([]store.Report, ledger.Names) {
	b.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		b.Skipf("corpus %s is absent: %v", corpusDir, err)
	}
	codedOnce.Do(func() {
		p, err := pipeline.New(pipeline.Options{})
		if err != nil {
			codedErr = err
			return
		}
		codedLex = ledger.LexiconNames(p.Lex)
		codedErr = read.Paths(context.Background(), []string{corpusDir}, read.Options{}, func(doc accord.Document, err error) error {
			if err != nil {
				return nil
			}
			rec, err := p.Code(doc)
			if err == nil {
				coded = append(coded, store.Report{Doc: doc, Record: rec, Engine: "bench"})
			}
			return nil
		})
	})
	if codedErr != nil {
		b.Fatal(codedErr)
	}
	return coded, codedLex
}

// BenchmarkIngest stores the coded corpus (coding not counted) into a new
// database, one transaction per report (Store.Ingest).
func BenchmarkIngest(b *testing.B) { benchStore(b, 1) }

// BenchmarkIngestBatch does the same in transactions of 100 reports, as
// accord ingest does (Store.Batch).
func BenchmarkIngestBatch(b *testing.B) { benchStore(b, 100) }

func benchStore(b *testing.B, per int) {
	reports, names := corpusReports(b)
	ctx := context.Background()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		b.StopTimer()
		st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), store.Options{Ledger: ledger.New(names)})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for i := 0; i < len(reports); i += per {
			batch, err := st.Batch(ctx)
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range reports[i:min(i+per, len(reports))] {
				if _, err := batch.Add(ctx, r); err != nil {
					b.Fatal(err)
				}
			}
			if err := batch.Commit(); err != nil {
				b.Fatal(err)
			}
		}
		n += len(reports)
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "reports/s")
}

var (
	queryOnce sync.Once
	queryDB   store.Store
	queryErr  error
)

// corpusStore is a record of the whole corpus, made once for the query
// benchmarks (in a directory TestMain removes).
func corpusStore(b *testing.B) store.Store {
	reports, names := corpusReports(b)
	queryOnce.Do(func() {
		ctx := context.Background()
		dir, err := os.MkdirTemp("", "accord-bench-")
		if err != nil {
			queryErr = err
			return
		}
		benchDirs = append(benchDirs, dir)
		st, err := sqlite.Open(ctx, filepath.Join(dir, "corpus.db"), store.Options{Ledger: ledger.New(names)})
		if err != nil {
			queryErr = err
			return
		}
		batch, err := st.Batch(ctx)
		if err != nil {
			queryErr = err
			return
		}
		for _, r := range reports {
			if _, err := batch.Add(ctx, r); err != nil {
				queryErr = err
				return
			}
		}
		queryErr = batch.Commit()
		queryDB = st
	})
	if queryErr != nil {
		b.Fatal(queryErr)
	}
	return queryDB
}

var benchDirs []string

func TestMain(m *testing.M) {
	code := m.Run()
	if queryDB != nil {
		queryDB.Close()
	}
	for _, d := range benchDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

// benchQuery runs one query of the record over the corpus; each must take
// well under 100 ms.
func benchQuery(b *testing.B, q func(ctx context.Context, st store.Store) (int, error)) {
	st := corpusStore(b)
	ctx := context.Background()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		got, err := q(ctx, st)
		if err != nil {
			b.Fatal(err)
		}
		n = got
	}
	b.ReportMetric(float64(n), "results")
}

func BenchmarkQueryEventsPair(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		es, err := st.Events(ctx, store.EventFilter{Pair: "PAK-USA"})
		return len(es), err
	})
}

func BenchmarkQueryEventsPersonSince(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		es, err := st.Events(ctx, store.EventFilter{Person: "Ishaq Dar", Since: "2025-06-01"})
		return len(es), err
	})
}

func BenchmarkQueryEventsTypeLimit(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		es, err := st.Events(ctx, store.EventFilter{Type: "CONSULT", Limit: 100})
		return len(es), err
	})
}

func BenchmarkQueryEventsRecent(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		es, err := st.Events(ctx, store.EventFilter{Limit: 101}) // what 'accord events' shows
		return len(es), err
	})
}

func BenchmarkQueryEventsAll(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		es, err := st.Events(ctx, store.EventFilter{})
		return len(es), err
	})
}

func BenchmarkQueryPeople(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		ps, err := st.People(ctx, store.PersonFilter{Country: "PAK", Limit: 100})
		return len(ps), err
	})
}

func BenchmarkQueryPeopleAll(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		ps, err := st.People(ctx, store.PersonFilter{})
		return len(ps), err
	})
}

func BenchmarkQueryPerson(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		p, err := st.Person(ctx, "Mohsin Naqvi")
		return len(p.Events), err
	})
}

func BenchmarkQueryCommitments(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		cs, err := st.Commitments(ctx, store.CommitmentFilter{AsOf: "2025-12-31", Status: "overdue"})
		return len(cs), err
	})
}

func BenchmarkQueryDialogues(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		ms, err := st.Mechanisms(ctx, store.MechanismFilter{})
		return len(ms), err
	})
}

func BenchmarkQuerySearch(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		hs, err := st.Search(ctx, "law enforcement dialogue", 20)
		return len(hs), err
	})
}

func BenchmarkQueryReport(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		r, err := st.Report(ctx, "dawn-1905083")
		if err != nil {
			return 0, err
		}
		return len(r.Record.Events), nil
	})
}

func BenchmarkQueryCounts(b *testing.B) {
	benchQuery(b, func(ctx context.Context, st store.Store) (int, error) {
		c, err := st.Counts(ctx)
		return c.Events, err
	})
}
