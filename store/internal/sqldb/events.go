package sqldb

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/store"
)

// Events lists events with their counts, corrections laid over them.
func (db *DB) Events(ctx context.Context, f store.EventFilter) ([]store.EventRecord, error) {
	tx, ov, err := db.beginView(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	es, err := db.events(ctx, tx, f, ov)
	if err != nil {
		return nil, err
	}
	if ov.Empty() {
		if f.Mentions {
			err = db.fillMentions(ctx, tx, es)
		}
		return es, err
	}
	// Events merged into listed ones come along; touched events need their
	// mentions to be recounted.
	have := map[string]bool{}
	for _, e := range es {
		have[e.ID] = true
	}
	// An edited event may match the pair, type or dates asked for only as
	// corrected: look at every edited one again, and filter after the
	// overlay.
	refilter := len(ov.EditedEvents()) > 0 && (f.Pair != "" || f.Type != "" || f.Since != "" || f.Until != "")
	if refilter {
		var edited []string
		for _, id := range ov.EditedEvents() {
			if !have[id] && (len(f.IDs) == 0 || slices.Contains(f.IDs, id)) {
				edited = append(edited, id)
			}
		}
		if len(edited) > 0 {
			g := f
			g.Pair, g.Type, g.Since, g.Until, g.Limit, g.IDs = "", "", "", "", 0, edited
			more, err := db.events(ctx, tx, g, ov)
			if err != nil {
				return nil, err
			}
			for _, e := range more {
				have[e.ID] = true
			}
			es = append(es, more...)
		}
	}
	var extra []string
	for _, e := range es {
		for _, from := range ov.MergedInto(ov.EventID(e.ID)) {
			if !have[from] {
				have[from] = true
				extra = append(extra, from)
			}
		}
	}
	if len(extra) > 0 {
		more, err := db.events(ctx, tx, store.EventFilter{IDs: extra}, nil)
		if err != nil {
			return nil, err
		}
		es = append(es, more...)
	}
	var need []int
	for i, e := range es {
		if f.Mentions || ov.EventTouched(e.ID) || ov.EventTouched(ov.EventID(e.ID)) || ov.EventID(e.ID) != e.ID {
			need = append(need, i)
		}
	}
	sub := make([]store.EventRecord, len(need))
	for j, i := range need {
		sub[j] = es[i]
	}
	if err := db.fillMentions(ctx, tx, sub); err != nil {
		return nil, err
	}
	for j, i := range need {
		es[i] = sub[j]
	}
	es = ov.Events(es)
	if refilter {
		kept := es[:0]
		for _, e := range es {
			if matchEvent(f, e) {
				kept = append(kept, e)
			}
		}
		es = kept
		slices.SortStableFunc(es, func(a, b store.EventRecord) int {
			if c := strings.Compare(b.Start, a.Start); c != 0 {
				return c
			}
			return strings.Compare(a.ID, b.ID)
		})
		if f.Limit > 0 && len(es) > f.Limit {
			es = es[:f.Limit]
		}
	}
	if !f.Mentions {
		for i := range es {
			es[i].Mentions = nil
		}
	}
	return es, nil
}

// matchEvent applies the filters on an event's own fields (pair, type,
// dates) as the SQL of events does, to an event as corrected.
func matchEvent(f store.EventFilter, e store.EventRecord) bool {
	if f.Pair != "" {
		a, b, ok := strings.Cut(strings.ToUpper(f.Pair), "-")
		if ok && b != "" {
			if e.Pair != ledger.Pair(a, b) {
				return false
			}
		} else if e.Source.Country != a && e.Target.Country != a {
			return false
		}
	}
	if f.Type != "" && !strings.EqualFold(e.Type, f.Type) {
		return false
	}
	if f.Since != "" && e.End < f.Since {
		return false
	}
	if f.Until != "" && (e.Start == "" || e.Start > f.Until) {
		return false
	}
	return true
}

// events runs the events query with f's filters (ov resolves persons and
// mechanisms merged by corrections).
func (db *DB) events(ctx context.Context, q querier, f store.EventFilter, ov *store.Overlay) ([]store.EventRecord, error) {
	var conds []string
	var args []any
	if f.Pair != "" {
		a, b, ok := strings.Cut(strings.ToUpper(f.Pair), "-")
		if ok && b != "" {
			conds = append(conds, `e.pair = `+arg(&args, ledger.Pair(a, b)))
		} else {
			p := arg(&args, a)
			conds = append(conds, `(e.source_country = `+p+` OR e.target_country = `+p+`)`)
		}
	}
	if f.Type != "" {
		conds = append(conds, `e.type = `+arg(&args, strings.ToUpper(f.Type)))
	}
	if f.Since != "" {
		conds = append(conds, `e.end_date >= `+arg(&args, f.Since))
	}
	if f.Until != "" {
		conds = append(conds, `e.start_date <> '' AND e.start_date <= `+arg(&args, f.Until))
	}
	if f.Person != "" {
		ids, err := db.findPersons(ctx, q, f.Person, ov)
		if err != nil {
			return nil, err
		}
		var list string
		list, args = in(args, ids)
		conds = append(conds, `e.id IN (SELECT event_id FROM event_mentions WHERE source_person IN (`+list+`) OR target_person IN (`+list+`))`)
	}
	if f.Mechanism != "" {
		ids, err := db.findMechanisms(ctx, q, f.Mechanism, ov)
		if err != nil {
			return nil, err
		}
		var list string
		list, args = in(args, ids)
		conds = append(conds, `e.mechanism_id IN (`+list+`)`)
	}
	if f.Report != "" {
		conds = append(conds, `e.id IN (SELECT event_id FROM event_mentions WHERE report_id = `+arg(&args, f.Report)+`)`)
	}
	if len(f.Reports) > 0 {
		var list string
		list, args = in(args, f.Reports)
		conds = append(conds, `e.id IN (SELECT event_id FROM event_mentions WHERE report_id IN (`+list+`))`)
	}
	if len(f.IDs) > 0 {
		var list string
		list, args = in(args, f.IDs)
		conds = append(conds, `e.id IN (`+list+`)`)
	}
	if f.MinArticles > 1 {
		conds = append(conds, `e.num_articles >= `+arg(&args, f.MinArticles))
	}
	where := ""
	if len(conds) > 0 {
		where = "WHERE " + strings.Join(conds, " AND ")
	}
	limit := ""
	if f.Limit > 0 {
		limit = `LIMIT ` + arg(&args, f.Limit)
	}
	rows, err := q.QueryContext(ctx, `SELECT e.id, e.type, e.mode, e.cameo, e.cameo_label, e.quad_class, e.goldstein,
		e.source_country, e.source_agent, e.source_name, e.source_person, COALESCE(ps.name, ''),
		e.target_country, e.target_agent, e.target_name, e.target_person, COALESCE(pt.name, ''),
		e.is_symmetric, e.tense, e.date, e.start_date, e.end_date, e.place, e.pair, e.mechanism_id, COALESCE(mech.name, ''),
		e.first_report, e.first_date, COALESCE(fr.source, ''), COALESCE(fr.title, ''), COALESCE(fr.url, ''), e.evidence,
		e.num_mentions, e.num_articles, e.num_sources
		FROM events e
		LEFT JOIN reports fr ON fr.id = e.first_report
		LEFT JOIN mechanisms mech ON mech.id = e.mechanism_id
		LEFT JOIN persons ps ON ps.id = e.source_person
		LEFT JOIN persons pt ON pt.id = e.target_person
		`+where+`
		ORDER BY e.start_date DESC, e.id `+limit, args...)
	if err != nil {
		return nil, fmt.Errorf("list events: %w", err)
	}
	defer rows.Close()
	var out []store.EventRecord
	for rows.Next() {
		var e store.EventRecord
		var sym int
		if err := rows.Scan(&e.ID, &e.Type, &e.Mode, &e.Cameo, &e.CameoLabel, &e.QuadClass, &e.Goldstein,
			&e.Source.Country, &e.Source.Agent, &e.Source.Name, &e.Source.Person, &e.Source.PersonName,
			&e.Target.Country, &e.Target.Agent, &e.Target.Name, &e.Target.Person, &e.Target.PersonName,
			&sym, &e.Tense, &e.Date, &e.Start, &e.End, &e.Place, &e.Pair, &e.Mechanism, &e.MechanismName,
			&e.FirstReport.ID, &e.FirstReport.Date, &e.FirstReport.Source, &e.FirstReport.Title, &e.FirstReport.URL, &e.Evidence,
			&e.NumMentions, &e.NumArticles, &e.NumSources); err != nil {
			return nil, fmt.Errorf("list events: %w", err)
		}
		e.Symmetric = sym == 1
		if e.Source.Country == "" {
			e.Source.Country = "---"
		}
		if e.Target.Country == "" {
			e.Target.Country = "---"
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// fillMentions loads the mentions of events, in chunks.
func (db *DB) fillMentions(ctx context.Context, q querier, es []store.EventRecord) error {
	index := map[string]int{}
	ids := make([]string, 0, len(es))
	for i, e := range es {
		index[e.ID] = i
		ids = append(ids, e.ID)
	}
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), 500)]
		ids = ids[len(chunk):]
		list, args := in(nil, chunk)
		rows, err := q.QueryContext(ctx, `SELECT m.event_id, m.key, m.local_id, m.report_id, m.report_date,
			COALESCE(r.source, ''), COALESCE(r.title, ''), COALESCE(r.url, ''), m.tense, m.date,
			m.evidence_start, m.evidence_end, m.evidence, m.trigger_start, m.trigger_end, m.trigger_text, m.rule, m.sentences,
			m.source_country, m.source_name, m.source_person, m.target_country, m.target_name, m.target_person
			FROM event_mentions m LEFT JOIN reports r ON r.id = m.report_id
			WHERE m.event_id IN (`+list+`) ORDER BY m.report_date, m.key`, args...)
		if err != nil {
			return fmt.Errorf("event mentions: %w", err)
		}
		for rows.Next() {
			var id string
			var m store.EventMention
			if err := rows.Scan(&id, &m.Key, &m.Local, &m.Report.ID, &m.Report.Date, &m.Report.Source, &m.Report.Title, &m.Report.URL,
				&m.Tense, &m.Date, &m.Evidence.Start, &m.Evidence.End, &m.Evidence.Text, &m.Trigger.Start, &m.Trigger.End,
				&m.Trigger.Text, &m.Rule, &m.Sentences, &m.Source.Country, &m.Source.Name, &m.Source.Person,
				&m.Target.Country, &m.Target.Name, &m.Target.Person); err != nil {
				rows.Close()
				return fmt.Errorf("event mentions: %w", err)
			}
			e := &es[index[id]]
			e.Mentions = append(e.Mentions, m)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("event mentions: %w", err)
		}
	}
	return nil
}

