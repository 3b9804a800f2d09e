package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/read"
	"github.com/accord-events/accord/text"
)

const benchHelp = `
Codes a corpus without storing anything and measures speed and memory.
Beside the pipeline it times a floor in the same run: reading the same
inputs with the same reader (read.Paths) and cutting each text into tokens
with text.Tokenize, nothing more (the fastest of 3 passes). The pipeline's
time is also given as a multiple of the floor ("x floor"), which stays
meaningful on a busy or shared machine where absolute rates do not. Each
pipeline run is timed --runs times (3 by default) and, like the floor, the
fastest counts: a moment's load elsewhere slows one pass, not the coder;
peak memory is the highest of all passes.

For the floor and each pipeline run it prints reports/s, MB/s of text
(10^6 bytes of report text, not of JSON), tokens/s, wall and CPU time (user
and system time of the process, GC included; Linux, runs of 0.1 s or more),
allocations and bytes allocated per report (runtime.MemStats), GC cycles,
and resident memory at the start and at its peak (VmHWM, reset before each
run; Linux). For pipeline runs, the share of each stage (pipeline.Timings,
summed over workers).

--workers defaults to 1, so that rates are per core (the reader has its own
goroutine, as in 'accord code', and the GC uses spare cores: hence CPU
time). A list such as --workers 1,2 codes the corpus once per count and
prints the speedup over the first. --repeat K reads the inputs K times over
in one stream, like a corpus concatenated K times, and prints the peak
memory after each pass, which should stay flat.

The accord binary runs the garbage collector at GOGC=400 for the commands
that code in bulk without storing (code, bench, eval) unless GOGC is set:
the live heap is small and the garbage short-lived. Set GOGC=100 to measure
at Go's default.

Progress goes to standard error: a bar on a terminal, else a line every few
seconds. The figures go to standard output, as tables or, with --json, as
one JSON object. A document that cannot be read or coded is reported on
standard error and left out of the figures; the exit status is then 1.

--cpuprofile covers the pipeline runs only. --memprofile writes the allocs
profile at the end, covering the whole command; leave the floor out with
"go tool pprof -sample_index=alloc_space -ignore=benchFloor".

Examples:
  accord bench ../shared/corpora/pk-news-2025/
  accord bench --workers 1,2 ../shared/corpora/pk-news-2025/
  accord bench --repeat 10 --json ../shared/corpora/pk-news-2025/ > bench.json
  accord bench --cpuprofile cpu.prof --memprofile mem.prof examples/
  go tool pprof -top cpu.prof`

// A bencher runs 'accord bench'; its fields are what tests may change.
type bencher struct {
	// progressEvery is the interval between progress lines when standard
	// error is not a terminal.
	progressEvery time.Duration
}

func runBench(ctx context.Context, env Env, args []string) error {
	return bencher{progressEvery: 5 * time.Second}.run(ctx, env, args)
}

// benchReport is everything bench measures; --json prints it as is.
type benchReport struct {
	Date       string     `json:"date"`
	Go         string     `json:"go"`
	Platform   string     `json:"platform"`
	CPUs       int        `json:"cpus"`
	GOMAXPROCS int        `json:"gomaxprocs"`
	Paths      []string   `json:"paths"`
	Repeat     int        `json:"repeat"`
	Reports    int        `json:"reports"`    // documents read, all passes
	TextBytes  int64      `json:"text_bytes"` // bytes of report text, all passes
	Tokens     int64      `json:"tokens"`     // text.Tokenize tokens, all passes
	Floor      benchRun   `json:"floor"`
	Runs       []benchRun `json:"runs"`
}

