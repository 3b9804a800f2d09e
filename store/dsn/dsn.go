// Package dsn opens the Store a data source name names: a postgres:// or
// postgresql:// URL opens PostgreSQL; anything else is a SQLite database
// file ("accord.db", "sqlite:accord.db", "file:accord.db").
package dsn

import (
	"context"
	"strings"

	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/postgres"
	"github.com/accord-events/accord/store/sqlite"
)

// Default is the database used when none is given.
const Default = "accord.db"

// Env is the environment variable the CLI reads a DSN from.
const Env = "ACCORD_DB"

// IsPostgres reports whether dsn names a PostgreSQL database.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open opens the store dsn names.
func Open(ctx context.Context, dsn string, opts store.Options) (store.Store, error) {
	if IsPostgres(dsn) {
		return postgres.Open(ctx, dsn, opts)
	}
	path := dsn
	for _, p := range []string{"sqlite://", "sqlite:", "file:"} {
		if strings.HasPrefix(path, p) {
			path = strings.TrimPrefix(path, p)
			break
		}
	}
	if path == "" {
		path = Default
	}
	return sqlite.Open(ctx, path, opts)
}
