package read

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-events/accord"
)

// benchCorpus is the real corpus when ../shared is present, else generated
// articles of a similar size and mix of escapes.
func benchCorpus(b *testing.B) []byte {
	b.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpora", "pk-news-2025", "app_2025.jsonl"))
	if err == nil {
		return data
	}
	var buf bytes.Buffer
	para := strings.Repeat("ISLAMABAD: Prime Minister Shehbaz Sharif on Thursday said the economy depended on “complete peace”.\n", 25)
	for i := 0; buf.Len() < 3<<20; i++ {
		line, _ := json.Marshal(map[string]string{
			"id": fmt.Sprintf("gen-%d", i), "date": "2025-01-02", "title": "Generated article",
			"text": para, "url": "https://example.org/" + fmt.Sprint(i), "source": "Gen",
		})
		buf.Write(line)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

func BenchmarkJSONLines(b *testing.B) {
	data := benchCorpus(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		err := JSONLines(bytes.NewReader(data), "bench.jsonl", Options{}, func(_ accord.Document, err error) error {
			n++
			return err
		})
		if err != nil || n == 0 {
			b.Fatalf("read %d documents, err %v", n, err)
		}
	}
}

// BenchmarkStdlibUnmarshal is the baseline the hand-written decoder is
// measured against: encoding/json on each line into a small struct.
func BenchmarkStdlibUnmarshal(b *testing.B) {
	data := benchCorpus(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		for line := range bytes.Lines(data) {
			var rec struct{ ID, Date, Title, Text, URL, Source string }
			if err := json.Unmarshal(line, &rec); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkTextFile(b *testing.B) {
	data := []byte("date 2024-07-14\n" + strings.Repeat("ISLAMABAD: Pakistan and the United States agreed to hold talks.\n", 500))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := TextFile(bytes.NewReader(data), "seed.txt", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPaths(b *testing.B) {
	dir := filepath.Join("..", "..", "shared", "corpora", "pk-news-2025")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("corpus %s absent", dir)
	}
	var size int64
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if fi, err := e.Info(); err == nil && strings.HasSuffix(e.Name(), ".jsonl") {
			size += fi.Size()
		}
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		t, err := Count(context.Background(), []string{dir}, Options{})
		if err != nil || t.Errors > 0 {
			b.Fatalf("%+v %v", t, err)
		}
	}
}
