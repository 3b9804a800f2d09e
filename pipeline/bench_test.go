package pipeline

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/commitments"
	"github.com/accord-events/accord/events"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/quotes"
	"github.com/accord-events/accord/read"
	"github.com/accord-events/accord/text"
	"github.com/accord-events/accord/timex"
	"github.com/accord-events/accord/topics"
)

// The benchmarks run over the first benchPerFile reports of each file of
// the development corpus, ../shared/corpora/pk-news-2025 from the
// repository root, when it is present, and over examples/ otherwise. Each
// stage is timed alone on inputs the earlier stages made beforehand, the
// way CodeTimed makes them (TestBenchInputsMatchCode checks that).
var (
	benchCorpusDir   = filepath.Join("..", "..", "shared", "corpora", "pk-news-2025")
	benchExamplesDir = filepath.Join("..", "examples")
)

const benchPerFile = 200

// A benchDoc is a document with the input of every stage.
type benchDoc struct {
	doc    accord.Document
	a      *text.Analysis
	idx    *lexicon.Index
	anchor time.Time
	home   string // the dateline's country
	dlEnd  int
	times  []accord.TimeExpr
	ac     *actors.Result
	evs    []events.Coded
}

// A benchSet is what the benchmarks code.
type benchSet struct {
	from  string // where the documents come from
	p     *Pipeline
	docs  []*benchDoc
	bytes int64
	long  *benchDoc // a 1 MB report made of the documents' paragraphs
}

var (
	benchOnce sync.Once
	benchData *benchSet
	benchErr  error
)

// loadBench reads and prepares the documents once per process.
func loadBench(tb testing.TB) *benchSet {
	tb.Helper()
	benchOnce.Do(func() { benchData, benchErr = newBenchSet() })
	if benchErr != nil {
		tb.Fatal(benchErr)
	}
	tb.Logf("documents: %s", benchData.from)
	return benchData
}

func newBenchSet() (*benchSet, error) {
	p, err := New(Options{})
	if err != nil {
		return nil, err
	}
	docs, from, err := readBenchDocs()
	if err != nil {
		return nil, err
	}
	s := &benchSet{from: from, p: p}
	for _, doc := range docs {
		s.docs = append(s.docs, benchPrepare(p, doc))
		s.bytes += int64(len(doc.Text))
	}
	s.long = benchPrepare(p, benchLongReport(docs, 1<<20))
	return s, nil
}

// readBenchDocs reads the first benchPerFile reports of each JSON Lines
// file of the development corpus, or every example when it is absent.
func readBenchDocs() ([]accord.Document, string, error) {
	files, _ := filepath.Glob(filepath.Join(benchCorpusDir, "*.jsonl"))
	if len(files) == 0 {
		docs, err := benchReadAll([]string{benchExamplesDir}, 0)
		return docs, "development corpus " + benchCorpusDir + " absent: using " + benchExamplesDir, err
	}
	var docs []accord.Document
	for _, f := range files {
		d, err := benchReadAll([]string{f}, benchPerFile)
		if err != nil {
			return nil, "", err
		}
		docs = append(docs, d...)
	}
	return docs, "the first " + strconv.Itoa(benchPerFile) + " reports of each file of " + benchCorpusDir, nil
}

var errBenchEnough = errors.New("enough documents")

// benchReadAll reads up to limit documents (0: all) and fails on any bad one.
func benchReadAll(paths []string, limit int) ([]accord.Document, error) {
	var docs []accord.Document
	err := read.Paths(context.Background(), paths, read.Options{}, func(doc accord.Document, err error) error {
		if err != nil {
			return err
		}
		docs = append(docs, doc)
		if limit > 0 && len(docs) == limit {
			return errBenchEnough
		}
		return nil
	})
	if err != nil && !errors.Is(err, errBenchEnough) {
		return nil, err
	}
	if len(docs) == 0 {
		return nil, errors.New("no documents in " + strings.Join(paths, ", "))
	}
	return docs, nil
}

