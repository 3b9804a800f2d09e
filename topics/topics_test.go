package topics_test

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
	"github.com/accord-events/accord/topics"
)

var loadLexicon = sync.OnceValues(func() (*lexicon.Lexicon, error) { return lexicon.New() })

func find(tb testing.TB, in string) []string {
	tb.Helper()
	lex, err := loadLexicon()
	if err != nil {
		tb.Fatalf("load lexicons: %v", err)
	}
	return topics.Find(text.Analyze(in), lex)
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"nothing", "The weather was fine on Monday.", []string{}},
		{"empty", "", []string{}},
		{"one word is not enough", "Police arrested two men on Monday.", []string{}},
		{"two words tag", "Police arrested two men. The police station was closed.", []string{"policing"}},
		{"a word twice", "Trade grew. Trade will grow.", []string{"trade"}},
		{"any case but capitals", "Terrorism is a threat. The minister condemned terrorism.", []string{"counterterrorism"}},
		{"a phrase counts once", "Law enforcement agencies were alerted on Monday.", []string{}},
		{"a phrase and a word", "Law enforcement agencies were alerted. Police also acted.", []string{"policing"}},
		{
			"most mentioned first",
			"Trade and investment were discussed, and exports. Terrorism and militancy were also discussed.",
			[]string{"trade", "counterterrorism"},
		},
		{
			"ties in alphabetical order",
			"Militancy and terrorism were discussed, and then exports and imports.",
			[]string{"counterterrorism", "trade"},
		},
		{
			"three topics",
			"Police and the court heard of the heroin. The judge, the police and the drugs: a trial of smuggling and policing, with a verdict.",
			[]string{"judiciary", "narcotics", "policing"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := find(t, tc.in)
			if got == nil {
				t.Fatalf("Find(%q) = nil, want a non-nil list", tc.in)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestMinHits tags a topic from MinHits mentions on, never before.
func TestMinHits(t *testing.T) {
	for n := 1; n <= topics.MinHits+1; n++ {
		in := strings.Repeat("Militants attacked the post. ", n)
		got := find(t, in)
		if tagged := slices.Contains(got, "counterterrorism"); tagged != (n >= topics.MinHits) {
			t.Errorf("%d mentions: topics %q, want counterterrorism tagged: %v", n, got, n >= topics.MinHits)
		}
	}
}

func TestCount(t *testing.T) {
	// four counterterrorism words, three trade words, two policing words
	const in = "Terrorism, militancy, extremism and insurgents were discussed. Trade, exports and imports too. Police and policing."
	got := find(t, in)
	if want := []string{"counterterrorism", "trade", "policing"}; !slices.Equal(got, want) {
		t.Errorf("Find = %q, want %q", got, want)
	}
}

const benchReport = `Interior Minister Tariq Mehmood met Helen Carter, the British High Commissioner in Islamabad, on Monday and discussed cooperation against terrorism, drug trafficking and human smuggling.

The two sides agreed to expand police training and capacity building, and to hold a workshop on cybercrime. Trade and investment were also discussed.

The high commissioner praised the sacrifices of the police and law enforcement agencies in the fight against militancy.`

func BenchmarkFind(b *testing.B) {
	lex, err := loadLexicon()
	if err != nil {
		b.Fatal(err)
	}
	a := text.Analyze(benchReport)
	b.SetBytes(int64(len(benchReport)))
	b.ReportAllocs()
	for b.Loop() {
		topics.Find(a, lex)
	}
}
