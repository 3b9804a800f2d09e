// Package sqlite is the embedded Store: one database file, written through
// modernc.org/sqlite (pure Go, no cgo) in WAL mode, so readers work while an
// ingest runs and a killed process loses nothing committed. Full-text search
// is FTS5. The schema is migrations/*.sql, embedded and append-only.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" driver

	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/internal/sqldb"
)

//go:embed migrations/*.sql
var migrations embed.FS

// BusyTimeout is how long, in milliseconds, a connection waits for another
// writer (another ingest) before giving up.
const BusyTimeout = 30000

// Dialect is the SQLite dialect of the shared SQL.
func Dialect() sqldb.Dialect {
	sub, _ := fs.Sub(migrations, "migrations")
	return sqldb.Dialect{
		Name:       "sqlite",
		Migrations: sub,
		Search: `SELECT r.id, r.date, r.source, r.title, r.url,
			snippet(reports_fts, 1, '[', ']', '…', 16), -bm25(reports_fts)
			FROM reports_fts JOIN reports r ON r.seq = reports_fts.rowid
			WHERE reports_fts MATCH $1 ORDER BY bm25(reports_fts), r.seq LIMIT $2`,
		SearchQuery: ftsQuery,
	}
}

// ftsQuery turns words into an FTS5 query that asks for all of them, each
// quoted so that nothing the user types is FTS5 syntax.
func ftsQuery(s string) string {
	var terms []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return !(r == '\'' || r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127)
	}) {
		w = strings.Trim(w, "'-")
		if w != "" {
			terms = append(terms, `"`+strings.ReplaceAll(w, `"`, ``)+`"`)
		}
	}
	return strings.Join(terms, " ")
}

// Open opens (creating it if need be) the database file at path and brings
// its schema up to date.
func Open(ctx context.Context, path string, opts store.Options) (store.Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("open SQLite database %q: give a file name without ? or #", path)
	}
	common := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=synchronous(NORMAL)&_pragma=foreign_keys(ON)&_pragma=cache_size(-65536)", BusyTimeout)
	w, err := sql.Open("sqlite", path+"?"+common+"&_pragma=journal_mode(WAL)&_pragma=wal_autocheckpoint(10000)&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("open SQLite database %s: %w", path, err)
	}
	// Two writer connections: one for the transaction, one to prepare
	// statements while it runs. SQLite lets one write at a time, and waits
	// up to BusyTimeout for it.
	w.SetMaxOpenConns(2)
	if err := w.PingContext(ctx); err != nil {
		w.Close()
		return nil, fmt.Errorf("open SQLite database %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", path+"?"+common+"&_pragma=query_only(1)")
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open SQLite database %s: %w", path, err)
	}
	r.SetMaxOpenConns(4)
	db, err := sqldb.New(ctx, w, r, Dialect(), opts)
	if err != nil {
		return nil, fmt.Errorf("open SQLite database %s: %w", path, err)
	}
	return db, nil
}
