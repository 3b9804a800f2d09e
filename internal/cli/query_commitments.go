package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/store"
)

const commitmentsHelp = `
Lists commitments (promises, plans, decisions to do something later) with
their status as of a date, and why:

  fulfilled  a later report tells of the promised thing: a meeting, visit or
             signing between the same parties, or a session of the same
             mechanism, within the due window or up to a month after (late)
  postponed  a later report says it was postponed, delayed or deferred
  cancelled  a later report says it was cancelled or called off
  overdue    the due window is past and none of the above is reported
  pending    otherwise

Only reports dated on or before --as-of count, so the record can be read as
it stood on any day. docs/STORE.md states the rules in full.

Examples:
  accord commitments --status overdue
  accord commitments --status fulfilled --as-of 2025-06-30 --pair PAK-CHN
  accord commitments --mechanism "Law Enforcement Dialogue" --format json`

func runCommitments(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "commitments", "[flags]", commitmentsHelp)
	db := addDBFlag(fs)
	format := addFormatFlag(fs)
	var f store.CommitmentFilter
	fs.StringVar(&f.Status, "status", "", "only commitments with this `STATUS`: pending, fulfilled, overdue, postponed or cancelled")
	fs.StringVar(&f.AsOf, "as-of", "", "status as of `YYYY-MM-DD` (default: today)")
	fs.StringVar(&f.Pair, "pair", "", "commitments of two countries, `PAK-USA`, or of one, PAK")
	fs.StringVar(&f.Mechanism, "mechanism", "", "commitments about a mechanism: `NAME` (a part of it) or id")
	fs.StringVar(&f.Report, "report", "", "commitments made in a report `ID`")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: commitments takes flags only, not %q", errUsage, rest[0])
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	switch f.Status {
	case "", accord.Pending, accord.Fulfilled, accord.Overdue, accord.Postponed, accord.Cancelled:
	default:
		return fmt.Errorf("%w: --status %q: use pending, fulfilled, overdue, postponed or cancelled", errUsage, f.Status)
	}
	if err := checkDateFlag("as-of", f.AsOf); err != nil {
		return err
	}
	if f.AsOf == "" {
		f.AsOf = todayDate()
	}
	cs, done, err := queryList(ctx, env, *db, *format, func(st store.Store) ([]store.CommitmentRecord, error) {
		return st.Commitments(ctx, f)
	})
	if done || err != nil {
		return err
	}
	t := recordTable{header: []string{"DATE", "STATUS", "KIND", "PARTIES", "DUE", "WHAT", "WHY", "KEY"}}
	if *format == outCSV {
		t.header = append(t.header, "REPORT", "EVIDENCE_REPORT", "EVIDENCE")
	}
	for _, c := range cs {
		due := c.DueText
		if c.Due.Known() {
			due = strings.TrimSpace(c.Due.End + " " + due)
		}
		what, why := c.What, c.Status.Reason
		if *format == outTable {
			what, why, due = shorten(what, 48), shorten(why, 70), shorten(due, 28)
		}
		row := []string{c.Date, c.Status.Status, c.Kind, strings.Join(c.Parties, "-"), orDash(due), what, why, c.Key}
		if *format == outCSV {
			evReport, evText := "", ""
			if c.Status.Evidence != nil {
				evReport, evText = c.Status.Evidence.ReportID, c.Status.Evidence.Text
			}
			row = append(row, c.Report.ID, evReport, evText)
		}
		t.add(row...)
	}
	if err := t.write(env.Stdout, *format); err != nil {
		return err
	}
	if *format == outTable {
		n := map[string]int{}
		for _, c := range cs {
			n[c.Status.Status]++
		}
		fmt.Fprintf(env.Stderr, "%d commitments as of %s: %d pending, %d fulfilled, %d overdue, %d postponed, %d cancelled\n",
			len(cs), f.AsOf, n[accord.Pending], n[accord.Fulfilled], n[accord.Overdue], n[accord.Postponed], n[accord.Cancelled])
	}
	return nil
}
