package timex

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-events/accord/text"
)

// benchReports returns real reports: the first 40 of Dawn's and APP's in
// the shared corpus, or, when it is absent, the scenario reports.
func benchReports(b *testing.B) []string {
	var out []string
	for _, f := range []string{"dawn_2025.jsonl", "app_2025.jsonl"} {
		path := filepath.Join(shared, "corpora", "pk-news-2025", f)
		if _, err := os.Stat(path); err != nil {
			break
		}
		n := 0
		eachLine(b, path, func(line []byte) {
			var d struct{ Text string }
			if n < 40 && json.Unmarshal(line, &d) == nil {
				out = append(out, d.Text)
				n++
			}
		})
	}
	if len(out) > 0 {
		return out
	}
	dirs, _ := filepath.Glob(filepath.Join("testdata", "scenarios", "*", "report.txt"))
	for _, p := range dirs {
		if raw, err := os.ReadFile(p); err == nil {
			_, body, _ := strings.Cut(string(raw), "\n\n")
			out = append(out, body)
		}
	}
	return out
}

func size(reports []string) int64 {
	n := 0
	for _, r := range reports {
		n += len(r)
	}
	return int64(n)
}

// BenchmarkFind measures the stage alone over analysed reports; compare
// with BenchmarkAnalyze, the tokenizer over the same text.
func BenchmarkFind(b *testing.B) {
	reports := benchReports(b)
	as := make([]*text.Analysis, len(reports))
	for i, r := range reports {
		as[i] = text.Analyze(r)
	}
	anchor := day(wed)
	b.SetBytes(size(reports))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range as {
			Find(a, anchor)
		}
	}
}

func BenchmarkAnalyze(b *testing.B) {
	reports := benchReports(b)
	b.SetBytes(size(reports))
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range reports {
			text.Analyze(r)
		}
	}
}

func BenchmarkFindDateline(b *testing.B) {
	reports := benchReports(b)
	pub := day(wed)
	b.SetBytes(size(reports))
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range reports {
			FindDateline(r, pub)
		}
	}
}
