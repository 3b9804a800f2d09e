package timex

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/text"
)

// shared is the team's read-only material; tests that need it skip when it
// is absent.
var shared = filepath.Join("..", "..", "shared")

func needShared(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(shared, rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent: %v", p, err)
	}
	return p
}

// eachLine calls f with every line of a JSON Lines file.
func eachLine(t testing.TB, path string, f func([]byte)) {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		f(sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
}

// TestQuality runs the stage over the shared corpus and the gold dev sets
// and compares the figures with testdata/quality.txt, so that a change
// that moves quality shows in the diff. It also holds a few floors that no
// change may go below.
func TestQuality(t *testing.T) {
	corpus := needShared(t, filepath.Join("corpora", "pk-news-2025"))
	dev := needShared(t, filepath.Join("eval", "dev"))
	var q quality
	for _, f := range []string{"app_2025.jsonl", "dawn_2025.jsonl"} {
		eachLine(t, filepath.Join(corpus, f), func(b []byte) {
			var d struct{ ID, Date, Source, Text string }
			if err := json.Unmarshal(b, &d); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			q.corpus(t, d.Source, d.Date, d.Text)
		})
	}
	for _, f := range []string{"pk_dev_1.jsonl", "pk_dev_2.jsonl", "pk_dev_3.jsonl", "seed.jsonl"} {
		eachLine(t, filepath.Join(dev, f), func(b []byte) {
			var d goldDoc
			if err := json.Unmarshal(b, &d); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			q.gold(t, d)
		})
	}
	got := q.String()
	path := filepath.Join("testdata", "quality.txt")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	} else if want, err := os.ReadFile(path); err != nil {
		t.Errorf("%v (run go test -update to create it)", err)
	} else if string(want) != got {
		t.Errorf("quality moved; review with go test -update and git diff %s:\n%s", path, got)
	}

	// floors
	if q.count["APP dateline with date"] < q.count["APP reports"]*99/100 {
		t.Errorf("only %d of %d APP reports have a dated dateline", q.count["APP dateline with date"], q.count["APP reports"])
	}
	if a, n := q.count["gold dates, a time in the sentence agrees"], q.count["gold dates with a dated time in the sentence"]; n == 0 || a*100 < n*90 {
		t.Errorf("times in the sentence give %d of %d gold dates, want 90%%", a, n)
	}
}

type goldDoc struct {
	ID, Date, Text string
	Events         []struct {
		Date     *string
		Evidence string
	}
	Commitments []struct {
		Due      *string
		Evidence string
	}
}

// quality counts what the stage does on real text.
type quality struct {
	count map[string]int
	lines []string // gold disagreements, for the record
}

func (q *quality) add(k string, n int) {
	if q.count == nil {
		q.count = map[string]int{}
	}
	q.count[k] += n
}

func (q *quality) corpus(t *testing.T, source, date, report string) {
	pub, err := accord.ParseDate(date)
	if err != nil {
		t.Fatalf("corpus date %q: %v", date, err)
	}
	q.add(source+" reports", 1)
	anchor := pub
	if d, ok := FindDateline(report, pub); ok {
		checkDateline(t, report, d)
		q.add(source+" dateline", 1)
		if !d.Date.IsZero() {
			anchor = d.Date
			q.add(source+" dateline with date", 1)
			switch pub.Sub(d.Date) / (24 * time.Hour) {
			case 0:
				q.add(source+" dateline date = published", 1)
			case 1:
				q.add(source+" dateline date = published - 1 day", 1)
			default:
				q.add(source+" dateline date further off", 1)
			}
		}
	}
	times := Find(text.Analyze(report), anchor)
	checkTimes(t, report, times)
	q.add("corpus times", len(times))
	for _, te := range times {
		q.add("corpus times, precision "+string(te.Precision), 1)
		if te.Mod != "" {
			q.add("corpus times, mod "+te.Mod, 1)
		}
	}
}

