package cli

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// run runs a command line in-process and returns its exit status, stdout
// and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestCodeExamples(t *testing.T) {
	code, out, errs := run(t, "", "code", filepath.Join("..", "..", "examples"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	n := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("line %d is not JSON: %v", n+1, err)
		}
		for _, k := range []string{"id", "date", "persons", "events", "commitments", "mechanisms"} {
			if _, ok := rec[k]; !ok {
				t.Errorf("record %v lacks %q", rec["id"], k)
			}
		}
		n++
	}
	if n < 8 {
		t.Errorf("%d records, want one per example report (at least 8)", n)
	}
	if !strings.Contains(errs, "reports coded") {
		t.Errorf("no summary on stderr: %q", errs)
	}
}

func TestCodePretty(t *testing.T) {
	code, out, errs := run(t, "", "code", "--pretty", filepath.Join("..", "..", "examples", "02-agreement-to-meet.txt"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"persons:", "Amir Khan Muttaqi", "events:", "PAK <> AFG AGREE", "(036)", "commitments:", "mechanisms:", "Joint Coordination Committee"} {
		if !strings.Contains(out, want) {
			t.Errorf("pretty output lacks %q:\n%s", want, out)
		}
	}
}

func TestCodeStdinAndDate(t *testing.T) {
	code, out, errs := run(t, "Pakistan and Iran agreed to hold talks next month.", "code", "--date", "2025-03-01", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"date":"2025-03-01"`) || !strings.Contains(out, `"2025-04"`) {
		t.Errorf("stdin report not dated or next month not resolved: %s", out)
	}
}

func TestCodeLegacyTypes(t *testing.T) {
	in := "Pakistan demanded that Afghanistan hand over the militants."
	_, modern, _ := run(t, in, "code", "--date", "2025-03-01", "-")
	code, legacy, errs := run(t, in, "code", "--legacy-types", "--date", "2025-03-01", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(modern, `"type":"REQUEST"`) || !strings.Contains(legacy, `"type":"DEMAND"`) || strings.Contains(legacy, `"type":"REQUEST"`) {
		t.Errorf("want REQUEST by default and DEMAND with --legacy-types:\n%s\n%s", modern, legacy)
	}
	if code, _, _ := run(t, "", "eval", "--legacy-types", "--gold", "g.jsonl", "--system", "s.jsonl"); code != ExitUsage {
		t.Errorf("eval --legacy-types with --system: exit %d, want %d", code, ExitUsage)
	}
}

func TestCodeBadInputGoesOn(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "mixed.jsonl")
	lines := `{"id":"a","date":"2025-01-01","text":"Pakistan and Iran signed an agreement."}
not json
{"id":"c","date":"2025-01-01","text":"Police arrested two suspects."}
`
	if err := os.WriteFile(path, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "code", path)
	if code != ExitFailure {
		t.Errorf("exit %d, want %d when a line is bad", code, ExitFailure)
	}
	if !strings.Contains(errs, "mixed.jsonl line 2") {
		t.Errorf("error does not name the file and line: %q", errs)
	}
	if strings.Count(out, "\n") != 2 {
		t.Errorf("want the two good reports coded, got:\n%s", out)
	}
	if !strings.Contains(errs, "1 failed") {
		t.Errorf("summary does not count the failure: %q", errs)
	}
}

func TestCodeOutputFileAndWorkers(t *testing.T) {
	dir := t.TempDir()
	outPath := filepath.Join(dir, "out.jsonl")
	code, _, errs := run(t, "", "code", "--workers", "3", "-o", outPath, filepath.Join("..", "..", "examples"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	got, err := os.ReadFile(outPath)
	if err != nil {
		t.Fatal(err)
	}
	_, single, _ := run(t, "", "code", "--workers", "1", filepath.Join("..", "..", "examples"))
	if string(got) != single {
		t.Error("three workers wrote other output than one: input order must be kept")
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{"code"},
		{"code", "--date", "yesterday", "x"},
		{"code", "--nosuchflag", "x"},
		{"nosuchcommand"},
		{"eval"},
	}
	for _, args := range tests {
		if code, _, _ := run(t, "", args...); code != ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, ExitUsage)
		}
	}
	if code, _, errs := run(t, "", "code", "--help"); code != 0 || !strings.Contains(errs, "Usage: accord code") {
		t.Errorf("code --help: exit %d, %q", code, errs)
	}
	if code, out, _ := run(t, "", "help"); code != 0 || !strings.Contains(out, "Commands:") {
		t.Errorf("help: exit %d, %q", code, out)
	}
}

func TestUserLexiconFlag(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.lex")
	if err := os.WriteFile(bad, []byte("contry | Pakistan | PAK\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := run(t, "x", "code", "--lexicon", bad, "--date", "2025-01-01", "-")
	if code == 0 || !strings.Contains(errs, "bad.lex line 1") {
		t.Errorf("a bad lexicon should stop with its file and line: exit %d, %q", code, errs)
	}
}
