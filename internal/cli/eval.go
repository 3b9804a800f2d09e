package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/eval"
)

const evalHelp = `
Scores coded output against gold annotations (../shared/eval/FORMAT.md), with
the matching rules of the reference referee score.py, and prints precision,
recall and F1 per category (persons, events, commitments, mechanisms) and the
accuracies among matched items (title, country, CAMEO, CAMEO root, tense,
date). On the same files it prints the same figures as score.py.

Without --system, accord codes each gold record's text itself (with its date)
and scores that. Gold sets taken from the PLOVER project's gold standard
records type some events by older PLOVER names (DEMAND, DISAPPROVE,
INVESTIGATE, FIGHT); --legacy-types codes in those names so that they can
match (accord code has the same flag).

Examples:
  accord eval --gold ../shared/eval/dev/seed.jsonl
  accord eval --gold ../shared/eval/dev/pk_dev_1.jsonl --show-misses
  accord code -o out.jsonl gold.jsonl && accord eval --gold gold.jsonl --system out.jsonl --json`

func runEval(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "eval", "--gold GOLD.jsonl [--system OUT.jsonl] [flags]", evalHelp)
	var cf codeFlags
	addCodeFlags(fs, &cf)
	goldPath := fs.String("gold", "", "gold annotations `FILE` (JSON Lines); required")
	sysPath := fs.String("system", "", "coded output `FILE` to score; default: code the gold texts now")
	asJSON := fs.Bool("json", false, "print one JSON object, as score.py --json does")
	misses := fs.Bool("show-misses", false, "list each miss and false positive with its evidence sentence and rule")
	confusion := fs.Bool("confusion", false, "print a table of gold event type by system event type")
	legacy := addLegacyTypesFlag(fs)
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *goldPath == "" {
		return fmt.Errorf("%w: --gold is required", errUsage)
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, rest)
	}
	if *legacy && *sysPath != "" {
		return fmt.Errorf("%w: --legacy-types renames the types accord codes now; for --system output, code it with accord code --legacy-types", errUsage)
	}
	gold, err := readGold(*goldPath)
	if err != nil {
		return err
	}
	if n := legacyGoldEvents(gold); n > 0 && !*legacy && *sysPath == "" {
		fmt.Fprintf(env.Stderr, "accord eval: %d gold events use the older PLOVER type names (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT), which the current names never match; --legacy-types codes in those names\n", n)
	}
	var sys map[string]eval.SystemDoc
	if *sysPath != "" {
		f, err := os.Open(*sysPath)
		if err != nil {
			return err
		}
		sys, err = eval.ReadSystem(f, *sysPath)
		f.Close()
		if err != nil {
			return err
		}
	} else {
		p, opts, err := cf.setup(env)
		if err != nil {
			return err
		}
		sys = map[string]eval.SystemDoc{}
		err = codeStream(ctx, p, []string{*goldPath}, opts, cf.workers, nil, func(c coded) error {
			if c.err != nil {
				fmt.Fprintf(env.Stderr, "accord eval: %v\n", c.err)
				return nil
			}
			if *legacy {
				c.rec.UseLegacyTypes()
			}
			sys[c.rec.ID] = eval.FromRecord(c.rec)
			return nil
		})
		if err != nil {
			return err
		}
	}
	res := eval.Score(gold, sys, eval.Options{Misses: *misses, Confusion: *confusion || *misses})
	if *asJSON {
		b, err := json.Marshal(res)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(env.Stdout, "%s\n", b)
		return err
	}
	return res.WriteText(env.Stdout)
}

// legacyGoldEvents counts the gold events typed by an older PLOVER name.
func legacyGoldEvents(gold []eval.GoldDoc) int {
	n := 0
	for _, d := range gold {
		if d.Events == nil {
			continue
		}
		for _, e := range *d.Events {
			if accord.IsLegacyType(e.Type) {
				n++
			}
		}
	}
	return n
}

func readGold(path string) ([]eval.GoldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return eval.ReadGold(f, path)
}