// benchRun is the figures of one timed pass over the inputs.
type benchRun struct {
	Name       string  `json:"name"` // "floor" or "pipeline"
	Method     string  `json:"method"`
	Workers    int     `json:"workers"`
	Reports    int     `json:"reports"` // coded (or tokenized) without error
	Failed     int     `json:"failed"`
	Seconds    float64 `json:"seconds"`
	CPUSeconds float64 `json:"cpu_seconds"` // 0 when unknown
	// Runs is how many times the run was timed; the figures are the
	// fastest's, but for PeakRSSMB, the highest of all.
	Runs int `json:"runs"`

	ReportsPerSec float64 `json:"reports_per_s"`
	MBPerSec      float64 `json:"mb_per_s"`
	TokensPerSec  float64 `json:"tokens_per_s"`
	// FloorMultiple is the run's wall time over the floor's, CPUFloorMultiple
	// its CPU time over the floor's; Speedup is the first run's wall time
	// over this one's.
	FloorMultiple    float64 `json:"floor_multiple"`
	CPUFloorMultiple float64 `json:"cpu_floor_multiple,omitempty"`
	Speedup          float64 `json:"speedup,omitempty"`

	AllocsPerReport float64 `json:"allocs_per_report"`
	BytesPerReport  float64 `json:"bytes_per_report"`
	GCCycles        uint32  `json:"gc_cycles"`
	// PeakRSSMB is the resident memory high-water mark during the run
	// (lexicons included: StartRSSMB is what was resident at its start);
	// PeakRSSByPassMB the mark after each pass of --repeat. 0 when unknown.
	PeakRSSMB       float64   `json:"peak_rss_mb"`
	StartRSSMB      float64   `json:"start_rss_mb"` // resident memory at the start
	PeakRSSByPassMB []float64 `json:"peak_rss_by_pass_mb,omitempty"`

	Stages []benchStage `json:"stages,omitempty"`
}

type benchStage struct {
	Name    string  `json:"name"`
	Seconds float64 `json:"seconds"` // summed over workers
	Share   float64 `json:"share"`   // of the time in all stages
}

const floorMethod = "read.Paths + text.Tokenize, fastest of 3"

// benchFlags are bench's flags once parsed.
type benchFlags struct {
	code                   codeFlags
	paths                  []string
	workers                []int
	repeat, runs           int
	cpuProfile, memProfile string
	json                   bool
}

func parseBenchFlags(env Env, args []string) (benchFlags, error) {
	var f benchFlags
	fs := newFlags(env, "bench", "[flags] PATH...", benchHelp)
	fs.StringVar(&f.code.date, "date", "", "date `YYYY-MM-DD` for reports that carry none (plain text)")
	fs.Var(&f.code.lexicons, "lexicon", "add a lexicon `FILE` (docs/LEXICON.md); repeatable")
	workers := fs.String("workers", "1", "code with `N` goroutines; a list such as 1,2 runs each and prints the speedup")
	fs.IntVar(&f.repeat, "repeat", 1, "read the inputs `K` times over in one stream (memory should stay flat)")
	fs.IntVar(&f.runs, "runs", 3, "time each pipeline run `N` times and keep the fastest, as the floor is")
	fs.StringVar(&f.cpuProfile, "cpuprofile", "", "write a CPU profile of the pipeline runs to `FILE`")
	fs.StringVar(&f.memProfile, "memprofile", "", "write an allocation profile to `FILE` at the end")
	fs.BoolVar(&f.json, "json", false, "print the figures as one JSON object")
	var err error
	if f.paths, err = parse(fs, args); err != nil {
		return f, err
	}
	if len(f.paths) == 0 {
		return f, fmt.Errorf("%w: no input: give files or directories", errUsage)
	}
	if slices.Contains(f.paths, "-") {
		return f, fmt.Errorf("%w: bench reads its inputs several times: give files or directories, not -", errUsage)
	}
	if f.workers, err = parseWorkers(*workers); err != nil {
		return f, fmt.Errorf("%w: --workers: %v", errUsage, err)
	}
	if f.repeat < 1 {
		return f, fmt.Errorf("%w: --repeat must be at least 1, not %d", errUsage, f.repeat)
	}
	if f.runs < 1 {
		return f, fmt.Errorf("%w: --runs must be at least 1, not %d", errUsage, f.runs)
	}
	return f, nil
}

