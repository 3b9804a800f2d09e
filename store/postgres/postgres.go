// Package postgres is the Store on PostgreSQL, through pgx and
// database/sql. Writers are serialised with a transaction-scoped advisory
// lock, so concurrent ingests never link the same report twice; full-text
// search is a generated tsvector column with a GIN index. The schema is
// migrations/*.sql, embedded and append-only.
package postgres

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver

	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/internal/sqldb"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Advisory lock keys: one for writers, one for migrations.
const (
	writeLockKey   = 7226301
	migrateLockKey = 7226302
)

// Dialect is the PostgreSQL dialect of the shared SQL.
func Dialect() sqldb.Dialect {
	sub, _ := fs.Sub(migrations, "migrations")
	return sqldb.Dialect{
		Name:          "postgres",
		Migrations:    sub,
		WriteLock:     fmt.Sprintf(`SELECT pg_advisory_xact_lock(%d)`, writeLockKey),
		MigrateLock:   fmt.Sprintf(`SELECT pg_advisory_lock(%d)`, migrateLockKey),
		MigrateUnlock: fmt.Sprintf(`SELECT pg_advisory_unlock(%d)`, migrateLockKey),
		Search: `SELECT r.id, r.date, r.source, r.title, r.url,
			ts_headline('english', r.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8, MaxFragments=1'),
			ts_rank(r.tsv, q)::float8
			FROM reports r, plainto_tsquery('english', $1) q
			WHERE r.tsv @@ q ORDER BY ts_rank(r.tsv, q) DESC, r.seq LIMIT $2`,
		SearchQuery: func(s string) string { return s },
	}
}

// Open connects to the database a postgres:// URL names and brings its
// schema up to date.
func Open(ctx context.Context, dsn string, opts store.Options) (store.Store, error) {
	pool, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, fmt.Errorf("open PostgreSQL database: %w", err)
	}
	pool.SetMaxOpenConns(8)
	if err := pool.PingContext(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("open PostgreSQL database: %w", err)
	}
	db, err := sqldb.New(ctx, pool, pool, Dialect(), opts)
	if err != nil {
		return nil, fmt.Errorf("open PostgreSQL database: %w", err)
	}
	return db, nil
}