// gold holds the stage against the dates a careful annotator resolved. A
// time is attached to a gold item when it lies within the item's evidence
// or at most 40 bytes from it in the same sentence; the nearest attached
// time is the one compared, at the gold's precision.
func (q *quality) gold(t *testing.T, d goldDoc) {
	pub, err := accord.ParseDate(d.Date)
	if err != nil {
		t.Fatalf("gold %s: %v", d.ID, err)
	}
	anchor := pub
	if dl, ok := FindDateline(d.Text, pub); ok && !dl.Date.IsZero() {
		anchor = dl.Date
	}
	a := text.Analyze(d.Text)
	times := Find(a, anchor)
	type item struct {
		date     *string
		evidence string
	}
	var items []item
	for _, e := range d.Events {
		items = append(items, item{e.Date, e.Evidence})
	}
	for _, c := range d.Commitments {
		items = append(items, item{c.Due, c.Evidence})
	}
	for i, it := range items {
		at := strings.Index(d.Text, it.evidence)
		if at < 0 || it.evidence == "" {
			q.add("gold items whose evidence is not verbatim", 1)
			continue
		}
		ev := accord.Span{Start: at, End: at + len(it.evidence)}
		sen := sentenceAt(a, at)
		best, dist, agrees, dated := accord.TimeExpr{}, -1, false, false
		var found []string // what the sentence gives, for the record
		for _, te := range times {
			if !sen.Contains(te.Span) {
				continue
			}
			if it.date != nil && te.Value != "" {
				dated = true
				agrees = agrees || atPrecision(te.Value, *it.date)
				found = append(found, fmt.Sprintf("%q=%s", te.Text, te.Value))
			}
			if it.date != nil && te.Value == "" {
				continue // only dated times are compared with a gold date
			}
			if n := gap(ev, te.Span); dist < 0 || n < dist {
				best, dist = te, n
			}
		}
		if dated {
			q.add("gold dates with a dated time in the sentence", 1)
			if agrees {
				q.add("gold dates, a time in the sentence agrees", 1)
			} else {
				q.lines = append(q.lines, fmt.Sprintf("%s: gold %s; the sentence gives %s", d.ID, *it.date, strings.Join(found, ", ")))
			}
		}
		if dist < 0 || dist > 40 {
			continue
		}
		switch {
		case it.date != nil:
			q.add("gold dates with an attached time", 1)
			if atPrecision(best.Value, *it.date) {
				q.add("gold dates, attached time agrees", 1)
			}
		case i >= len(d.Events):
			// a commitment with no due time ("soon", or none): the time
			// beside it should carry no value, unless it dates something else
			q.add("gold null dues with an attached time", 1)
			if best.Value == "" {
				q.add("gold null dues, attached time has no value", 1)
			}
		}
	}
}

// atPrecision reports whether value names gold's time at gold's precision.
func atPrecision(value, gold string) bool {
	return len(value) >= len(gold) && value[:len(gold)] == gold
}

func sentenceAt(a *text.Analysis, off int) accord.Span {
	for _, s := range a.Sentences {
		if s.Start <= off && off < s.End {
			return s.Span()
		}
	}
	return accord.Span{}
}

// gap is the distance in bytes between two spans, 0 when they overlap.
func gap(a, b accord.Span) int {
	switch {
	case a.Overlaps(b):
		return 0
	case b.End <= a.Start:
		return a.Start - b.End
	}
	return b.Start - a.End
}

func (q *quality) String() string {
	var b strings.Builder
	b.WriteString("# timex quality: go test ./timex -run TestQuality -update rewrites this file.\n")
	b.WriteString("# Corpus: shared/corpora/pk-news-2025; gold: shared/eval/dev/pk_dev_*.jsonl and seed.jsonl.\n")
	keys := make([]string, 0, len(q.count))
	for k := range q.count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "%-50s %d\n", k, q.count[k])
	}
	for _, r := range [][3]string{
		{"gold dates given by a time in the sentence", "gold dates, a time in the sentence agrees", "gold dates with a dated time in the sentence"},
		{"gold dates given by the nearest attached time", "gold dates, attached time agrees", "gold dates with an attached time"},
	} {
		if n := q.count[r[2]]; n > 0 {
			fmt.Fprintf(&b, "%-50s %.3f\n", r[0], float64(q.count[r[1]])/float64(n))
		}
	}
	b.WriteString("# gold dates that no time in their sentence gives:\n")
	for _, l := range q.lines {
		b.WriteString("#   " + l + "\n")
	}
	return b.String()
}
