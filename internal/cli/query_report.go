package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/accord-events/accord/store"
)

const reportHelp = `
Shows one stored report: where it came from, when it was stored and coded,
and its coding, with each person, event, mechanism and commitment tied to
the record across reports (the id it joined). --format json gives the whole
coded record (docs/SCHEMA.md) with those links; --text prints the text.

Examples:
  accord report dawn-1940653
  accord report app-pakistan-us-agree-to-hold-dialogue --format json`

func runReport(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "report", "[flags] ID", reportHelp)
	db := addDBFlag(fs)
	format := fs.String("format", outTable, "output `FORMAT`: table (text) or json")
	text := fs.Bool("text", false, "print the report's text as well")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return fmt.Errorf("%w: give one report id", errUsage)
	}
	if *format != outTable && *format != outJSON {
		return fmt.Errorf("%w: --format %q: use table or json", errUsage, *format)
	}
	st, err := openExistingRecord(ctx, *db, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	r, err := st.Report(ctx, rest[0])
	if err != nil {
		return err
	}
	if *format == outJSON {
		if !*text {
			r.Text = ""
		}
		return writeIndentedJSON(env.Stdout, r)
	}
	return writeReport(env.Stdout, r, *text)
}

func writeReport(w io.Writer, r store.StoredReport, withText bool) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "== %s  %s  %s\n", r.ID, r.Date, r.Source)
	if r.Title != "" {
		fmt.Fprintf(b, "   %s\n", r.Title)
	}
	if r.URL != "" {
		fmt.Fprintf(b, "   %s\n", r.URL)
	}
	fmt.Fprintf(b, "stored %s from %s; coded %s by %s\n", r.IngestedAt.Local().Format("2006-01-02 15:04"), orDash(r.Origin),
		r.CodedAt.Local().Format("2006-01-02 15:04"), r.Engine)
	rec, l := r.Record, r.Links
	if len(rec.Persons) > 0 {
		b.WriteString("persons:\n")
		for _, p := range rec.Persons {
			fmt.Fprintf(b, "  %-4s %-28s %-4s %-36s -> %s\n", p.ID, p.Name, p.Country, shorten(p.Title, 36), orDash(l.Persons[p.ID]))
		}
	}
	if len(rec.Events) > 0 {
		b.WriteString("events:\n")
		for _, e := range rec.Events {
			fmt.Fprintf(b, "  %-4s %s %s %-9s %-4s %-10s %-7s -> %s\n      %s\n", e.ID, e.Source.Country, e.Target.Country, e.Type, e.Cameo,
				orDash(e.Date), e.Tense, orDash(l.Events[e.ID]), shorten(e.Evidence.Text, 100))
		}
	}
	if len(rec.Mechanisms) > 0 {
		b.WriteString("mechanisms:\n")
		for _, m := range rec.Mechanisms {
			fmt.Fprintf(b, "  %-4s %s [%s] -> %s\n", m.ID, m.Name, strings.Join(m.Parties, "-"), orDash(l.Mechanisms[m.ID]))
		}
	}
	if len(rec.Commitments) > 0 {
		b.WriteString("commitments:\n")
		for _, c := range rec.Commitments {
			due := "no date"
			if c.Due != nil {
				due = c.Due.Text
			}
			fmt.Fprintf(b, "  %-4s [%s] %s, due %s -> %s\n", c.ID, strings.Join(c.Parties, "-"), shorten(c.What, 60), due,
				orDash(l.Commitments[c.ID]))
		}
	}
	if withText {
		b.WriteString("\n" + r.Text + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
