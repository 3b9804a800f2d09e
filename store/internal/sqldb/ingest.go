package sqldb

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/store"
)

const qFindReport = `SELECT id FROM reports WHERE id = $1 OR hash = $2 LIMIT 1`

// Lookup returns the id of the report stored with this id or text hash.
func (db *DB) Lookup(ctx context.Context, id, hash string) (string, error) {
	var found string
	err := db.r.QueryRowContext(ctx, qFindReport, id, hash).Scan(&found)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	if err != nil {
		return "", fmt.Errorf("look up report %s: %w", id, err)
	}
	return found, nil
}

// Ingest stores a report and everything derived from it in one transaction.
func (db *DB) Ingest(ctx context.Context, r store.Report) (store.Ingested, error) {
	b, err := db.Batch(ctx)
	if err != nil {
		return store.Ingested{}, fmt.Errorf("ingest %s: %w", r.Doc.ID, err)
	}
	res, err := b.Add(ctx, r)
	if err != nil {
		b.Rollback()
		return res, err
	}
	if err := b.Commit(); err != nil {
		return store.Ingested{}, fmt.Errorf("ingest %s: commit: %w", r.Doc.ID, err)
	}
	return res, nil
}

// batch stores many reports in one writing transaction, each under a
// savepoint of its own.
type batch struct {
	db *DB
	tx *sql.Tx
}

// Batch starts a writing transaction for several reports.
func (db *DB) Batch(ctx context.Context) (store.Batch, error) {
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	return &batch{db: db, tx: tx}, nil
}

func (b *batch) Add(ctx context.Context, r store.Report) (store.Ingested, error) {
	var res store.Ingested
	q := prepared{b.db, b.tx}
	if _, err := q.ExecContext(ctx, `SAVEPOINT report`); err != nil {
		return res, fmt.Errorf("ingest %s: %w", r.Doc.ID, err)
	}
	res, err := b.db.add(ctx, b.tx, r)
	if err != nil {
		if _, rerr := q.ExecContext(ctx, `ROLLBACK TO SAVEPOINT report`); rerr != nil {
			return res, fmt.Errorf("%w; and rolling back: %w", err, rerr)
		}
	}
	if _, rerr := q.ExecContext(ctx, `RELEASE SAVEPOINT report`); rerr != nil && err == nil {
		err = fmt.Errorf("ingest %s: %w", r.Doc.ID, rerr)
	}
	return res, err
}

func (b *batch) Fail(ctx context.Context, f store.Failure) error { return fail(ctx, b.tx, f) }
func (b *batch) Commit() error                                   { return b.tx.Commit() }
func (b *batch) Rollback() error                                 { return b.tx.Rollback() }

// add stores a report in tx, unless one with its id or text is stored.
func (db *DB) add(ctx context.Context, tx *sql.Tx, r store.Report) (store.Ingested, error) {
	var res store.Ingested
	q := prepared{db, tx}
	hash := store.TextHash(r.Doc.Text)
	err := q.QueryRowContext(ctx, qFindReport, r.Doc.ID, hash).Scan(&res.Duplicate)
	switch {
	case err == nil:
		return res, nil
	case !errors.Is(err, sql.ErrNoRows):
		return res, fmt.Errorf("ingest %s: %w", r.Doc.ID, err)
	}
	rec, err := db.encodeRecord(&r.Record)
	if err != nil {
		return res, fmt.Errorf("ingest %s: encode record: %w", r.Doc.ID, err)
	}
	t := now()
	if _, err := q.ExecContext(ctx, qInsertReport, r.Doc.ID, hash, reportDate(r), anchorOf(r), r.Doc.Title, r.Doc.URL,
		r.Doc.Source, r.Doc.Origin.String(), r.Doc.Text, rec, r.Engine, t); err != nil {
		return res, fmt.Errorf("ingest %s: store report: %w", r.Doc.ID, err)
	}
	res, err = db.link(ctx, tx, r)
	if err != nil {
		return res, fmt.Errorf("ingest %s: %w", r.Doc.ID, err)
	}
	if _, err := q.ExecContext(ctx, qClearFailures, r.Doc.ID); err != nil {
		return res, fmt.Errorf("ingest %s: clear failures: %w", r.Doc.ID, err)
	}
	res.Stored = true
	return res, nil
}

const (
	qInsertReport = `INSERT INTO reports (id, hash, date, anchor, title, url, source, origin, text, record, engine, ingested_at, coded_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)`
	qClearFailures = `DELETE FROM failures WHERE key = $1 OR report_id = $1`
)

