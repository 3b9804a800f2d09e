package read

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/accord-events/accord"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current output")

// outcome is one call of the callback, as stored in golden files.
type outcome struct {
	Origin string `json:"origin"`
	ID     string `json:"id,omitempty"`
	Date   string `json:"date,omitempty"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	Text   string `json:"text,omitempty"`
	Error  string `json:"error,omitempty"`
}

// collect runs Paths and records every callback, checking the invariants
// every caller relies on.
func collect(t *testing.T, paths []string, opts Options) []outcome {
	t.Helper()
	var out []outcome
	err := Paths(context.Background(), paths, opts, func(doc accord.Document, err error) error {
		if err != nil {
			var de *DocError
			if !errors.As(err, &de) {
				t.Errorf("error %v is a %T, want *DocError", err, err)
				return nil
			}
			out = append(out, outcome{Origin: filepath.ToSlash(de.Origin.String()), Error: filepath.ToSlash(err.Error())})
			return nil
		}
		checkDoc(t, doc)
		out = append(out, outcome{
			Origin: filepath.ToSlash(doc.Origin.String()), ID: doc.ID, Date: accord.FormatDate(doc.Date),
			Title: doc.Title, URL: doc.URL, Source: doc.Source, Text: doc.Text,
		})
		return nil
	})
	if err != nil {
		t.Fatalf("Paths: %v", err)
	}
	return out
}

// checkDoc holds a document to the package's guarantees.
func checkDoc(t testing.TB, doc accord.Document) {
	t.Helper()
	switch {
	case doc.ID == "":
		t.Errorf("%v: empty ID", doc.Origin)
	case doc.Origin.Path == "":
		t.Errorf("%s: empty Origin.Path", doc.ID)
	case strings.TrimSpace(doc.Text) == "":
		t.Errorf("%v: blank text", doc.Origin)
	case !utf8Valid(doc.Text):
		t.Errorf("%v: text is not valid UTF-8", doc.Origin)
	}
}

func utf8Valid(s string) bool { return invalidUTF8([]byte(s), 0) < 0 }

func golden(t *testing.T, name string, got []outcome) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden.json")
	b, err := json.MarshalIndent(got, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	b = append(b, '\n')
	if *update {
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run go test ./read -run %s -update to create it", err, t.Name())
	}
	if !bytes.Equal(b, want) {
		t.Errorf("output differs from %s (run with -update and review the diff):\n%s", path, b)
	}
}

// TestPathsTree walks a directory: lexical order, hidden entries and other
// extensions skipped, every format and per-document errors in place.
func TestPathsTree(t *testing.T) {
	got := collect(t, []string{filepath.Join("testdata", "tree")}, Options{Date: time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)})
	golden(t, "tree", got)
	for _, o := range got {
		if strings.Contains(o.Text, "must be skipped") || strings.Contains(o.Origin, "notes.md") || strings.Contains(o.Origin, "data.json") {
			t.Errorf("read %s, which the walk should skip", o.Origin)
		}
	}
}

// TestPathsExplicit reads files named on the command line whatever their
// extension, sniffing JSON Lines by the first non-blank byte.
func TestPathsExplicit(t *testing.T) {
	got := collect(t, []string{
		filepath.Join("testdata", "explicit.md"),
		filepath.Join("testdata", "explicit.json"),
		filepath.Join("testdata", "does-not-exist.txt"),
		filepath.Join("testdata", "tree", "c_articles.jsonl"),
	}, Options{})
	want := []outcome{
		{Origin: "testdata/explicit.md line 2", ID: "m-1", Text: "JSON Lines in a .md file."},
		{Origin: "testdata/explicit.json", ID: "explicit", Text: "Plain text in a .json file.\n"},
		{Origin: "testdata/does-not-exist.txt", Error: "read testdata/does-not-exist.txt: no such file or directory; check the path"},
	}
	if len(got) != len(want)+3 {
		t.Fatalf("got %d outcomes, want %d: %+v", len(got), len(want)+3, got)
	}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("outcome %d:\n got %+v\nwant %+v", i, got[i], w)
		}
	}
	if got[4].Error == "" || !strings.Contains(got[4].Error, "c_articles.jsonl line 2") {
		t.Errorf("bad line of the named .jsonl: got %+v", got[4])
	}
}

func TestPathsStdin(t *testing.T) {
	day := time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name  string
		stdin *strings.Reader
		want  []outcome
	}{
		{"json lines", strings.NewReader("\n {\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two.\"}\n"), []outcome{
			{Origin: "- line 2", ID: "stdin:2", Date: "2025-02-03", Text: "One."},
			{Origin: "- line 3", ID: "b", Date: "2025-02-03", Text: "Two."},
		}},
		{"seed", strings.NewReader("date 2024-07-14 KARACHI: Text."), []outcome{
			{Origin: "-", ID: "stdin", Date: "2024-07-14", Text: "KARACHI: Text."},
		}},
		{"plain", strings.NewReader("KARACHI: Text.\n"), []outcome{
			{Origin: "-", ID: "stdin", Date: "2025-02-03", Text: "KARACHI: Text.\n"},
		}},
		{"empty", strings.NewReader(""), []outcome{
			{Origin: "-", Error: "read -: no text: the file is empty or blank; give the report's text"},
		}},
		{"none", nil, []outcome{
			{Origin: "-", Error: "read -: no standard input to read; pass file names instead of -"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{Date: day}
			if tt.stdin != nil {
				opts.Stdin = tt.stdin
			}
			got := collect(t, []string{"-"}, opts)
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("outcome %d:\n got %+v\nwant %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

// TestPathsStop checks that an error from the callback, even a DocError
// passed back, or a cancelled context stops reading at once.
func TestPathsStop(t *testing.T) {
	tree := []string{filepath.Join("testdata", "tree")}
	errMine := errors.New("mine")
	t.Run("callback error", func(t *testing.T) {
		calls := 0
		err := Paths(context.Background(), tree, Options{}, func(accord.Document, error) error {
			calls++
			return errMine
		})
		if err != errMine || calls != 1 {
			t.Errorf("got %v after %d calls, want %v after 1", err, calls, errMine)
		}
	})
	t.Run("doc error passed back", func(t *testing.T) {
		calls := 0
		err := Paths(context.Background(), tree, Options{}, func(_ accord.Document, err error) error {
			calls++
			return err
		})
		var de *DocError
		if !errors.As(err, &de) || de.Origin.String() != filepath.Join("testdata", "tree", "c_articles.jsonl")+" line 2" {
			t.Errorf("got %v after %d calls, want the DocError of c_articles.jsonl line 2", err, calls)
		}
	})
	t.Run("cancel", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		calls := 0
		err := Paths(ctx, append(tree, tree...), Options{}, func(accord.Document, error) error {
			calls++
			cancel()
			return nil
		})
		if !errors.Is(err, context.Canceled) || calls != 1 {
			t.Errorf("got %v after %d calls, want context.Canceled after 1", err, calls)
		}
	})
}

func TestCount(t *testing.T) {
	got, err := Count(context.Background(), []string{filepath.Join("testdata", "tree")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// a, b, c-1, c-3, e:1, f, h; errors: c line 2, e line 3, g empty, i bad UTF-8.
	if got.Docs != 7 || got.Errors != 4 || got.TextBytes == 0 {
		t.Errorf("got %+v, want 7 documents and 4 errors", got)
	}
}

func TestDocError(t *testing.T) {
	tests := []struct {
		err  *DocError
		want string
	}{
		{docErr("a.jsonl", 12, ErrNoText), "read a.jsonl line 12: no text"},
		{docErr("b.txt", 0, ErrTooLong), "read b.txt: too long"},
		{&DocError{Origin: accord.Origin{Path: "c"}}, "read c: unknown problem"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
		if tt.err.Err != nil && !errors.Is(tt.err, tt.err.Err) {
			t.Errorf("%q does not unwrap to %v", tt.err, tt.err.Err)
		}
	}
}

func TestBaseID(t *testing.T) {
	for in, want := range map[string]string{
		"dir/000_22ab.txt": "000_22ab",
		"a.b.jsonl":        "a.b",
		"noext":            "noext",
		".txt":             ".txt",
		"-":                "stdin",
	} {
		if got := baseID(in); got != want {
			t.Errorf("baseID(%q) = %q, want %q", in, got, want)
		}
	}
}

func sharedDir(t *testing.T, parts ...string) string {
	t.Helper()
	dir := filepath.Join(append([]string{"..", "..", "shared"}, parts...)...)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data %s absent: %v", dir, err)
	}
	return dir
}

// TestSharedJSONLines reads the gold files and the news corpus and compares
// each line with what encoding/json makes of it.
func TestSharedJSONLines(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(sharedDir(t, "eval", "dev"), "*.jsonl"))
	more, _ := filepath.Glob(filepath.Join(sharedDir(t, "corpora", "pk-news-2025"), "*.jsonl"))
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("no .jsonl files under ../shared")
	}
	for _, name := range files {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			var want []map[string]any
			for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n")) {
				var m map[string]any
				if err := json.Unmarshal(line, &m); err != nil {
					t.Fatal(err)
				}
				want = append(want, m)
			}
			var got []accord.Document
			err = JSONLines(bytes.NewReader(data), name, Options{}, func(doc accord.Document, err error) error {
				if err != nil {
					t.Error(err)
				}
				got = append(got, doc)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("read %d documents from %d lines", len(got), len(want))
			}
			for i, doc := range got {
				w := want[i]
				if doc.ID != w["id"] || doc.Text != w["text"] || accord.FormatDate(doc.Date) != w["date"] || doc.Origin.Line != i+1 {
					t.Errorf("line %d: got id %q date %v line %d, want id %q date %v; same text: %v",
						i+1, doc.ID, doc.Date, doc.Origin.Line, w["id"], w["date"], doc.Text == w["text"])
				}
				if title, _ := w["title"].(string); doc.Title != title {
					t.Errorf("line %d: title %q, want %q", i+1, doc.Title, title)
				}
			}
		})
	}
}

// TestSeedFile reads the seed report and checks that its text is the one
// the gold annotations' offsets refer to.
func TestSeedFile(t *testing.T) {
	seed := sharedDir(t, "seed")
	gold := filepath.Join(sharedDir(t, "eval", "dev"), "seed.jsonl")
	var want accord.Document
	f, err := os.Open(gold)
	if err != nil {
		t.Skipf("gold seed %s absent: %v", gold, err)
	}
	defer f.Close()
	if err := JSONLines(f, gold, Options{}, func(doc accord.Document, err error) error {
		want = doc
		return err
	}); err != nil {
		t.Fatal(err)
	}
	got := collect(t, []string{seed}, Options{})
	if len(got) != 1 {
		t.Fatalf("got %d outcomes from %s, want 1", len(got), seed)
	}
	if got[0].Text != want.Text || got[0].Date != accord.FormatDate(want.Date) || got[0].ID != "000_22ab44a4592ecb64" {
		t.Errorf("seed read as id %q date %s, text equal to gold: %v", got[0].ID, got[0].Date, got[0].Text == want.Text)
	}
}

// TestReadFailure: a reader that fails is a DocError naming where.
func TestReadFailure(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader("{\"text\":\"ok\"}\n{\"text\":"), iotest.ErrReader(boom))
	docs := 0
	err := JSONLines(r, "f.jsonl", Options{}, func(_ accord.Document, err error) error {
		if err != nil {
			t.Errorf("unexpected callback error %v", err)
		}
		docs++
		return nil
	})
	var de *DocError
	if !errors.As(err, &de) || !errors.Is(err, boom) || de.Origin.Line != 2 || docs != 1 {
		t.Errorf("JSONLines: got %v after %d docs, want a DocError at line 2 after 1", err, docs)
	}
	_, err = TextFile(iotest.ErrReader(boom), "f.txt", Options{})
	if !errors.As(err, &de) || !errors.Is(err, boom) {
		t.Errorf("TextFile: got %v, want a DocError wrapping %v", err, boom)
	}
}

// TestPathsSymlinks: links to files are read, links to directories inside a
// walk are skipped (they could loop), and a named link to a directory is
// walked.
func TestPathsSymlinks(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(sub, "a.txt"), []byte("Talks."), 0o644); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"b.txt": "a.txt", "loop": "..", "dangling.txt": "nowhere.txt"} {
		if err := os.Symlink(target, filepath.Join(sub, link)); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	named := filepath.Join(dir, "named")
	if err := os.Symlink("sub", named); err != nil {
		t.Fatal(err)
	}
	for _, root := range []string{sub, named} {
		got := collect(t, []string{root}, Options{})
		var origins []string
		for _, o := range got {
			origins = append(origins, strings.TrimPrefix(o.Origin, filepath.ToSlash(dir)+"/"))
		}
		base := filepath.Base(root)
		want := base + "/a.txt " + base + "/b.txt " + base + "/dangling.txt"
		if strings.Join(origins, " ") != want || got[2].Error == "" {
			t.Errorf("walking %s: got %v, want %s with an error for the dangling link", root, origins, want)
		}
	}
}
