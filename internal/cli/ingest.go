package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/read"
	"github.com/accord-events/accord/store"
)

const ingestHelp = `
Codes reports and stores them in the record with everything derived from
them: persons joined across reports with their title histories, events with
their mentions and sources, mechanisms with their sessions, commitments
followed up by later reports (docs/STORE.md).

The record is a SQLite file (--db FILE, else $ACCORD_DB, else ./accord.db),
or a PostgreSQL database (--db postgres://user:password@host/name). Each
report is stored whole, with everything derived from it, or not at all;
reports are committed in transactions of up to 100 (or a second's worth), so
a killed ingest loses at most the reports it had not committed. A report
already stored (the same id, or the same text) is skipped: running the same
ingest again adds nothing, and completes one that was killed. A report that
cannot be read, coded or stored is recorded with its reason ('accord
failures') and the batch goes on; the exit status is then 1. Inputs are read
as 'accord code' reads them.

A progress bar shows on a terminal; a summary with the record's counts is
printed at the end.

Examples:
  accord ingest examples/
  accord ingest --db pk.db ../shared/corpora/pk-news-2025/
  accord ingest --db postgres://accord:secret@localhost/accord reports.jsonl`

func runIngest(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "ingest", "[flags] PATH...", ingestHelp)
	var cf codeFlags
	addCodeFlags(fs, &cf)
	db := addDBFlag(fs)
	format := fs.String("format", outTable, "summary `FORMAT`: table (text) or json")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: no input: give files, directories or - for standard input", errUsage)
	}
	if *format != outTable && *format != outJSON {
		return fmt.Errorf("%w: --format %q: use table or json", errUsage, *format)
	}
	p, opts, err := cf.setup(env)
	if err != nil {
		return err
	}
	st, err := openRecord(ctx, *db, p.Lex)
	if err != nil {
		return err
	}
	defer st.Close()
	var prog *ingestProgress
	if isCharDevice(env.Stderr) {
		tally, _ := read.Count(ctx, paths, opts)
		prog = &ingestProgress{w: env.Stderr, total: tally.Docs}
	}
	started := time.Now()
	var errw io.Writer = env.Stderr
	if prog != nil {
		errw = clearLine{env.Stderr} // a failure's line replaces the bar, which is drawn again
	}
	stats, err := ingest(ctx, st, p, paths, opts, cf.workers, errw, prog.update)
	prog.finish(stats)
	if lerr := st.LogRun(context.WithoutCancel(ctx), store.Run{Kind: "ingest", Engine: engineName(), Started: started,
		Finished: time.Now(), Read: stats.Read, Stored: stats.Stored, Skipped: stats.Skipped, Failed: stats.Failed,
		Args: strings.Join(args, " ")}); lerr != nil && err == nil {
		err = lerr
	}
	counts, cerr := st.Counts(context.WithoutCancel(ctx))
	if cerr != nil && err == nil {
		err = cerr
	}
	if cerr == nil {
		if werr := writeIngestSummary(env.Stdout, *format, dbName(*db), stats, counts, err); werr != nil && err == nil {
			err = werr
		}
	}
	if err != nil {
		return err
	}
	if stats.Failed > 0 {
		return errFailed
	}
	return nil
}

// ingestStats counts what an ingest did.
type ingestStats struct {
	Read        int           `json:"read"`
	Stored      int           `json:"stored"`
	Skipped     int           `json:"skipped"` // already stored
	Failed      int           `json:"failed"`
	Persons     int           `json:"persons"`
	NewPersons  int           `json:"new_persons"`
	Events      int           `json:"events"`
	NewEvents   int           `json:"new_events"`
	Commitments int           `json:"commitments"`
	FollowUps   int           `json:"follow_ups"`
	Elapsed     time.Duration `json:"elapsed_ns"`
}

// ingestItem is one document on its way through an ingest.
type ingestItem struct {
	seq     int // for tests: the order read
	doc     accord.Document
	readErr error
	dup     string // the stored report with the same id or text
	rec     accord.Record
	codeErr error
}

