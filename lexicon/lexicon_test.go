package lexicon

import (
	"errors"
	"strings"
	"testing"

	"github.com/accord-events/accord/text"
)

func build(t *testing.T, src string) *Lexicon {
	t.Helper()
	l := &Lexicon{}
	if err := l.Read(strings.NewReader(src), "test.lex"); err != nil {
		t.Fatal(err)
	}
	l.Build()
	return l
}

func TestEmbeddedLoads(t *testing.T) {
	l, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"cue", "event", "verb"} {
		if len(l.Entries(kind)) == 0 {
			t.Errorf("no %s entries in the embedded lexicon", kind)
		}
	}
}

func TestMatchCase(t *testing.T) {
	l := build(t, `
country | United States; US; U.S. | USA
title | interior minister | - | GOV
given | Jordan | - | - | gender=m
group | LeT | PAK | REB
event | nab | 173 | COERCE | pos=verb
`)
	tests := []struct {
		in   string
		kind string
		want bool
	}{
		{"the US said", "country", true},
		{"help us now", "country", false},
		{"the U.S. said", "country", true},
		{"the United States", "country", true},
		{"the united states", "country", false},
		{"Interior Minister Naqvi", "title", true},
		{"the interior minister", "title", true},
		{"Jordan Peel", "given", true},
		{"LeT militants", "group", true},
		{"Let us go", "group", false},
		{"LET", "group", false},
		{"police nab suspect", "event", true},
		{"the NAB said", "event", false},
	}
	for _, tt := range tests {
		toks := text.Tokenize(tt.in, nil)
		found := false
		for i := range toks {
			if m, ok := l.Longest(toks, i, tt.kind); ok && m.Has(tt.kind) {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%q: %s match = %v, want %v", tt.in, tt.kind, found, tt.want)
		}
	}
}

func TestLongestAndAt(t *testing.T) {
	l := build(t, `
place | Islamabad | PAK | - | type=capital
org | Islamabad police | PAK | COP
`)
	toks := text.Tokenize("Islamabad police arrested", nil)
	m, ok := l.Longest(toks, 0)
	if !ok || m.Last != 2 || !m.Has("org") {
		t.Fatalf("Longest = %+v, %v; want the two-word org", m, ok)
	}
	var lens []int
	l.At(toks, 0, func(m Match) bool { lens = append(lens, m.Last-m.First); return true })
	if len(lens) != 2 || lens[0] != 1 || lens[1] != 2 {
		t.Errorf("At lengths = %v, want [1 2]", lens)
	}
}

func TestInflection(t *testing.T) {
	l := build(t, `
verb | meet | - | - | past=met
event | meet with; agree to; co-chair; arrest; visit; plan | 040 | CONSULT | pos=verb
`)
	for _, in := range []string{"met with", "meets with", "meeting with", "agreed to", "agrees to", "agreeing to",
		"co-chaired", "arrested", "arrests", "visited", "visiting", "planned", "planning"} {
		toks := text.Tokenize(in, nil)
		m, ok := l.Longest(toks, 0, "event")
		if !ok || m.Last != len(toks) {
			t.Errorf("%q: no event match over the whole phrase", in)
			continue
		}
		if e := m.Entries[0]; e.Base == "" && !strings.HasPrefix(in, e.Phrase) {
			t.Errorf("%q: matched %q with no base", in, e.Phrase)
		}
	}
}

func TestLineBreakStopsPhrase(t *testing.T) {
	l := build(t, "country | United States | USA\n")
	toks := text.Tokenize("United\nStates", nil)
	if _, ok := l.Longest(toks, 0); ok {
		t.Error("a phrase matched across a line break")
	}
}

func TestErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"contry | Pakistan | PAK\n", `line 1: lexicon syntax: unknown kind "contry"`},
		{"# c\ncountry | Pakistan | PAK | - | type\n", "line 2: lexicon syntax: attribute \"type\" is not key=value"},
		{"country | ; | PAK\n", "line 1: lexicon syntax: no phrase"},
		{"country | a | b | c | d | e\n", "line 1: lexicon syntax: 6 fields"},
	}
	for _, tt := range tests {
		l := &Lexicon{}
		err := l.Read(strings.NewReader(tt.src), "x.lex")
		if err == nil || !strings.Contains(err.Error(), tt.want) || !errors.Is(err, ErrSyntax) {
			t.Errorf("Read(%q) error = %v, want it to contain %q", tt.src, err, tt.want)
		}
	}
}