func reportDate(r store.Report) string {
	if r.Record.Date != "" {
		return r.Record.Date
	}
	return accord.FormatDate(r.Doc.Date)
}

func anchorOf(r store.Report) string {
	if r.Record.DatelineDate != "" {
		return r.Record.DatelineDate
	}
	return reportDate(r)
}

// sourceKey is what NumSources counts: the report's source folded, or the
// report itself when it names none.
func sourceKey(source, report string) string {
	if s := strings.ToLower(strings.TrimSpace(source)); s != "" {
		return s
	}
	return "report:" + report
}

// Fail records a failure, or counts one more attempt of a known one.
func (db *DB) Fail(ctx context.Context, f store.Failure) error {
	return fail(ctx, db.w, f)
}

func fail(ctx context.Context, q querier, f store.Failure) error {
	if f.Key == "" {
		f.Key = f.ReportID
	}
	if f.Key == "" {
		f.Key = f.Origin
	}
	t := now()
	if _, err := q.ExecContext(ctx, `INSERT INTO failures (key, report_id, origin, stage, reason, hash, attempts, first_at, last_at)
		VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7)
		ON CONFLICT (key) DO UPDATE SET report_id = excluded.report_id, origin = excluded.origin, stage = excluded.stage,
			reason = excluded.reason, hash = excluded.hash, attempts = failures.attempts + 1, last_at = excluded.last_at`,
		f.Key, f.ReportID, f.Origin, f.Stage, f.Reason, f.Hash, t); err != nil {
		return fmt.Errorf("record failure of %s: %w", f.Key, err)
	}
	return nil
}

// derived lists the tables a rebuild empties, in no particular order.
var derived = []string{"persons", "person_keys", "person_words", "person_titles", "person_mentions", "events", "event_mentions",
	"mechanisms", "mechanism_keys", "mechanism_mentions", "sessions", "commitments", "signals", "tags", "followups"}

type rebuild struct {
	db *DB
	tx *sql.Tx
}

// Rebuild empties the derived tables in a new writing transaction.
func (db *DB) Rebuild(ctx context.Context) (store.Rebuild, error) {
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return nil, fmt.Errorf("rebuild: %w", err)
	}
	for _, t := range derived {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			tx.Rollback()
			return nil, fmt.Errorf("rebuild: empty %s: %w", t, err)
		}
	}
	return &rebuild{db: db, tx: tx}, nil
}