func (b bencher) run(ctx context.Context, env Env, args []string) error {
	f, err := parseBenchFlags(env, args)
	if err != nil {
		return err
	}
	p, opts, err := f.code.setup(env)
	if err != nil {
		return err
	}
	var cpuFile, memFile *os.File
	if f.cpuProfile != "" {
		if cpuFile, err = os.Create(f.cpuProfile); err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		defer cpuFile.Close()
	}
	if f.memProfile != "" {
		if memFile, err = os.Create(f.memProfile); err != nil {
			return fmt.Errorf("--memprofile: %w", err)
		}
		defer memFile.Close()
	}
	if n := slices.Max(f.workers); n > runtime.GOMAXPROCS(0) {
		fmt.Fprintf(env.Stderr, "accord bench: warning: %d workers on GOMAXPROCS %d: the speedup is capped\n", n, runtime.GOMAXPROCS(0))
	}

	all := make([]string, 0, len(f.paths)*f.repeat)
	for range f.repeat {
		all = append(all, f.paths...)
	}
	rep := benchReport{
		Date: time.Now().Format("2006-01-02"), Go: runtime.Version(),
		Platform: runtime.GOOS + "/" + runtime.GOARCH, CPUs: runtime.NumCPU(),
		GOMAXPROCS: runtime.GOMAXPROCS(0), Paths: f.paths, Repeat: f.repeat,
	}
	errs := &errorLog{w: env.Stderr, max: 10}
	if rep.Floor, err = b.benchFloor(ctx, env.Stderr, &rep, all, opts, errs); err != nil {
		return err
	}
	if cpuFile != nil {
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
	}
	for _, n := range f.workers {
		var best benchRun
		for run := range f.runs {
			label := "pipeline, " + plural(n, "worker")
			if f.runs > 1 {
				label += fmt.Sprintf(", run %d of %d", run+1, f.runs)
			}
			prog := b.newProgress(env.Stderr, label, rep.Reports)
			perPass := (rep.Reports + rep.Floor.Failed) / f.repeat
			runErrs := errs
			if run > 0 {
				runErrs = &errorLog{w: io.Discard} // the first run reported them
			}
			r, err := benchPipeline(ctx, p, all, opts, n, perPass, f.repeat, prog, runErrs)
			if err != nil {
				if cpuFile != nil {
					pprof.StopCPUProfile()
				}
				return err
			}
			peak := max(best.PeakRSSMB, r.PeakRSSMB)
			if run == 0 || r.Seconds < best.Seconds {
				best = r
			}
			best.PeakRSSMB = peak
		}
		best.Runs = f.runs
		rep.Runs = append(rep.Runs, best)
	}
	if cpuFile != nil {
		pprof.StopCPUProfile()
		if err := cpuFile.Close(); err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
	}
	if memFile != nil {
		runtime.GC()
		err := pprof.Lookup("allocs").WriteTo(memFile, 0)
		if cerr := memFile.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("--memprofile: %w", err)
		}
	}
	rep.compare()
	errs.flush()
	if f.json {
		enc := json.NewEncoder(env.Stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(rep)
	} else {
		err = rep.write(env.Stdout)
	}
	if err != nil {
		return err
	}
	if errs.n > 0 {
		return errFailed
	}
	return nil
}

// parseWorkers reads "2" or "1,2,4".
func parseWorkers(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil {
			return nil, fmt.Errorf("%q is not a number of goroutines", f)
		}
		if n < 1 {
			return nil, fmt.Errorf("%d: give at least 1 goroutine", n)
		}
		out = append(out, n)
	}
	return out, nil
}

// floorPasses is how many times the floor is timed; the fastest counts.
// The floor is short, so a moment's load elsewhere would skew it.
const floorPasses = 3