// ingest reads paths, skips what is stored, codes the rest with workers
// goroutines and stores each report in input order, recording failures in
// the store and on errw. It returns early only when ctx is done or the
// store cannot record a failure.
func ingest(ctx context.Context, st store.Store, p *pipeline.Pipeline, paths []string, opts read.Options, workers int,
	errw io.Writer, tick func(ingestStats)) (ingestStats, error) {
	start := time.Now()
	var stats ingestStats
	produce := func(ctx context.Context, emit func(ingestItem) error) error {
		seq := 0
		return read.Paths(ctx, paths, opts, func(doc accord.Document, err error) error {
			it := ingestItem{seq: seq, doc: doc, readErr: err}
			seq++
			if err == nil {
				dup, lerr := st.Lookup(ctx, doc.ID, store.TextHash(doc.Text))
				if lerr != nil {
					return lerr
				}
				it.dup = dup
			}
			return emit(it)
		})
	}
	work := func(it ingestItem) ingestItem {
		if it.readErr == nil && it.dup == "" {
			it.rec, it.codeErr = codeSafely(p, it.doc)
		}
		return it
	}
	// Reports are stored in batches: one transaction for up to batchSize
	// reports or batchTime, each report under its own savepoint, so that a
	// commit is not paid per report. A killed ingest loses the batch it was
	// filling, never a committed one; running it again completes it.
	engine := engineName()
	wctx := context.WithoutCancel(ctx) // an interrupt commits the batch rather than losing it
	var b store.Batch
	var batched int
	var batchStart time.Time
	flush := func() error {
		if b == nil {
			return nil
		}
		err := b.Commit()
		b = nil
		if err != nil {
			return fmt.Errorf("commit: %w", err)
		}
		return nil
	}
	store1 := func(it ingestItem) error {
		stats.Read++
		defer func() {
			stats.Elapsed = time.Since(start)
			if tick != nil {
				tick(stats)
			}
		}()
		if b == nil {
			var err error
			if b, err = st.Batch(wctx); err != nil {
				return err
			}
			batched, batchStart = 0, time.Now()
		}
		var f *store.Failure
		switch {
		case it.readErr != nil:
			origin := it.readErr.Error()
			var de *read.DocError
			if errors.As(it.readErr, &de) {
				origin = de.Origin.String()
			}
			f = &store.Failure{Key: origin, Origin: origin, Stage: "read", Reason: it.readErr.Error()}
		case it.dup != "":
			stats.Skipped++
		case it.codeErr != nil:
			f = &store.Failure{ReportID: it.doc.ID, Origin: it.doc.Origin.String(), Stage: "code",
				Reason: it.codeErr.Error(), Hash: store.TextHash(it.doc.Text)}
		default:
			res, err := b.Add(wctx, store.Report{Doc: it.doc, Record: it.rec, Engine: engine})
			switch {
			case err != nil:
				f = &store.Failure{ReportID: it.doc.ID, Origin: it.doc.Origin.String(), Stage: "store",
					Reason: err.Error(), Hash: store.TextHash(it.doc.Text)}
			case !res.Stored:
				stats.Skipped++ // the same report twice in the input
			default:
				stats.Stored++
				stats.Persons += res.Persons
				stats.NewPersons += res.NewPersons
				stats.Events += res.Events
				stats.NewEvents += res.NewEvents
				stats.Commitments += res.Commitments
				stats.FollowUps += res.FollowUps
			}
		}
		if f != nil {
			stats.Failed++
			fmt.Fprintf(errw, "accord ingest: %s: %s\n", orDash(f.Key), f.Reason)
			if err := b.Fail(wctx, *f); err != nil {
				return err
			}
		}
		batched++
		if batched >= batchSize || time.Since(batchStart) >= batchTime {
			return flush()
		}
		return nil
	}

	err := inOrder(ctx, workers, produce, work, store1)
	// The batch holds only whole reports: commit it even when stopping.
	if ferr := flush(); err == nil {
		err = ferr
	}
	stats.Elapsed = time.Since(start)
	return stats, err
}

// How many reports, or how long, one transaction of an ingest holds.
const (
	batchSize = 100
	batchTime = time.Second
)

