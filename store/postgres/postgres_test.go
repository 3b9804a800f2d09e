package postgres_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/accord-events/accord/store/postgres"
	"github.com/accord-events/accord/store/storetest"
)

// EnvDSN names the variable holding the DSN of a PostgreSQL database the
// tests may create schemas in.
const EnvDSN = "ACCORD_TEST_POSTGRES"

var schemas atomic.Int64

// Fresh creates a new schema in the test database and returns a DSN whose
// search_path is that schema; the schema is dropped when the test ends.
func Fresh(t testing.TB, dsn string) string {
	t.Helper()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	schema := fmt.Sprintf("accord_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e6, schemas.Add(1))
	if _, err := db.ExecContext(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema in %s: %v", EnvDSN, err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", dsn)
		if err != nil {
			return
		}
		defer db.Close()
		db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE")
	})
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	return dsn + sep + "search_path=" + schema
}

func TestStore(t *testing.T) {
	dsn := os.Getenv(EnvDSN)
	if dsn == "" {
		t.Skip(EnvDSN + " is not set: set it to a postgres:// URL to run the store suite on PostgreSQL (docs/STORE.md)")
	}
	storetest.Run(t, postgres.Open, func(t *testing.T) string { return Fresh(t, dsn) })
}