// benchFloor reads every document and tokenizes it on this goroutine,
// floorPasses times, and fills in rep's totals; errors are reported once.
func (b bencher) benchFloor(ctx context.Context, stderr io.Writer, rep *benchReport, paths []string, opts read.Options, errs *errorLog) (benchRun, error) {
	var best benchRun
	for pass := range floorPasses {
		r := benchRun{Name: "floor", Method: floorMethod, Workers: 1}
		var textBytes, tokens int64
		prog := b.newProgress(stderr, fmt.Sprintf("floor, pass %d of %d", pass+1, floorPasses), rep.Reports)
		m := startMeasure()
		prog.start()
		err := read.Paths(ctx, paths, opts, func(doc accord.Document, err error) error {
			if err != nil {
				r.Failed++
				if pass == 0 {
					errs.add(err)
				}
				return nil
			}
			r.Reports++
			textBytes += int64(len(doc.Text))
			tokens += int64(len(text.Tokenize(doc.Text, nil)))
			prog.add(len(doc.Text))
			return nil
		})
		prog.finish()
		if err != nil {
			return r, err
		}
		m.stop(&r)
		peak := max(best.PeakRSSMB, r.PeakRSSMB)
		if pass == 0 || r.Seconds < best.Seconds {
			best = r
		}
		best.PeakRSSMB, best.Runs = peak, floorPasses
		rep.Reports, rep.TextBytes, rep.Tokens = r.Reports, textBytes, tokens
	}
	return best, nil
}

// benchPipeline codes paths with n workers, as 'accord code' does, and
// throws the records away; paths are read passes times over, each pass
// giving perPass documents and errors.
func benchPipeline(ctx context.Context, p *pipeline.Pipeline, paths []string, opts read.Options, n, perPass, passes int, prog *progress, errs *errorLog) (benchRun, error) {
	r := benchRun{Name: "pipeline", Method: "pipeline.CodeTimed as in accord code", Workers: n}
	var t pipeline.Timings
	outcomes := 0
	m := startMeasure()
	prog.start()
	err := codeStream(ctx, p, paths, opts, n, &t, func(c coded) error {
		outcomes++
		var rerr *read.DocError
		switch {
		case c.err != nil && errors.As(c.err, &rerr):
			r.Failed++ // the floor reported it already
		case c.err != nil:
			r.Failed++
			errs.add(c.err)
		default:
			r.Reports++
			prog.add(len(c.doc.Text))
		}
		if perPass > 0 && outcomes%perPass == 0 && len(r.PeakRSSByPassMB) < passes {
			r.PeakRSSByPassMB = append(r.PeakRSSByPassMB, peakRSSMB())
		}
		return nil
	})
	prog.finish()
	if err != nil {
		return r, err
	}
	m.stop(&r)
	if passes < 2 || r.PeakRSSMB == 0 {
		r.PeakRSSByPassMB = nil
	}
	var total time.Duration
	for _, d := range t.Stage {
		total += d
	}
	for i, d := range t.Stage {
		name := fmt.Sprintf("stage %d", i)
		if i < len(pipeline.Stages) {
			name = pipeline.Stages[i]
		}
		s := benchStage{Name: name, Seconds: d.Seconds()}
		if total > 0 {
			s.Share = float64(d) / float64(total)
		}
		r.Stages = append(r.Stages, s)
	}
	return r, nil
}

// measure holds the counters at the start of a run.
type measure struct {
	wall time.Time
	cpu  float64
	rss  float64
	mem  runtime.MemStats
}

// startMeasure collects garbage, gives memory back to the system and
// resets the peak resident memory, so that each run starts level.
func startMeasure() *measure {
	debug.FreeOSMemory()
	resetPeakRSS()
	m := &measure{cpu: cpuSeconds(), rss: procStatusMB("VmRSS:")}
	runtime.ReadMemStats(&m.mem)
	m.wall = time.Now()
	return m
}

