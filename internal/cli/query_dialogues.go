package cli

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/accord-events/accord/store"
)

const dialoguesHelp = `
Lists the mechanisms of the record (dialogues, joint commissions, working
groups, committees), most reported first, each with its sessions lined up
across reports: "the 3rd round of the Pakistan-Afghanistan talks" in one
report and the talks held on a date in another are one session.

Examples:
  accord dialogues --party AFG
  accord dialogues --name "strategic dialogue" --format json`

func runDialogues(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "dialogues", "[flags]", dialoguesHelp)
	db := addDBFlag(fs)
	format := addFormatFlag(fs)
	var f store.MechanismFilter
	fs.StringVar(&f.Party, "party", "", "mechanisms with a country among the parties, ISO3 `CODE`")
	fs.StringVar(&f.Name, "name", "", "mechanisms whose name holds `TEXT`, any case")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: dialogues takes flags only, not %q", errUsage, rest[0])
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	ms, done, err := queryList(ctx, env, *db, *format, func(st store.Store) ([]store.MechanismRecord, error) {
		return st.Mechanisms(ctx, f)
	})
	if done || err != nil {
		return err
	}
	switch *format {
	case outCSV:
		t := recordTable{header: []string{"ID", "NAME", "KIND", "PARTIES", "REPORTS", "SESSION", "ORDINAL", "TENSE", "DATE", "PLACE", "CHAIRS", "SESSION_REPORTS"}}
		for _, m := range ms {
			row := []string{m.ID, m.Name, m.Kind, strings.Join(m.Parties, "-"), strconv.Itoa(m.Reports)}
			if len(m.Sessions) == 0 {
				t.add(append(row, "", "", "", "", "", "", "")...)
			}
			for i, s := range m.Sessions {
				t.add(append(row, strconv.Itoa(i+1), ordinal(s.Ordinal), s.Tense, s.Date, s.Place, strings.Join(s.Chairs, "; "),
					strconv.Itoa(len(s.Mentions)))...)
			}
		}
		return t.write(env.Stdout, outCSV)
	}
	return writeDialogues(env.Stdout, env.Stderr, ms)
}

func ordinal(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func writeDialogues(w, errw io.Writer, ms []store.MechanismRecord) error {
	b := &strings.Builder{}
	for _, m := range ms {
		fmt.Fprintf(b, "%s  (%s; %s; %d reports, %s to %s)  id %s\n", m.Name, m.Kind, orDash(strings.Join(m.Parties, "-")),
			m.Reports, m.First, m.Last, m.ID)
		for _, s := range m.Sessions {
			when := s.Date
			switch {
			case when == "" && s.Window.Known():
				when = "~" + s.Window.End
			case when == "":
				when = "undated, reported " + s.Mentions[0].ReportDate
			}
			line := "  "
			if s.Ordinal > 0 {
				line += "session " + strconv.Itoa(s.Ordinal) + ", "
			}
			line += when
			if s.Tense == "future" {
				line += " (planned)"
			}
			if s.Place != "" {
				line += ", " + s.Place
			}
			if len(s.Chairs) > 0 {
				line += ", chaired by " + strings.Join(s.Chairs, " and ")
			}
			var reports []string
			for _, mm := range s.Mentions {
				reports = append(reports, mm.ReportID)
			}
			line += "  [" + strings.Join(reports, ", ") + "]"
			b.WriteString(line + "\n")
		}
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	fmt.Fprintf(errw, "%d mechanisms\n", len(ms))
	return nil
}
