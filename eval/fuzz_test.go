package eval

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seeds adds the gold fixtures and a few odd lines to f.
func seeds(f *testing.F) {
	paths, _ := filepath.Glob(filepath.Join("testdata", "gold", "*.jsonl"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(missesGold))
	f.Add([]byte(missesSystem))
	for _, s := range []string{
		"", "\n\r\n", "{}", "[]", "null", `{"id": "a"}`, "\ufeff{\"id\": \"a\"}\r",
		`{"id": "a", "persons": [{"name": "İ Σ", "aliases": "ΣΣ"}], "events": [{"type": "ß", "source": {}, "target": [], "date": {"start": {}}}]}`,
		`{"id": "a", "events": [{"type": "AGREE", "source": "A", "target": "B", "evidence": {"start": -3, "end": 1e300, "text": "x"}}]}`,
		`{"id": "m1", "events": [{"type": "X", "evidence": {"start": -5, "end": 3, "text": "ISL"}}, {"evidence": {"start": 2, "end": 999, "text": "x"}}]}`,
		`{"id": "a", "commitments": [{"parties": [null, 1, "A"], "due": 5}], "mechanisms": [{"name": null, "aliases": [null]}]}`,
	} {
		f.Add([]byte(s))
	}
}

// exercise scores and writes everything; it must not panic, and the JSON
// must be JSON.
func exercise(t *testing.T, gold []GoldDoc, sys map[string]SystemDoc) {
	res := Score(gold, sys, Options{Misses: true, Confusion: true})
	b, err := res.MarshalJSON()
	if err != nil || !json.Valid(b) {
		t.Fatalf("MarshalJSON = %s, %v", b, err)
	}
	if err := res.WriteText(io.Discard); err != nil {
		t.Fatal(err)
	}
}

func FuzzReadGold(f *testing.F) {
	seeds(f)
	sys, err := ReadSystem(strings.NewReader(missesSystem), "system.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		gold, err := ReadGold(bytes.NewReader(data), "fuzz.jsonl")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "read fuzz.jsonl") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		exercise(t, gold, sys)
	})
}

func FuzzReadSystem(f *testing.F) {
	seeds(f)
	gold, err := ReadGold(strings.NewReader(missesGold), "gold.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sys, err := ReadSystem(bytes.NewReader(data), "fuzz.jsonl")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "read fuzz.jsonl") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		exercise(t, gold, sys)
		// the same lines read as gold, where they are, score against themselves
		if g, err := ReadGold(bytes.NewReader(data), "fuzz.jsonl"); err == nil {
			exercise(t, g, sys)
		}
	})
}

func BenchmarkReadGold(b *testing.B) {
	data := benchData(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadGold(bytes.NewReader(data), "bench.jsonl"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadSystem(b *testing.B) {
	data := benchData(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ReadSystem(bytes.NewReader(data), "bench.jsonl"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScore(b *testing.B) {
	data := benchData(b)
	gold, err := ReadGold(bytes.NewReader(data), "bench.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	sys, err := ReadSystem(bytes.NewReader(data), "bench.jsonl")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Score(gold, sys, Options{Misses: true, Confusion: true})
	}
}

// benchData is the gold fixture repeated, with fresh ids.
func benchData(b *testing.B) []byte {
	one, err := os.ReadFile(filepath.Join("testdata", "gold", "edge.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	for i := range 200 {
		buf.Write(bytes.ReplaceAll(one, []byte(`"id": "edge-`), []byte(`"id": "`+string(rune('a'+i%26))+"-")))
	}
	return buf.Bytes()
}