// benchLongReport joins the paragraphs of docs, over and over, into one report
// of at least size bytes, dated and headed like the first.
func benchLongReport(docs []accord.Document, size int) accord.Document {
	var paras []string
	for _, d := range docs {
		for _, p := range strings.Split(d.Text, "\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
	}
	var b strings.Builder
	b.Grow(size + 4096)
	for i := 0; b.Len() < size; i++ {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(paras[i%len(paras)])
	}
	return accord.Document{ID: "long", Date: docs[0].Date, Title: "A long report", Text: b.String()}
}

// benchDateline does what CodeTimed does with the dateline: the date
// relative times resolve against, the dateline's country and where it ends.
func benchDateline(p *Pipeline, doc accord.Document) (anchor time.Time, home string, end int) {
	anchor = doc.Date
	if dl, ok := timex.FindDateline(doc.Text, doc.Date); ok {
		end = dl.Span.End
		if !dl.Date.IsZero() {
			anchor = dl.Date
		}
		home = p.placeCountry(dl.Place)
	}
	return anchor, home, end
}

// benchPrepare runs the stages one by one as CodeTimed does, keeping each input.
func benchPrepare(p *Pipeline, doc accord.Document) *benchDoc {
	d := &benchDoc{doc: doc, a: text.Analyze(doc.Text)}
	d.idx = p.Lex.Scan(d.a.Tokens)
	d.anchor, d.home, d.dlEnd = benchDateline(p, doc)
	d.times = timex.Find(d.a, d.anchor)
	d.ac = p.Actors.FindIndexed(d.a, d.idx, d.home)
	if d.dlEnd > 0 {
		dropDateline(d.ac, d.dlEnd)
	}
	d.evs = p.Events.Code(events.Input{A: d.a, Actors: d.ac, Times: d.times, Anchor: d.anchor, Home: d.ac.Home, Index: d.idx})
	return d
}

// benchStages time each stage alone, in the order and with the names of
// Stages; each returns how much it found, so that nothing is optimised away.
var benchStages = []struct {
	name string
	run  func(p *Pipeline, d *benchDoc) int
}{
	{"text", func(p *Pipeline, d *benchDoc) int {
		a := text.Analyze(d.doc.Text)
		p.Lex.Scan(a.Tokens)
		return len(a.Tokens)
	}},
	{"time", func(p *Pipeline, d *benchDoc) int {
		anchor, _, _ := benchDateline(p, d.doc)
		return len(timex.Find(d.a, anchor))
	}},
	{"actors", func(p *Pipeline, d *benchDoc) int {
		ac := p.Actors.FindIndexed(d.a, d.idx, d.home)
		if d.dlEnd > 0 {
			dropDateline(ac, d.dlEnd)
		}
		return len(ac.Mentions)
	}},
	{"events", func(p *Pipeline, d *benchDoc) int {
		return len(p.Events.Code(events.Input{A: d.a, Actors: d.ac, Times: d.times, Anchor: d.anchor, Home: d.ac.Home, Index: d.idx}))
	}},
	{"commitments", func(p *Pipeline, d *benchDoc) int { return len(commitments.Find(d.a, d.evs)) }},
	{"mechanisms", func(p *Pipeline, d *benchDoc) int {
		return len(p.Mechanisms.FindIndexed(d.a, d.idx, d.ac, d.evs, d.ac.Home))
	}},
	{"quotes+topics", func(p *Pipeline, d *benchDoc) int {
		return len(quotes.Find(d.a, d.ac)) + len(topics.FindIndexed(d.a, d.idx))
	}},
}

// benchCode codes every document with the whole pipeline.
func benchCode(p *Pipeline, d *benchDoc) int {
	rec, err := p.Code(d.doc)
	if err != nil {
		panic(err) // the documents were read as valid
	}
	return len(rec.Events) + len(rec.Actors)
}

var benchSink int

// runStageBench runs fn over docs b.N times and reports the cost per byte and
// per report beside the usual figures.
func runStageBench(b *testing.B, p *Pipeline, docs []*benchDoc, bytes int64, fn func(*Pipeline, *benchDoc) int) {
	b.SetBytes(bytes)
	b.ReportAllocs()
	found := 0
	for b.Loop() {
		for _, d := range docs {
			found += fn(p, d)
		}
	}
	benchSink += found
	n := float64(b.N)
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n/float64(bytes), "ns/B")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n/float64(len(docs)), "ns/report")
}

