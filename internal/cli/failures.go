package cli

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/accord-events/accord/store"
)

const failuresHelp = `
Lists the reports that could not be read, coded or stored, with the stage
that failed, the reason, and how many times it was tried. A report that is
later stored (by a new ingest, or a recode) leaves the list.

Examples:
  accord failures
  accord failures --db pk.db --format csv`

func runFailures(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "failures", "[flags]", failuresHelp)
	db := addDBFlag(fs)
	format := addFormatFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: failures takes no arguments", errUsage)
	}
	if err := checkFormat(*format); err != nil {
		return err
	}
	fails, done, err := queryList(ctx, env, *db, *format, func(st store.Store) ([]store.Failure, error) {
		return st.Failures(ctx)
	})
	if done || err != nil {
		return err
	}
	t := recordTable{header: []string{"KEY", "STAGE", "TRIES", "LAST", "ORIGIN", "REASON"}}
	for _, f := range fails {
		reason := f.Reason
		if *format == outTable {
			reason = shorten(reason, 80)
		}
		t.add(f.Key, f.Stage, strconv.Itoa(f.Attempts), f.Last.Local().Format(time.DateTime), f.Origin, reason)
	}
	if err := t.write(env.Stdout, *format); err != nil {
		return err
	}
	if *format == outTable {
		fmt.Fprintf(env.Stderr, "%d failures\n", len(fails))
	}
	return nil
}
