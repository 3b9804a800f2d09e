// Package servertest fills stores for the server's tests, benchmarks and
// browser tests: the bundled example reports, and the team's corpus when it
// is beside the repository.
package servertest

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/read"
	"github.com/accord-events/accord/server"
	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/sqlite"
)

// Token is the token of the servers Server makes.
const Token = "test-token-0123456789"

// Today is the day the servers' clocks show: the examples' commitments are
// then a mix of pending, due soon and overdue.
var Today = time.Date(2025, 6, 10, 12, 0, 0, 0, time.UTC)

// Root is the repository's root directory.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// ExamplesDir holds the bundled example reports.
func ExamplesDir() string { return filepath.Join(Root(), "examples") }

// CorpusDir is the team's development corpus (3,250 reports), beside the
// repository; it may be absent.
func CorpusDir() string { return filepath.Join(Root(), "..", "shared", "corpora", "pk-news-2025") }

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

// Pipeline is the coder, built once.
func Pipeline(tb testing.TB) *pipeline.Pipeline {
	tb.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Options{}) })
	if pipeErr != nil {
		tb.Fatal(pipeErr)
	}
	return pipe
}

// Open opens (creating it) a SQLite record at path with the coder's names.
func Open(tb testing.TB, path string) store.Store {
	tb.Helper()
	p := Pipeline(tb)
	st, err := sqlite.Open(context.Background(), path, store.Options{Ledger: ledger.New(ledger.LexiconNames(p.Lex))})
	if err != nil {
		tb.Fatal(err)
	}
	return st
}

// Fill codes the reports under paths and stores them in st, as accord
// ingest does (one report at a time); it returns how many it stored.
func Fill(tb testing.TB, st store.Store, paths ...string) int {
	tb.Helper()
	p := Pipeline(tb)
	ctx := context.Background()
	n := 0
	b, err := st.Batch(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	err = read.Paths(ctx, paths, read.Options{}, func(doc accord.Document, err error) error {
		if err != nil {
			tb.Logf("reading: %v", err)
			return nil
		}
		rec, err := p.Code(doc)
		if err != nil {
			tb.Logf("coding %s: %v", doc.ID, err)
			return nil
		}
		res, err := b.Add(ctx, store.Report{Doc: doc, Record: rec, Engine: "servertest"})
		if err != nil {
			return err
		}
		if !res.Stored {
			return nil
		}
		if n++; n%100 == 0 {
			if err := b.Commit(); err != nil {
				return err
			}
			b, err = st.Batch(ctx)
			return err
		}
		return nil
	})
	if err != nil {
		b.Rollback()
		tb.Fatal(err)
	}
	if err := b.Commit(); err != nil {
		tb.Fatal(err)
	}
	return n
}

// Examples returns a new record holding the example reports, closed when
// the test ends.
func Examples(tb testing.TB) store.Store {
	tb.Helper()
	st := Open(tb, filepath.Join(tb.TempDir(), "accord.db"))
	tb.Cleanup(func() { st.Close() })
	if n := Fill(tb, st, ExamplesDir()); n == 0 {
		tb.Fatalf("no example report stored from %s", ExamplesDir())
	}
	return st
}

// Options are the options of the servers New makes: the fixed clock, no
// logging, and the cache as given.
func Options(cache bool) server.Options {
	o := server.Options{Engine: "servertest", Now: func() time.Time { return Today }}
	if !cache {
		o.CacheEntries = -1
	}
	return o
}

// New makes a server over st that codes with the shared pipeline.
func New(tb testing.TB, st store.Store, token string, opts server.Options) *server.Server {
	tb.Helper()
	s, err := server.New(st, Pipeline(tb), token, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// Corpus returns a record holding the corpus, built once per process in a
// temporary directory (about half a minute) or taken from the file named
// by ACCORD_SERVE_CORPUS_DB when set; it skips when the corpus is absent.
// The record is shared: do not write to it.
func Corpus(tb testing.TB) store.Store {
	tb.Helper()
	corpusOnce.Do(func() {
		if db := os.Getenv("ACCORD_SERVE_CORPUS_DB"); db != "" {
			corpus = Open(tb, db)
			return
		}
		if _, err := os.Stat(CorpusDir()); err != nil {
			corpusSkip = "the corpus " + CorpusDir() + " is absent"
			return
		}
		dir, err := os.MkdirTemp("", "accord-serve-corpus-")
		if err != nil {
			corpusSkip = err.Error()
			return
		}
		corpusDir = dir
		corpus = Open(tb, filepath.Join(dir, "accord.db"))
		Fill(tb, corpus, CorpusDir())
	})
	if corpusSkip != "" {
		tb.Skip(corpusSkip)
	}
	if corpus == nil {
		tb.Fatal("the corpus record could not be made")
	}
	return corpus
}

var (
	corpusOnce sync.Once
	corpus     store.Store
	corpusDir  string
	corpusSkip string
)

// CloseCorpus closes the corpus record and removes it, when Corpus made
// one; call it from TestMain.
func CloseCorpus() {
	if corpus != nil {
		corpus.Close()
	}
	if corpusDir != "" {
		os.RemoveAll(corpusDir)
	}
}
