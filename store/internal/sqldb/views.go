package sqldb

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/store"
)

// What the web interface reads besides the commands' queries: pages of
// reports, the network of country pairs, and a version for its cache.

// ListReports lists stored reports, newest first.
func (db *DB) ListReports(ctx context.Context, f store.ReportFilter) ([]store.StoredReport, error) {
	var conds []string
	var args []any
	if f.Since != "" {
		conds = append(conds, `date >= `+arg(&args, f.Since))
	}
	if f.Until != "" {
		conds = append(conds, `date <= `+arg(&args, f.Until))
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	lim := ""
	if f.Limit > 0 {
		lim = "LIMIT " + arg(&args, f.Limit)
	}
	if f.Offset > 0 {
		if f.Limit <= 0 {
			lim = "LIMIT -1"
			if db.d.Name == "postgres" {
				lim = "LIMIT ALL"
			}
		}
		lim += " OFFSET " + arg(&args, f.Offset)
	}
	out := []store.StoredReport{}
	err := eachRow(ctx, db.r, `SELECT `+reportColumns+` FROM reports `+where+` ORDER BY date DESC, seq DESC `+lim,
		func(scan func(...any) error) error {
			var r store.StoredReport
			if err := scanReport(scanFunc(scan), &r); err != nil {
				return err
			}
			out = append(out, r)
			return nil
		}, args...)
	if err != nil {
		return nil, fmt.Errorf("list reports: %w", err)
	}
	return out, nil
}

// scanFunc makes a scan function a scanner.
type scanFunc func(...any) error

func (f scanFunc) Scan(dst ...any) error { return f(dst...) }

// Pairs counts events by country pair, corrections laid over: the stored
// counts are taken in SQL, then every event a correction concerns is taken
// out as stored and put back as corrected.
func (db *DB) Pairs(ctx context.Context, f store.PairFilter) ([]store.PairStat, error) {
	tx, ov, err := db.beginView(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	conds := []string{`e.source_country <> e.target_country`, `e.source_country NOT IN ('', '---')`,
		`e.target_country NOT IN ('', '---')`}
	var args []any
	if f.Country != "" {
		c := arg(&args, strings.ToUpper(f.Country))
		conds = append(conds, `(e.source_country = `+c+` OR e.target_country = `+c+`)`)
	}
	if f.Since != "" {
		conds = append(conds, `e.start_date >= `+arg(&args, f.Since))
	}
	if f.Until != "" {
		conds = append(conds, `e.start_date <> '' AND e.end_date <= `+arg(&args, f.Until))
	}
	stats := map[string]*pairSum{}
	err = eachRow(ctx, tx, `SELECT e.pair, e.quad_class, COUNT(*), SUM(e.goldstein), SUM(e.num_articles), MIN(e.start_date), MAX(e.start_date)
		FROM events e WHERE `+strings.Join(conds, " AND ")+` GROUP BY e.pair, e.quad_class`, func(scan func(...any) error) error {
		var pair, first, last string
		var quad, n, articles int
		var gold float64
		if err := scan(&pair, &quad, &n, &gold, &articles, &first, &last); err != nil {
			return err
		}
		s := stats[pair]
		if s == nil {
			s = &pairSum{}
			stats[pair] = s
		}
		s.add(quad, n, gold, articles, first, last)
		return nil
	}, args...)
	if err != nil {
		return nil, fmt.Errorf("count pairs: %w", err)
	}
	if ids := ov.CorrectedEvents(); len(ids) > 0 {
		stored, err := db.events(ctx, tx, store.EventFilter{IDs: ids}, nil)
		if err != nil {
			return nil, err
		}
		for _, e := range stored {
			if pairEvent(f, e) {
				if s := stats[e.Pair]; s != nil {
					s.add(e.QuadClass, -1, -e.Goldstein, -e.NumArticles, "", "")
				}
			}
		}
		if err := db.fillMentions(ctx, tx, stored); err != nil {
			return nil, err
		}
		// Events merged into these come along with them.
		for _, e := range ov.Events(stored) {
			if !pairEvent(f, e) {
				continue
			}
			pair := ledger.Pair(e.Source.Country, e.Target.Country)
			s := stats[pair]
			if s == nil {
				s = &pairSum{}
				stats[pair] = s
			}
			s.add(e.QuadClass, 1, e.Goldstein, e.NumArticles, e.Start, e.Start)
		}
	}
	out := make([]store.PairStat, 0, len(stats))
	for pair, s := range stats {
		if s.n <= 0 {
			continue
		}
		a, b, _ := strings.Cut(pair, "-")
		p := store.PairStat{Pair: pair, A: a, B: b, Events: s.n, Articles: s.articles, VerbalCoop: s.quad[1],
			MaterialCoop: s.quad[2], VerbalConflict: s.quad[3], MaterialConflict: s.quad[4], First: s.first, Last: s.last}
		p.Goldstein = math.Round(s.gold/float64(s.n)*100) / 100
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b store.PairStat) int {
		if a.Events != b.Events {
			return b.Events - a.Events
		}
		return strings.Compare(a.Pair, b.Pair)
	})
	if f.Limit > 0 && len(out) > f.Limit {
		out = out[:f.Limit]
	}
	return out, nil
}

// pairSum accumulates one pair's counts.
type pairSum struct {
	n, articles int
	quad        [5]int
	gold        float64
	first, last string
}

func (s *pairSum) add(quad, n int, gold float64, articles int, first, last string) {
	s.n += n
	if quad >= 1 && quad <= 4 {
		s.quad[quad] += n
	}
	s.gold += gold
	s.articles += articles
	if first != "" && (s.first == "" || first < s.first) {
		s.first = first
	}
	if last > s.last {
		s.last = last
	}
}

// pairEvent applies Pairs' SQL conditions to an event.
func pairEvent(f store.PairFilter, e store.EventRecord) bool {
	a, b := e.Source.Country, e.Target.Country
	if a == b || a == "" || a == "---" || b == "" || b == "---" {
		return false
	}
	if c := strings.ToUpper(f.Country); c != "" && a != c && b != c {
		return false
	}
	if f.Since != "" && e.Start < f.Since {
		return false
	}
	if f.Until != "" && (e.Start == "" || e.End > f.Until) {
		return false
	}
	return true
}

// Version is a few counts and highest ids that together change whenever
// the record does.
func (db *DB) Version(ctx context.Context) (string, error) {
	var reports, seq, corrections, runs, failures, events, followups int64
	var lastFailure string
	err := db.r.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM reports), (SELECT COALESCE(MAX(seq), 0) FROM reports),
		(SELECT COALESCE(MAX(id), 0) FROM corrections), (SELECT COALESCE(MAX(id), 0) FROM runs),
		(SELECT COUNT(*) FROM failures), (SELECT COALESCE(MAX(last_at), '') FROM failures),
		(SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM followups)`).
		Scan(&reports, &seq, &corrections, &runs, &failures, &lastFailure, &events, &followups)
	if err != nil {
		return "", fmt.Errorf("record version: %w", err)
	}
	return fmt.Sprintf("r%d.%d c%d u%d f%d.%s e%d.%d", reports, seq, corrections, runs, failures, lastFailure, events, followups), nil
}