// findPersons resolves a person query (id, name key or part of a name) to
// stored ids, with the persons corrections merged into them.
func (db *DB) findPersons(ctx context.Context, q querier, query string, ov *store.Overlay) ([]string, error) {
	ids, err := strings1(ctx, q, `SELECT id FROM persons WHERE id = $1`, query)
	if err == nil && len(ids) == 0 {
		ids, err = strings1(ctx, q, `SELECT DISTINCT person_id FROM person_keys WHERE key = $1`, ledger.NameKey(query, db.ledger.Names))
	}
	if err == nil && len(ids) == 0 {
		ids, err = strings1(ctx, q, `SELECT id FROM persons WHERE lower(name) LIKE $1`, "%"+strings.ToLower(query)+"%")
	}
	if err != nil {
		return nil, fmt.Errorf("find person %q: %w", query, err)
	}
	return withMerged(ctx, q, ids, ov, "person")
}

// findMechanisms resolves a mechanism query (id, key or part of a name).
func (db *DB) findMechanisms(ctx context.Context, q querier, query string, ov *store.Overlay) ([]string, error) {
	ids, err := strings1(ctx, q, `SELECT id FROM mechanisms WHERE id = $1`, query)
	if err == nil && len(ids) == 0 {
		ids, err = strings1(ctx, q, `SELECT DISTINCT mechanism_id FROM mechanism_mentions WHERE lower(name) LIKE $1`,
			"%"+strings.ToLower(query)+"%")
	}
	if err != nil {
		return nil, fmt.Errorf("find mechanism %q: %w", query, err)
	}
	return withMerged(ctx, q, ids, ov, "mechanism")
}

// withMerged adds to ids every stored id that corrections merge into one
// of them, and the ids they are merged into.
func withMerged(ctx context.Context, q querier, ids []string, ov *store.Overlay, kind string) ([]string, error) {
	if ov.Empty() || len(ids) == 0 {
		return ids, nil
	}
	table := map[string]string{"person": "persons", "mechanism": "mechanisms"}[kind]
	all, err := strings1(ctx, q, `SELECT id FROM `+table)
	if err != nil {
		return nil, err
	}
	canon := func(id string) string {
		if kind == "person" {
			return ov.PersonID(id)
		}
		return ov.MechanismID(id)
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[canon(id)] = true
	}
	out := ids
	for _, id := range all {
		if want[canon(id)] && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out, nil
}

// strings1 runs a query returning one string column.
func strings1(ctx context.Context, q querier, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
