package sqldb

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"

	"github.com/accord-events/accord/ledger"
)

// lookup answers the ledger's questions inside a writing transaction.
type lookup struct{ q querier }

var _ ledger.Lookup = lookup{}

func (l lookup) PersonsByKey(ctx context.Context, keys []string) ([]ledger.Person, error) {
	list, args := in(nil, keys)
	return l.persons(ctx, `k.key IN (`+list+`)`, args...)
}

// manySurname is how many persons of one surname and country make a
// one-word name be looked up by title.
const manySurname = 25

func (l lookup) PersonsByForm(ctx context.Context, surname, country string, words []string, title string) ([]ledger.Person, error) {
	var ids []string
	var err error
	if len(words) == 0 {
		ids, err = strings1(ctx, l.q, `SELECT DISTINCT k.person_id FROM person_keys k JOIN persons p ON p.id = k.person_id
			WHERE k.surname = $1 AND p.country = $2 ORDER BY 1 LIMIT `+strconv.Itoa(manySurname+1), surname, country)
		if err == nil && len(ids) > manySurname {
			ids, err = strings1(ctx, l.q, `SELECT DISTINCT k.person_id FROM person_keys k JOIN persons p ON p.id = k.person_id
				JOIN person_titles t ON t.person_id = k.person_id
				WHERE k.surname = $1 AND p.country = $2 AND t.title_key = $3 ORDER BY 1`, surname, country, title)
		}
	} else {
		args := []any{surname, country}
		var list string
		list, args = in(args, words)
		ids, err = strings1(ctx, l.q, `SELECT w.person_id FROM person_words w JOIN persons p ON p.id = w.person_id
			WHERE w.surname = $1 AND p.country = $2 AND w.word IN (`+list+`)
			UNION SELECT k.person_id FROM person_keys k JOIN persons p ON p.id = k.person_id
			WHERE k.key = $1 AND p.country = $2`, args...)
	}
	if err != nil || len(ids) == 0 {
		return nil, err
	}
	list, args := in(nil, ids)
	return l.persons(ctx, `k.person_id IN (`+list+`)`, args...)
}

// persons returns the persons with a key that meets cond (on person_keys k
// and persons p), each with every key and title key, in one query.
func (l lookup) persons(ctx context.Context, cond string, args ...any) ([]ledger.Person, error) {
	rows, err := l.q.QueryContext(ctx, `SELECT p.id, p.name, p.country, 0, k2.key FROM person_keys k
		JOIN persons p ON p.id = k.person_id JOIN person_keys k2 ON k2.person_id = p.id WHERE `+cond+`
		UNION ALL
		SELECT p.id, p.name, p.country, 1, t.title_key FROM person_keys k
		JOIN persons p ON p.id = k.person_id JOIN person_titles t ON t.person_id = p.id WHERE `+cond+`
		ORDER BY 1, 4, 5`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ledger.Person
	for rows.Next() {
		var p ledger.Person
		var title int
		var v string
		if err := rows.Scan(&p.ID, &p.Name, &p.Country, &title, &v); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].ID != p.ID {
			out = append(out, p)
		}
		x := &out[len(out)-1]
		if title == 1 {
			x.Titles = append(x.Titles, v)
		} else {
			x.Keys = append(x.Keys, v)
		}
	}
	return out, rows.Err()
}

// qEventsNear finds events whose window overlaps [$4, $3]: a window of a
// month or less starts at most WideDays before $4 ($5), so the index on
// start_date is scanned over a few weeks; wide windows are few.
const qEventsNear = `SELECT id, type, mode, cameo, pair, source_country, source_person, source_name,
	target_country, target_person, target_name, start_date, end_date, place
	FROM events WHERE type = $1 AND pair = $2 AND wide = 0 AND start_date >= $5 AND start_date <= $3 AND end_date >= $4
	UNION ALL
	SELECT id, type, mode, cameo, pair, source_country, source_person, source_name,
	target_country, target_person, target_name, start_date, end_date, place
	FROM events WHERE type = $1 AND pair = $2 AND wide = 1 AND start_date <> '' AND start_date <= $3 AND end_date >= $4
	ORDER BY id`

