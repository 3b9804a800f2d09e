package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/read"
	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/sqlite"
)

// benchIngest ingests paths into a new SQLite record each round, coding and
// storing as 'accord ingest' does, and reports reports/s. Run it on one
// core with -cpu 1.
func benchIngest(b *testing.B, paths []string) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	opts := store.Options{Ledger: ledger.New(ledger.LexiconNames(p.Lex))}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		b.StopTimer()
		st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), "bench.db"), opts)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		stats, err := ingest(ctx, st, p, paths, read.Options{}, 0, io.Discard, nil)
		if err != nil || stats.Failed > 0 {
			b.Fatalf("ingest: %v (%d failed)", err, stats.Failed)
		}
		n += stats.Stored
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "reports/s")
}

// BenchmarkIngestCorpus codes and stores the team's corpus (3,250 reports).
func BenchmarkIngestCorpus(b *testing.B) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpora", "pk-news-2025")
	if _, err := os.Stat(corpus); err != nil {
		b.Skipf("corpus %s is absent", corpus)
	}
	benchIngest(b, []string{corpus})
}

// BenchmarkIngestGenerated codes and stores 1,000 generated reports.
func BenchmarkIngestGenerated(b *testing.B) {
	path := filepath.Join(b.TempDir(), "gen.jsonl")
	if err := os.WriteFile(path, genReports(1000), 0o644); err != nil {
		b.Fatal(err)
	}
	benchIngest(b, []string{path})
}
