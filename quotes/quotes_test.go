package quotes_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/quotes"
	"github.com/accord-events/accord/text"
)

// The reports below are written for these tests; the names are fictional.

var loadFinder = sync.OnceValues(func() (*actors.Finder, error) {
	lex, err := lexicon.New()
	if err != nil {
		return nil, err
	}
	return actors.New(lex), nil
})

// find runs the stages quotes reads, as pipeline.CodeTimed does.
func find(tb testing.TB, in string) (*actors.Result, []accord.Quote) {
	tb.Helper()
	f, err := loadFinder()
	if err != nil {
		tb.Fatalf("load dictionaries: %v", err)
	}
	a := text.Analyze(in)
	ac := f.Find(a, "PAK")
	return ac, quotes.Find(a, ac)
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, in string
		quote    string // the quoted words; "" for no quotation
		speaker  string // the speaker's name, "" for none
	}{
		{
			name:    "speaker after",
			in:      `Interior Minister Tariq Mehmood met the delegation. "We will not allow anyone to use our soil against Pakistan" Mehmood said.`,
			quote:   `We will not allow anyone to use our soil against Pakistan`,
			speaker: "Tariq Mehmood",
		},
		{
			name:    "said after, then the speaker",
			in:      `"The talks were very productive" said Interior Minister Tariq Mehmood.`,
			quote:   `The talks were very productive`,
			speaker: "Tariq Mehmood",
		},
		{
			name:    "speaker before",
			in:      `Interior Minister Tariq Mehmood said: "Pakistan will continue to fight terrorism with full force."`,
			quote:   `Pakistan will continue to fight terrorism with full force.`,
			speaker: "Tariq Mehmood",
		},
		{
			name:    "a pronoun",
			in:      `Interior Minister Tariq Mehmood met the delegation. "We will not allow anyone to use our soil" he said.`,
			quote:   `We will not allow anyone to use our soil`,
			speaker: "Tariq Mehmood",
		},
		{
			name:    "curly quotes",
			in:      "\u201cWe will stand together with our friends,\u201d Interior Minister Tariq Mehmood said.",
			quote:   "We will stand together with our friends",
			speaker: "Tariq Mehmood",
		},
		{
			name:    "unclosed, to the end of the paragraph",
			in:      "Interior Minister Tariq Mehmood told the gathering: \"Our police have made great sacrifices for peace.\n\nThe next paragraph starts here.",
			quote:   "Our police have made great sacrifices for peace.",
			speaker: "Tariq Mehmood",
		},
		{
			name:  "no speaker",
			in:    `A banner read "No to terrorism in our land" outside the hall.`,
			quote: `No to terrorism in our land`,
		},
		{
			name:  "a speaker with no reporting verb is none",
			in:    `"No to terrorism in our land" was written on a wall near Tariq Mehmood's house.`,
			quote: `No to terrorism in our land`,
		},
		{name: "scare quotes", in: `The so-called "peace plan" was rejected by the opposition.`},
		{name: "a quoted name", in: `Pakistan hosted the "Law Enforcement Dialogue" in Islamabad.`},
		{name: "no quotes", in: `Interior Minister Tariq Mehmood said the talks went well.`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ac, got := find(t, tc.in)
			if tc.quote == "" {
				if len(got) != 0 {
					t.Errorf("got quotes %+v, want none", got)
				}
				return
			}
			if len(got) != 1 {
				t.Fatalf("got %d quotes %+v, want 1", len(got), got)
			}
			q := got[0]
			if q.Text != tc.quote {
				t.Errorf("quote %q, want %q", q.Text, tc.quote)
			}
			if q.Span.In(tc.in) != q.Text {
				t.Errorf("span %d-%d covers %q, text is %q", q.Start, q.End, q.Span.In(tc.in), q.Text)
			}
			if q.SpeakerName != tc.speaker {
				t.Errorf("speaker %q, want %q", q.SpeakerName, tc.speaker)
			}
			if tc.speaker != "" {
				found := false
				for _, p := range ac.Persons {
					found = found || p.ID == q.Speaker && p.Name == tc.speaker
				}
				if !found {
					t.Errorf("speaker id %q is not the person %q", q.Speaker, tc.speaker)
				}
			} else if q.Speaker != "" {
				t.Errorf("speaker id %q, want none", q.Speaker)
			}
		})
	}
}

// TestMinWords keeps quotations of MinWords words and drops shorter ones.
func TestMinWords(t *testing.T) {
	words := []string{"one", "two", "three", "four", "five", "six"}
	for n := 1; n <= len(words); n++ {
		in := `He wrote "` + strings.Join(words[:n], " ") + `" on the wall.`
		_, got := find(t, in)
		if want := n >= quotes.MinWords; (len(got) == 1) != want {
			t.Errorf("%q: got %d quotes, want a quote: %v", in, len(got), want)
		}
	}
}

// TestSeveral finds each quotation of a report once, in order.
func TestSeveral(t *testing.T) {
	_, got := find(t, benchReport)
	want := []string{
		"Terrorism is a shared threat for the whole region",
		"We will not allow anyone to use our soil against our neighbours.",
		"The two sides will meet again in London soon",
	}
	if len(got) != len(want) {
		t.Fatalf("got %d quotes %+v, want %d", len(got), got, len(want))
	}
	for i, q := range got {
		if q.Text != want[i] {
			t.Errorf("quote %d: %q, want %q", i+1, q.Text, want[i])
		}
		if q.SpeakerName == "" {
			t.Errorf("quote %d (%q) has no speaker", i+1, q.Text)
		}
	}
}

const benchReport = `Interior Minister Tariq Mehmood met Helen Carter, the British High Commissioner in Islamabad, on Monday. "Terrorism is a shared threat for the whole region" Mehmood said.

Amb Carter told reporters: "We will not allow anyone to use our soil against our neighbours." The so-called "peace plan" was not discussed.

"The two sides will meet again in London soon" said Interior Secretary Khalid Rashid.`

func BenchmarkFind(b *testing.B) {
	f, err := loadFinder()
	if err != nil {
		b.Fatal(err)
	}
	a := text.Analyze(benchReport)
	ac := f.Find(a, "PAK")
	b.SetBytes(int64(len(benchReport)))
	b.ReportAllocs()
	for b.Loop() {
		quotes.Find(a, ac)
	}
}
