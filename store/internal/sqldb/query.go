package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/store"
)

// Counts returns the sizes of the record.
func (db *DB) Counts(ctx context.Context) (store.Counts, error) {
	var c store.Counts
	for _, x := range []struct {
		table string
		n     *int
	}{
		{"reports", &c.Reports}, {"failures", &c.Failures}, {"persons", &c.Persons}, {"events", &c.Events},
		{"event_mentions", &c.Mentions}, {"mechanisms", &c.Mechanisms}, {"sessions", &c.Sessions},
		{"commitments", &c.Commitments}, {"followups", &c.FollowUps}, {"signals", &c.Signals}, {"corrections", &c.Corrections},
	} {
		if err := db.r.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+x.table).Scan(x.n); err != nil {
			return c, fmt.Errorf("count %s: %w", x.table, err)
		}
	}
	return c, nil
}

const reportColumns = `seq, id, date, title, url, source, origin, hash, engine, ingested_at, coded_at`

func scanReport(sc interface{ Scan(...any) error }, r *store.StoredReport, extra ...any) error {
	var ing, coded string
	if err := sc.Scan(append([]any{&r.Seq, &r.ID, &r.Date, &r.Title, &r.URL, &r.Source, &r.Origin, &r.Hash, &r.Engine, &ing, &coded}, extra...)...); err != nil {
		return err
	}
	r.IngestedAt, r.CodedAt = parseTime(ing), parseTime(coded)
	return nil
}

// Reports lists the stored reports in ingest order.
func (db *DB) Reports(ctx context.Context, withText bool, fn func(store.StoredReport) error) error {
	cols := reportColumns
	if withText {
		cols += `, text`
	}
	rows, err := db.r.QueryContext(ctx, `SELECT `+cols+` FROM reports ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("list reports: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r store.StoredReport
		var extra []any
		if withText {
			extra = []any{&r.Text}
		}
		if err := scanReport(rows, &r, extra...); err != nil {
			return fmt.Errorf("list reports: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Report returns one stored report with its text, record and links.
func (db *DB) Report(ctx context.Context, id string) (store.StoredReport, error) {
	var r store.StoredReport
	tx, err := db.beginRead(ctx)
	if err != nil {
		return r, err
	}
	defer tx.Rollback()
	var rec []byte
	err = scanReport(tx.QueryRowContext(ctx, `SELECT `+reportColumns+`, text, record FROM reports WHERE id = $1`, id), &r, &r.Text, &rec)
	if errors.Is(err, sql.ErrNoRows) {
		return r, fmt.Errorf("report %q: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return r, fmt.Errorf("report %s: %w", id, err)
	}
	if r.Record, err = decodeRecord(rec); err != nil {
		return r, fmt.Errorf("report %s: decode record: %w", id, err)
	}
	l := &store.Links{Persons: map[string]string{}, Events: map[string]string{}, Mechanisms: map[string]string{}, Commitments: map[string]string{}}
	for _, q := range []struct {
		sql string
		m   map[string]string
	}{
		{`SELECT local_id, person_id FROM person_mentions WHERE report_id = $1`, l.Persons},
		{`SELECT local_id, event_id FROM event_mentions WHERE report_id = $1`, l.Events},
		{`SELECT local_id, mechanism_id FROM mechanism_mentions WHERE report_id = $1`, l.Mechanisms},
		{`SELECT local_id, key FROM commitments WHERE report_id = $1`, l.Commitments},
	} {
		rows, err := tx.QueryContext(ctx, q.sql, id)
		if err != nil {
			return r, fmt.Errorf("report %s links: %w", id, err)
		}
		for rows.Next() {
			var local, global string
			if err := rows.Scan(&local, &global); err != nil {
				rows.Close()
				return r, fmt.Errorf("report %s links: %w", id, err)
			}
			q.m[local] = global
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return r, fmt.Errorf("report %s links: %w", id, err)
		}
	}
	r.Links = l
	return r, nil
}

// Coded lists stored reports with their records and event links.
func (db *DB) Coded(ctx context.Context, fn func(store.CodedReport) error) error {
	es, err := db.Events(ctx, store.EventFilter{Mentions: true})
	if err != nil {
		return err
	}
	type local struct{ report, event string }
	refs := map[local]store.EventRef{}
	for _, e := range es {
		for _, m := range e.Mentions {
			refs[local{m.Report.ID, m.Local}] = store.EventRef{ID: e.ID, NumMentions: e.NumMentions,
				NumArticles: e.NumArticles, NumSources: e.NumSources, First: m.Report.ID == e.FirstReport.ID}
		}
	}
	rows, err := db.r.QueryContext(ctx, `SELECT `+reportColumns+`, record FROM reports ORDER BY seq`)
	if err != nil {
		return fmt.Errorf("list coded reports: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var c store.CodedReport
		var rec []byte
		if err := scanReport(rows, &c.StoredReport, &rec); err != nil {
			return fmt.Errorf("list coded reports: %w", err)
		}
		if c.Record, err = decodeRecord(rec); err != nil {
			return fmt.Errorf("report %s: decode record: %w", c.ID, err)
		}
		c.Events = map[string]store.EventRef{}
		for _, e := range c.Record.Events {
			if ref, ok := refs[local{c.ID, e.ID}]; ok {
				c.Events[e.ID] = ref
			}
		}
		if err := fn(c); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Failures lists recorded failures, latest first.
func (db *DB) Failures(ctx context.Context) ([]store.Failure, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT key, report_id, origin, stage, reason, hash, attempts, first_at, last_at
		FROM failures ORDER BY last_at DESC, key`)
	if err != nil {
		return nil, fmt.Errorf("list failures: %w", err)
	}
	defer rows.Close()
	var out []store.Failure
	for rows.Next() {
		var f store.Failure
		var first, last string
		if err := rows.Scan(&f.Key, &f.ReportID, &f.Origin, &f.Stage, &f.Reason, &f.Hash, &f.Attempts, &first, &last); err != nil {
			return nil, fmt.Errorf("list failures: %w", err)
		}
		f.First, f.Last = parseTime(first), parseTime(last)
		out = append(out, f)
	}
	return out, rows.Err()
}