// BenchmarkStages times each stage over the documents, one pass per op.
func BenchmarkStages(b *testing.B) {
	s := loadBench(b)
	for _, st := range benchStages {
		b.Run(st.name, func(b *testing.B) { runStageBench(b, s.p, s.docs, s.bytes, st.run) })
	}
}

// BenchmarkPipeline times Code over the documents, one pass per op.
func BenchmarkPipeline(b *testing.B) {
	s := loadBench(b)
	runStageBench(b, s.p, s.docs, s.bytes, benchCode)
}

// BenchmarkLongReport times each stage and the pipeline on one report of
// 1 MB made of the documents' paragraphs. A stage whose ns/B here is far
// above its ns/B in BenchmarkStages grows faster than the text.
func BenchmarkLongReport(b *testing.B) {
	s := loadBench(b)
	docs := []*benchDoc{s.long}
	size := int64(len(s.long.doc.Text))
	for _, st := range benchStages {
		b.Run(st.name, func(b *testing.B) { runStageBench(b, s.p, docs, size, st.run) })
	}
	b.Run("pipeline", func(b *testing.B) { runStageBench(b, s.p, docs, size, benchCode) })
}

// TestBenchInputsMatchCode checks that the benchmarks feed each stage what
// CodeTimed does: a change to CodeTimed must be followed here.
func TestBenchInputsMatchCode(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, err := benchReadAll([]string{benchExamplesDir}, 0)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, doc := range docs {
		rec, err := p.Code(doc)
		if err != nil {
			t.Fatal(err)
		}
		d := benchPrepare(p, doc)
		var ids []string
		for _, ev := range d.evs {
			ids = append(ids, ev.ID)
		}
		var want []string
		for _, ev := range rec.Events {
			want = append(want, ev.ID)
		}
		if !slices.Equal(ids, want) {
			t.Errorf("%s: events %v, Code found %v", doc.ID, ids, want)
		}
		found += len(ids)
		checks := []struct {
			what      string
			got, want int
		}{
			{"times", len(d.times), len(rec.Times)},
			{"actor mentions", len(d.ac.Mentions), len(rec.Actors)},
			{"persons", len(d.ac.Persons), len(rec.Persons)},
			{"commitments", len(commitments.Find(d.a, d.evs)), len(rec.Commitments)},
			{"mechanisms", len(p.Mechanisms.FindIndexed(d.a, d.idx, d.ac, d.evs, d.ac.Home)), len(rec.Mechanisms)},
			{"quotes", len(quotes.Find(d.a, d.ac)), len(rec.Quotes)},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%s: %d %s, Code found %d", doc.ID, c.got, c.what, c.want)
			}
		}
		if d.ac.Home != rec.Country {
			t.Errorf("%s: home %q, Code found %q", doc.ID, d.ac.Home, rec.Country)
		}
	}
	if found == 0 {
		t.Error("no events in the examples: the check compares nothing")
	}
}

func TestLongReport(t *testing.T) {
	docs, err := benchReadAll([]string{benchExamplesDir}, 0)
	if err != nil {
		t.Fatal(err)
	}
	long := benchLongReport(docs, 1<<20)
	if n := len(long.Text); n < 1<<20 || n > 1<<20+8192 {
		t.Errorf("long report of %d bytes, want 1 MB", n)
	}
	if !utf8.ValidString(long.Text) || long.Date.IsZero() {
		t.Error("long report is not valid UTF-8 or has no date")
	}
	if !strings.HasPrefix(long.Text, strings.TrimSpace(strings.SplitN(docs[0].Text, "\n", 2)[0])) {
		t.Errorf("long report does not start with the first paragraph: %.80q", long.Text)
	}
}

func TestReadBenchDocs(t *testing.T) {
	docs, from, err := readBenchDocs()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(benchCorpusDir); err != nil {
		t.Logf("%s; %d documents", from, len(docs))
		return
	}
	files, _ := filepath.Glob(filepath.Join(benchCorpusDir, "*.jsonl"))
	if len(docs) != benchPerFile*len(files) {
		t.Errorf("%d documents from %d files, want %d each", len(docs), len(files), benchPerFile)
	}
}
