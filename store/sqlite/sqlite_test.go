package sqlite_test

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"

	"github.com/accord-events/accord/store"
	"github.com/accord-events/accord/store/internal/sqldb"
	"github.com/accord-events/accord/store/sqlite"
	"github.com/accord-events/accord/store/storetest"
)

func TestStore(t *testing.T) {
	storetest.Run(t, sqlite.Open, func(t *testing.T) string { return filepath.Join(t.TempDir(), "accord.db") })
}

func TestMigrationsAppendOnly(t *testing.T) {
	ms, err := sqldb.Migrations(sqlite.Dialect().Migrations)
	if err != nil || len(ms) == 0 {
		t.Fatalf("embedded migrations: %d, %v", len(ms), err)
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	st, err := sqlite.Open(ctx, path, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// A migration edited after it was applied is refused...
	if _, err := db.Exec(`UPDATE schema_migrations SET sum = 'edited' WHERE version = 1`); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.Open(ctx, path, store.Options{}); !errors.Is(err, store.ErrMigration) {
		t.Errorf("an edited migration: %v, want ErrMigration", err)
	}
	// ...and so is a database newer than this build.
	if _, err := db.Exec(`UPDATE schema_migrations SET sum = $1 WHERE version = 1`, ms[0].Sum); err != nil {
		t.Fatal(err)
	}
	if st, err := sqlite.Open(ctx, path, store.Options{}); err != nil {
		t.Fatalf("reopening: %v", err)
	} else {
		st.Close()
	}
	if _, err := db.Exec(`INSERT INTO schema_migrations (version, name, sum, applied_at) VALUES (99, '0099_future.sql', 'x', 'now')`); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlite.Open(ctx, path, store.Options{}); !errors.Is(err, store.ErrMigration) {
		t.Errorf("a newer database: %v, want ErrMigration", err)
	}
}
