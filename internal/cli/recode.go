package cli

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/store"
)

const recodeHelp = `
Recodes every stored report with the current engine and lexicons and
rebuilds the record (persons, events, mechanisms, commitments and their
follow-ups) from the new codings, in ingest order, in one transaction:
readers see the old record until the recode is done, and a recode that is
interrupted or killed changes nothing.

Kept as they were: the reports' raw text, the corrections (keyed on stable
ids that survive recoding, docs/STORE.md) and the history of runs. A report
that now fails to code stays stored, with nothing derived from it, and is
listed by 'accord failures'.

Examples:
  accord recode
  accord recode --db pk.db --lexicon my-names.lex`

func runRecode(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "recode", "[flags]", recodeHelp)
	var cf codeFlags
	fs.Var(&cf.lexicons, "lexicon", "add a lexicon `FILE` (docs/LEXICON.md); repeatable")
	fs.IntVar(&cf.workers, "workers", 0, "code with `N` goroutines (default: one per CPU)")
	db := addDBFlag(fs)
	format := fs.String("format", outTable, "summary `FORMAT`: table (text) or json")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: recode takes no arguments (it recodes every stored report)", errUsage)
	}
	if *format != outTable && *format != outJSON {
		return fmt.Errorf("%w: --format %q: use table or json", errUsage, *format)
	}
	p, _, err := cf.setup(env)
	if err != nil {
		return err
	}
	st, err := openExistingRecord(ctx, *db, p.Lex)
	if err != nil {
		return err
	}
	defer st.Close()
	started := time.Now()
	stats, err := recode(ctx, st, p, cf.workers)
	if err != nil {
		return err
	}
	if err := st.LogRun(ctx, store.Run{Kind: "recode", Engine: engineName(), Started: started, Finished: time.Now(),
		Read: stats.Read, Stored: stats.Stored, Failed: stats.Failed, Args: strings.Join(args, " ")}); err != nil {
		return err
	}
	counts, err := st.Counts(ctx)
	if err != nil {
		return err
	}
	if *format == outJSON {
		return writeIndentedJSON(env.Stdout, struct {
			DB     string       `json:"db"`
			Run    ingestStats  `json:"run"`
			Record store.Counts `json:"record"`
		}{redactDSN(dbName(*db)), stats, counts})
	}
	fmt.Fprintf(env.Stdout, "accord recode: %d reports recoded, %d failed (%.1fs)\n", stats.Stored, stats.Failed, stats.Elapsed.Seconds())
	fmt.Fprintf(env.Stdout, "record %s: %d reports, %d persons, %d events, %d mentions, %d commitments, %d mechanisms, %d follow-ups, %d corrections kept\n",
		redactDSN(dbName(*db)), counts.Reports, counts.Persons, counts.Events, counts.Mentions, counts.Commitments,
		counts.Mechanisms, counts.FollowUps, counts.Corrections)
	if stats.Failed > 0 {
		return errFailed
	}
	return nil
}

// recoded is one stored report, recoded.
type recoded struct {
	doc accord.Document
	rec accord.Record
	err error
}

// recode rebuilds the record from the stored reports, coded afresh.
func recode(ctx context.Context, st store.Store, p *pipeline.Pipeline, workers int) (ingestStats, error) {
	start := time.Now()
	var stats ingestStats
	b, err := st.Rebuild(ctx)
	if err != nil {
		return stats, err
	}
	committed := false
	defer func() {
		if !committed {
			b.Rollback()
		}
	}()
	produce := func(ctx context.Context, emit func(accord.Document) error) error {
		return st.Reports(ctx, true, func(r store.StoredReport) error { return emit(r.Document()) })
	}
	work := func(doc accord.Document) recoded {
		rec, err := codeSafely(p, doc)
		return recoded{doc, rec, err}
	}
	engine := engineName()
	consume := func(r recoded) error {
		stats.Read++
		if r.err == nil {
			res, err := b.Add(ctx, store.Report{Doc: r.doc, Record: r.rec, Engine: engine})
			if err != nil {
				return err
			}
			stats.Stored++
			stats.Persons += res.Persons
			stats.NewPersons += res.NewPersons
			stats.Events += res.Events
			stats.NewEvents += res.NewEvents
			stats.Commitments += res.Commitments
			stats.FollowUps += res.FollowUps
			return nil
		}
		stats.Failed++
		return b.Fail(ctx, store.Failure{ReportID: r.doc.ID, Origin: r.doc.Origin.Path, Stage: "recode",
			Reason: r.err.Error(), Hash: store.TextHash(r.doc.Text)})
	}
	if err := inOrder(ctx, workers, produce, work, consume); err != nil {
		return stats, fmt.Errorf("recode: %w (nothing changed)", err)
	}
	if err := b.Commit(); err != nil {
		return stats, fmt.Errorf("recode: commit: %w (nothing changed)", err)
	}
	committed = true
	stats.Elapsed = time.Since(start)
	return stats, nil
}
