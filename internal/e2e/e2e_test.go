// Package e2e holds accord's end-to-end quality test: the whole pipeline is
// run over gold sets and the scores are compared with a checked-in metrics
// file, so that every change that moves quality shows it in the diff.
package e2e

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/eval"
	"github.com/accord-events/accord/pipeline"
)

var update = flag.Bool("update", false, "rewrite testdata/metrics.txt with the figures measured now")

const metricsFile = "testdata/metrics.txt"

// goldSet is a gold file scored by the test; shared sets are skipped, with
// a note, when ../shared is absent.
type goldSet struct {
	name, path string
	shared     bool
	legacy     bool // code event types by the older PLOVER names
}

func goldSets() []goldSet {
	shared := filepath.Join("..", "..", "..", "shared", "eval", "dev")
	sets := []goldSet{{name: "minicorpus", path: "testdata/minicorpus.jsonl"}}
	for _, n := range []string{"seed", "pk_dev_1", "pk_dev_2", "pk_dev_3", "plover_gsr_dev"} {
		sets = append(sets, goldSet{name: n, path: filepath.Join(shared, n+".jsonl"), shared: true})
	}
	// the PLOVER gold standard records use the older type names for a
	// quarter of their events: scored as well as they can be matched
	sets = append(sets, goldSet{name: "plover_gsr_dev_legacy", path: filepath.Join(shared, "plover_gsr_dev.jsonl"), shared: true, legacy: true})
	return sets
}

// score codes every gold text with p and scores it.
func score(t *testing.T, p *pipeline.Pipeline, path string, legacy bool) eval.Result {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gold, err := eval.ReadGold(f, path)
	if err != nil {
		t.Fatal(err)
	}
	sys := map[string]eval.SystemDoc{}
	for _, g := range gold {
		doc := accord.Document{ID: g.ID, Text: g.Text}
		if g.Date != "" {
			if doc.Date, err = accord.ParseDate(g.Date); err != nil {
				t.Fatalf("%s: %v", g.ID, err)
			}
		}
		rec, err := p.Code(doc)
		if err != nil {
			t.Fatalf("%s: %v", g.ID, err)
		}
		if legacy {
			rec.UseLegacyTypes()
		}
		sys[g.ID] = eval.FromRecord(rec)
	}
	return eval.Score(gold, sys, eval.Options{})
}

// lines renders a result as "set category figure=value" lines, one figure a
// line, so a diff shows exactly what moved.
func lines(set string, r eval.Result) []string {
	var out []string
	for _, c := range eval.Categories() {
		tl, ok := r.Categories[c]
		if !ok {
			continue
		}
		out = append(out,
			fmt.Sprintf("%s %s precision=%.4f", set, c, tl.Precision()),
			fmt.Sprintf("%s %s recall=%.4f", set, c, tl.Recall()),
			fmt.Sprintf("%s %s f1=%.4f", set, c, tl.F1()),
			fmt.Sprintf("%s %s tp=%d fp=%d fn=%d", set, c, tl.TP, tl.FP, tl.FN))
		var extras []string
		for k := range tl.Extras {
			extras = append(extras, k)
		}
		sort.Strings(extras)
		for _, k := range extras {
			if r := tl.Extras[k]; r.Total > 0 {
				out = append(out, fmt.Sprintf("%s %s %s=%.4f", set, c, k, r.Value()))
			}
		}
	}
	return out
}

func TestQuality(t *testing.T) {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{}
	if b, err := os.ReadFile(metricsFile); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			set, _, _ := strings.Cut(l, " ")
			want[set] = append(want[set], l)
		}
	} else if !*update {
		t.Fatalf("%v (run go test ./internal/e2e -update to create it)", err)
	}
	got := map[string][]string{}
	for _, gs := range goldSets() {
		if _, err := os.Stat(gs.path); err != nil {
			if gs.shared {
				t.Logf("skipping %s: %s is absent", gs.name, gs.path)
				got[gs.name] = want[gs.name] // keep its figures in the file
				continue
			}
			t.Fatal(err)
		}
		got[gs.name] = lines(gs.name, score(t, p, gs.path, gs.legacy))
		if *update {
			continue
		}
		if strings.Join(got[gs.name], "\n") != strings.Join(want[gs.name], "\n") {
			t.Errorf("quality on %s moved; if the change is intended, run go test ./internal/e2e -update and review the diff of %s\n%s",
				gs.name, metricsFile, diff(want[gs.name], got[gs.name]))
		}
	}
	if *update {
		var b bytes.Buffer
		b.WriteString("# Quality of accord on gold sets, as measured by internal/e2e (figures of ../shared/eval/score.py).\n")
		b.WriteString("# minicorpus: the example reports with gold annotations written by the team (testdata/minicorpus.jsonl);\n")
		b.WriteString("# the other sets are ../shared/eval/dev; plover_gsr_dev_legacy is plover_gsr_dev coded with --legacy-types.\n")
		b.WriteString("# Regenerate with: go test ./internal/e2e -update\n")
		for _, gs := range goldSets() {
			for _, l := range got[gs.name] {
				b.WriteString(l + "\n")
			}
		}
		if err := os.WriteFile(metricsFile, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// diff lists the lines that differ, as "- want" and "+ got".
func diff(want, got []string) string {
	w := map[string]bool{}
	for _, l := range want {
		w[l] = true
	}
	g := map[string]bool{}
	for _, l := range got {
		g[l] = true
	}
	var b strings.Builder
	for _, l := range want {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range got {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}

// TestSeedRequirements checks the seed report's gates from the issue: every
// required item found, no false positives among persons, commitments and
// mechanisms, event precision at least 0.85, title and country accuracy 1.
func TestSeedRequirements(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "eval", "dev", "seed.jsonl")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("skipping: %s is absent", path)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := score(t, p, path, false)
	for _, c := range eval.Categories() {
		tl := r.Categories[c]
		if tl.FN > 0 {
			t.Errorf("seed %s: %d required items missed", c, tl.FN)
		}
		if c != eval.Events && tl.FP > 0 {
			t.Errorf("seed %s: %d false positives", c, tl.FP)
		}
	}
	if p := r.Categories[eval.Events].Precision(); p < 0.85 {
		t.Errorf("seed event precision %.3f, want >= 0.85", p)
	}
	for _, k := range []string{eval.TitleAccuracy, eval.CountryAccuracy} {
		if v := r.Categories[eval.Persons].Extras[k]; v.Value() != 1 {
			t.Errorf("seed %s = %.3f, want 1", k, v.Value())
		}
	}
}
