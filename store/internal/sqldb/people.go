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

// People lists persons, most reported first.
func (db *DB) People(ctx context.Context, f store.PersonFilter) ([]store.PersonRecord, error) {
	tx, ov, err := db.beginView(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	var conds []string
	var args []any
	if f.Country != "" {
		conds = append(conds, `p.country = `+arg(&args, strings.ToUpper(f.Country)))
	}
	if f.Name != "" {
		conds = append(conds, `lower(p.name) LIKE `+arg(&args, "%"+strings.ToLower(f.Name)+"%"))
	}
	ps, err := db.people(ctx, tx, conds, args, f.Limit, f.Offset)
	if err != nil {
		return nil, err
	}
	if err := db.fillPeople(ctx, tx, ps, false); err != nil {
		return nil, err
	}
	return ov.People(ps), nil
}

func (db *DB) people(ctx context.Context, q querier, conds []string, args []any, limit, offset int) ([]store.PersonRecord, error) {
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	lim := ""
	if limit > 0 {
		lim = "LIMIT " + arg(&args, limit)
	}
	if offset > 0 {
		if limit <= 0 {
			lim = "LIMIT -1"
			if db.d.Name == "postgres" {
				lim = "LIMIT ALL"
			}
		}
		lim += " OFFSET " + arg(&args, offset)
	}
	rows, err := q.QueryContext(ctx, `SELECT p.id, p.name, p.country, p.sector, p.reports, p.first_date, p.last_date
		FROM persons p `+where+` ORDER BY p.reports DESC, p.name, p.id `+lim, args...)
	if err != nil {
		return nil, fmt.Errorf("list persons: %w", err)
	}
	defer rows.Close()
	var out []store.PersonRecord
	for rows.Next() {
		var p store.PersonRecord
		if err := rows.Scan(&p.ID, &p.Name, &p.Country, &p.Sector, &p.Reports, &p.First, &p.Last); err != nil {
			return nil, fmt.Errorf("list persons: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// fillPeople adds keys, title histories and current titles; with names,
// every form reports gave.
func (db *DB) fillPeople(ctx context.Context, q querier, ps []store.PersonRecord, names bool) error {
	if len(ps) == 0 {
		return nil
	}
	index := map[string]int{}
	ids := make([]string, len(ps))
	for i, p := range ps {
		index[p.ID] = i
		ids[i] = p.ID
	}
	// For long lists, read everything and keep what is asked for.
	filter := func(col string) (string, []any) {
		if len(ids) > 500 {
			return "", nil
		}
		list, args := in(nil, ids)
		return " AND " + col + " IN (" + list + ")", args
	}
	cond, args := filter("person_id")
	rows, err := q.QueryContext(ctx, `SELECT person_id, key FROM person_keys WHERE 1 = 1`+cond+` ORDER BY person_id, key`, args...)
	if err != nil {
		return fmt.Errorf("person keys: %w", err)
	}
	for rows.Next() {
		var id, key string
		if err := rows.Scan(&id, &key); err != nil {
			rows.Close()
			return fmt.Errorf("person keys: %w", err)
		}
		if i, ok := index[id]; ok {
			ps[i].Keys = append(ps[i].Keys, key)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("person keys: %w", err)
	}

	type form struct {
		id, key string
	}
	spans := map[form]*store.TitleSpan{}
	counts := map[form]map[string]int{}
	cols := `person_id, title, title_key, former, MIN(date), MAX(date), COUNT(DISTINCT report_id)`
	rows, err = q.QueryContext(ctx, `SELECT `+cols+` FROM person_mentions WHERE title_key <> ''`+cond+`
		GROUP BY person_id, title, title_key, former`, args...)
	if err != nil {
		return fmt.Errorf("person titles: %w", err)
	}
	for rows.Next() {
		var t store.TitleSpan
		var id string
		var former int
		if err := rows.Scan(&id, &t.Title, &t.Key, &former, &t.First, &t.Last, &t.Reports); err != nil {
			rows.Close()
			return fmt.Errorf("person titles: %w", err)
		}
		if _, ok := index[id]; !ok {
			continue
		}
		k := form{id, t.Key}
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][t.Title] += t.Reports
		x := spans[k]
		if x == nil {
			t.Former = former == 1
			spans[k] = &t
			continue
		}
		x.First, x.Last, x.Reports = min(x.First, t.First), max(x.Last, t.Last), x.Reports+t.Reports
		x.Former = x.Former && former == 1
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("person titles: %w", err)
	}
	for k, t := range spans {
		// The form most reports use names the title.
		best, n := t.Title, 0
		for title, c := range counts[k] {
			if c > n || (c == n && title < best) {
				best, n = title, c
			}
		}
		t.Title = best
		p := &ps[index[k.id]]
		p.Titles = append(p.Titles, *t)
	}
	for i := range ps {
		p := &ps[i]
		slices.SortFunc(p.Titles, func(a, b store.TitleSpan) int {
			if c := strings.Compare(a.First, b.First); c != 0 {
				return c
			}
			return strings.Compare(a.Key, b.Key)
		})
		last := ""
		for _, t := range p.Titles {
			if !t.Former && t.Last >= last {
				p.Title, last = t.Title, t.Last
			}
		}
		if p.Titles == nil {
			p.Titles = []store.TitleSpan{}
		}
	}
	if !names {
		return nil
	}
	rows, err = q.QueryContext(ctx, `SELECT person_id, name, aliases FROM person_mentions WHERE 1 = 1`+cond+` ORDER BY date`, args...)
	if err != nil {
		return fmt.Errorf("person names: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, name, aliases string
		if err := rows.Scan(&id, &name, &aliases); err != nil {
			return fmt.Errorf("person names: %w", err)
		}
		i, ok := index[id]
		if !ok {
			continue
		}
		var as []string
		json.Unmarshal([]byte(aliases), &as)
		for _, n := range append([]string{name}, as...) {
			// Names, not roles: "Mr Dar", not "the deputy prime minister".
			words := strings.Fields(ledger.NameKey(n, db.ledger.Names))
			named := slices.ContainsFunc(ps[i].Keys, func(k string) bool { return slices.Contains(words, ledger.Surname(k)) })
			if named && !slices.Contains(ps[i].Names, n) {
				ps[i].Names = append(ps[i].Names, n)
			}
		}
	}
	return rows.Err()
}

// Person finds one person and fills in names, title history and events.
func (db *DB) Person(ctx context.Context, query string) (store.PersonRecord, error) {
	var p store.PersonRecord
	tx, ov, err := db.beginView(ctx)
	if err != nil {
		return p, err
	}
	defer tx.Rollback()
	ids, err := db.findPersons(ctx, tx, query, ov)
	if err != nil {
		return p, err
	}
	if len(ids) == 0 {
		return p, fmt.Errorf("person %q: %w", query, store.ErrNotFound)
	}
	list, args := in(nil, ids)
	ps, err := db.people(ctx, tx, []string{`p.id IN (` + list + `)`}, args, 0, 0)
	if err != nil {
		return p, err
	}
	if err := db.fillPeople(ctx, tx, ps, true); err != nil {
		return p, err
	}
	ps = ov.People(ps)
	if len(ps) > 1 {
		// A name most reports give to one person names that person.
		slices.SortFunc(ps, func(a, b store.PersonRecord) int { return b.Reports - a.Reports })
		total := 0
		for _, x := range ps {
			total += x.Reports
		}
		if ps[0].Reports*5 >= total*4 {
			ps = ps[:1]
		}
	}
	if len(ps) > 1 {
		var names []string
		for _, x := range ps {
			names = append(names, fmt.Sprintf("%s (%s, %s, %d reports)", x.Name, orDash(x.Country), x.ID, x.Reports))
		}
		return p, fmt.Errorf("person %q: %w: %s", query, store.ErrAmbiguous, strings.Join(names, "; "))
	}
	p = ps[0]
	tx.Rollback()
	events, err := db.Events(ctx, store.EventFilter{Person: p.ID})
	if err != nil {
		return p, err
	}
	p.Events = events
	return p, nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