func TestUserFileMissing(t *testing.T) {
	if _, err := New("/nonexistent/my.lex"); err == nil || !strings.Contains(err.Error(), "my.lex") {
		t.Errorf("New with a missing file: error = %v", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add("country | Pakistan; Islamic Republic of Pakistan | PAK\n")
	f.Add("event | agree to | 030 | AGREE | pos=verb; role=intent\n")
	f.Add("# comment\n\n|||\n")
	f.Fuzz(func(t *testing.T, src string) {
		l := &Lexicon{}
		if l.Read(strings.NewReader(src), "fuzz.lex") == nil {
			l.Build()
			toks := text.Tokenize(src, nil)
			for i := range toks {
				l.Longest(toks, i)
			}
		}
	})
}

func BenchmarkScan(b *testing.B) {
	l, err := New()
	if err != nil {
		b.Fatal(err)
	}
	in := strings.Repeat("Pakistan and the United States have agreed to hold a joint Law Enforcement Dialogue in October this year. ", 40)
	toks := text.Tokenize(in, nil)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		for i := range toks {
			l.At(toks, i, func(Match) bool { return true })
		}
	}
}

func TestKindBits(t *testing.T) {
	seen := uint32(0)
	for i, k := range Kinds {
		b := kindBit(k)
		if b != 1<<i {
			t.Errorf("kindBit(%q) = %b, want bit %d", k, b, i)
		}
		if seen&b != 0 {
			t.Errorf("kindBit(%q) reused", k)
		}
		seen |= b
	}
}

// TestAttrAndWith checks that attributes read the same from the short list
// Build keeps as from the map, and that With changes a copy only.
func TestAttrAndWith(t *testing.T) {
	l := &Lexicon{}
	if err := l.Read(strings.NewReader("event | visit | 042 | CONSULT | pos=verb; intent=036\n"), "test.lex"); err != nil {
		t.Fatal(err)
	}
	l.Build()
	e := l.Lookup("event", "visit")[0]
	if e.Attr("pos") != "verb" || e.Attr("intent") != "036" || e.Attr("place") != "" {
		t.Errorf("attributes of %+v: pos %q intent %q place %q", e, e.Attr("pos"), e.Attr("intent"), e.Attr("place"))
	}
	c := e.With("place", "1")
	if c.Attr("place") != "1" || c.Attr("pos") != "verb" || e.Attr("place") != "" {
		t.Errorf("With: copy place %q pos %q, original place %q", c.Attr("place"), c.Attr("pos"), e.Attr("place"))
	}
	// an entry whose map a caller replaced is read from the map
	d := *e
	d.Attrs = map[string]string{"pos": "noun", "intent": "036", "extra": "x"}
	if d.Attr("pos") != "noun" || d.Attr("extra") != "x" {
		t.Errorf("a replaced map is not read: pos %q extra %q", d.Attr("pos"), d.Attr("extra"))
	}
}

// TestNounAndVerbSpeltAlike checks that a noun and a verb with the same
// phrase, code and class are two entries, not one kept twice.
func TestNounAndVerbSpeltAlike(t *testing.T) {
	l := &Lexicon{}
	src := "event | visit | 042 | CONSULT | pos=verb\nevent | visit | 042 | CONSULT | pos=noun\nevent | visit | 042 | CONSULT | pos=noun\n"
	if err := l.Read(strings.NewReader(src), "test.lex"); err != nil {
		t.Fatal(err)
	}
	l.Build()
	var pos []string
	for _, e := range l.Lookup("event", "visit") {
		pos = append(pos, e.Attr("pos"))
	}
	if len(pos) != 2 || pos[0] == pos[1] {
		t.Errorf("entries for visit: %v, want one verb and one noun", pos)
	}
}

func TestHasClass(t *testing.T) {
	l := &Lexicon{}
	src := "cue | brother | - | kin\ncue | the two sides | - | collective\ntitle | brother | - | REL\n"
	if err := l.Read(strings.NewReader(src), "test.lex"); err != nil {
		t.Fatal(err)
	}
	l.Build()
	x := l.Scan(text.Tokenize("his brother and the two sides", nil))
	cue := KindsOf("cue")
	tests := []struct {
		i, n  int
		kinds KindSet
		class string
		want  bool
	}{
		{1, 1, cue, "kin", true},
		{1, 0, cue, "kin", true},
		{1, 2, cue, "kin", false},              // no two-word phrase there
		{1, 1, KindsOf("title"), "kin", false}, // a kin cue, not a kin title
		{1, 1, KindsOf("title"), "REL", true},
		{3, 3, cue, "collective", true},
		{3, 1, cue, "collective", false},
		{0, 0, cue, "kin", false},
	}
	for _, tt := range tests {
		if got := x.HasClass(tt.i, tt.n, tt.kinds, tt.class); got != tt.want {
			t.Errorf("HasClass(%d, %d, %b, %q) = %v, want %v", tt.i, tt.n, tt.kinds, tt.class, got, tt.want)
		}
	}
}
