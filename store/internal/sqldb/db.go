// Package sqldb is the Store both SQL backends share: one SQL text with $1
// placeholders serves SQLite (modernc.org/sqlite) and PostgreSQL (pgx through
// database/sql); what differs (migrations, full-text search, how writers
// are serialised) comes in a Dialect.
package sqldb

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/store"
)

// A Dialect is what one SQL backend does its own way.
type Dialect struct {
	Name string
	// Migrations holds the schema as numbered files "0001_name.sql",
	// applied in order, each once; files are never edited once released.
	Migrations fs.FS
	// WriteLock is run first in every writing transaction, to serialise
	// writers ("" when the database does it: SQLite's BEGIN IMMEDIATE).
	WriteLock string
	// MigrateLock and MigrateUnlock bracket migrations across processes.
	MigrateLock, MigrateUnlock string
	// Search selects (id, date, source, title, url, snippet, rank) for the
	// query $1 (as made by SearchQuery), best first, at most $2 rows.
	Search string
	// SearchQuery turns what a user typed into the query $1 of Search; ""
	// when nothing is left to search for.
	SearchQuery func(string) string
}

// A DB is a Store over database/sql.
type DB struct {
	w, r    *sql.DB // writer and reader pools; the same pool for PostgreSQL
	d       Dialect
	ledger  *ledger.Ledger
	closers []func() error
	// stmts holds the writing transactions' statements, prepared once:
	// parsing SQL costs SQLite more than running it.
	stmts   sync.Map  // query -> *sql.Stmt
	flaters sync.Pool // *flate.Writer, for encodeRecord
}

var _ store.Store = (*DB)(nil)

// New migrates the database and returns the store. w is used for writing,
// r for reading (they may be the same pool); Close closes both.
func New(ctx context.Context, w, r *sql.DB, d Dialect, opts store.Options) (*DB, error) {
	db := &DB{w: w, r: r, d: d, ledger: opts.LedgerOrDefault()}
	db.closers = append(db.closers, w.Close)
	if r != w {
		db.closers = append(db.closers, r.Close)
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the prepared statements and the pools.
func (db *DB) Close() error {
	var first error
	db.stmts.Range(func(_, s any) bool {
		s.(*sql.Stmt).Close()
		return true
	})
	for _, c := range db.closers {
		if err := c(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// stmt returns query prepared on the writer pool. The pool must have a
// connection to spare (the SQLite writer pool has two, for this).
func (db *DB) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if s, ok := db.stmts.Load(query); ok {
		return s.(*sql.Stmt), nil
	}
	s, err := db.w.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if prev, loaded := db.stmts.LoadOrStore(query, s); loaded {
		s.Close()
		return prev.(*sql.Stmt), nil
	}
	return s, nil
}

// prepared runs a transaction's statements in their prepared form.
type prepared struct {
	db *DB
	tx *sql.Tx
}

func (p prepared) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	s, err := p.db.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return p.tx.StmtContext(ctx, s).ExecContext(ctx, args...)
}

func (p prepared) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	s, err := p.db.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return p.tx.StmtContext(ctx, s).QueryContext(ctx, args...)
}

func (p prepared) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	s, err := p.db.stmt(ctx, query)
	if err != nil {
		return p.tx.QueryRowContext(ctx, query, args...) // reports the same error
	}
	return p.tx.StmtContext(ctx, s).QueryRowContext(ctx, args...)
}

// beginWrite starts a writing transaction holding the write lock.
func (db *DB) beginWrite(ctx context.Context) (*sql.Tx, error) {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	if db.d.WriteLock != "" {
		if _, err := tx.ExecContext(ctx, db.d.WriteLock); err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("take the write lock: %w", err)
		}
	}
	return tx, nil
}

// beginRead starts a read-only transaction: a consistent snapshot for
// queries that take several statements.
func (db *DB) beginRead(ctx context.Context) (*sql.Tx, error) {
	tx, err := db.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: db.d.Name == "postgres"})
	if err != nil {
		return nil, fmt.Errorf("begin read: %w", err)
	}
	return tx, nil
}

// beginView opens a read transaction and reads the corrections to lay over
// what it reads; the caller rolls the transaction back when done.
func (db *DB) beginView(ctx context.Context) (*sql.Tx, *store.Overlay, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, nil, err
	}
	ov, err := db.overlay(ctx, tx)
	if err != nil {
		tx.Rollback()
		return nil, nil, err
	}
	return tx, ov, nil
}

// querier is what *sql.DB and *sql.Tx share.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// in returns "$n,$n+1,..." for vals and appends them to args. The list is
// padded to a power of two by repeating the last value, so that few
// distinct statements are prepared.
func in[T any](args []any, vals []T) (string, []any) {
	var b strings.Builder
	n := 1
	for n < len(vals) {
		n *= 2
	}
	for i := 0; i < n && len(vals) > 0; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		args = append(args, vals[min(i, len(vals)-1)])
		b.WriteString("$" + strconv.Itoa(len(args)))
	}
	if len(vals) == 0 {
		// An empty list matches nothing; keep the SQL valid.
		args = append(args, "\x00")
		b.WriteString("$" + strconv.Itoa(len(args)))
	}
	return b.String(), args
}

// arg appends v to args and returns its placeholder.
func arg(args *[]any, v any) string {
	*args = append(*args, v)
	return "$" + strconv.Itoa(len(*args))
}

func now() string { return time.Now().UTC().Format(time.RFC3339Nano) }

func parseTime(s string) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func today() string { return time.Now().Format("2006-01-02") }
