package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/accord-events/accord/store"
)

const peopleHelp = `
Lists the persons of the record, most reported first: one line per person
however many reports and name forms ("Ishaq Dar", "Mohammad Ishaq Dar",
"Mr Dar"), with the latest title held and the dates first and last seen.

Examples:
  accord people --country PAK --limit 20
  accord people --name naqvi --format json`

func runPeople(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "people", "[flags]", peopleHelp)
	db := addDBFlag(fs)
	format := addFormatFlag(fs)
	var f store.PersonFilter
	fs.StringVar(&f.Country, "country", "", "persons of a country, ISO3 `CODE` (PAK)")
	fs.StringVar(&f.Name, "name", "", "persons whose name holds `TEXT`, any case")
	fs.IntVar(&f.Limit, "limit", -1, "at most `N` persons, most reported first (default: 100 in a table, all in json and csv; 0: all)")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: people takes flags only; for one person use 'accord person NAME'", errUsage)
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	shown := tableCut(&f.Limit, *format)
	ps, done, err := queryList(ctx, env, *db, *format, func(st store.Store) ([]store.PersonRecord, error) {
		return st.People(ctx, f)
	})
	if done || err != nil {
		return err
	}
	total := len(ps)
	if shown > 0 && len(ps) > shown {
		ps = ps[:shown]
	}
	t := recordTable{header: []string{"NAME", "COUNTRY", "TITLE", "REPORTS", "FIRST", "LAST", "ID"}}
	for _, p := range ps {
		title := p.Title
		if *format == outTable {
			title = shorten(title, 40)
		}
		t.add(p.Name, p.Country, title, strconv.Itoa(p.Reports), p.First, p.Last, p.ID)
	}
	if err := t.write(env.Stdout, *format); err != nil {
		return err
	}
	if *format == outTable {
		fmt.Fprintf(env.Stderr, "%d persons%s\n", len(ps), more(total, shown))
	}
	return nil
}

const personHelp = `
Shows one person: the names reports use, the title history (each title with
the first and last report dates it was seen), and the events the person
took part in. NAME is a name ("Mohsin Naqvi"), a part of one, or a person id
from 'accord people'; when it fits several persons they are listed.

Examples:
  accord person "Mohsin Naqvi"
  accord person "mohsin naqvi|PAK" --format json`

func runPerson(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "person", "[flags] NAME", personHelp)
	db := addDBFlag(fs)
	format := addFormatFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return fmt.Errorf("%w: give a name", errUsage)
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	st, err := openExistingRecord(ctx, *db, nil)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := st.Person(ctx, strings.Join(rest, " "))
	if errors.Is(err, store.ErrAmbiguous) {
		return fmt.Errorf("%w\nGive the full name or the id", err)
	}
	if err != nil {
		return err
	}
	switch *format {
	case outJSON:
		return writeIndentedJSON(env.Stdout, p)
	case outCSV:
		t := recordTable{header: []string{"ID", "NAME", "COUNTRY", "TITLE", "TITLE_FIRST", "TITLE_LAST", "TITLE_REPORTS", "FORMER"}}
		for _, tt := range p.Titles {
			t.add(p.ID, p.Name, p.Country, tt.Title, tt.First, tt.Last, strconv.Itoa(tt.Reports), strconv.FormatBool(tt.Former))
		}
		return t.write(env.Stdout, outCSV)
	}
	return writePerson(env.Stdout, p)
}

func writePerson(w io.Writer, p store.PersonRecord) error {
	b := &strings.Builder{}
	fmt.Fprintf(b, "%s  (%s)  id %s\n", p.Name, orDash(p.Country), p.ID)
	fmt.Fprintf(b, "seen in %d reports, %s to %s\n", p.Reports, p.First, p.Last)
	if len(p.Names) > 0 {
		fmt.Fprintf(b, "names: %s\n", strings.Join(p.Names, "; "))
	}
	if len(p.Corrected) > 0 {
		fmt.Fprintf(b, "corrected by corrections %v\n", p.Corrected)
	}
	b.WriteString("\ntitle history:\n")
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	t := recordTable{header: []string{"  TITLE", "FIRST", "LAST", "REPORTS"}}
	for _, tt := range p.Titles {
		title := tt.Title
		if tt.Former {
			title += " (former)"
		}
		t.add("  "+title, tt.First, tt.Last, strconv.Itoa(tt.Reports))
	}
	if err := t.write(w, outTable); err != nil {
		return err
	}
	fmt.Fprintf(w, "\nevents (%d):\n", len(p.Events))
	t = recordTable{header: []string{"  DATE", "TYPE", "SOURCE", "TARGET", "ARTICLES", "EVIDENCE"}}
	for _, e := range p.Events {
		t.add("  "+eventDate(e), e.Type, party(e.Source), party(e.Target), strconv.Itoa(e.NumArticles), shorten(eventEvidence(e), 60))
	}
	return t.write(w, outTable)
}
