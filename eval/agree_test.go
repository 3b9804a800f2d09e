package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// shared returns ../../shared/eval, or skips the test naming what is missing.
func shared(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "shared", "eval")
	for _, p := range []string{filepath.Join(dir, "score.py"), filepath.Join(dir, "dev")} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("%s not found; the comparison with score.py needs it", p)
		}
	}
	return dir
}

// driverScript runs score.py's main() once for each pair of files listed
// in the JSON file argv[2], as `score.py --gold G --system S --json
// --show-misses` and as `score.py --gold G --system S`, in one Python
// process (starting Python once per pair is slow), and prints what each run
// wrote to stdout and stderr.
const driverScript = `
import contextlib, importlib.util, io, json, sys
spec = importlib.util.spec_from_file_location("score", sys.argv[1])
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
runs = []
for gold, system in json.load(open(sys.argv[2])):
    run = {}
    for mode, flags in (("json", ["--json", "--show-misses"]), ("text", [])):
        out, err = io.StringIO(), io.StringIO()
        sys.argv = ["score.py", "--gold", gold, "--system", system] + flags
        failure = ""
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                score.main()
            except SystemExit as e:
                failure = "exit %s" % (e.code,)
            except Exception as e:
                failure = repr(e)
        run[mode] = {"stdout": out.getvalue(), "stderr": err.getvalue(), "failure": failure}
    runs.append(run)
json.dump(runs, sys.stdout)
`

// A pyRun is what one run of score.py printed.
type pyRun struct {
	Stdout, Stderr, Failure string
}

