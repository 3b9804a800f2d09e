package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/accord-events/accord/store"
)

const searchHelp = `
Finds stored reports whose title or text holds every word of TEXT (words
are stemmed: "postpone" finds "postponed"), best first, with a snippet where
the words are marked [like this]. SQLite uses FTS5, PostgreSQL a tsvector
index.

Examples:
  accord search "law enforcement dialogue"
  accord search --limit 5 extradition treaty --format json`

func runSearch(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "search", "[flags] TEXT", searchHelp)
	db := addDBFlag(fs)
	format := addFormatFlag(fs)
	limit := fs.Int("limit", 20, "at most `N` reports")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	q := strings.TrimSpace(strings.Join(rest, " "))
	if q == "" {
		return fmt.Errorf("%w: give words to search for", errUsage)
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	hits, done, err := queryList(ctx, env, *db, *format, func(st store.Store) ([]store.SearchHit, error) {
		return st.Search(ctx, q, *limit)
	})
	if done || err != nil {
		return err
	}
	t := recordTable{header: []string{"DATE", "SOURCE", "ID", "TITLE", "SNIPPET", "RANK"}}
	for _, h := range hits {
		title, snip := h.Report.Title, strings.Join(strings.Fields(h.Snippet), " ")
		if *format == outTable {
			title, snip = shorten(title, 40), shorten(snip, 80)
		}
		t.add(h.Report.Date, h.Report.Source, h.Report.ID, title, snip, strconv.FormatFloat(h.Rank, 'f', 2, 64))
	}
	if err := t.write(env.Stdout, *format); err != nil {
		return err
	}
	if *format == outTable {
		fmt.Fprintf(env.Stderr, "%d reports\n", len(hits))
	}
	return nil
}
