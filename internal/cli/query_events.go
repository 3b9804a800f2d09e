package cli

import (
	"context"
	"fmt"
	"strconv"

	"github.com/accord-events/accord/store"
)

const eventsHelp = `
Lists the events of the record, newest first: each is one happening however
many reports tell it, with GDELT's counts: ARTICLES (reports), SOURCES
(distinct sources: Dawn, APP, ...) and MENTIONS (sentences). Filters
combine.

Examples:
  accord events --pair PAK-USA --since 2025-01-01
  accord events --type CONSULT --person "Ishaq Dar"
  accord events --mechanism "Strategic Dialogue" --format json
  accord events --min-articles 2 --mentions --format json   # with every report's telling`

func runEvents(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "events", "[flags]", eventsHelp)
	db := addDBFlag(fs)
	format := addFormatFlag(fs)
	var f store.EventFilter
	fs.StringVar(&f.Pair, "pair", "", "events between two countries, `PAK-USA` (either order), or involving one, PAK")
	fs.StringVar(&f.Type, "type", "", "PLOVER `TYPE`: CONSULT, AGREE, COERCE, ...")
	fs.StringVar(&f.Since, "since", "", "events on or after `YYYY-MM-DD`")
	fs.StringVar(&f.Until, "until", "", "events on or before `YYYY-MM-DD`")
	fs.StringVar(&f.Person, "person", "", "events of a person: `NAME`, name key or person id")
	fs.StringVar(&f.Mechanism, "mechanism", "", "sessions of a mechanism: `NAME` (a part of it) or id")
	fs.StringVar(&f.Report, "report", "", "events a report `ID` tells")
	fs.IntVar(&f.MinArticles, "min-articles", 0, "events told by at least `N` reports")
	fs.IntVar(&f.Limit, "limit", -1, "at most `N` events, newest first (default: 100 in a table, all in json and csv; 0: all)")
	fs.BoolVar(&f.Mentions, "mentions", false, "list every report's telling (json; one row per mention in csv)")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: events takes flags only, not %q", errUsage, rest[0])
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	for name, v := range map[string]string{"since": f.Since, "until": f.Until} {
		if err := checkDateFlag(name, v); err != nil {
			return err
		}
	}
	shown := tableCut(&f.Limit, *format)
	es, done, err := queryList(ctx, env, *db, *format, func(st store.Store) ([]store.EventRecord, error) {
		return st.Events(ctx, f)
	})
	if done || err != nil {
		return err
	}
	t := recordTable{header: []string{"DATE", "TYPE", "CAMEO", "SOURCE", "TARGET", "ARTICLES", "SOURCES", "MENTIONS", "PLACE", "ID"}}
	if *format == outTable {
		t.header = append(t.header, "EVIDENCE")
	}
	if *format == outCSV {
		t.header = append(t.header, "MODE", "QUAD", "GOLDSTEIN", "PAIR", "MECHANISM", "FIRST_REPORT", "FIRST_DATE", "URL")
		if f.Mentions {
			t.header = append(t.header, "MENTION", "REPORT", "REPORT_DATE", "EVIDENCE")
		}
	}
	total := len(es)
	if shown > 0 && len(es) > shown {
		es = es[:shown]
	}
	for _, e := range es {
		row := []string{eventDate(e), e.Type, e.Cameo, party(e.Source), party(e.Target), strconv.Itoa(e.NumArticles),
			strconv.Itoa(e.NumSources), strconv.Itoa(e.NumMentions), e.Place, e.ID}
		switch {
		case *format == outTable:
			t.add(append(row, shorten(eventEvidence(e), 70))...)
		case f.Mentions:
			for _, m := range e.Mentions {
				t.add(append(row, e.Mode, strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', -1, 64), e.Pair,
					e.MechanismName, e.FirstReport.ID, e.FirstReport.Date, e.FirstReport.URL,
					m.Key, m.Report.ID, m.Report.Date, m.Evidence.Text)...)
			}
		default:
			t.add(append(row, e.Mode, strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', -1, 64), e.Pair,
				e.MechanismName, e.FirstReport.ID, e.FirstReport.Date, e.FirstReport.URL)...)
		}
	}
	if err := t.write(env.Stdout, *format); err != nil {
		return err
	}
	if *format == outTable {
		fmt.Fprintf(env.Stderr, "%d events%s\n", len(es), more(total, shown))
	}
	return nil
}

// tableLimit is how many rows a table shows when --limit is not given.
const tableLimit = 100

// tableCut settles a --limit left at its default (-1): a table shows
// tableLimit rows, JSON and CSV everything. It sets the limit to pass to the
// store (one more row than a table shows, to tell whether there are more)
// and returns how many rows to show, 0 for all.
func tableCut(limit *int, format string) (shown int) {
	shown = *limit
	if *limit < 0 {
		*limit = 0
		if format == outTable {
			shown, *limit = tableLimit, tableLimit+1
		}
	}
	return shown
}

// queryList opens the record and runs one list query. With --format json
// it writes the list (empty, not null, when nothing matches) and reports
// done; otherwise the caller writes the table or CSV.
func queryList[T any](ctx context.Context, env Env, db, format string, query func(store.Store) ([]T, error)) (items []T, done bool, err error) {
	st, err := openExistingRecord(ctx, db, nil)
	if err != nil {
		return nil, false, err
	}
	defer st.Close()
	items, err = query(st)
	if err != nil {
		return nil, false, err
	}
	if format == outJSON {
		if items == nil {
			items = []T{}
		}
		return nil, true, writeIndentedJSON(env.Stdout, items)
	}
	return items, false, nil
}

// more trims nothing but says, after a table cut at its default length,
// how to see the rest.
func more(n, shown int) string {
	if shown == tableLimit && n > tableLimit {
		return fmt.Sprintf(" (the first %d shown; --limit 0 for all)", tableLimit)
	}
	return ""
}

// eventDate is an event's date; when reports give none, "~" and the day of
// the first report that told it.
func eventDate(e store.EventRecord) string {
	switch {
	case e.Date != "":
		return e.Date
	case e.End != "":
		return "~" + e.End
	}
	return "-"
}

// party shows an event's source or target: the country, and the person or
// actor name.
func party(p store.Party) string {
	name := p.PersonName
	if name == "" {
		name = p.Name
	}
	if name == "" {
		return p.Country
	}
	return p.Country + " " + shorten(name, 24)
}

func eventEvidence(e store.EventRecord) string {
	if e.Evidence != "" {
		return e.Evidence
	}
	if len(e.Mentions) > 0 {
		return e.Mentions[0].Evidence.Text
	}
	return e.MechanismName
}