// TestAgreement scores systems built from each gold file, with both this
// package and score.py, and wants the same JSON, the same text and the same
// misses and false positives in the same order.
func TestAgreement(t *testing.T) {
	dir := shared(t)
	py := python3(t)
	golds, err := filepath.Glob(filepath.Join(dir, "dev", "*.jsonl"))
	if err != nil || len(golds) == 0 {
		t.Skipf("no gold files in %s", filepath.Join(dir, "dev"))
	}
	mine, err := filepath.Glob(filepath.Join("testdata", "gold", "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	golds = append(golds, mine...)
	type job struct{ name, gold, system string }
	var jobs []job
	var pairs [][2]string
	tmp := t.TempDir()
	for gi, gold := range golds {
		docs := rawDocs(t, gold)
		for vi, v := range variants() {
			rng := rand.New(rand.NewPCG(uint64(gi), uint64(vi)))
			path := filepath.Join(tmp, fmt.Sprintf("%d-%s.jsonl", gi, v.name))
			writeDocs(t, path, v.build(rng, cloneDocs(t, docs)))
			jobs = append(jobs, job{filepath.Base(gold) + "/" + v.name, gold, path})
			pairs = append(pairs, [2]string{gold, path})
		}
	}
	list := filepath.Join(tmp, "jobs.json")
	b, err := json.Marshal(pairs)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(list, b, 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(py, "-c", driverScript, filepath.Join(dir, "score.py"), list)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	var runs []map[string]pyRun
	if err := json.Unmarshal(out, &runs); err != nil || len(runs) != len(jobs) {
		t.Fatalf("python3 gave %d runs for %d jobs (%v)", len(runs), len(jobs), err)
	}
	for i, j := range jobs {
		t.Run(j.name, func(t *testing.T) {
			compare(t, j.gold, j.system, runs[i]["json"], runs[i]["text"])
		})
	}
}

// TestScorePyCommand checks one pair through the score.py command itself,
// so that the driver above is known to see what the command prints.
func TestScorePyCommand(t *testing.T) {
	dir := shared(t)
	py := python3(t)
	gold := filepath.Join(dir, "dev", "seed.jsonl")
	if _, err := os.Stat(gold); err != nil {
		t.Skipf("%s not found", gold)
	}
	docs := rawDocs(t, gold)
	system := filepath.Join(t.TempDir(), "system.jsonl")
	writeDocs(t, system, randomSystem(rand.New(rand.NewPCG(7, 7)), docs))
	run := func(flags ...string) pyRun {
		var stdout, stderr bytes.Buffer
		cmd := exec.Command(py, append([]string{filepath.Join(dir, "score.py"), "--gold", gold, "--system", system}, flags...)...)
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("score.py %s: %v\n%s", strings.Join(flags, " "), err, stderr.String())
		}
		return pyRun{Stdout: stdout.String(), Stderr: stderr.String()}
	}
	compare(t, gold, system, run("--json", "--show-misses"), run())
}

// compare scores the files with this package and wants what score.py
// printed.
func compare(t *testing.T, goldPath, sysPath string, jsonRun, textRun pyRun) {
	t.Helper()
	if jsonRun.Failure != "" || textRun.Failure != "" {
		t.Fatalf("score.py failed: %s %s\n%s", jsonRun.Failure, textRun.Failure, jsonRun.Stderr)
	}
	res := scoreFiles(t, goldPath, sysPath, Options{Misses: true, Confusion: true})

	got, err := res.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var gotV, wantV map[string]any
	if err := json.Unmarshal(got, &gotV); err != nil {
		t.Fatalf("MarshalJSON gave bad JSON: %v\n%s", err, got)
	}
	if err := json.Unmarshal([]byte(jsonRun.Stdout), &wantV); err != nil {
		t.Fatalf("score.py gave bad JSON: %v\n%s", err, jsonRun.Stdout)
	}
	for _, d := range diffJSON("", wantV, gotV) {
		t.Errorf("JSON: %s", d)
	}
	if want := strings.TrimSuffix(jsonRun.Stdout, "\n"); string(got) != want {
		t.Errorf("JSON bytes differ:\ngot  %s\nwant %s", got, want)
	}

	plain := res
	plain.Options = Options{}
	var buf bytes.Buffer
	if err := plain.WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	gotLines, wantLines := strings.Split(buf.String(), "\n"), strings.Split(textRun.Stdout, "\n")
	for i := 0; i < max(len(gotLines), len(wantLines)); i++ {
		var g, w string
		if i < len(gotLines) {
			g = gotLines[i]
		}
		if i < len(wantLines) {
			w = wantLines[i]
		}
		if g != w {
			t.Errorf("text line %d:\ngot  %q\nwant %q", i+1, g, w)
		}
	}

	var want []string
	for _, line := range strings.Split(strings.TrimSuffix(jsonRun.Stderr, "\n"), "\n") {
		if line == "" {
			continue
		}
		if len(line) < 17 || !strings.Contains(line[16:], ": {") {
			t.Fatalf("odd score.py miss line %q", line)
		}
		rest := line[16:]
		want = append(want, strings.TrimSpace(line[:15])+" "+rest[:strings.Index(rest, ": {")])
	}
	var gotMisses []string
	for _, m := range res.Misses {
		gotMisses = append(gotMisses, m.Kind+" "+m.Doc)
	}
	if !reflect.DeepEqual(gotMisses, want) {
		t.Errorf("misses differ: got %d, want %d\ngot  %q\nwant %q", len(gotMisses), len(want), gotMisses, want)
	}
	if err := res.WriteText(&bytes.Buffer{}); err != nil {
		t.Errorf("WriteText with misses and confusion: %v", err)
	}
}

// scoreFiles reads both files with this package and scores them.
func scoreFiles(t *testing.T, goldPath, sysPath string, opts Options) Result {
	t.Helper()
	gf, err := os.Open(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer gf.Close()
	gold, err := ReadGold(gf, goldPath)
	if err != nil {
		t.Fatal(err)
	}
	sf, err := os.Open(sysPath)
	if err != nil {
		t.Fatal(err)
	}
	defer sf.Close()
	sys, err := ReadSystem(sf, sysPath)
	if err != nil {
		t.Fatal(err)
	}
	return Score(gold, sys, opts)
}

// diffJSON lists the differences between two decoded JSON values.
func diffJSON(path string, want, got any) []string {
	wm, wok := want.(map[string]any)
	gm, gok := got.(map[string]any)
	if !wok || !gok {
		if !reflect.DeepEqual(want, got) {
			return []string{fmt.Sprintf("%s: got %v, want %v", path, got, want)}
		}
		return nil
	}
	keys := map[string]bool{}
	for k := range wm {
		keys[k] = true
	}
	for k := range gm {
		keys[k] = true
	}
	var out []string
	for _, k := range sortedKeys(keys) {
		w, inW := wm[k]
		g, inG := gm[k]
		switch {
		case !inW:
			out = append(out, fmt.Sprintf("%s.%s: got %v, score.py has no such key", path, k, g))
		case !inG:
			out = append(out, fmt.Sprintf("%s.%s: missing, score.py has %v", path, k, w))
		default:
			out = append(out, diffJSON(path+"."+k, w, g)...)
		}
	}
	return out
}

// rawDocs reads a JSON Lines file as decoded objects, lines counted as
// score.py counts them.
func rawDocs(t *testing.T, path string) []map[string]any {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var docs []map[string]any
	err = readLines(f, path, func(line []byte) error {
		m, err := object(line)
		docs = append(docs, m)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func cloneDocs(t *testing.T, docs []map[string]any) []map[string]any {
	t.Helper()
	b, err := json.Marshal(docs)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func writeDocs(t *testing.T, path string, docs []map[string]any) {
	t.Helper()
	var b bytes.Buffer
	for _, d := range docs {
		line, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A variant builds a system output from the gold documents.
type variant struct {
	name  string
	build func(rng *rand.Rand, docs []map[string]any) []map[string]any
}

// ploverTypes lists the 16 PLOVER event types.
func ploverTypes() []string {
	return []string{"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
		"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
}

// eachItem calls fn with every item of every category of every document and
// replaces the category with what fn returns for its items.
func eachItem(docs []map[string]any, fn func(cat string, i int, it map[string]any) []any) []map[string]any {
	for _, d := range docs {
		for _, cat := range Categories() {
			list, ok := d[cat].([]any)
			if !ok {
				continue
			}
			var out []any
			for i, it := range list {
				out = append(out, fn(cat, i, it.(map[string]any))...)
			}
			d[cat] = out
		}
	}
	return docs
}

func variants() []variant {
	vs := []variant{
		{"gold", func(_ *rand.Rand, docs []map[string]any) []map[string]any { return docs }},
		{"dropped", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			docs = eachItem(docs, func(_ string, i int, it map[string]any) []any {
				if i%3 == 1 {
					return nil
				}
				return []any{it}
			})
			var out []map[string]any
			for i, d := range docs {
				if i%5 != 2 {
					out = append(out, d)
				}
			}
			return out
		}},
		{"types", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			return eachItem(docs, func(cat string, i int, it map[string]any) []any {
				if cat == Events {
					typ, _ := it["type"].(string)
					switch i % 3 {
					case 0:
						types := ploverTypes()
						for j, p := range types {
							if p == typ {
								it["type"] = types[(j+1+i)%len(types)]
							}
						}
					case 1:
						it["type"] = strings.ToLower(typ)
					}
				}
				return []any{it}
			})
		}},
		{"swapped", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			return eachItem(docs, func(cat string, _ int, it map[string]any) []any {
				if cat == Events {
					it["source"], it["target"] = it["target"], it["source"]
				}
				return []any{it}
			})
		}},
		{"dates", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			return eachItem(docs, func(cat string, i int, it map[string]any) []any {
				key := map[string]string{Events: "date", Commitments: "due"}[cat]
				if key == "" {
					return []any{it}
				}
				d, _ := it[key].(string)
				switch i % 8 {
				case 0:
					it[key] = map[string]any{"start": d}
				case 1:
					it[key] = map[string]any{"date": d, "text": "in the text"}
				case 2:
					it[key] = map[string]any{"start": "", "date": d}
				case 3:
					it[key] = map[string]any{"start": changeDate(d), "end": d}
				case 4:
					if len(d) == 7 {
						it[key] = d + "-15"
					} else if len(d) > 4 {
						it[key] = d[:4]
					}
				case 5:
					it[key] = nil
				case 6:
					delete(it, key)
				case 7:
					it[key] = changeDate(d)
				}
				return []any{it}
			})
		}},
		{"duplicates", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			return eachItem(docs, func(_ string, i int, it map[string]any) []any {
				out := []any{it, it}
				if i%2 == 0 {
					out = append(out, it)
				}
				return out
			})
		}},
		{"extra", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			for i, d := range docs {
				for _, cat := range Categories() {
					list, _ := d[cat].([]any)
					fake := falseItem(cat, i)
					if i%2 == 0 {
						d[cat] = append([]any{fake}, list...)
					} else {
						d[cat] = append(list, fake)
					}
				}
			}
			return append(docs, map[string]any{"id": "no-such-document", "events": []any{falseItem(Events, 0)}})
		}},
		{"aliases", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			return eachItem(docs, func(cat string, i int, it map[string]any) []any {
				name, _ := it["name"].(string)
				aliases, _ := it["aliases"].([]any)
				switch {
				case cat == Persons && i%4 == 0 && len(aliases) > 0:
					it["name"], it["aliases"] = aliases[0], []any{}
				case cat == Persons && i%4 == 1:
					it["name"], it["aliases"] = "", []any{name}
				case cat == Persons && i%4 == 2:
					it["name"] = "Mr. " + strings.ToUpper(name) + "!"
					delete(it, "aliases")
				case cat == Persons:
					it["name"] = "The " + name
				case cat == Mechanisms && len(aliases) > 0:
					it["name"] = aliases[0]
				case cat == Mechanisms:
					it["name"] = strings.ToUpper(name) + "."
				}
				return []any{it}
			})
		}},
		{"honorifics", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			prefixes := []string{"Mr", "Mrs", "Ms", "Miss", "Dr.", "Amb", "Ambassador", "Gen", "General", "Sir",
				"Prof", "President", "Minister", "Lt.", "Col", "Maj", "Capt", "Sen", "Rep", "Lt Col", "The", "Mr the",
				"the President", "Syed", "Dr Dr", "Excellency", "the the", "MR."}
			n := 0
			return eachItem(docs, func(cat string, _ int, it map[string]any) []any {
				name, _ := it["name"].(string)
				if cat == Persons || cat == Mechanisms {
					it["name"] = prefixes[n%len(prefixes)] + " " + name
					n++
				}
				return []any{it}
			})
		}},
		{"odd-types", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			n := 0
			return eachItem(docs, func(cat string, _ int, it map[string]any) []any {
				n++
				switch cat {
				case Persons:
					name := it["name"]
					switch n % 3 {
					case 0:
						it["name"], it["aliases"] = "", map[string]any{fmt.Sprint(name): true}
					case 1:
						it["name"], it["aliases"] = nil, name
					default:
						it["country"] = []any{5, []any{"PAK"}, false, 0, it["country"]}[n%5]
						it["title"] = []any{0, nil, false, ""}[n%4]
					}
				case Events:
					it["date"] = []any{0, false, []any{}, map[string]any{}, []any{"2024"}, map[string]any{"start": 0, "date": ""},
						map[string]any{"start": "", "date": nil}, map[string]any{"start": []any{}, "date": it["date"]}}[n%8]
					switch n % 5 {
					case 0:
						it["source"] = map[string]any{"country": map[string]any{"country": it["source"]}}
					case 1:
						it["cameo"] = []any{it["cameo"]}
					case 2:
						it["tense"] = 1
					case 3:
						it["type"] = ""
					}
				case Commitments:
					parties := map[string]any{}
					for _, p := range it["parties"].([]any) {
						parties[fmt.Sprint(p)] = 1
					}
					it["parties"] = parties
					it["due"] = []any{0, false, []any{}, map[string]any{}, it["due"]}[n%5]
				case Mechanisms:
					it["name"] = []any{0, false, nil, it["name"]}[n%4]
				}
				return []any{it}
			})
		}},
		{"objects", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			return eachItem(docs, func(cat string, i int, it map[string]any) []any {
				switch cat {
				case Events:
					for _, side := range []string{"source", "target"} {
						c := it[side]
						switch {
						case c == "---" && i%2 == 0:
							delete(it, side)
						case c == "---":
							it[side] = map[string]any{"country": "", "name": "someone"}
						default:
							it[side] = map[string]any{"country": c, "agent": "GOV", "name": "x"}
						}
					}
					it["evidence"] = map[string]any{"start": 0, "end": 3, "text": it["evidence"]}
					it["rule"] = "test-rule"
				case Persons:
					if i%3 == 0 {
						it["country"] = "XXX"
					}
					if i%3 == 1 {
						it["title"] = it["title_key"]
					}
				}
				return []any{it}
			})
		}},
		{"empty", func(_ *rand.Rand, docs []map[string]any) []map[string]any {
			for i, d := range docs {
				for _, cat := range Categories() {
					switch i % 3 {
					case 0:
						d[cat] = nil
					case 1:
						d[cat] = []any{}
					default:
						delete(d, cat)
					}
				}
			}
			return docs
		}},
	}
	for n := range 8 {
		vs = append(vs, variant{fmt.Sprintf("random%d", n), randomSystem})
	}
	return vs
}