func (b *rebuild) Add(ctx context.Context, r store.Report) (store.Ingested, error) {
	rec, err := b.db.encodeRecord(&r.Record)
	if err != nil {
		return store.Ingested{}, fmt.Errorf("recode %s: encode record: %w", r.Doc.ID, err)
	}
	res, err := b.tx.ExecContext(ctx, `UPDATE reports SET record = $2, engine = $3, coded_at = $4, date = $5, anchor = $6 WHERE id = $1`,
		r.Doc.ID, rec, r.Engine, now(), reportDate(r), anchorOf(r))
	if err != nil {
		return store.Ingested{}, fmt.Errorf("recode %s: %w", r.Doc.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return store.Ingested{}, fmt.Errorf("recode %s: %w", r.Doc.ID, store.ErrNotFound)
	}
	in, err := b.db.link(ctx, b.tx, r)
	if err != nil {
		return in, fmt.Errorf("recode %s: %w", r.Doc.ID, err)
	}
	if _, err := b.tx.ExecContext(ctx, `DELETE FROM failures WHERE key = $1 OR report_id = $1`, r.Doc.ID); err != nil {
		return in, fmt.Errorf("recode %s: clear failures: %w", r.Doc.ID, err)
	}
	in.Stored = true
	return in, nil
}

func (b *rebuild) Fail(ctx context.Context, f store.Failure) error { return fail(ctx, b.tx, f) }
func (b *rebuild) Commit() error                                   { return b.tx.Commit() }
func (b *rebuild) Rollback() error                                 { return b.tx.Rollback() }

// link runs the ledger over the report and writes its plan.
func (db *DB) link(ctx context.Context, tx *sql.Tx, r store.Report) (store.Ingested, error) {
	var res store.Ingested
	rep := ledger.Report{ID: r.Doc.ID, Date: reportDate(r), Anchor: anchorOf(r), Source: r.Doc.Source,
		Text: r.Doc.Text, Record: &r.Record}
	q := prepared{db, tx}
	plan, err := db.ledger.Link(ctx, lookup{q}, rep)
	if err != nil {
		return res, err
	}
	w := writer{ctx: ctx, tx: q, plan: plan, source: sourceKey(r.Doc.Source, r.Doc.ID)}
	w.persons(&res)
	w.mechanisms(&res)
	w.events(&res)
	w.sessions()
	w.commitments(&res)
	w.signals()
	w.followUps(&res)
	return res, w.err
}

// The statements a report's plan is written with.
const (
	qInsertPerson = `INSERT INTO persons (id, name, surname, country, sector, reports, first_date, last_date)
		VALUES ($1, $2, $3, $4, $5, 1, $6, $6) ON CONFLICT (id) DO NOTHING`
	qUpdatePerson = `UPDATE persons SET name = CASE WHEN $2 = 1 THEN $3 ELSE name END,
		country = CASE WHEN country = '' THEN $4 ELSE country END,
		reports = reports + $5,
		first_date = CASE WHEN first_date = '' OR (first_date > $6 AND $6 <> '') THEN $6 ELSE first_date END,
		last_date = CASE WHEN last_date < $6 THEN $6 ELSE last_date END WHERE id = $1`
	qPersonKey     = `INSERT INTO person_keys (key, person_id, surname) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`
	qPersonWord    = `INSERT INTO person_words (word, surname, key, person_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`
	qPersonTitle   = `INSERT INTO person_titles (person_id, title_key) VALUES ($1, $2) ON CONFLICT DO NOTHING`
	qPersonMention = `INSERT INTO person_mentions (report_id, local_id, person_id, name, name_key, title, title_key,
			former, country, sector, org, aliases, mentions, date, why) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`
	qInsertMechanism  = `INSERT INTO mechanisms (id, name, kind, parties) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`
	qUpdateMechanism  = `UPDATE mechanisms SET parties = $2 WHERE id = $1 AND length(parties) < $3`
	qMechanismKey     = `INSERT INTO mechanism_keys (key, mechanism_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`
	qMechanismMention = `INSERT INTO mechanism_mentions (report_id, local_id, mechanism_id, name, kind, aliases, is_new, date, why)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`
	qInsertEvent = `INSERT INTO events (id, type, mode, cameo, cameo_label, quad_class, goldstein,
				source_country, source_agent, source_name, source_person, target_country, target_agent, target_name, target_person,
				is_symmetric, tense, date, start_date, end_date, place, pair, mechanism_id, evidence, first_report, first_date, wide,
				num_mentions, num_articles, num_sources)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27,
				$28, 1, 1)
				ON CONFLICT (id) DO NOTHING`
	// qUpdateEvent folds a further mention into a stored event: an earlier
	// first report, a narrower date, persons and mechanism it lacked.
	qUpdateEvent = `UPDATE events SET
		first_report = CASE WHEN $3 <> '' AND (first_date = '' OR first_date > $3) THEN $2 ELSE first_report END,
		first_date = CASE WHEN $3 <> '' AND (first_date = '' OR first_date > $3) THEN $3 ELSE first_date END,
		date = CASE WHEN $4 = 1 THEN $5 ELSE date END,
		wide = CASE WHEN $4 = 1 THEN $13 ELSE wide END,
		start_date = CASE WHEN $4 = 1 THEN $6 ELSE start_date END,
		end_date = CASE WHEN $4 = 1 THEN $7 ELSE end_date END,
		source_person = CASE WHEN source_person <> '' THEN source_person
			WHEN source_country = $8 AND $9 <> '' THEN $9 WHEN source_country = $10 AND $11 <> '' AND $11 <> $9 THEN $11
			ELSE source_person END,
		target_person = CASE WHEN target_person <> '' THEN target_person
			WHEN target_country = $10 AND $11 <> '' AND source_person <> $11 THEN $11
			WHEN target_country = $8 AND $9 <> '' AND source_person <> $9 AND source_country <> $8 THEN $9
			ELSE target_person END,
		mechanism_id = CASE WHEN mechanism_id = '' THEN $12 ELSE mechanism_id END,
		num_mentions = num_mentions + $14,
		num_articles = num_articles + 1,
		num_sources = num_sources + CASE WHEN EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = $1 AND m.source = $15) THEN 0 ELSE 1 END
		WHERE id = $1`
	qEventMention = `INSERT INTO event_mentions (key, event_id, report_id, local_id, report_date, source, tense, date,
			start_date, end_date, evidence_start, evidence_end, evidence, trigger_start, trigger_end, trigger_text, rule, sentences,
			source_country, source_name, source_person, target_country, target_name, target_person, why)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)`
	qSession = `INSERT INTO sessions (key, mechanism_id, report_id, local_id, idx, report_date, ordinal, tense, date,
			start_date, end_date, place, chairs, chair_names, event_id, evidence_start, evidence_end, evidence)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`
	qCommitment = `INSERT INTO commitments (key, report_id, local_id, date, report_date, what, parties, kind, due_text,
			due_start, due_end, watch_start, watch_end, overdue_after, signal_end, mechanism_id, event_id,
			evidence_start, evidence_end, evidence, rule)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)`
	qCommitmentTag = `INSERT INTO tags (kind, tag, ref) VALUES ('commitment', $1, $2) ON CONFLICT DO NOTHING`
	qSignal        = `INSERT INTO signals (key, report_id, report_date, kind, pairs, mechanisms, topics, start_pos, end_pos, text, trigger_text)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (key) DO NOTHING`
	qSignalTag = `INSERT INTO tags (kind, tag, ref) VALUES ('signal', $1, $2) ON CONFLICT DO NOTHING`
	qFollowUp  = `INSERT INTO followups (commitment, relation, ref, kind, report_id, report_date, date, text, note)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
			ON CONFLICT (commitment, relation, ref) DO UPDATE SET kind = excluded.kind, report_id = excluded.report_id,
				report_date = excluded.report_date, date = excluded.date, text = excluded.text, note = excluded.note
			WHERE followups.report_date > excluded.report_date`
)

// writer writes a plan, keeping the first error.
type writer struct {
	ctx    context.Context
	tx     querier
	plan   *ledger.Plan
	source string
	err    error
}

func (w *writer) exec(what, query string, args ...any) sql.Result {
	if w.err != nil {
		return nil
	}
	res, err := w.tx.ExecContext(w.ctx, query, args...)
	if err != nil {
		w.err = fmt.Errorf("write %s: %w", what, err)
	}
	return res
}

func jsonText(v any) string {
	b, err := json.Marshal(v)
	if err != nil || string(b) == "null" {
		return "[]"
	}
	return string(b)
}

func (w *writer) persons(res *store.Ingested) {
	r := w.plan.Report
	seen := map[string]bool{} // a person two of the report's persons turned out to be counts once
	for _, p := range w.plan.Persons {
		res.Persons++
		switch {
		case p.New && !seen[p.ID]:
			res.NewPersons++
			w.exec("person", qInsertPerson, p.ID, p.Name, p.Surname, p.Country, p.Sector, r.Date)
		case !seen[p.ID] || p.Rename || p.FillCountry:
			w.exec("person", qUpdatePerson, p.ID, b2i(p.Rename), p.Name, p.Country, b2i(!seen[p.ID]), r.Date)
		}
		seen[p.ID] = true
		if !p.KeyKnown {
			w.exec("person key", qPersonKey,
				p.Key, p.ID, p.Surname)
			words := strings.Fields(p.Key)
			for _, word := range words[:len(words)-1] {
				w.exec("person word", qPersonWord, word, p.Surname, p.Key, p.ID)
			}
		}
		if p.TitleKey != "" && !p.TitleKnown {
			w.exec("person title", qPersonTitle, p.ID, p.TitleKey)
		}
		w.exec("person mention", qPersonMention,
			r.ID, p.Local, p.ID, p.Name, p.Key, p.Title, p.TitleKey, b2i(p.Former), p.Country, p.Sector, p.Org,
			jsonText(p.Aliases), p.Mentions, r.Date, p.Why)
	}
}

func (w *writer) mechanisms(res *store.Ingested) {
	r := w.plan.Report
	for _, m := range w.plan.Mechanisms {
		res.Mechanisms++
		parties := strings.Join(m.Parties, "-")
		if m.New {
			w.exec("mechanism", qInsertMechanism,
				m.ID, m.Name, m.Kind, parties)
		} else {
			w.exec("mechanism", qUpdateMechanism, m.ID, parties, len(parties))
		}
		for _, k := range m.Keys {
			w.exec("mechanism key", qMechanismKey, k, m.ID)
		}
		var rm *accord.Mechanism
		for i := range r.Record.Mechanisms {
			if r.Record.Mechanisms[i].ID == m.Local {
				rm = &r.Record.Mechanisms[i]
			}
		}
		var aliases []string
		isNew := false
		if rm != nil {
			aliases, isNew = rm.Aliases, rm.New
		}
		w.exec("mechanism mention", qMechanismMention, r.ID, m.Local, m.ID, m.Name, m.Kind, jsonText(aliases), b2i(isNew), r.Date, m.Why)
	}
}

func (w *writer) events(res *store.Ingested) {
	r := w.plan.Report
	for _, el := range w.plan.Events {
		e := el.Event
		res.Events++
		if el.New {
			res.NewEvents++
			w.exec("event", qInsertEvent,
				el.ID, e.Type, e.Mode, e.Cameo, e.CameoLabel, e.QuadClass, e.Goldstein,
				el.Source.Country, e.Source.Agent, e.Source.Name, el.Source.Person,
				el.Target.Country, e.Target.Agent, e.Target.Name, el.Target.Person,
				b2i(e.Symmetric), string(e.Tense), dateOf(e, el.Window), el.Window.Start, el.Window.End, e.Place, el.Pair,
				el.Mechanism, e.Evidence.Text, r.ID, r.Date, wide(el.Window), el.Sentences)
		} else {
			w.exec("event", qUpdateEvent, el.ID, r.ID, r.Date, b2i(el.Narrower), dateOf(e, el.Window), el.Window.Start,
				el.Window.End, el.Source.Country, el.Source.Person, el.Target.Country, el.Target.Person, el.Mechanism, wide(el.Window),
				el.Sentences, w.source)
		}
		w.exec("event mention", qEventMention,
			el.Key, el.ID, r.ID, el.Local, r.Date, w.source, string(e.Tense), e.Date, el.Window.Start, el.Window.End,
			e.Evidence.Start, e.Evidence.End, e.Evidence.Text, e.Trigger.Start, e.Trigger.End, e.Trigger.Text, e.Rule, el.Sentences,
			el.Source.Country, e.Source.Name, el.Source.Person, el.Target.Country, e.Target.Name, el.Target.Person, el.Why)
	}
}

// wide is 1 for a window of more than WideDays days.
func wide(w ledger.Window) int { return b2i(w.Days() > WideDays) }

// dateOf is an event's date at its precision: as the text gives it, else
// the window's day when it is one day.
func dateOf(e *accord.Event, w ledger.Window) string {
	if e.Date != "" {
		return e.Date
	}
	if w.Start != "" && w.Start == w.End {
		return w.Start
	}
	return ""
}

func (w *writer) sessions() {
	r := w.plan.Report
	for _, s := range w.plan.Sessions {
		if s.Mechanism == "" {
			continue
		}
		w.exec("session", qSession,
			s.Key, s.Mechanism, r.ID, s.Local, s.Index, r.Date, s.Session.Ordinal, string(s.Session.Tense), s.Session.Date,
			s.Window.Start, s.Window.End, s.Session.Place, jsonText(s.Chairs), jsonText(s.ChairNames), s.Event,
			s.Session.Evidence.Start, s.Session.Evidence.End, s.Session.Evidence.Text)
	}
}

func (w *writer) commitments(res *store.Ingested) {
	r := w.plan.Report
	for _, c := range w.plan.Commitments {
		res.Commitments++
		dueText := ""
		if c.C.Due != nil {
			dueText = c.C.Due.Text
		}
		w.exec("commitment", qCommitment,
			c.Key, r.ID, c.Local, c.Date, r.Date, c.C.What, strings.Join(c.Parties, "-"), c.Kind, dueText,
			c.Due.Start, c.Due.End, c.Watch.Start, c.Watch.End, c.OverdueAfter, c.SignalEnd, c.Mechanism, c.Event,
			c.C.Evidence.Start, c.C.Evidence.End, c.C.Evidence.Text, c.C.Rule)
		for _, t := range c.Tags() {
			w.exec("commitment tag", qCommitmentTag, t, c.Key)
		}
	}
}

func (w *writer) signals() {
	for _, s := range w.plan.Signals {
		w.exec("signal", qSignal,
			s.Key, s.ReportID, s.ReportDate, s.Kind, jsonText(s.Pairs), jsonText(s.Mechanisms), jsonText(s.Topics), s.Start, s.End, s.Text, s.Trigger)
		for _, t := range s.Tags() {
			w.exec("signal tag", qSignalTag, t, s.Key)
		}
	}
}

func (w *writer) followUps(res *store.Ingested) {
	for _, f := range w.plan.FollowUps {
		res.FollowUps++
		w.exec("follow-up", qFollowUp,
			f.Commitment, f.Relation, f.Ref, f.Kind, f.ReportID, f.ReportDate, f.Date, f.Text, f.Note)
	}
}
