package sqldb

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/store"
)

// Mechanisms lists mechanisms with their sessions lined up, most reported
// first.
func (db *DB) Mechanisms(ctx context.Context, f store.MechanismFilter) ([]store.MechanismRecord, error) {
	tx, ov, err := db.beginView(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var conds []string
	var args []any
	if f.Party != "" {
		conds = append(conds, `('-' || m.parties || '-') LIKE `+arg(&args, "%-"+strings.ToUpper(f.Party)+"-%"))
	}
	if f.Name != "" {
		ids, err := db.findMechanisms(ctx, tx, f.Name, ov)
		if err != nil {
			return nil, err
		}
		var list string
		list, args = in(args, ids)
		conds = append(conds, `m.id IN (`+list+`)`)
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	rows, err := tx.QueryContext(ctx, `SELECT m.id, m.name, m.kind, m.parties, COUNT(DISTINCT mm.report_id), MIN(mm.date), MAX(mm.date)
		FROM mechanisms m JOIN mechanism_mentions mm ON mm.mechanism_id = m.id `+where+`
		GROUP BY m.id, m.name, m.kind, m.parties
		ORDER BY COUNT(DISTINCT mm.report_id) DESC, m.name, m.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list mechanisms: %w", err)
	}
	var ms []store.MechanismRecord
	index := map[string]int{}
	for rows.Next() {
		var m store.MechanismRecord
		var parties string
		if err := rows.Scan(&m.ID, &m.Name, &m.Kind, &parties, &m.Reports, &m.First, &m.Last); err != nil {
			rows.Close()
			return nil, fmt.Errorf("list mechanisms: %w", err)
		}
		m.Parties = splitParties(parties)
		if m.Parties == nil {
			m.Parties = []string{}
		}
		index[m.ID] = len(ms)
		ms = append(ms, m)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list mechanisms: %w", err)
	}
	if len(ms) == 0 {
		return ms, nil
	}

	// Names, with the one most reports use first; keys; sessions.
	names := map[string]map[string]int{}
	if err := eachRow(ctx, tx, `SELECT mechanism_id, name, COUNT(*) FROM mechanism_mentions GROUP BY mechanism_id, name`, func(scan func(...any) error) error {
		var id, name string
		var n int
		if err := scan(&id, &name, &n); err != nil {
			return err
		}
		if _, ok := index[id]; ok {
			if names[id] == nil {
				names[id] = map[string]int{}
			}
			names[id][name] += n
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("mechanism names: %w", err)
	}
	for id, ns := range names {
		m := &ms[index[id]]
		for n := range ns {
			m.Names = append(m.Names, n)
		}
		slices.SortFunc(m.Names, func(a, b string) int {
			if ns[a] != ns[b] {
				return ns[b] - ns[a]
			}
			if len(a) != len(b) {
				return len(b) - len(a)
			}
			return strings.Compare(a, b)
		})
		m.Name = m.Names[0]
	}
	if err := eachRow(ctx, tx, `SELECT mechanism_id, key FROM mechanism_keys ORDER BY key`, func(scan func(...any) error) error {
		var id, key string
		if err := scan(&id, &key); err != nil {
			return err
		}
		if i, ok := index[id]; ok {
			ms[i].Keys = append(ms[i].Keys, key)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("mechanism keys: %w", err)
	}
	sessions := map[string][]ledger.SessionMention{}
	if err := eachRow(ctx, tx, `SELECT mechanism_id, key, report_id, report_date, ordinal, tense, date, start_date, end_date,
		place, chair_names, event_id, evidence FROM sessions ORDER BY report_date, key`, func(scan func(...any) error) error {
		var id, chairs string
		var s ledger.SessionMention
		if err := scan(&id, &s.Key, &s.ReportID, &s.ReportDate, &s.Ordinal, &s.Tense, &s.Date, &s.Window.Start, &s.Window.End,
			&s.Place, &chairs, &s.Event, &s.Text); err != nil {
			return err
		}
		if _, ok := index[id]; ok {
			json.Unmarshal([]byte(chairs), &s.Chairs)
			sessions[id] = append(sessions[id], s)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("mechanism sessions: %w", err)
	}
	for i := range ms {
		ms[i].Sessions = ledger.GroupSessions(sessions[ms[i].ID])
		if ms[i].Sessions == nil {
			ms[i].Sessions = []ledger.SessionGroup{}
		}
	}
	return ov.Mechanisms(ms), nil
}

// eachRow runs a query and calls fn with a scanner for each row.
func eachRow(ctx context.Context, q querier, query string, fn func(scan func(...any) error) error, args ...any) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}
