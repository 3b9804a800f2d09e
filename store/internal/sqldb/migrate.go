package sqldb

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"

	"github.com/accord-events/accord/store"
)

// A Migration is one embedded schema file.
type Migration struct {
	Version int
	Name    string
	SQL     string
	Sum     string // hex SHA-256 of SQL
}

// Migrations reads the numbered files of a migrations directory in order.
// Versions must run 1, 2, 3, ... without gaps.
func Migrations(fsys fs.FS) ([]Migration, error) {
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var ms []Migration
	for _, name := range names {
		num, _, ok := strings.Cut(path.Base(name), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("%w: file %s is not named NNNN_name.sql", store.ErrMigration, name)
		}
		if v != len(ms)+1 {
			return nil, fmt.Errorf("%w: file %s: expected version %d", store.ErrMigration, name, len(ms)+1)
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(data)
		ms = append(ms, Migration{Version: v, Name: name, SQL: string(data), Sum: hex.EncodeToString(sum[:])})
	}
	return ms, nil
}

// migrate applies the migrations the database lacks, each in its own
// transaction, and checks that those already applied are unchanged.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := Migrations(db.d.Migrations)
	if err != nil {
		return err
	}
	conn, err := db.w.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	defer conn.Close()
	if db.d.MigrateLock != "" {
		if _, err := conn.ExecContext(ctx, db.d.MigrateLock); err != nil {
			return fmt.Errorf("migrate: lock: %w", err)
		}
		defer conn.ExecContext(context.WithoutCancel(ctx), db.d.MigrateUnlock)
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, sum TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate: create schema_migrations: %w", err)
	}
	applied := map[int]string{}
	rows, err := conn.QueryContext(ctx, `SELECT version, sum FROM schema_migrations`)
	if err != nil {
		return fmt.Errorf("migrate: read schema_migrations: %w", err)
	}
	for rows.Next() {
		var v int
		var sum string
		if err := rows.Scan(&v, &sum); err != nil {
			rows.Close()
			return fmt.Errorf("migrate: %w", err)
		}
		applied[v] = sum
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
	for v := range applied {
		if v > len(ms) {
			return fmt.Errorf("%w: the database has schema version %d, newer than this build of accord knows (%d)", store.ErrMigration, v, len(ms))
		}
	}
	for _, m := range ms {
		if sum, ok := applied[m.Version]; ok {
			if sum != m.Sum {
				return fmt.Errorf("%w: %s changed after it was applied; migrations are append-only: add a new file instead", store.ErrMigration, m.Name)
			}
			continue
		}
		tx, err := conn.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate %s: %w", m.Name, err)
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = $1`, m.Version).Scan(&n); err != nil || n > 0 {
			tx.Rollback() // another process applied it meanwhile
			if err != nil {
				return fmt.Errorf("migrate %s: %w", m.Name, err)
			}
			continue
		}
		if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s: %w", m.Name, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, sum, applied_at) VALUES ($1, $2, $3, $4)`,
			m.Version, m.Name, m.Sum, now()); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate %s: %w", m.Name, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate %s: %w", m.Name, err)
		}
	}
	return nil
}