// inOrder runs work over what produce emits with workers goroutines and
// hands the results to consume in the order produce emitted them, holding
// only a few per worker in memory. It stops at the first error of produce
// or consume, or when ctx is done.
func inOrder[In, Out any](ctx context.Context, workers int, produce func(context.Context, func(In) error) error,
	work func(In) Out, consume func(Out) error) error {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type job struct {
		seq int
		in  In
		out Out
	}
	jobs := make(chan job, 2*workers)
	done := make(chan job, 2*workers)
	var produceErr error
	go func() {
		defer close(jobs)
		seq := 0
		produceErr = produce(ctx, func(in In) error {
			select {
			case jobs <- job{seq: seq, in: in}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out = work(j.in)
				select {
				case done <- j:
				case <-ctx.Done():
				}
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()
	pending := map[int]job{}
	next := 0
	var consumeErr error
	for j := range done {
		if consumeErr != nil {
			continue
		}
		pending[j.seq] = j
		for {
			x, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := consume(x.out); err != nil {
				consumeErr = err
				cancel()
				break
			}
		}
	}
	if consumeErr != nil {
		return consumeErr
	}
	if produceErr != nil && !errors.Is(produceErr, context.Canceled) {
		return produceErr
	}
	return ctx.Err()
}

// codeSafely codes a document, turning a panic of the coder into an error
// for that document so the batch goes on.
func codeSafely(p *pipeline.Pipeline, doc accord.Document) (rec accord.Record, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the coder failed on this report: %v", r)
		}
	}()
	return p.Code(doc)
}

func writeIngestSummary(w io.Writer, format, db string, s ingestStats, c store.Counts, runErr error) error {
	if format == outJSON {
		return writeIndentedJSON(w, struct {
			DB          string       `json:"db"`
			Run         ingestStats  `json:"run"`
			Record      store.Counts `json:"record"`
			Interrupted bool         `json:"interrupted,omitempty"`
		}{redactDSN(db), s, c, runErr != nil})
	}
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Stored) / s.Elapsed.Seconds()
	}
	msg := fmt.Sprintf("accord ingest: %d reports read: %d stored, %d already stored, %d failed (%.1fs, %.0f reports/s)\n",
		s.Read, s.Stored, s.Skipped, s.Failed, s.Elapsed.Seconds(), rate)
	if runErr != nil {
		msg += "accord ingest: stopped early: " + runErr.Error() + "; run it again to complete it\n"
	}
	msg += fmt.Sprintf("record %s: %d reports, %d persons, %d events, %d mentions, %d commitments, %d mechanisms, %d follow-ups, %d failures\n",
		redactDSN(db), c.Reports, c.Persons, c.Events, c.Mentions, c.Commitments, c.Mechanisms, c.FollowUps, c.Failures)
	_, err := io.WriteString(w, msg)
	return err
}

// redactDSN hides a password in a postgres:// URL.
func redactDSN(d string) string {
	scheme, rest, ok := strings.Cut(d, "://")
	if !ok {
		return d
	}
	at := strings.LastIndex(rest, "@")
	if at < 0 {
		return d
	}
	user, _, hasPass := strings.Cut(rest[:at], ":")
	if !hasPass {
		return d
	}
	return scheme + "://" + user + ":***" + rest[at:]
}

// ingestProgress draws a progress bar on a terminal; a nil *ingestProgress
// draws nothing.
type ingestProgress struct {
	w     io.Writer
	total int
	last  time.Time
}

func (p *ingestProgress) update(s ingestStats) {
	if p == nil || time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	p.draw(s)
}

func (p *ingestProgress) draw(s ingestStats) {
	const width = 30
	frac := 0.0
	if p.total > 0 {
		frac = min(1, float64(s.Read)/float64(p.total))
	}
	n := int(frac * width)
	bar := strings.Repeat("=", n) + strings.Repeat(" ", width-n)
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Read) / s.Elapsed.Seconds()
	}
	fmt.Fprintf(p.w, "\r[%s] %d/%d %3.0f%% %5.0f/s  stored %d, skipped %d, failed %d\x1b[K",
		bar, s.Read, p.total, 100*frac, rate, s.Stored, s.Skipped, s.Failed)
}

// clearLine writes each message at the start of a cleared terminal line.
type clearLine struct{ w io.Writer }

func (c clearLine) Write(b []byte) (int, error) {
	if _, err := io.WriteString(c.w, "\r\x1b[K"); err != nil {
		return 0, err
	}
	return c.w.Write(b)
}

func (p *ingestProgress) finish(s ingestStats) {
	if p == nil {
		return
	}
	p.draw(s)
	fmt.Fprintln(p.w)
}
