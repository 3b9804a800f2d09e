package eval

import (
	"fmt"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// scoreText reads gold and system JSON Lines given as strings and scores them.
func scoreText(t *testing.T, gold, sys string, opts Options) Result {
	t.Helper()
	g, err := ReadGold(strings.NewReader(gold), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	s, err := ReadSystem(strings.NewReader(sys), "system.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	return Score(g, s, opts)
}

// brief is a tally as "tp=1 fp=0 fn=0 dup=0" and its extras as
// "name=good/total", sorted.
func brief(t Tally) string {
	s := fmt.Sprintf("tp=%d fp=%d fn=%d dup=%d", t.TP, t.FP, t.FN, t.Duplicates)
	var keys []string
	for k := range t.Extras {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		s += fmt.Sprintf(" %s=%d/%d", k, t.Extras[k].Good, t.Extras[k].Total)
	}
	return s
}

// doc is a gold or system line with one category, for the tables below.
func doc(id, category, items string) string {
	return fmt.Sprintf(`{"id": %q, "text": "", %q: %s}`, id, category, items)
}

func TestMatching(t *testing.T) {
	tests := []struct {
		name     string
		category string
		gold     string // the gold items of one document "d"
		sys      string // the system items of "d"
		want     string // brief of the category's tally; "" when it is not reported
	}{
		// persons
		{"honorific dropped", Persons,
			`[{"name": "Mohsin Naqvi"}]`, `[{"name": "Mr. Mohsin Naqvi"}]`,
			"tp=1 fp=0 fn=0 dup=0 country_accuracy=1/1"},
		{"honorifics dropped in a row, then one the", Persons,
			`[{"name": "Asim Munir"}]`, `[{"name": "Gen. (Dr) the Asim Munir"}]`,
			"tp=1 fp=0 fn=0 dup=0 country_accuracy=1/1"},
		{"a title that is not an honorific is kept", Persons,
			`[{"name": "Mohsin Naqvi"}]`, `[{"name": "Interior Minister Mohsin Naqvi"}]`,
			"tp=0 fp=1 fn=1 dup=0"},
		{"Syed is part of the name", Persons,
			`[{"name": "Haider Shah"}]`, `[{"name": "Syed Haider Shah"}]`,
			"tp=0 fp=1 fn=1 dup=0"},
		{"gold name among the system's aliases", Persons,
			`[{"name": "Mohsin Naqvi", "country": "PAK"}]`, `[{"name": "Naqvi", "aliases": ["Mohsin Naqvi"], "country": "PAK"}]`,
			"tp=1 fp=0 fn=0 dup=0 country_accuracy=1/1"},
		{"system name among the gold aliases", Persons,
			`[{"name": "Mohsin Naqvi", "aliases": ["Naqvi"]}]`, `[{"name": "Mr Naqvi"}]`,
			"tp=1 fp=0 fn=0 dup=0 country_accuracy=1/1"},
		{"an alias shared by both is not enough", Persons,
			`[{"name": "Mohsin Naqvi", "aliases": ["Naqvi"]}]`, `[{"name": "Interior Minister", "aliases": ["Naqvi"]}]`,
			"tp=0 fp=1 fn=1 dup=0"},
		{"leading the dropped", Persons,
			`[{"name": "Mohsin Naqvi", "aliases": ["the interior minister"]}]`, `[{"name": "Interior Minister"}]`,
			"tp=1 fp=0 fn=0 dup=0 country_accuracy=1/1"},
		{"country and title accuracy", Persons,
			`[{"name": "A B", "country": "PAK", "title_key": "interior minister"}, {"name": "C D", "country": null, "title_key": "army"}]`,
			`[{"name": "A B", "country": "USA", "title": "Federal Interior-Minister"}, {"name": "C D", "title": "Navy"}]`,
			"tp=2 fp=0 fn=0 dup=0 country_accuracy=1/2 title_accuracy=1/2"},
		{"empty title_key is not measured", Persons,
			`[{"name": "A B", "title_key": ""}]`, `[{"name": "A B", "title": "x"}]`,
			"tp=1 fp=0 fn=0 dup=0 country_accuracy=1/1"},
		{"persons as null are not scored", Persons,
			`null`, `[{"name": "A B"}]`, ""},
		{"persons empty: all false positives", Persons,
			`[]`, `[{"name": "A B"}, {"name": "C D"}]`, "tp=0 fp=2 fn=0 dup=0"},
		{"persons empty, system empty: not reported", Persons,
			`[]`, `[]`, ""},

		// events
		{"same type and actors", Events,
			`[{"type": "AGREE", "cameo": "036", "source": "PAK", "target": "USA", "tense": "past", "date": "2024-07-14"}]`,
			`[{"type": "AGREE", "cameo": "036", "source": "PAK", "target": "USA", "tense": "past", "date": "2024-07-14"}]`,
			"tp=1 fp=0 fn=0 dup=0 cameo_accuracy=1/1 cameo_root_accuracy=1/1 date_accuracy=1/1 tense_accuracy=1/1"},
		{"type is upper-cased, actors may be objects", Events,
			`[{"type": "AGREE", "source": "PAK", "target": "USA"}]`,
			`[{"type": "agree", "source": {"country": "PAK", "name": "Pakistan"}, "target": {"country": "USA"}}]`,
			"tp=1 fp=0 fn=0 dup=0 cameo_accuracy=0/1 cameo_root_accuracy=1/1"},
		{"wrong type", Events,
			`[{"type": "AGREE", "source": "PAK", "target": "USA"}]`, `[{"type": "CONSULT", "source": "PAK", "target": "USA"}]`,
			"tp=0 fp=1 fn=1 dup=0"},
		{"symmetric gold matches either order", Events,
			`[{"type": "CONSULT", "source": "PAK", "target": "USA", "symmetric": true}]`, `[{"type": "CONSULT", "source": "USA", "target": "PAK"}]`,
			"tp=1 fp=0 fn=0 dup=0 cameo_accuracy=0/1 cameo_root_accuracy=1/1"},
		{"directed gold does not match reversed", Events,
			`[{"type": "CONSULT", "source": "PAK", "target": "USA"}]`, `[{"type": "CONSULT", "source": "USA", "target": "PAK"}]`,
			"tp=0 fp=1 fn=1 dup=0"},
		{"missing, null and empty actors read as ---", Events,
			`[{"type": "COERCE", "source": "PAK", "target": "---"}, {"type": "COERCE", "source": "---", "target": "---"}, {"type": "COERCE", "source": "PAK", "target": "---"}]`,
			`[{"type": "COERCE", "source": "PAK"}, {"type": "COERCE", "source": {"country": ""}, "target": null}, {"type": "COERCE", "source": "PAK", "target": ""}]`,
			"tp=3 fp=0 fn=0 dup=0 cameo_accuracy=0/3 cameo_root_accuracy=3/3"},
		{"a second copy is a duplicate", Events,
			`[{"type": "AGREE", "source": "PAK", "target": "USA"}]`,
			`[{"type": "AGREE", "source": "PAK", "target": "USA"}, {"type": "AGREE", "source": "USA", "target": "PAK"}, {"type": "AGREE", "source": "PAK", "target": "USA"}]`,
			"tp=1 fp=1 fn=0 dup=1 cameo_accuracy=0/1 cameo_root_accuracy=1/1"},
		{"two equal gold events take two system copies", Events,
			`[{"type": "AGREE", "source": "PAK", "target": "USA"}, {"type": "AGREE", "source": "PAK", "target": "USA"}]`,
			`[{"type": "AGREE", "source": "PAK", "target": "USA"}, {"type": "AGREE", "source": "PAK", "target": "USA"}]`,
			"tp=2 fp=0 fn=0 dup=0 cameo_accuracy=0/2 cameo_root_accuracy=2/2"},
		{"optional found counts neither way", Events,
			`[{"type": "AGREE", "source": "PAK", "target": "USA", "optional": true}]`, `[{"type": "AGREE", "source": "PAK", "target": "USA"}]`,
			""},
		{"optional not found counts neither way", Events,
			`[{"type": "AGREE", "source": "PAK", "target": "USA", "optional": true}, {"type": "CONSULT", "source": "PAK", "target": "USA"}]`,
			`[{"type": "CONSULT", "source": "PAK", "target": "USA"}]`,
			"tp=1 fp=0 fn=0 dup=0 cameo_accuracy=0/1 cameo_root_accuracy=1/1"},
		{"required gold before optional", Events,
			`[{"type": "AGREE", "source": "PAK", "target": "USA", "optional": true, "tense": "future"}, {"type": "AGREE", "source": "PAK", "target": "USA", "tense": "past"}]`,
			`[{"type": "AGREE", "source": "PAK", "target": "USA", "tense": "past"}]`,
			"tp=1 fp=0 fn=0 dup=0 cameo_accuracy=0/1 cameo_root_accuracy=1/1 tense_accuracy=1/1"},
		{"a copy of a found optional is a duplicate", Events,
			`[{"type": "AGREE", "source": "PAK", "target": "USA", "optional": true}, {"type": "CONSULT", "source": "PAK", "target": "USA"}]`,
			`[{"type": "AGREE", "source": "PAK", "target": "USA"}, {"type": "AGREE", "source": "PAK", "target": "USA"}, {"type": "CONSULT", "source": "PAK", "target": "USA"}]`,
			"tp=1 fp=0 fn=0 dup=1 cameo_accuracy=0/1 cameo_root_accuracy=1/1"},
		{"cameo in alt_cameo, root from the cameo", Events,
			`[{"type": "AGREE", "cameo": "036", "alt_cameo": ["030"], "source": "A", "target": "B"}, {"type": "AGREE", "cameo": "036", "source": "C", "target": "D"}, {"type": "AGREE", "cameo": null, "source": "E", "target": "F"}]`,
			`[{"type": "AGREE", "cameo": "030", "source": "A", "target": "B"}, {"type": "AGREE", "cameo": "040", "source": "C", "target": "D"}, {"type": "AGREE", "cameo": "", "source": "E", "target": "F"}]`,
			"tp=3 fp=0 fn=0 dup=0 cameo_accuracy=1/3 cameo_root_accuracy=2/3"},
		{"tense measured only with a gold tense", Events,
			`[{"type": "AGREE", "source": "A", "target": "B", "tense": "future"}, {"type": "AGREE", "source": "C", "target": "D", "tense": null}]`,
			`[{"type": "AGREE", "source": "A", "target": "B", "tense": "past"}, {"type": "AGREE", "source": "C", "target": "D", "tense": "past"}]`,
			"tp=2 fp=0 fn=0 dup=0 cameo_accuracy=0/2 cameo_root_accuracy=2/2 tense_accuracy=0/1"},
		{"dates at the gold's precision", Events,
			`[{"type": "AGREE", "source": "A", "target": "B", "date": "2024-07"}, {"type": "AGREE", "source": "C", "target": "D", "date": "2024-07-14"}, {"type": "AGREE", "source": "E", "target": "F", "date": "2024"}]`,
			`[{"type": "AGREE", "source": "A", "target": "B", "date": "2024-07-14"}, {"type": "AGREE", "source": "C", "target": "D", "date": "2024-07"}, {"type": "AGREE", "source": "E", "target": "F", "date": "2025-01"}]`,
			"tp=3 fp=0 fn=0 dup=0 cameo_accuracy=0/3 cameo_root_accuracy=3/3 date_accuracy=1/3"},
		{"dates as objects", Events,
			`[{"type": "AGREE", "source": "A", "target": "B", "date": "2024-07"}, {"type": "AGREE", "source": "C", "target": "D", "date": "2024"}, {"type": "AGREE", "source": "E", "target": "F", "date": "2024-07"}]`,
			`[{"type": "AGREE", "source": "A", "target": "B", "date": {"start": "2024-07-01", "end": "2024-07-31"}}, {"type": "AGREE", "source": "C", "target": "D", "date": {"date": "2024-03"}}, {"type": "AGREE", "source": "E", "target": "F", "date": {"start": "", "date": "2024-06"}}]`,
			"tp=3 fp=0 fn=0 dup=0 cameo_accuracy=0/3 cameo_root_accuracy=3/3 date_accuracy=2/3"},
		{"null gold date wants no date; absent gold date is not measured", Events,
			`[{"type": "AGREE", "source": "A", "target": "B", "date": null}, {"type": "AGREE", "source": "C", "target": "D", "date": null}, {"type": "AGREE", "source": "E", "target": "F"}]`,
			`[{"type": "AGREE", "source": "A", "target": "B", "date": ""}, {"type": "AGREE", "source": "C", "target": "D", "date": "2024"}, {"type": "AGREE", "source": "E", "target": "F", "date": "2024"}]`,
			"tp=3 fp=0 fn=0 dup=0 cameo_accuracy=0/3 cameo_root_accuracy=3/3 date_accuracy=1/2"},
		{"events empty: false positives", Events,
			`[]`, `[{"type": "AGREE", "source": "A", "target": "B"}]`, "tp=0 fp=1 fn=0 dup=0"},

		// commitments
		{"parties as a set", Commitments,
			`[{"parties": ["PAK", "USA"], "due": "2024-10"}]`, `[{"parties": ["USA", "PAK", "USA"], "due": {"start": "2024-10-01", "end": "2024-10-31"}}]`,
			"tp=1 fp=0 fn=0 dup=0"},
		{"a party more or less", Commitments,
			`[{"parties": ["PAK", "USA"], "due": null}, {"parties": ["CHN"], "due": null}]`, `[{"parties": ["PAK"]}, {"parties": ["CHN", "PAK"]}]`,
			"tp=0 fp=2 fn=2 dup=0"},
		{"due at the gold's precision", Commitments,
			`[{"parties": ["A"], "due": "2024-10"}, {"parties": ["B"], "due": "2024-10-25"}]`, `[{"parties": ["A"], "due": "2024-10-25"}, {"parties": ["B"], "due": "2024-10"}]`,
			"tp=1 fp=1 fn=1 dup=0"},
		{"null due matches no due only", Commitments,
			`[{"parties": ["A"], "due": null}, {"parties": ["B"]}]`, `[{"parties": ["A"], "due": {"text": "soon"}}, {"parties": ["B"], "due": "2024"}]`,
			"tp=1 fp=1 fn=1 dup=0"},
		{"optional commitment not found", Commitments,
			`[{"parties": ["A"], "due": null, "optional": true}]`, `[]`, ""},

		// mechanisms
		{"mechanism name after lower-casing and punctuation", Mechanisms,
			`[{"name": "Law Enforcement Dialogue", "aliases": []}]`, `[{"name": "law-enforcement dialogue!"}]`,
			"tp=1 fp=0 fn=0 dup=0"},
		{"mechanism alias", Mechanisms,
			`[{"name": "Pakistan-China Joint Cooperation Committee", "aliases": ["JCC"]}]`, `[{"name": "J.C.C."}, {"name": "jcc"}]`,
			"tp=1 fp=1 fn=0 dup=0"},
		{"mechanisms keep a leading the and honorifics", Mechanisms,
			`[{"name": "Strategic Dialogue"}, {"name": "Minister Forum"}]`, `[{"name": "the Strategic Dialogue"}, {"name": "Forum"}]`,
			"tp=0 fp=2 fn=2 dup=0"},
		{"system aliases of a mechanism are not read", Mechanisms,
			`[{"name": "Strategic Dialogue"}]`, `[{"name": "SD", "aliases": ["Strategic Dialogue"]}]`,
			"tp=0 fp=1 fn=1 dup=0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := scoreText(t, doc("d", tt.category, tt.gold), doc("d", tt.category, tt.sys), Options{})
			got := ""
			if tally, ok := res.Categories[tt.category]; ok {
				got = brief(tally)
			}
			if got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
			if len(res.Categories) > 1 {
				t.Errorf("categories reported: %v", res.Categories)
			}
		})
	}
}

func TestDocuments(t *testing.T) {
	gold := `{"id": "a", "events": [{"type": "AGREE", "source": "A", "target": "B"}]}
{"id": "b", "events": [{"type": "AGREE", "source": "A", "target": "B"}]}
{"id": "a", "events": [{"type": "AGREE", "source": "A", "target": "B"}]}
`
	tests := []struct {
		name, sys string
		without   int
		want      string
	}{
		{"no output", "", 3, "tp=0 fp=0 fn=3 dup=0"},
		{"one id answers both gold documents", `{"id": "a", "events": [{"type": "AGREE", "source": "A", "target": "B"}]}`,
			1, "tp=2 fp=0 fn=1 dup=0 cameo_accuracy=0/2 cameo_root_accuracy=2/2"},
		{"the last line of an id wins", `{"id": "b", "events": [{"type": "AGREE", "source": "A", "target": "B"}]}
{"id": "b", "events": []}`, 2, "tp=0 fp=0 fn=3 dup=0"},
		{"ids that are not strings match nothing", `{"id": 1, "events": [{"type": "AGREE", "source": "A", "target": "B"}]}
{"events": []}`, 3, "tp=0 fp=0 fn=3 dup=0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := scoreText(t, gold, tt.sys, Options{})
			if res.Documents != 3 || res.DocumentsWithoutOutput != tt.without {
				t.Errorf("documents %d, without output %d; want 3, %d", res.Documents, res.DocumentsWithoutOutput, tt.without)
			}
			if got := brief(res.Categories[Events]); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestOutput(t *testing.T) {
	res := Result{
		Documents: 4, DocumentsWithoutOutput: 1,
		Categories: map[string]Tally{
			Persons: {TP: 2, FP: 1, FN: 0, Extras: map[string]Ratio{CountryAccuracy: {2, 2}, TitleAccuracy: {1, 3}}},
			Events:  {TP: 1, FP: 2, FN: 3, Duplicates: 2, Extras: map[string]Ratio{CameoAccuracy: {0, 1}}},
			// 1/32 = 0.03125 lies on a tie: rounding to even gives 0.0312
			Mechanisms: {TP: 1, FP: 31, FN: 0},
		},
	}
	wantJSON := `{"documents": 4, "documents_without_output": 1, ` +
		`"events": {"cameo_accuracy": 0.0, "duplicates": 2, "f1": 0.2857, "fn": 3, "fp": 2, "precision": 0.3333, "recall": 0.25, "tp": 1}, ` +
		`"mechanisms": {"f1": 0.0606, "fn": 0, "fp": 31, "precision": 0.0312, "recall": 1.0, "tp": 1}, ` +
		`"persons": {"country_accuracy": 1.0, "f1": 0.8, "fn": 0, "fp": 1, "precision": 0.6667, "recall": 1.0, "title_accuracy": 0.3333, "tp": 2}}`
	got, err := res.MarshalJSON()
	if err != nil || string(got) != wantJSON {
		t.Errorf("MarshalJSON = %s, %v\nwant %s", got, err, wantJSON)
	}
	wantText := `documents: 4 (without output: 1)
persons      P=0.667 R=1.000 F1=0.800 tp=2 fp=1 fn=0 country_accuracy=1.0 title_accuracy=0.3333
events       P=0.333 R=0.250 F1=0.286 tp=1 fp=2 fn=3 cameo_accuracy=0.0 duplicates=2
mechanisms   P=0.031 R=1.000 F1=0.061 tp=1 fp=31 fn=0
`
	var b strings.Builder
	if err := res.WriteText(&b); err != nil || b.String() != wantText {
		t.Errorf("WriteText = %v\n%s\nwant\n%s", err, b.String(), wantText)
	}
}

// TestRounding checks round4 and pyRepr against Python for the fractions a
// tally can give.
func TestRounding(t *testing.T) {
	py := python3(t)
	var b strings.Builder
	b.WriteString("for d in range(1, 160):\n    for n in range(d + 1):\n        x = n / d\n" +
		"        r = n / (n + 3)\n" +
		"        f = 2 * x * r / (x + r) if x + r else 0.0\n" +
		"        print(repr(round(x, 4)), '%.3f' % round(x, 4), repr(round(f, 4)))\n")
	out, err := execPython(py, b.String())
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	i := 0
	for d := 1; d < 160; d++ {
		for n := 0; n <= d; n++ {
			x := float64(n) / float64(d)
			_, _, f := Tally{TP: n, FP: d - n, FN: 3}.prf()
			got := pyRepr(round4(x)) + " " + strconv3(round4(x)) + " " + pyRepr(round4(f))
			if got != lines[i] {
				t.Errorf("%d/%d: got %q, python %q", n, d, got, lines[i])
			}
			i++
		}
	}
}

func execPython(py, script string) (string, error) {
	out, err := exec.Command(py, "-c", script).Output()
	return string(out), err
}

func strconv3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
