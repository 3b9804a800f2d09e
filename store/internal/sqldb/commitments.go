package sqldb

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/store"
)

// Commitments lists the commitments made on or before the as-of date, each
// with its status as of that date and the evidence that set it.
func (db *DB) Commitments(ctx context.Context, f store.CommitmentFilter) ([]store.CommitmentRecord, error) {
	asOf := f.AsOf
	if asOf == "" {
		asOf = today()
	}
	tx, ov, err := db.beginView(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback()
	conds := []string{`c.date <= $1`}
	args := []any{asOf}
	if f.Report != "" {
		conds = append(conds, `c.report_id = `+arg(&args, f.Report))
	}
	if f.Mechanism != "" {
		ids, err := db.findMechanisms(ctx, tx, f.Mechanism, ov)
		if err != nil {
			return nil, err
		}
		var list string
		list, args = in(args, ids)
		conds = append(conds, `c.mechanism_id IN (`+list+`)`)
	}
	var cs []store.CommitmentRecord
	index := map[string]int{}
	err = eachRow(ctx, tx, `SELECT c.key, c.report_id, c.local_id, c.date, c.report_date, c.what, c.parties, c.kind, c.due_text,
		c.due_start, c.due_end, c.watch_start, c.watch_end, c.overdue_after, c.mechanism_id, COALESCE(mech.name, ''), c.event_id,
		c.evidence_start, c.evidence_end, c.evidence, c.rule, COALESCE(r.source, ''), COALESCE(r.title, ''), COALESCE(r.url, '')
		FROM commitments c LEFT JOIN reports r ON r.id = c.report_id LEFT JOIN mechanisms mech ON mech.id = c.mechanism_id
		WHERE `+strings.Join(conds, " AND ")+` ORDER BY c.date, c.key`, func(scan func(...any) error) error {
		var c store.CommitmentRecord
		var parties string
		if err := scan(&c.Key, &c.Report.ID, &c.Local, &c.Date, &c.Report.Date, &c.What, &parties, &c.Kind, &c.DueText,
			&c.Due.Start, &c.Due.End, &c.Watch.Start, &c.Watch.End, &c.OverdueAfter, &c.Mechanism, &c.MechanismName, &c.Event,
			&c.Evidence.Start, &c.Evidence.End, &c.Evidence.Text, &c.Rule, &c.Report.Source, &c.Report.Title, &c.Report.URL); err != nil {
			return err
		}
		c.Parties = splitParties(parties)
		if c.Parties == nil {
			c.Parties = []string{}
		}
		if f.Pair != "" {
			a, b, _ := strings.Cut(strings.ToUpper(f.Pair), "-")
			if !slices.Contains(c.Parties, a) || (b != "" && !slices.Contains(c.Parties, b)) {
				return nil
			}
		}
		c.FollowUps = []ledger.FollowUp{}
		index[c.Key] = len(cs)
		cs = append(cs, c)
		return nil
	}, args...)
	if err != nil {
		return nil, fmt.Errorf("list commitments: %w", err)
	}
	if len(cs) == 0 {
		return cs, nil
	}
	err = eachRow(ctx, tx, `SELECT commitment, relation, ref, kind, report_id, report_date, date, text, note
		FROM followups ORDER BY date, report_date, ref`, func(scan func(...any) error) error {
		var fu ledger.FollowUp
		if err := scan(&fu.Commitment, &fu.Relation, &fu.Ref, &fu.Kind, &fu.ReportID, &fu.ReportDate, &fu.Date, &fu.Text, &fu.Note); err != nil {
			return err
		}
		if i, ok := index[fu.Commitment]; ok {
			cs[i].FollowUps = append(cs[i].FollowUps, fu)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list follow-ups: %w", err)
	}
	for i := range cs {
		c := &cs[i]
		c.Status = db.ledger.Status(c.Ledger(), c.FollowUps, asOf)
	}
	cs = ov.Commitments(cs)
	if f.Status != "" {
		kept := cs[:0]
		for _, c := range cs {
			if c.Status.Status == f.Status {
				kept = append(kept, c)
			}
		}
		cs = kept
	}
	return cs, nil
}