func (m *measure) stop(r *benchRun) {
	r.Seconds = time.Since(m.wall).Seconds()
	if c := cpuSeconds(); c > 0 && m.cpu > 0 && c-m.cpu >= minCPU {
		r.CPUSeconds = c - m.cpu
	}
	var end runtime.MemStats
	runtime.ReadMemStats(&end)
	r.GCCycles = end.NumGC - m.mem.NumGC
	if r.Reports > 0 {
		r.AllocsPerReport = float64(end.Mallocs-m.mem.Mallocs) / float64(r.Reports)
		r.BytesPerReport = float64(end.TotalAlloc-m.mem.TotalAlloc) / float64(r.Reports)
	}
	r.PeakRSSMB = peakRSSMB()
	r.StartRSSMB = m.rss
}

// minCPU is the least CPU time reported: the kernel counts in 10 ms ticks.
const minCPU = 0.1

// compare derives the rates and ratios once every run is measured.
func (rep *benchReport) compare() {
	rates := func(r *benchRun) {
		if r.Seconds <= 0 {
			return
		}
		r.ReportsPerSec = float64(r.Reports) / r.Seconds
		r.MBPerSec = float64(rep.TextBytes) / 1e6 / r.Seconds
		r.TokensPerSec = float64(rep.Tokens) / r.Seconds
		if rep.Floor.Seconds > 0 {
			r.FloorMultiple = r.Seconds / rep.Floor.Seconds
		}
		if r.CPUSeconds > 0 && rep.Floor.CPUSeconds > 0 {
			r.CPUFloorMultiple = r.CPUSeconds / rep.Floor.CPUSeconds
		}
	}
	rates(&rep.Floor)
	for i := range rep.Runs {
		r := &rep.Runs[i]
		rates(r)
		if len(rep.Runs) > 1 && r.Seconds > 0 {
			r.Speedup = rep.Runs[0].Seconds / r.Seconds
		}
	}
}

