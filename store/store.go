// Package store keeps accord's record across reports: the raw text of every
// report ingested, its coding, and the cross-report record built from it
// (persons with title histories, events with their mentions and sources,
// mechanisms with their sessions, commitments followed up), with the
// corrections analysts make laid over it.
//
// The Store interface is implemented by store/sqlite (embedded, pure Go) and
// store/postgres (pgx), which share their SQL (store/internal/sqldb) and
// pass the same conformance suite (store/storetest). store/dsn opens one or
// the other from a data source name. Linking reports into the record is the
// work of package ledger; a store applies the ledger's Plan in the
// transaction that stores the report, so a report is stored with everything
// derived from it or not at all. docs/STORE.md describes the schema and the
// rules.
package store

import (
	"context"
	"errors"

	"github.com/accord-events/accord/ledger"
)

// Errors callers branch on.
var (
	// ErrNotFound: no report, person, ... with that id or name.
	ErrNotFound = errors.New("not found")
	// ErrAmbiguous: a name matches several persons; the error lists them.
	ErrAmbiguous = errors.New("ambiguous")
	// ErrBadCorrection: a correction of unknown kind or with a bad payload.
	ErrBadCorrection = errors.New("bad correction")
	// ErrMigration: the database's schema is not one this build knows.
	ErrMigration = errors.New("migration")
)

// Options configure a store when it is opened.
type Options struct {
	// Ledger links reports into the record; nil means ledger.New(nil),
	// which knows no country names (mechanism and title matching is then
	// weaker). The CLI passes one built on the coder's lexicon.
	Ledger *ledger.Ledger
}

// LedgerOrDefault returns o.Ledger, or the default ledger.
func (o Options) LedgerOrDefault() *ledger.Ledger {
	if o.Ledger != nil {
		return o.Ledger
	}
	return ledger.New(nil)
}

// A Store is the record across reports. Methods are safe for concurrent use;
// readers work while an ingest runs.
type Store interface {
	// Ingest stores one coded report and everything derived from it in one
	// transaction. A report whose id or text is already stored is not
	// stored again: Ingested.Duplicate names the stored one.
	Ingest(ctx context.Context, r Report) (Ingested, error)
	// Batch starts a transaction that stores many reports, each as Ingest
	// would, whole or not at all (a failing report is rolled back alone);
	// they become visible and durable together at Commit. It saves the
	// cost of a commit per report.
	Batch(ctx context.Context) (Batch, error)
	// Lookup returns the id of the stored report with this id or this
	// text hash (TextHash), or "" when there is none.
	Lookup(ctx context.Context, id, hash string) (string, error)
	// Fail records a report that could not be read, coded or stored. A
	// later successful ingest of the same report clears it.
	Fail(ctx context.Context, f Failure) error
	// Rebuild starts replacing everything derived from the stored reports
	// (for recoding them): nothing changes for readers until Commit.
	Rebuild(ctx context.Context) (Rebuild, error)
	// LogRun records an ingest or recode run.
	LogRun(ctx context.Context, r Run) error

	// AddCorrection stores a correction; they are laid over every query.
	AddCorrection(ctx context.Context, c Correction) (Correction, error)
	// Corrections lists the corrections, oldest first; target "" lists all.
	Corrections(ctx context.Context, target string) ([]Correction, error)

	Counts(ctx context.Context) (Counts, error)
	// Reports lists stored reports in ingest order, with their text when
	// withText is set (never their record: Report has it).
	Reports(ctx context.Context, withText bool, fn func(StoredReport) error) error
	Report(ctx context.Context, id string) (StoredReport, error)
	// Coded lists stored reports in ingest order with their records, each
	// event tied to the event across reports it joined, with that event's
	// counts, corrections laid over (a rejected mention is left out): what
	// an export of the record needs.
	Coded(ctx context.Context, fn func(CodedReport) error) error
	Failures(ctx context.Context) ([]Failure, error)
	Runs(ctx context.Context) ([]Run, error)
	Events(ctx context.Context, f EventFilter) ([]EventRecord, error)
	People(ctx context.Context, f PersonFilter) ([]PersonRecord, error)
	// Person finds one person by id, name key or a part of the name (when
	// several persons match, the one with four fifths of their reports or
	// more); ErrAmbiguous when several match, ErrNotFound when none does.
	Person(ctx context.Context, query string) (PersonRecord, error)
	Mechanisms(ctx context.Context, f MechanismFilter) ([]MechanismRecord, error)
	Commitments(ctx context.Context, f CommitmentFilter) ([]CommitmentRecord, error)
	// Search finds reports whose title or text hold every word of query.
	Search(ctx context.Context, query string, limit int) ([]SearchHit, error)
	// ListReports lists stored reports without their text or record,
	// newest first (by date, then latest ingested).
	ListReports(ctx context.Context, f ReportFilter) ([]StoredReport, error)
	// Pairs counts the events between two distinct countries by country
	// pair, with their quad classes and mean Goldstein value, most events
	// first, corrections laid over: the network of who deals with whom.
	Pairs(ctx context.Context, f PairFilter) ([]PairStat, error)
	// Version returns a value that changes whenever the record does (a
	// report stored, a recode run logged, a correction added, a failure
	// recorded), for caches of query results. It is cheap but not free:
	// a few indexed counts.
	Version(ctx context.Context) (string, error)

	Close() error
}

// A Batch stores reports in one transaction.
type Batch interface {
	// Add stores one report as Ingest does.
	Add(ctx context.Context, r Report) (Ingested, error)
	// Fail records a failure in the batch's transaction.
	Fail(ctx context.Context, f Failure) error
	Commit() error
	Rollback() error
}

// A Rebuild replaces the derived record in one transaction. Add the
// recoded reports in ingest order, then Commit; Rollback (or a crash)
// leaves the record as it was.
type Rebuild interface {
	// Add links and stores a recoded report; its raw text row is kept and
	// its stored coding replaced.
	Add(ctx context.Context, r Report) (Ingested, error)
	// Fail records that a stored report failed to recode; it stays stored,
	// with nothing derived from it.
	Fail(ctx context.Context, f Failure) error
	Commit() error
	Rollback() error
}
