package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/read"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

func newPipeline(t testing.TB) *Pipeline {
	t.Helper()
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestGolden codes every example report and compares the whole record with
// testdata/golden/<id>.json. Review the diff of a -update like code.
func TestGolden(t *testing.T) {
	p := newPipeline(t)
	seen := 0
	err := read.Paths(context.Background(), []string{filepath.Join("..", "examples")}, read.Options{}, func(doc accord.Document, err error) error {
		if err != nil {
			return err
		}
		seen++
		rec, err := p.Code(doc)
		if err != nil {
			return err
		}
		got, err := json.MarshalIndent(rec, "", "  ")
		if err != nil {
			return err
		}
		got = append(got, '\n')
		path := filepath.Join("testdata", "golden", rec.ID+".json")
		if *update {
			return os.WriteFile(path, got, 0o644)
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v (run go test ./pipeline -update)", rec.ID, err)
			return nil
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: coding differs from %s; if intended, run go test ./pipeline -update and review the diff", rec.ID, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 8 {
		t.Errorf("coded %d example reports, want at least 8", seen)
	}
}

// TestOffsets checks that every span in a record points into the text and
// that evidence and mention texts are what the spans cover.
func TestOffsets(t *testing.T) {
	p := newPipeline(t)
	text := "ISLAMABAD: Moh\u00adsin Naqvi, the interior minister, met “US Ambassador” Donald Blome on Monday.\r\nThe two sides agreed to hold talks in October."
	rec, err := p.Code(accord.Document{ID: "x", Text: text, Date: time.Date(2024, 7, 14, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	check := func(what string, s accord.Span, want string) {
		t.Helper()
		if s.Start < 0 || s.End > len(text) || s.Start > s.End {
			t.Fatalf("%s: span %v outside the text", what, s)
		}
		if want != "" && text[s.Start:s.End] != want {
			t.Errorf("%s: span covers %q, text says %q", what, text[s.Start:s.End], want)
		}
	}
	for _, pr := range rec.Persons {
		for _, m := range pr.Mentions {
			check("person mention", m.Span, m.Text)
		}
	}
	for _, e := range rec.Events {
		check("evidence", e.Evidence.Span, e.Evidence.Text)
		check("trigger", e.Trigger.Span, e.Trigger.Text)
	}
	for _, tm := range rec.Times {
		check("time", tm.Span, tm.Text)
	}
	if len(rec.Persons) == 0 || !strings.Contains(rec.Persons[0].Name, "Naqvi") || strings.ContainsRune(rec.Persons[0].Name, '\u00ad') {
		t.Errorf("persons = %+v, want Mohsin Naqvi with the soft hyphen removed from the name", rec.Persons)
	}
}

func TestInvalidUTF8(t *testing.T) {
	p := newPipeline(t)
	_, err := p.Code(accord.Document{ID: "bad", Text: "Pakistan \xff and Iran"})
	if !errors.Is(err, ErrInvalidUTF8) {
		t.Errorf("error = %v, want ErrInvalidUTF8", err)
	}
}

func TestNoDateIsAnIssue(t *testing.T) {
	p := newPipeline(t)
	rec, err := p.Code(accord.Document{ID: "nodate", Text: "Pakistan and Iran agreed to hold talks next month."})
	if err != nil {
		t.Fatal(err)
	}
	if len(rec.Issues) == 0 {
		t.Error("a report with no date should carry an issue saying relative times are unresolved")
	}
}

func TestEmptyListsAreNotNull(t *testing.T) {
	p := newPipeline(t)
	rec, err := p.Code(accord.Document{ID: "e", Text: "Nothing happened."})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(rec)
	for _, k := range []string{`"persons":[]`, `"events":[]`, `"commitments":[]`, `"mechanisms":[]`} {
		if !bytes.Contains(b, []byte(k)) {
			t.Errorf("record JSON lacks %s: %s", k, b)
		}
	}
}

func TestUserLexicon(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mine.lex")
	if err := os.WriteFile(path, []byte("group | Lashkar-e-Example; LeX | PAK | REB\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := New(Options{LexiconFiles: []string{path}})
	if err != nil {
		t.Fatal(err)
	}
	rec, err := p.Code(accord.Document{ID: "u", Text: "Police arrested three LeX militants in Lahore.", Date: time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range rec.Actors {
		if a.Name == "LeX" && a.Country == "PAK" && a.Agent == "REB" {
			found = true
		}
	}
	if !found {
		t.Errorf("the user lexicon's group was not found: %+v", rec.Actors)
	}
	if _, err := New(Options{LexiconFiles: []string{filepath.Join(dir, "missing.lex")}}); err == nil {
		t.Error("a missing lexicon file should be an error")
	}
}

func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"ISLAMABAD: Pakistan and the United States have agreed to hold a joint “Law Enforcement Dialogue” in October this year.",
		"Mr. Naqvi met the U.S. envoy, Donald Blome, on Tuesday; the two sides discussed trade.",
		"“We will not meet,” he said. Police arrested 12 suspects.",
		"", "\xff", "( ) , . ’s",
	} {
		f.Add(s)
	}
	p := newPipeline(f)
	f.Fuzz(func(t *testing.T, text string) {
		rec, err := p.Code(accord.Document{ID: "f", Text: text, Date: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			return // invalid UTF-8 is reported, not coded
		}
		for _, e := range rec.Events {
			if e.Evidence.Start < 0 || e.Evidence.End > len(text) || e.Trigger.End > len(text) {
				t.Fatalf("event span outside the text: %+v", e)
			}
			if e.Type == "" || e.Cameo == "" {
				t.Fatalf("event without type or code: %+v", e)
			}
		}
	})
}
