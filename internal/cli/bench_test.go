package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/read"
)

var examplesDir = filepath.Join("..", "..", "examples")

// runCLI runs accord in-process and returns its exit status and outputs.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := Run(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

// exampleCount is the number of documents read under examples/.
func exampleCount(t *testing.T) read.Tally {
	t.Helper()
	tally, err := read.Count(context.Background(), []string{examplesDir}, read.Options{})
	if err != nil || tally.Docs == 0 || tally.Errors != 0 {
		t.Fatalf("examples: %+v, %v", tally, err)
	}
	return tally
}

func TestBenchPrintsEachFigure(t *testing.T) {
	code, out, errOut := runCLI(t, "bench", examplesDir)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	want := []string{"reports/s", "MB/s", "tokens/s", "x floor", "CPU x floor", "allocs/report",
		"bytes/report", "GC cycles", "RSS at start", "peak RSS", "floor (read + tokenize)", "pipeline, 1 worker",
		"µs/report", "share"}
	want = append(want, pipeline.Stages...)
	for _, w := range want {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if n := exampleCount(t).Docs; !strings.Contains(out, "accord bench: "+group(float64(n))+" reports") {
		t.Errorf("output does not count %d reports:\n%s", n, out)
	}
	if runtime.GOOS == "linux" && !strings.Contains(out, " MB\n") {
		t.Errorf("no peak RSS in MB on Linux:\n%s", out)
	}
	if strings.Contains(out, "1.00x") {
		t.Errorf("a speedup is printed for a single worker count:\n%s", out)
	}
}

func TestBenchJSON(t *testing.T) {
	code, out, errOut := runCLI(t, "bench", "--json", "--workers", "1,2", "--repeat", "2", examplesDir)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	var rep benchReport
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rep); err != nil {
		t.Fatalf("--json output does not parse: %v\n%s", err, out)
	}
	if dec.More() {
		t.Errorf("more than one JSON value on stdout:\n%s", out)
	}
	tally := exampleCount(t)
	if rep.Reports != 2*tally.Docs || rep.TextBytes != 2*tally.TextBytes || rep.Tokens <= 0 {
		t.Errorf("totals: %d reports, %d bytes, %d tokens; want %d reports, %d bytes, some tokens",
			rep.Reports, rep.TextBytes, rep.Tokens, 2*tally.Docs, 2*tally.TextBytes)
	}
	if rep.Repeat != 2 || rep.Floor.Method != floorMethod || rep.Floor.FloorMultiple != 1 {
		t.Errorf("repeat %d, floor %+v", rep.Repeat, rep.Floor)
	}
	if len(rep.Runs) != 2 || rep.Runs[0].Workers != 1 || rep.Runs[1].Workers != 2 {
		t.Fatalf("runs: %+v", rep.Runs)
	}
	if rep.Floor.Runs != 3 || rep.Runs[0].Runs != 3 || rep.Runs[1].Runs != 3 {
		t.Errorf("timings: floor %d, pipeline %d and %d; want 3 each by default", rep.Floor.Runs, rep.Runs[0].Runs, rep.Runs[1].Runs)
	}
	for _, r := range append([]benchRun{rep.Floor}, rep.Runs...) {
		if r.Reports != rep.Reports || r.Failed != 0 {
			t.Errorf("%s/%d: %d reports, %d failed; want %d, 0", r.Name, r.Workers, r.Reports, r.Failed, rep.Reports)
		}
		if r.Seconds <= 0 || r.ReportsPerSec <= 0 || r.MBPerSec <= 0 || r.TokensPerSec <= 0 ||
			r.FloorMultiple <= 0 || r.AllocsPerReport <= 0 || r.BytesPerReport <= 0 {
			t.Errorf("%s/%d: a figure is missing: %+v", r.Name, r.Workers, r)
		}
		if runtime.GOOS == "linux" && (r.PeakRSSMB <= 0 || r.StartRSSMB <= 0) {
			t.Errorf("%s/%d: no peak or start RSS on Linux", r.Name, r.Workers)
		}
	}
	for _, r := range rep.Runs {
		if r.Speedup <= 0 {
			t.Errorf("workers %d: no speedup", r.Workers)
		}
		if runtime.GOOS == "linux" && len(r.PeakRSSByPassMB) != 2 {
			t.Errorf("workers %d: peak RSS by pass %v, want 2 passes", r.Workers, r.PeakRSSByPassMB)
		}
		if len(r.Stages) != len(pipeline.Stages) {
			t.Fatalf("workers %d: %d stages, want %d", r.Workers, len(r.Stages), len(pipeline.Stages))
		}
		sum := 0.0
		for i, s := range r.Stages {
			if s.Name != pipeline.Stages[i] || s.Share < 0 {
				t.Errorf("stage %d: %+v", i, s)
			}
			sum += s.Share
		}
		if math.Abs(sum-1) > 1e-6 {
			t.Errorf("workers %d: stage shares sum to %v", r.Workers, sum)
		}
	}
	if rep.Runs[0].Speedup != 1 {
		t.Errorf("the first run's speedup is %v, want 1", rep.Runs[0].Speedup)
	}
}

