package text

import (
	"strings"
	"testing"
)

func norms(a *Analysis, s Sentence) string {
	var parts []string
	for _, t := range a.Tokens[s.First:s.Last] {
		parts = append(parts, t.Norm)
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want string
	}{
		{"Pakistan’s law enforcement", "pakistan|'s|law|enforcement"},
		{"US-Pakistan Counter-terrorism Dialogue", "us|-|pakistan|counter|-|terrorism|dialogue"},
		{"Moh\u00adsin Naqvi", "mohsin|naqvi"},
		{"the U.S. and U.N. said", "the|u.s.|and|u.n.|said"},
		{"Mr. Naqvi", "mr|.|naqvi"},
		{"1,000 attacks in 2024.", "1,000|attacks|in|2024|."},
		{"on the 20th of May", "on|the|20th|of|may"},
		{"“highly satisfying for us”", `"|highly|satisfying|for|us|"`},
		{"officers’ families", "officers|'|families"},
		{"don't stop", "don't|stop"},
		{"from Sep 12-21", "from|sep|12|-|21"},
		{"ISLAMABAD, Sep 04 (APP):Pakistan", "islamabad|,|sep|04|(|app|)|:|pakistan"},
		{"a\u00a0b", "a|b"},
		{"bad \xff byte", "bad|\xff|byte"},
		{"PM’s visit — soon", "pm|'s|visit|-|soon"},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in, nil) {
			got = append(got, tok.Norm)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, g, tt.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	in := "Moh\u00adsin “Naqvi’s” visit"
	for _, tok := range Tokenize(in, nil) {
		raw := in[tok.Start:tok.End]
		if tok.Norm == "mohsin" && raw != "Moh\u00adsin" {
			t.Errorf("offsets of mohsin cover %q", raw)
		}
	}
}

func TestFlags(t *testing.T) {
	toks := Tokenize("Pakistan US the\nNew\n\nYork", nil)
	checks := []struct {
		i    int
		f    Flags
		want bool
	}{
		{0, Cap, true}, {0, AllCaps, false}, {1, AllCaps, true}, {2, Cap, false},
		{3, LineBefore, true}, {3, ParaBefore, false}, {4, ParaBefore, true},
	}
	for _, c := range checks {
		if got := toks[c.i].Is(c.f); got != c.want {
			t.Errorf("token %d %q flag %b = %v, want %v", c.i, toks[c.i].Norm, c.f, got, c.want)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"titles", "Mr. Naqvi met Dr. Shah. They agreed.", []string{"mr . naqvi met dr . shah .", "they agreed ."}},
		{"initial", "Ms. Charlotte L. Warakaulle spoke. Then left.", []string{"ms . charlotte l . warakaulle spoke .", "then left ."}},
		{"us end", "He flew to the U.S. The talks began.", []string{"he flew to the u.s.", "the talks began ."}},
		{"us mid", "the U.S. State Department said so.", []string{"the u.s. state department said so ."}},
		{"headline", "Naqvi, Blome discuss measures\n\nA delegation will visit.", []string{"naqvi , blome discuss measures", "a delegation will visit ."}},
		{"quote", "“We agree.” He said so.", []string{`" we agree . "`, "he said so ."}},
		{"app lines", "First line here\nSecond line here.", []string{"first line here", "second line here ."}},
		{"wrapped", "the talks were\nheld in May.", []string{"the talks were held in may ."}},
		{"number", "It cost 2.5 billion. No. 5 won.", []string{"it cost 2.5 billion .", "no . 5 won ."}},
		{"lt gen", "Lt. Gen. Asim spoke.", []string{"lt . gen . asim spoke ."}},
		{"question", "Why? Because.", []string{"why ?", "because ."}},
		{"no stop", "no stop at all", []string{"no stop at all"}},
	}
	for _, tt := range tests {
		a := Analyze(tt.in)
		var got []string
		for _, s := range a.Sentences {
			got = append(got, norms(a, s))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: Split(%q) =\n%q\nwant\n%q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	a := Analyze("One. Two.\nThree.\n\nFour.")
	want := []int{0, 0, 1, 2}
	for i, s := range a.Sentences {
		if s.Para != want[i] {
			t.Errorf("sentence %d para = %d, want %d", i, s.Para, want[i])
		}
	}
}

func TestLongSentenceIsCut(t *testing.T) {
	a := Analyze(strings.Repeat("word ", 3*MaxSentenceTokens))
	if len(a.Sentences) != 3 {
		t.Fatalf("got %d sentences, want 3", len(a.Sentences))
	}
}

func TestSentenceOf(t *testing.T) {
	a := Analyze("One two. Three four. Five.")
	for i := range a.Tokens {
		s := a.SentenceOf(i)
		if s < 0 || i < a.Sentences[s].First || i >= a.Sentences[s].Last {
			t.Errorf("SentenceOf(%d) = %d", i, s)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"Mr. Naqvi met the U.S. envoy.", "“Quote.” End", "\xff\xfe", "a\u00adb’s", "1,000.5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		a := Analyze(in)
		prev := 0
		for _, tok := range a.Tokens {
			if tok.Start < prev || tok.End <= tok.Start || tok.End > len(in) {
				t.Fatalf("bad token offsets %d-%d", tok.Start, tok.End)
			}
			prev = tok.End
		}
		next := 0
		for _, s := range a.Sentences {
			if s.First != next || s.Last <= s.First {
				t.Fatalf("sentences do not tile tokens: %+v", s)
			}
			next = s.Last
		}
		if next != len(a.Tokens) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(a.Tokens))
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	in := strings.Repeat("ISLAMABAD: Pakistan and the United States have agreed to hold a joint “Law Enforcement Dialogue” in October this year. Mr. Naqvi met the U.S. envoy.\n", 50)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(in)
	}
}
