package mechanisms_test

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/cameo"
	"github.com/accord-events/accord/events"
	"github.com/accord-events/accord/internal/casetest"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/mechanisms"
	"github.com/accord-events/accord/text"
	"github.com/accord-events/accord/timex"
)

// The reports below are written for these tests; the names of persons are
// fictional.

// anchor is the report date of every case: Wednesday 16 July 2025, so
// "on Monday" is 2025-07-14.
const anchor = "2025-07-16"

type stages struct {
	actors     *actors.Finder
	events     *events.Coder
	mechanisms *mechanisms.Finder
}

var loadStages = sync.OnceValues(func() (stages, error) {
	lex, err := lexicon.New()
	if err != nil {
		return stages{}, err
	}
	codes, err := cameo.New()
	if err != nil {
		return stages{}, err
	}
	return stages{actors.New(lex), events.New(lex, codes), mechanisms.New(lex)}, nil
})

type result struct {
	ac    *actors.Result
	evs   []events.Coded
	mechs []accord.Mechanism
}

// find runs the stages up to mechanisms as pipeline.CodeTimed does, for a
// report dated anchor with home as its home country.
func find(tb testing.TB, in, home string) result {
	tb.Helper()
	st, err := loadStages()
	if err != nil {
		tb.Fatalf("load dictionaries: %v", err)
	}
	date, err := time.Parse(accord.DateLayout, anchor)
	if err != nil {
		tb.Fatal(err)
	}
	a := text.Analyze(in)
	ac := st.actors.Find(a, home)
	evs := st.events.Code(events.Input{A: a, Actors: ac, Times: timex.Find(a, date), Anchor: date, Home: ac.Home})
	return result{ac, evs, st.mechanisms.Find(a, ac, evs, ac.Home)}
}

func (r result) String() string {
	if len(r.mechs) == 0 {
		return "no mechanisms"
	}
	var b strings.Builder
	for _, m := range r.mechs {
		fmt.Fprintf(&b, "\n  %s %q (%s) aliases=%q parties=%v new=%v sessions=%d mentions=%d", m.ID, m.Name, m.Kind,
			m.Aliases, m.Parties, m.New, len(m.Sessions), len(m.Mentions))
	}
	return b.String()
}

type wantSession struct {
	ordinal int
	tense   accord.Tense
	date    string
	place   string
	chairs  []string // the chairs' names, sorted
}

type wantMechanism struct {
	name, kind string
	aliases    []string // each must be among the aliases
	parties    []string // sorted
	new        bool
	mentions   int // 0: not checked
	sessions   []wantSession
}