// write prints the report as small tables.
func (rep *benchReport) write(w io.Writer) error {
	bw := &errWriter{w: w}
	passes := ""
	if rep.Repeat > 1 {
		passes = fmt.Sprintf(" (%d passes)", rep.Repeat)
	}
	fmt.Fprintf(bw, "accord bench: %s reports, %s MB of text, %s tokens%s\n", group(float64(rep.Reports)),
		megabytes(rep.TextBytes), group(float64(rep.Tokens)), passes)
	fmt.Fprintf(bw, "%s, %s, %d CPUs, GOMAXPROCS %d, %s\n", rep.Go, rep.Platform, rep.CPUs, rep.GOMAXPROCS, rep.Date)
	if len(rep.Runs) > 0 {
		fmt.Fprintf(bw, "the fastest of %d timings of the floor and %d of each pipeline run\n", rep.Floor.Runs, rep.Runs[0].Runs)
	}
	fmt.Fprintln(bw)

	runs := append([]benchRun{rep.Floor}, rep.Runs...)
	label := func(r benchRun) string {
		if r.Name == "floor" {
			return "floor (read + tokenize)"
		}
		return "pipeline, " + plural(r.Workers, "worker")
	}
	width := 0
	for _, r := range runs {
		width = max(width, len(label(r)))
	}
	first := func(s string) string { return fmt.Sprintf("%-*s", width, s) } // left-aligned
	tw := tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, first("run")+"\ttime\tCPU\treports/s\tMB/s\ttokens/s\tx floor\tCPU x floor\tspeedup\t\n")
	for _, r := range runs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%.2f\t%s\t%.1f\t%s\t%s\t\n", first(label(r)), seconds(r.Seconds), seconds(r.CPUSeconds),
			group(r.ReportsPerSec), r.MBPerSec, group(r.TokensPerSec), r.FloorMultiple,
			orNA(r.CPUFloorMultiple, "%.1f"), orNA(r.Speedup, "%.2fx"))
	}
	tw.Flush()

	fmt.Fprintln(bw)
	tw = tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, first("memory")+"\tallocs/report\tbytes/report\tGC cycles\tRSS at start\tpeak RSS\t\n")
	for _, r := range runs {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\t%s\t\n", first(label(r)), group(r.AllocsPerReport),
			kB(r.BytesPerReport), r.GCCycles, orNA(r.StartRSSMB, "%.0f MB"), orNA(r.PeakRSSMB, "%.0f MB"))
	}
	tw.Flush()
	for _, r := range rep.Runs {
		if len(r.PeakRSSByPassMB) > 0 {
			var s []string
			for _, mb := range r.PeakRSSByPassMB {
				s = append(s, fmt.Sprintf("%.0f", mb))
			}
			fmt.Fprintf(bw, "peak RSS after each pass (%s): %s MB\n", label(r), strings.Join(s, " "))
		}
	}

	if len(rep.Runs) > 0 {
		fmt.Fprintln(bw)
		tw = tabwriter.NewWriter(bw, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprint(tw, first("stage"))
		for _, r := range rep.Runs {
			fmt.Fprintf(tw, "\tµs/report (%d)\tshare (%d)", r.Workers, r.Workers)
		}
		fmt.Fprint(tw, "\t\n")
		for i, s := range rep.Runs[0].Stages {
			fmt.Fprint(tw, first(s.Name))
			for _, r := range rep.Runs {
				us := 0.0
				if r.Reports > 0 {
					us = r.Stages[i].Seconds * 1e6 / float64(r.Reports)
				}
				fmt.Fprintf(tw, "\t%s\t%.1f%%", group(us), 100*r.Stages[i].Share)
			}
			fmt.Fprint(tw, "\t\n")
		}
		tw.Flush()
		fmt.Fprintln(bw, "(stage times are summed over workers; (N) is the number of workers)")
	}
	if rep.Floor.Failed > 0 || (len(rep.Runs) > 0 && rep.Runs[0].Failed > 0) {
		failed := rep.Floor.Failed
		if len(rep.Runs) > 0 {
			failed = max(failed, rep.Runs[0].Failed)
		}
		fmt.Fprintf(bw, "\n%s failed to read or code (see above); figures cover the others\n", plural(failed, "document"))
	}
	return bw.err
}

// errWriter keeps the first write error, so printing can go on unchecked.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	_, e.err = e.w.Write(p)
	return len(p), nil
}

// errorLog prints the first max document errors and counts the rest.
type errorLog struct {
	w      io.Writer
	max, n int
}

func (l *errorLog) add(err error) {
	l.n++
	if l.n <= l.max {
		fmt.Fprintf(l.w, "accord bench: %v\n", err)
	}
}

func (l *errorLog) flush() {
	if l.n > l.max {
		fmt.Fprintf(l.w, "accord bench: %d more document errors not shown\n", l.n-l.max)
	}
}

// progress shows how far a run is, on standard error.
type progress struct {
	w     io.Writer
	tty   bool
	every time.Duration
	label string
	total int // documents expected, 0 if unknown

	docs, bytes atomic.Int64
	begin       time.Time
	done        chan struct{}
	wg          sync.WaitGroup
}

func (b bencher) newProgress(w io.Writer, label string, total int) *progress {
	p := &progress{w: w, tty: isTerminal(w), every: b.progressEvery, label: label, total: total}
	if p.tty {
		p.every = 200 * time.Millisecond
	}
	return p
}

// isTerminal reports whether w is a terminal (a character device).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (p *progress) add(textBytes int) {
	p.docs.Add(1)
	p.bytes.Add(int64(textBytes))
}

func (p *progress) start() {
	p.begin = time.Now()
	p.done = make(chan struct{})
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		tick := time.NewTicker(p.every)
		defer tick.Stop()
		for {
			select {
			case <-p.done:
				return
			case <-tick.C:
				p.show()
			}
		}
	}()
}