// LogRun records a run.
func (db *DB) LogRun(ctx context.Context, r store.Run) error {
	if _, err := db.w.ExecContext(ctx, `INSERT INTO runs (kind, engine, started_at, finished_at, read_n, stored, skipped, failed, args)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, r.Kind, r.Engine, r.Started.UTC().Format(time.RFC3339Nano),
		r.Finished.UTC().Format(time.RFC3339Nano), r.Read, r.Stored, r.Skipped, r.Failed, r.Args); err != nil {
		return fmt.Errorf("log run: %w", err)
	}
	return nil
}

// Runs lists the runs, latest first.
func (db *DB) Runs(ctx context.Context) ([]store.Run, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT id, kind, engine, started_at, finished_at, read_n, stored, skipped, failed, args
		FROM runs ORDER BY id DESC`)
	if err != nil {
		return nil, fmt.Errorf("list runs: %w", err)
	}
	defer rows.Close()
	var out []store.Run
	for rows.Next() {
		var r store.Run
		var s, f string
		if err := rows.Scan(&r.ID, &r.Kind, &r.Engine, &s, &f, &r.Read, &r.Stored, &r.Skipped, &r.Failed, &r.Args); err != nil {
			return nil, fmt.Errorf("list runs: %w", err)
		}
		r.Started, r.Finished = parseTime(s), parseTime(f)
		out = append(out, r)
	}
	return out, rows.Err()
}

// AddCorrection validates and stores a correction.
func (db *DB) AddCorrection(ctx context.Context, c store.Correction) (store.Correction, error) {
	if err := c.Validate(); err != nil {
		return c, err
	}
	if len(c.Payload) == 0 {
		c.Payload = json.RawMessage("{}")
	}
	if c.At.IsZero() {
		c.At = time.Now().UTC()
	}
	err := db.w.QueryRowContext(ctx, `INSERT INTO corrections (kind, target, payload, author, at) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
		c.Kind, c.Target, string(c.Payload), c.Author, c.At.UTC().Format(time.RFC3339Nano)).Scan(&c.ID)
	if err != nil {
		return c, fmt.Errorf("add correction: %w", err)
	}
	return c, nil
}

// Corrections lists corrections, oldest first.
func (db *DB) Corrections(ctx context.Context, target string) ([]store.Correction, error) {
	return corrections(ctx, db.r, target)
}

func corrections(ctx context.Context, q querier, target string) ([]store.Correction, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, kind, target, payload, author, at FROM corrections
		WHERE $1 = '' OR target = $1 ORDER BY id`, target)
	if err != nil {
		return nil, fmt.Errorf("list corrections: %w", err)
	}
	defer rows.Close()
	var out []store.Correction
	for rows.Next() {
		var c store.Correction
		var payload, at string
		if err := rows.Scan(&c.ID, &c.Kind, &c.Target, &payload, &c.Author, &at); err != nil {
			return nil, fmt.Errorf("list corrections: %w", err)
		}
		c.Payload, c.At = json.RawMessage(payload), parseTime(at)
		out = append(out, c)
	}
	return out, rows.Err()
}

// overlay loads the corrections and resolves their targets.
func (db *DB) overlay(ctx context.Context, q querier) (*store.Overlay, error) {
	cs, err := corrections(ctx, q, "")
	if err != nil || len(cs) == 0 {
		return nil, err
	}
	one := func(query string, args ...any) string {
		var s string
		if err := q.QueryRowContext(ctx, query, args...).Scan(&s); err != nil {
			return ""
		}
		return s
	}
	resolve := func(kind, target string) string {
		switch kind {
		case "person":
			if id := one(`SELECT id FROM persons WHERE id = $1`, target); id != "" {
				return id
			}
			return one(`SELECT person_id FROM person_keys WHERE key = $1 ORDER BY person_id LIMIT 1`, ledger.NameKey(target, db.ledger.Names))
		case "mention":
			return one(`SELECT event_id FROM event_mentions WHERE key = $1`, target)
		case "event":
			if id := one(`SELECT id FROM events WHERE id = $1`, target); id != "" {
				return id
			}
			return one(`SELECT event_id FROM event_mentions WHERE key = $1`, target)
		case "mechanism":
			if id := one(`SELECT id FROM mechanisms WHERE id = $1`, target); id != "" {
				return id
			}
			return one(`SELECT mechanism_id FROM mechanism_keys WHERE key = $1 ORDER BY mechanism_id LIMIT 1`, target)
		}
		return target
	}
	return store.NewOverlay(cs, resolve), nil
}

// Search finds reports by their title and text.
func (db *DB) Search(ctx context.Context, query string, limit int) ([]store.SearchHit, error) {
	q := db.d.SearchQuery(query)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 20
	}
	rows, err := db.r.QueryContext(ctx, db.d.Search, q, limit)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", query, err)
	}
	defer rows.Close()
	var out []store.SearchHit
	for rows.Next() {
		var h store.SearchHit
		if err := rows.Scan(&h.Report.ID, &h.Report.Date, &h.Report.Source, &h.Report.Title, &h.Report.URL, &h.Snippet, &h.Rank); err != nil {
			return nil, fmt.Errorf("search %q: %w", query, err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}