func (w wantMechanism) check(c *casetest.Check, r result) {
	k := slices.IndexFunc(r.mechs, func(m accord.Mechanism) bool { return m.Name == w.name })
	if k < 0 {
		c.Errorf("no mechanism %q; got %v", w.name, r)
		return
	}
	m := r.mechs[k]
	if m.Kind != w.kind {
		c.Errorf("%s: kind %q, want %q", w.name, m.Kind, w.kind)
	}
	for _, a := range w.aliases {
		if !slices.Contains(m.Aliases, a) {
			c.Errorf("%s: aliases %q lack %q", w.name, m.Aliases, a)
		}
	}
	if !slices.Equal(m.Parties, w.parties) {
		c.Errorf("%s: parties %v, want %v", w.name, m.Parties, w.parties)
	}
	if m.New != w.new {
		c.Errorf("%s: new = %v, want %v", w.name, m.New, w.new)
	}
	if w.mentions > 0 && len(m.Mentions) != w.mentions {
		c.Errorf("%s: %d mentions %v, want %d", w.name, len(m.Mentions), m.Mentions, w.mentions)
	}
	if len(m.Sessions) != len(w.sessions) {
		c.Errorf("%s: %d sessions, want %d", w.name, len(m.Sessions), len(w.sessions))
		return
	}
	for i, ws := range w.sessions {
		s := m.Sessions[i]
		if s.Ordinal != ws.ordinal || s.Tense != ws.tense || s.Date != ws.date || s.Place != ws.place {
			c.Errorf("%s: session %d is #%d %s %q in %q, want #%d %s %q in %q", w.name, i+1,
				s.Ordinal, s.Tense, s.Date, s.Place, ws.ordinal, ws.tense, ws.date, ws.place)
		}
		var chairs []string
		for _, id := range s.Chairs {
			for _, p := range r.ac.Persons {
				if p.ID == id {
					chairs = append(chairs, p.Name)
				}
			}
		}
		slices.Sort(chairs)
		if !slices.Equal(chairs, ws.chairs) {
			c.Errorf("%s: session %d chairs %q (%v), want %q", w.name, i+1, chairs, s.Chairs, ws.chairs)
		}
		if !slices.ContainsFunc(r.evs, func(e events.Coded) bool { return e.ID == s.Event }) {
			c.Errorf("%s: session %d links to event %q, which does not exist", w.name, i+1, s.Event)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, in string
		want     []wantMechanism
		known    string
	}{
		{
			name: "intergovernmental commission with a country pair",
			in:   "Pakistan and Kyrgyzstan held the fifth session of the Pakistan-Kyrgyzstan Intergovernmental Commission in Bishkek on Monday.",
			want: []wantMechanism{{name: "Pakistan-Kyrgyzstan Intergovernmental Commission", kind: "commission",
				aliases: []string{"Intergovernmental Commission"}, parties: []string{"KGZ", "PAK"}, mentions: 1,
				sessions: []wantSession{{5, accord.Past, "2025-07-14", "Bishkek", nil}}}},
		},
		{
			name: "dialogue with a country pair",
			in:   "Pakistan and the US held the third round of the Pakistan-US Counterterrorism Dialogue in Islamabad on Monday.",
			want: []wantMechanism{{name: "Pakistan-US Counterterrorism Dialogue", kind: "dialogue",
				aliases: []string{"Counterterrorism Dialogue"}, parties: []string{"PAK", "USA"},
				sessions: []wantSession{{3, accord.Past, "2025-07-14", "Islamabad", nil}}}},
		},
		{
			name: "committee with an acronym",
			in:   "Pakistan and China held the third meeting of their Joint Coordination Committee (JCC) in Beijing on Monday.",
			want: []wantMechanism{{name: "Joint Coordination Committee", kind: "committee",
				aliases: []string{"JCC"}, parties: []string{"CHN", "PAK"},
				sessions: []wantSession{{3, accord.Past, "2025-07-14", "Beijing", nil}}}},
		},
		{
			name: "a dialogue held, then agreed again",
			in: "Pakistan and the UK held the fourth Law Enforcement Dialogue in London on Monday. " +
				"The two sides agreed to hold the next Law Enforcement Dialogue in Islamabad in March next year.",
			want: []wantMechanism{{name: "Law Enforcement Dialogue", kind: "dialogue", parties: []string{"GBR", "PAK"}, mentions: 2,
				sessions: []wantSession{
					{4, accord.Past, "2025-07-14", "London", nil},
					{0, accord.Future, "2026-03", "Islamabad", nil},
				}}},
		},
		{
			name: "co-chairs",
			in: "Interior Minister Tariq Mehmood and Chinese Minister of Public Security Wang Xiaohong co-chaired the " +
				"China-Pakistan Joint Working Group in Beijing on Monday.",
			want: []wantMechanism{{name: "China-Pakistan Joint Working Group", kind: "working group",
				aliases: []string{"Joint Working Group"}, parties: []string{"CHN", "PAK"},
				sessions: []wantSession{{0, accord.Past, "2025-07-14", "Beijing", []string{"Tariq Mehmood", "Wang Xiaohong"}}}}},
		},
		{
			name: "agreed to form a joint committee",
			in:   "Pakistan and Iran agreed to form a joint committee on border trade.",
			want: []wantMechanism{{name: "joint committee", kind: "committee", parties: []string{"IRN", "PAK"}, new: true,
				sessions: []wantSession{{0, accord.Future, "", "", nil}}}},
		},
		{
			name: "bilateral political consultations",
			in:   "Pakistan and Uzbekistan held Bilateral Political Consultations in Tashkent on Monday.",
			want: []wantMechanism{{name: "Bilateral Political Consultations", kind: "consultations", parties: []string{"PAK", "UZB"},
				sessions: []wantSession{{0, accord.Past, "2025-07-14", "Tashkent", nil}}}},
		},
		{
			name: "the acronym alone later",
			in: "Pakistan and China held the third meeting of their Joint Coordination Committee (JCC) in Beijing on Monday. " +
				"The JCC reviewed the progress of the projects.",
			want: []wantMechanism{{name: "Joint Coordination Committee", kind: "committee", aliases: []string{"JCC"},
				parties: []string{"CHN", "PAK"}, mentions: 2,
				sessions: []wantSession{{3, accord.Past, "2025-07-14", "Beijing", nil}}}},
		},
		{
			name: "a hyphenated lower-case word in the name",
			in:   "Pakistan and the US held the third round of the Pakistan-US Counter-terrorism Dialogue in Islamabad on Monday.",
			want: []wantMechanism{{name: "Pakistan-US Counter-terrorism Dialogue", kind: "dialogue",
				parties: []string{"PAK", "USA"}, sessions: []wantSession{{3, accord.Past, "2025-07-14", "Islamabad", nil}}}},
		},
		{
			name: "a name going on after the head",
			in: "Interior Minister Tariq Mehmood and Chinese Minister of Public Security Wang Xiaohong co-chaired the " +
				"Joint Working Group on Counter-Terrorism in Beijing on Monday.",
			want: []wantMechanism{{name: "Joint Working Group on Counter-Terrorism", kind: "working group", parties: []string{"CHN", "PAK"},
				sessions: []wantSession{{0, accord.Past, "2025-07-14", "Beijing", []string{"Tariq Mehmood", "Wang Xiaohong"}}}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := casetest.New(t)
			r := find(t, tc.in, "PAK")
			for _, w := range tc.want {
				w.check(c, r)
			}
			if len(r.mechs) != len(tc.want) {
				c.Errorf("got %d mechanisms, want %d: %v", len(r.mechs), len(tc.want), r)
			}
			c.Done(tc.known)
		})
	}
}

// TestNotMechanisms lists bodies that are not channels between parties.
func TestNotMechanisms(t *testing.T) {
	tests := []struct {
		name, in string
		known    string
	}{
		{name: "a cabinet committee", in: "The Federal Cabinet Committee on Privatisation approved the plan on Monday."},
		{name: "a national committee", in: "The National Security Committee met in Islamabad on Friday."},
		{name: "a parliamentary committee", in: "The Senate Standing Committee on Interior summoned the secretary."},
		{name: "a joint committee not formed", in: "Officials reviewed the work of a joint committee on trade."},
		{name: "a ministry and an organisation", in: "The Ministry of Interior and the SCO Secretariat signed a memorandum."},
		{name: "a dialogue head alone", in: "Pakistan and India should resume Dialogue, the minister said."},
		{
			name: "a conference named Dialogue",
			in:   "Speakers at the Islamabad Security Dialogue discussed regional trade on Monday.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := casetest.New(t)
			if r := find(t, tc.in, "PAK"); len(r.mechs) > 0 {
				c.Errorf("%q: got %v", tc.in, r)
			}
			c.Done(tc.known)
		})
	}
}

// TestRecord checks ids and mention spans.
func TestRecord(t *testing.T) {
	r := find(t, benchReport, "PAK")
	if len(r.mechs) < 2 {
		t.Fatalf("got %v, want at least 2 mechanisms", r)
	}
	for i, m := range r.mechs {
		if want := fmt.Sprintf("m%d", i+1); m.ID != want {
			t.Errorf("id %q, want %q", m.ID, want)
		}
		if len(m.Mentions) == 0 {
			t.Errorf("%s %q has no mention", m.ID, m.Name)
		}
		for _, mn := range m.Mentions {
			if got := mn.Span.In(benchReport); got != mn.Text {
				t.Errorf("%s: mention %q spans %d-%d covering %q", m.ID, mn.Text, mn.Start, mn.End, got)
			}
			if !strings.Contains(mn.Text, m.Name) && !slices.ContainsFunc(m.Aliases, func(a string) bool { return strings.Contains(mn.Text, a) }) {
				t.Errorf("%s: mention %q holds neither the name %q nor an alias %q", m.ID, mn.Text, m.Name, m.Aliases)
			}
		}
		if m.Aliases == nil || m.Mentions == nil {
			t.Errorf("%s: nil aliases or mentions", m.ID)
		}
		if !slices.IsSorted(m.Parties) {
			t.Errorf("%s: parties %v not sorted", m.ID, m.Parties)
		}
	}
}

const benchReport = `Pakistan and the United Kingdom held the fourth Law Enforcement Dialogue in London on Monday. The two sides agreed to hold the next Law Enforcement Dialogue in Islamabad in March next year.

Interior Minister Tariq Mehmood and Chinese Minister of Public Security Wang Xiaohong co-chaired the China-Pakistan Joint Working Group in Beijing. Pakistan and China also held the third meeting of their Joint Coordination Committee (JCC).

Pakistan and Iran agreed to form a joint committee on border trade, while the Federal Cabinet Committee on Privatisation approved the plan. Pakistan and Kyrgyzstan held the fifth session of the Pakistan-Kyrgyzstan Intergovernmental Commission in Bishkek.`

func BenchmarkFind(b *testing.B) {
	st, err := loadStages()
	if err != nil {
		b.Fatal(err)
	}
	r := find(b, benchReport, "PAK")
	a := text.Analyze(benchReport)
	b.SetBytes(int64(len(benchReport)))
	b.ReportAllocs()
	for b.Loop() {
		st.mechanisms.Find(a, r.ac, r.evs, r.ac.Home)
	}
}