// WideDays is the widest window an event may have and not be wide.
const WideDays = 31

func (l lookup) EventsNear(ctx context.Context, typ, pair string, w ledger.Window) ([]ledger.Event, error) {
	rows, err := l.q.QueryContext(ctx, qEventsNear, typ, pair, w.End, w.Start, ledger.AddDays(w.Start, -WideDays))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ledger.Event
	for rows.Next() {
		var e ledger.Event
		if err := rows.Scan(&e.ID, &e.Type, &e.Mode, &e.Cameo, &e.Pair, &e.Source.Country, &e.Source.Person, &e.Source.Name,
			&e.Target.Country, &e.Target.Person, &e.Target.Name, &e.Window.Start, &e.Window.End, &e.Place); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

func (l lookup) MechanismsByKey(ctx context.Context, keys []string) ([]ledger.Mechanism, error) {
	list, args := in(nil, keys)
	rows, err := l.q.QueryContext(ctx, `SELECT m.id, m.name, m.parties, k.key FROM mechanisms m
		JOIN mechanism_keys k ON k.mechanism_id = m.id
		WHERE m.id IN (SELECT mechanism_id FROM mechanism_keys WHERE key IN (`+list+`)) ORDER BY m.id, k.key`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ledger.Mechanism
	for rows.Next() {
		var id, name, parties, key string
		if err := rows.Scan(&id, &name, &parties, &key); err != nil {
			return nil, err
		}
		if len(out) == 0 || out[len(out)-1].ID != id {
			out = append(out, ledger.Mechanism{ID: id, Name: name, Parties: splitParties(parties)})
		}
		m := &out[len(out)-1]
		m.Keys = append(m.Keys, key)
	}
	return out, rows.Err()
}

func splitParties(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "-")
}

const commitmentColumns = `c.key, c.report_id, c.date, c.kind, c.parties, c.mechanism_id, c.due_start, c.due_end,
	c.watch_start, c.watch_end, c.overdue_after, c.signal_end`

func scanCommitment(sc interface{ Scan(...any) error }, c *ledger.Commitment, extra ...any) error {
	var parties string
	dst := append([]any{&c.Key, &c.ReportID, &c.Date, &c.Kind, &parties, &c.Mechanism, &c.Due.Start, &c.Due.End,
		&c.Watch.Start, &c.Watch.End, &c.OverdueAfter, &c.SignalEnd}, extra...)
	if err := sc.Scan(dst...); err != nil {
		return err
	}
	c.Parties = splitParties(parties)
	return nil
}

func (l lookup) CommitmentsFor(ctx context.Context, tags []string, day string) ([]ledger.Commitment, error) {
	if len(tags) == 0 || day == "" {
		return nil, nil
	}
	args := []any{day}
	list, args := in(args, tags)
	rows, err := l.q.QueryContext(ctx, `SELECT DISTINCT `+commitmentColumns+` FROM tags t JOIN commitments c ON c.key = t.ref
		WHERE t.kind = 'commitment' AND t.tag IN (`+list+`) AND c.date < $1 AND c.signal_end >= $1 ORDER BY c.key`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ledger.Commitment
	for rows.Next() {
		var c ledger.Commitment
		if err := scanCommitment(rows, &c); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

func (l lookup) Happenings(ctx context.Context, q ledger.HappeningQuery) ([]ledger.Happening, error) {
	if !q.Window.Known() {
		return nil, nil
	}
	var out []ledger.Happening
	args := []any{q.Window.End, q.Window.Start}
	var conds []string
	if len(q.Pairs) > 0 && len(q.Types) > 0 {
		var pairs, types string
		pairs, args = in(args, q.Pairs)
		types, args = in(args, q.Types)
		conds = append(conds, `(e.pair IN (`+pairs+`) AND e.type IN (`+types+`))`)
	}
	var mechs string
	if len(q.Mechanisms) > 0 {
		mechs, args = in(args, q.Mechanisms)
		conds = append(conds, `e.mechanism_id IN (`+mechs+`)`)
	}
	if len(conds) == 0 {
		return nil, nil
	}
	rows, err := l.q.QueryContext(ctx, `SELECT e.id, e.first_report, e.first_date, e.start_date, e.end_date, e.type, e.mode,
		e.cameo, e.pair, e.mechanism_id, e.evidence FROM events e
		WHERE e.tense <> 'future' AND e.start_date <> '' AND e.start_date <= $1 AND e.end_date >= $2 AND (`+strings.Join(conds, " OR ")+`)
		ORDER BY e.id`, args...)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		h := ledger.Happening{Kind: "event"}
		if err := rows.Scan(&h.Ref, &h.ReportID, &h.ReportDate, &h.Window.Start, &h.Window.End, &h.Type, &h.Mode,
			&h.Cameo, &h.Pair, &h.Mechanism, &h.Text); err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, h)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(q.Mechanisms) == 0 {
		return out, nil
	}
	args = []any{q.Window.End, q.Window.Start}
	mechs, args = in(args, q.Mechanisms)
	rows, err = l.q.QueryContext(ctx, `SELECT key, report_id, report_date, start_date, end_date, mechanism_id, evidence
		FROM sessions WHERE tense <> 'future' AND start_date <> '' AND start_date <= $1 AND end_date >= $2
		AND mechanism_id IN (`+mechs+`) ORDER BY key`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		h := ledger.Happening{Kind: "session"}
		if err := rows.Scan(&h.Ref, &h.ReportID, &h.ReportDate, &h.Window.Start, &h.Window.End, &h.Mechanism, &h.Text); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

func (l lookup) Signals(ctx context.Context, tags []string, w ledger.Window) ([]ledger.Signal, error) {
	if len(tags) == 0 || !w.Known() {
		return nil, nil
	}
	args := []any{w.Start, w.End}
	list, args := in(args, tags)
	rows, err := l.q.QueryContext(ctx, `SELECT DISTINCT s.key, s.report_id, s.report_date, s.kind, s.pairs, s.mechanisms, s.topics,
		s.start_pos, s.end_pos, s.text, s.trigger_text FROM tags t JOIN signals s ON s.key = t.ref
		WHERE t.kind = 'signal' AND t.tag IN (`+list+`) AND s.report_date >= $1 AND s.report_date <= $2 ORDER BY s.key`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ledger.Signal
	for rows.Next() {
		var s ledger.Signal
		var pairs, mechs, topics string
		if err := rows.Scan(&s.Key, &s.ReportID, &s.ReportDate, &s.Kind, &pairs, &mechs, &topics, &s.Start, &s.End, &s.Text, &s.Trigger); err != nil {
			return nil, err
		}
		json.Unmarshal([]byte(pairs), &s.Pairs)
		json.Unmarshal([]byte(mechs), &s.Mechanisms)
		json.Unmarshal([]byte(topics), &s.Topics)
		out = append(out, s)
	}
	return out, rows.Err()
}

func (l lookup) FollowUps(ctx context.Context, commitments []string) ([]ledger.FollowUp, error) {
	list, args := in(nil, commitments)
	rows, err := l.q.QueryContext(ctx, `SELECT commitment, relation, ref, kind, report_id, report_date, date, text, note
		FROM followups WHERE commitment IN (`+list+`) ORDER BY commitment, date, ref`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ledger.FollowUp
	for rows.Next() {
		var fu ledger.FollowUp
		if err := rows.Scan(&fu.Commitment, &fu.Relation, &fu.Ref, &fu.Kind, &fu.ReportID, &fu.ReportDate, &fu.Date, &fu.Text, &fu.Note); err != nil {
			return nil, err
		}
		out = append(out, fu)
	}
	return out, rows.Err()
}
