package timex

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/text"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ and testdata/quality.txt")

// A scenario is a folder under testdata/scenarios holding report.txt (the
// publication date on its first line, a blank line, then the report) and
// want.json, what the stage makes of it.
type scenario struct {
	Published string            `json:"published"`
	Dateline  *goldenDateline   `json:"dateline"`
	Anchor    string            `json:"anchor"`
	Times     []accord.TimeExpr `json:"times"`
}

type goldenDateline struct {
	Text   string `json:"text"`
	Place  string `json:"place"`
	Date   string `json:"date,omitempty"`
	Agency string `json:"agency,omitempty"`
}

// readReport splits a scenario's report.txt into its date and text.
func readReport(t *testing.T, path string) (time.Time, string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, body, ok := strings.Cut(string(b), "\n\n")
	if !ok {
		t.Fatalf("%s: want a date line, a blank line, then the report", path)
	}
	pub, err := accord.ParseDate(strings.TrimSpace(head))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return pub, body
}

// code runs the stage as the pipeline will: the dateline's date, when it
// gives one, is the anchor.
func code(published time.Time, report string) scenario {
	sc := scenario{Published: accord.FormatDate(published)}
	anchor := published
	if d, ok := FindDateline(report, published); ok {
		sc.Dateline = &goldenDateline{Text: d.Span.In(report), Place: d.Place, Date: accord.FormatDate(d.Date), Agency: d.Agency}
		if !d.Date.IsZero() {
			anchor = d.Date
		}
	}
	sc.Anchor = accord.FormatDate(anchor)
	sc.Times = Find(text.Analyze(report), anchor)
	return sc
}

func TestScenarios(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "scenarios", "*"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no scenarios under testdata/scenarios (%v)", err)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			pub, report := readReport(t, filepath.Join(dir, "report.txt"))
			sc := code(pub, report)
			checkTimes(t, report, sc.Times)
			got, err := json.MarshalIndent(sc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := filepath.Join(dir, "want.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from what the stage gives now; review with go test -update and git diff:\n%s", path, got)
			}
		})
	}
}