func TestBenchProgressLines(t *testing.T) {
	var stdout, stderr bytes.Buffer
	env := Env{Stdin: strings.NewReader(""), Stdout: &stdout, Stderr: &stderr}
	b := bencher{progressEvery: 2 * time.Millisecond}
	if err := b.run(context.Background(), env, []string{"--repeat", "50", examplesDir}); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	var floor, pipe bool
	for line := range strings.Lines(stderr.String()) {
		floor = floor || strings.HasPrefix(line, "accord bench: floor, pass 1 of 3: ") && strings.Contains(line, " reports, ")
		pipe = pipe || strings.HasPrefix(line, "accord bench: pipeline, 1 worker, run 1 of 3: ") && strings.Contains(line, " reports (")
	}
	if !floor || !pipe {
		t.Errorf("progress lines on a non-terminal stderr: floor %v, pipeline %v:\n%.1000s", floor, pipe, stderr.String())
	}
	if strings.Contains(stderr.String(), "\r") {
		t.Errorf("a progress bar was drawn on a non-terminal:\n%q", stderr.String())
	}
}

func TestBenchProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	code, _, errOut := runCLI(t, "bench", "--cpuprofile", cpu, "--memprofile", mem, examplesDir)
	if code != 0 {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	for _, f := range []string{cpu, mem} {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) { // pprof profiles are gzipped
			t.Errorf("%s is not a profile (%d bytes)", f, len(data))
		}
	}
}

func TestBenchBadDocument(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(examplesDir, "09-wire.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "mixed.jsonl")
	if err := os.WriteFile(in, append(good, "{not json\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "bench", in)
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	if strings.Count(errOut, "mixed.jsonl line 3") != 1 {
		t.Errorf("the bad line is not reported once:\n%s", errOut)
	}
	if !strings.Contains(out, "accord bench: 2 reports") || !strings.Contains(out, "1 document failed") {
		t.Errorf("summary does not count 2 reports and 1 failure:\n%s", out)
	}
}

func TestBenchUsage(t *testing.T) {
	for _, args := range [][]string{
		{},
		{"--workers", "0", examplesDir},
		{"--workers", "two", examplesDir},
		{"--workers", "1,,2", examplesDir},
		{"--repeat", "0", examplesDir},
		{"--runs", "0", examplesDir},
		{"--date", "yesterday", examplesDir},
		{"--no-such-flag", examplesDir},
		{"-"},
	} {
		code, out, errOut := runCLI(t, append([]string{"bench"}, args...)...)
		if code != ExitUsage || out != "" || !strings.Contains(errOut, "Run 'accord bench --help' for usage.") {
			t.Errorf("bench %q: exit %d, stdout %q, stderr:\n%s", args, code, out, errOut)
		}
	}
}

func TestBenchHelp(t *testing.T) {
	code, _, errOut := runCLI(t, "bench", "--help")
	if code != 0 {
		t.Errorf("exit %d", code)
	}
	for _, w := range []string{"Usage: accord bench [flags] PATH...", "floor", "-workers N", "-repeat K",
		"-cpuprofile FILE", "-memprofile FILE", "-json", "defaults to 1"} {
		if !strings.Contains(errOut, w) {
			t.Errorf("help lacks %q:\n%s", w, errOut)
		}
	}
}

func TestParseWorkers(t *testing.T) {
	got, err := parseWorkers("1, 2,4")
	if err != nil || len(got) != 3 || got[0] != 1 || got[1] != 2 || got[2] != 4 {
		t.Errorf("parseWorkers(\"1, 2,4\") = %v, %v", got, err)
	}
}

func TestGroup(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 999: "999", 1000: "1,000", 1234567.4: "1,234,567", -45678: "-45,678"} {
		if got := group(in); got != want {
			t.Errorf("group(%v) = %q, want %q", in, got, want)
		}
	}
}