// dateOf is a date as a string or null, out of an object if need be.
func dateOf(v any) any {
	if m, ok := v.(map[string]any); ok {
		return dateOf(m["start"])
	}
	if s, ok := v.(string); ok {
		return s
	}
	return nil
}

// changeDate changes the last digit of a date.
func changeDate(d string) string {
	if d == "" {
		return "2020-01-01"
	}
	last := d[len(d)-1]
	if last == '9' {
		return d[:len(d)-1] + "0"
	}
	return d[:len(d)-1] + string(last+1)
}

// falseItem is an item that matches nothing in the gold files.
func falseItem(cat string, i int) map[string]any {
	switch cat {
	case Persons:
		return map[string]any{"name": fmt.Sprintf("Zed Nobody %d", i), "aliases": []any{"Nobody"}}
	case Events:
		return map[string]any{"type": "ASSAULT", "source": "ZZZ", "target": "YYY", "cameo": "190"}
	case Commitments:
		return map[string]any{"what": "nothing", "parties": []any{"ZZZ"}, "due": "1999"}
	}
	return map[string]any{"name": fmt.Sprintf("Joint Working Group on Nothing %d", i)}
}

// randomSystem perturbs every item and document at random.
func randomSystem(rng *rand.Rand, docs []map[string]any) []map[string]any {
	pick := func(xs ...any) any { return xs[rng.IntN(len(xs))] }
	docs = eachItem(docs, func(cat string, _ int, it map[string]any) []any {
		for range rng.IntN(3) {
			switch cat {
			case Persons:
				name, _ := it["name"].(string)
				aliases, _ := it["aliases"].([]any)
				switch rng.IntN(9) {
				case 0:
					if len(aliases) > 0 {
						it["name"] = aliases[rng.IntN(len(aliases))]
						delete(it, "aliases")
					}
				case 1:
					it["name"] = pick("Dr ", "Gen. ", "Sir ", "Syed ", "the ", "", "President ", "Minister ", "Prof. ",
						"Lt. Col. ", "Maj ", "Capt ", "Sen. ", "Rep ", "Miss ", "Mrs ", "Ms ", "General ", "Ambassador ",
						"The Mr ", "Mr the ", "Amb. ", "Dr.-").(string) + name
				case 2:
					it["name"], it["aliases"] = pick("", nil, "X"), []any{name}
				case 3:
					it["country"] = pick(nil, "", "PAK", "USA", 5, []any{"PAK"})
				case 4:
					it["title"] = pick(nil, "", "Minister", "Interior Minister", "Chief of Army Staff", it["title_key"])
				case 5:
					it["aliases"] = pick(nil, name, map[string]any{name: 1}, []any{nil, ""})
				case 6:
					delete(it, "country")
				case 7:
					it["name"] = strings.ToLower(strings.ReplaceAll(name, " ", "-"))
				case 8:
					it["name"] = name + pick("", " Khan", "'s").(string)
				}
			case Events:
				switch rng.IntN(12) {
				case 0:
					it["type"] = ploverTypes()[rng.IntN(16)]
				case 1:
					it["type"] = strings.ToLower(fmt.Sprint(it["type"]))
				case 2:
					it["source"], it["target"] = it["target"], it["source"]
				case 3:
					it["target"] = pick(nil, "", "---", map[string]any{"country": nil}, map[string]any{}, 0, []any{"USA"})
				case 4:
					it["source"] = map[string]any{"country": it["source"]}
				case 5:
					it["date"] = pick(nil, "", "2024", "2024-07", "2024-07-14", 0, false, map[string]any{},
						map[string]any{"start": dateOf(it["date"])}, map[string]any{"start": nil, "date": dateOf(it["date"])},
						map[string]any{"start": 0, "date": ""}, []any{}, []any{"2024"})
				case 6:
					delete(it, "date")
				case 7:
					alt, _ := it["alt_cameo"].([]any)
					it["cameo"] = pick(nil, "", "036", "03", "040", "190", []any{"036"}, append(alt, "")[0])
				case 8:
					it["tense"] = pick(nil, "", "past", "future", "ongoing", 1)
				case 9:
					delete(it, "tense")
				case 10:
					it["type"] = pick("", nil, "AGREE", "Consult", "aſſault")
				case 11:
					it["source"] = pick("", nil, "---", "PAK", "USA")
				}
			case Commitments:
				parties, _ := it["parties"].([]any)
				switch rng.IntN(6) {
				case 0:
					if len(parties) > 1 {
						it["parties"] = []any{parties[1], parties[0], parties[1]}
					}
				case 1:
					if len(parties) > 0 {
						it["parties"] = parties[:len(parties)-1]
					}
				case 2:
					it["parties"] = append(append([]any{}, parties...), "CHN")
				case 3:
					it["due"] = pick(nil, "", "2024-10-01", map[string]any{"start": dateOf(it["due"])},
						map[string]any{"start": "2024-10-01", "end": "2024-10-31"}, map[string]any{"date": "2025"})
				case 4:
					if d, ok := it["due"].(string); ok {
						it["due"] = changeDate(d)
					}
				case 5:
					it["parties"] = pick(nil, "PAK", map[string]any{"PAK": true}, []any{nil})
				}
			case Mechanisms:
				name, _ := it["name"].(string)
				switch rng.IntN(4) {
				case 0:
					it["name"] = "the " + name
				case 1:
					it["name"] = strings.ToUpper(name) + "!"
				case 2:
					if a, _ := it["aliases"].([]any); len(a) > 0 {
						it["name"] = a[0]
					}
				case 3:
					it["name"] = pick(nil, "", 0)
				}
			}
		}
		switch rng.IntN(10) {
		case 0:
			return nil
		case 1:
			return []any{it, it}
		case 2:
			return []any{falseItem(cat, rng.IntN(3)), it}
		}
		return []any{it}
	})
	var out []map[string]any
	for _, d := range docs {
		for _, cat := range Categories() {
			if list, ok := d[cat].([]any); ok {
				rng.Shuffle(len(list), func(i, j int) { list[i], list[j] = list[j], list[i] })
			}
			if rng.IntN(20) == 0 {
				d[cat] = pick(nil, []any{})
			}
		}
		switch rng.IntN(12) {
		case 0:
			continue
		case 1:
			out = append(out, map[string]any{"id": d["id"], "events": []any{falseItem(Events, 1)}})
		}
		out = append(out, d)
	}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}