func (p *progress) show() {
	docs, bytes := p.docs.Load(), p.bytes.Load()
	secs := time.Since(p.begin).Seconds()
	frac := 0.0
	if p.total > 0 {
		frac = min(1, float64(docs)/float64(p.total))
	}
	rate := float64(bytes) / 1e6 / secs
	switch {
	case !p.tty && p.total == 0:
		fmt.Fprintf(p.w, "accord bench: %s: %d reports, %.2f MB/s, %.0fs\n", p.label, docs, rate, secs)
		return
	case !p.tty:
		fmt.Fprintf(p.w, "accord bench: %s: %d/%d reports (%.0f%%), %.2f MB/s, %.0fs\n", p.label, docs, p.total, 100*frac, rate, secs)
		return
	case p.total == 0:
		fmt.Fprintf(p.w, "\r\033[K%s: %d reports, %.2f MB/s", p.label, docs, rate)
		return
	}
	const width = 30
	full := int(frac * width)
	eta := ""
	if frac > 0 {
		eta = fmt.Sprintf(", %.0fs left", secs/frac-secs)
	}
	fmt.Fprintf(p.w, "\r\033[K%s [%s%s] %3.0f%% %d/%d, %.2f MB/s%s", p.label, strings.Repeat("#", full),
		strings.Repeat(" ", width-full), 100*frac, docs, p.total, rate, eta)
}

func (p *progress) finish() {
	close(p.done)
	p.wg.Wait()
	if p.tty {
		fmt.Fprint(p.w, "\r\033[K")
	}
}

// resetPeakRSS restarts the kernel's resident memory high-water mark
// (Linux 4.0 and later); elsewhere it does nothing.
func resetPeakRSS() { _ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSSMB is the process's resident memory high-water mark in MB, or 0
// where /proc is missing.
func peakRSSMB() float64 { return procStatusMB("VmHWM:") }

// procStatusMB reads a figure in kB from /proc/self/status, in MB.
func procStatusMB(key string) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, key); ok {
			kb, err := strconv.ParseFloat(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 64)
			if err != nil {
				return 0
			}
			return kb * 1024 / 1e6
		}
	}
	return 0
}

// cpuSeconds is the user and system CPU time of the process from
// /proc/self/stat, or 0 where it is missing. The kernel counts in ticks of
// 1/100 s (USER_HZ) on every Linux that Go supports.
func cpuSeconds() float64 {
	data, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	// the command name, in parentheses, may hold spaces: count fields after it
	i := strings.LastIndexByte(string(data), ')')
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(data[i+1:]))
	if len(f) < 13 { // state is field 3 of stat; utime, stime are 14 and 15
		return 0
	}
	utime, err1 := strconv.ParseFloat(f[11], 64)
	stime, err2 := strconv.ParseFloat(f[12], 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	return (utime + stime) / 100
}

// group prints n rounded, with thousands separated: 12,345.
func group(n float64) string {
	s := strconv.FormatFloat(n, 'f', 0, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// megabytes prints n bytes in MB (10^6 bytes) to three figures or more.
func megabytes(n int64) string {
	mb := float64(n) / 1e6
	if mb < 10 {
		return strconv.FormatFloat(mb, 'g', 3, 64)
	}
	return fmt.Sprintf("%.1f", mb)
}

// seconds prints a duration given in seconds, or "-" for 0.
func seconds(s float64) string {
	switch {
	case s == 0:
		return "-"
	case s < 0.01:
		return fmt.Sprintf("%.1fms", s*1e3)
	case s < 1:
		return fmt.Sprintf("%.0fms", s*1e3)
	}
	return fmt.Sprintf("%.2fs", s)
}

// kB prints a byte count in kB (10^3 bytes).
func kB(n float64) string {
	if n < 1000 {
		return fmt.Sprintf("%.0f B", n)
	}
	return group(n/1e3) + " kB"
}

// orNA formats v, or "-" when it is zero (not measured or not applicable).
func orNA(v float64, format string) string {
	if v == 0 {
		return "-"
	}
	return fmt.Sprintf(format, v)
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
