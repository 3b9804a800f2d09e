package commitments_test

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
	"github.com/accord-events/accord/commitments"
	"github.com/accord-events/accord/events"
	"github.com/accord-events/accord/internal/casetest"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
	"github.com/accord-events/accord/timex"
)

// anchor is the report date of every case: Wednesday 16 July 2025.
const anchor = "2025-07-16"

type stages struct {
	actors *actors.Finder
	events *events.Coder
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
	return stages{actors.New(lex), events.New(lex, codes)}, nil
})

// code runs the stages up to commitments as pipeline.CodeTimed does, for a
// report dated anchor whose home country the actor finder chooses.
func code(tb testing.TB, in string) (*text.Analysis, []events.Coded) {
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
	ac := st.actors.Find(a, "")
	evs := st.events.Code(events.Input{A: a, Actors: ac, Times: timex.Find(a, date), Anchor: date, Home: ac.Home})
	return a, evs
}

// due is the window a commitment's Due must have; a nil *due means no
// time at all. A deadline ("by 2026") is due in the period it names.
type due struct {
	value, start, end string
	precision         accord.Precision
}

type wantCommitment struct {
	what    string   // the promised thing starts with it
	parties []string // sorted
	due     *due
}

func show(cs []accord.Commitment) string {
	if len(cs) == 0 {
		return "no commitments"
	}
	var b strings.Builder
	for _, c := range cs {
		d := "nil"
		if c.Due != nil {
			d = fmt.Sprintf("%q %s %s..%s %s", c.Due.Text, c.Due.Value, c.Due.Start, c.Due.End, c.Due.Precision)
		}
		fmt.Fprintf(&b, "\n  %s %q %v due=%s event=%s", c.ID, c.What, c.Parties, d, c.Event)
	}
	return b.String()
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, in string
		want     []wantCommitment
		known    string
	}{
		{
			name: "agreed to hold, in October this year",
			in:   "Pakistan and Iran agreed to hold talks in Tehran in October this year.",
			want: []wantCommitment{{"hold talks", []string{"IRN", "PAK"}, &due{"2025-10", "2025-10-01", "2025-10-31", accord.Month}}},
		},
		{
			name: "scheduled to visit, from Sep 12-21",
			in:   "The Chinese delegation is scheduled to visit Islamabad from Sep 12-21.",
			want: []wantCommitment{{"visit Islamabad", []string{"CHN", "PAK"}, &due{"2025-09-12", "2025-09-12", "2025-09-21", accord.Day}}},
		},
		{
			name: "will visit, next month",
			in:   "The Turkish president will visit Pakistan next month.",
			want: []wantCommitment{{"visit Pakistan", []string{"PAK", "TUR"}, &due{"2025-08", "2025-08-01", "2025-08-31", accord.Month}}},
		},
		{
			name: "soon has no start",
			in:   "Pakistan and Iran agreed to hold talks soon.",
			want: []wantCommitment{{"hold talks", []string{"IRN", "PAK"}, &due{"", "", "", accord.Unspecified}}},
		},
		{
			name: "a past time in the promise is not its due",
			in:   "Pakistan and Iran agreed to revive the joint working group last convened in 2015.",
			want: []wantCommitment{{"revive the joint working group", []string{"IRN", "PAK"}, nil}},
		},
		{
			name: "resolved to, no time",
			in:   "Iran resolved to curb smuggling along the border with Pakistan.",
			want: []wantCommitment{{"curb smuggling", []string{"IRN", "PAK"}, nil}},
		},
		{
			name: "decided to form, in August",
			in:   "Pakistan and China decided to form a committee on security in August.",
			want: []wantCommitment{{"form a committee", []string{"CHN", "PAK"}, &due{"2025-08", "2025-08-01", "2025-08-31", accord.Month}}},
		},
		{
			name: "pledged to, by a year",
			in:   "Pakistan pledged to increase trade with Uzbekistan by 2026.",
			want: []wantCommitment{{"increase trade", []string{"PAK", "UZB"}, &due{"2026", "2026-01-01", "2026-12-31", accord.Year}}},
		},
		{
			name: "one commitment for three parties",
			in:   "Pakistan, China and Iran agreed to share intelligence.",
			want: []wantCommitment{{"share intelligence", []string{"CHN", "IRN", "PAK"}, nil}},
		},
		{
			name: "agreed to, by December",
			in:   "Pakistan and Iran agreed to boost trade by December.",
			want: []wantCommitment{{"boost trade", []string{"IRN", "PAK"}, &due{"2025-12", "2025-12-01", "2025-12-31", accord.Month}}},
		},
		{
			name: "two promises in one sentence",
			in:   "Pakistan and Iran agreed to hold talks, and pledged to boost trade.",
			want: []wantCommitment{
				{"hold talks", []string{"IRN", "PAK"}, nil},
				{"boost trade", []string{"IRN", "PAK"}, nil},
			},
		},
		{
			name: "will meet again on a date",
			in:   "Pakistan and China held talks in Beijing on Monday. The two sides will meet again in Islamabad on 25 October.",
			want: []wantCommitment{{"meet again", []string{"CHN", "PAK"}, &due{"2025-10-25", "2025-10-25", "2025-10-25", accord.Day}}},
		},
		{
			name: "the report's own day after a past promise is when it was made",
			in:   "Pakistan and Iran have agreed in principle to grant visa-free entry to diplomats on Wednesday.",
			want: []wantCommitment{{"grant visa-free entry", []string{"IRN", "PAK"}, nil}},
		},
		{
			name: "a plan of the same trip is due in its month",
			in:   "The Chilean president will visit Peru on July 28. During the visit, Chile and Peru will hold talks on trade.",
			want: []wantCommitment{
				{"visit Peru", []string{"CHL", "PER"}, &due{"2025-07-28", "2025-07-28", "2025-07-28", accord.Day}},
				{"hold talks", []string{"CHL", "PER"}, &due{"2025-07", "2025-07-01", "2025-07-31", accord.Month}},
			},
		},
		{name: "a commitment to principles is a stance", in: "Chile and Peru reaffirmed their commitment to the principles of the UN Charter.", want: nil},
		{name: "a readiness for talks is an offer", in: "Chile reaffirmed its readiness for dialogue with Peru.", want: nil},
		{
			name: "a commitment to act",
			in:   "Chile and Peru reaffirmed their commitment for further strengthening border trade.",
			want: []wantCommitment{{"their commitment for further strengthening border trade", []string{"CHL", "PER"}, nil}},
		},
		{name: "a date is no promise", in: "A truce between Chile and Peru was agreed on May 10.", want: nil},
		{name: "a hope", in: "Pakistan hopes to hold talks with Iran.", want: nil},
		{name: "a thing done", in: "Pakistan and Iran held talks in Tehran on Monday.", want: nil},
		{name: "a refusal", in: "Pakistan refused to hold talks with India.", want: nil},
		{
			name: "a conditional offer",
			in:   "Pakistan would meet India if the attacks stopped.",
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := casetest.New(t)
			a, evs := code(t, tc.in)
			got := commitments.Find(a, evs)
			if len(got) != len(tc.want) {
				c.Errorf("got %d commitments, want %d: %s", len(got), len(tc.want), show(got))
			}
			for i, w := range tc.want {
				if i >= len(got) {
					break
				}
				cm := got[i]
				if !strings.HasPrefix(cm.What, w.what) {
					c.Errorf("what %q, want it to start with %q", cm.What, w.what)
				}
				if strings.ContainsAny(cm.What[len(cm.What)-1:], ".,;") {
					c.Errorf("what %q ends in punctuation", cm.What)
				}
				if !slices.Equal(cm.Parties, w.parties) {
					c.Errorf("%q: parties %v, want %v", cm.What, cm.Parties, w.parties)
				}
				switch {
				case w.due == nil && cm.Due != nil:
					c.Errorf("%q: due %q (%s), want none", cm.What, cm.Due.Text, cm.Due.Value)
				case w.due != nil && cm.Due == nil:
					c.Errorf("%q: no due, want %s", cm.What, w.due.value)
				case w.due != nil:
					d := cm.Due
					if d.Value != w.due.value || d.Start != w.due.start || d.End != w.due.end || d.Precision != w.due.precision {
						c.Errorf("%q: due %q = %q %s..%s %s, want %q %s..%s %s", cm.What, d.Text, d.Value, d.Start, d.End, d.Precision,
							w.due.value, w.due.start, w.due.end, w.due.precision)
					}
				}
			}
			c.Done(tc.known)
		})
	}
}

// TestRecord checks the fields every commitment carries: id, status, the
// AGREE event that carries it, evidence and rule.
func TestRecord(t *testing.T) {
	const in = "Pakistan and Iran held talks in Tehran on Monday. Pakistan and Iran agreed to hold talks in Tehran in October this year. " +
		"The Turkish president will visit Pakistan next month."
	a, evs := code(t, in)
	got := commitments.Find(a, evs)
	if len(got) != 2 {
		t.Fatalf("got %d commitments, want 2: %s", len(got), show(got))
	}
	for i, cm := range got {
		if want := fmt.Sprintf("c%d", i+1); cm.ID != want {
			t.Errorf("id %q, want %q", cm.ID, want)
		}
		if cm.Status != accord.Pending {
			t.Errorf("%s: status %q, want %q", cm.ID, cm.Status, accord.Pending)
		}
		k := slices.IndexFunc(evs, func(e events.Coded) bool { return e.ID == cm.Event })
		if k < 0 {
			t.Errorf("%s: event %q is not among the events", cm.ID, cm.Event)
			continue
		}
		if e := evs[k]; e.Type != "AGREE" || !e.Promise {
			t.Errorf("%s: event %s is a %s (promise %v), want a promised AGREE", cm.ID, e.ID, e.Type, e.Promise)
		}
		if cm.Evidence != evs[k].Evidence || cm.Evidence.Span.In(in) != cm.Evidence.Text {
			t.Errorf("%s: evidence %q, want the event's %q", cm.ID, cm.Evidence.Text, evs[k].Evidence.Text)
		}
		if !strings.HasPrefix(cm.Rule, "promise: ") || !strings.Contains(cm.Rule, evs[k].Rule) {
			t.Errorf("%s: rule %q, want \"promise: \" and the event's rule %q", cm.ID, cm.Rule, evs[k].Rule)
		}
	}
	if got[0].Evidence.Text != "Pakistan and Iran agreed to hold talks in Tehran in October this year." {
		t.Errorf("c1 evidence %q", got[0].Evidence.Text)
	}
}

// TestNoPromises finds nothing in events that promise nothing.
func TestNoPromises(t *testing.T) {
	a := text.Analyze("Pakistan and Iran held talks.")
	if got := commitments.Find(a, nil); len(got) != 0 {
		t.Errorf("Find with no events = %s", show(got))
	}
	a, evs := code(t, "Karachi police arrested three suspects on Sunday. Pakistan condemned the attack.")
	if got := commitments.Find(a, evs); len(got) != 0 {
		t.Errorf("got %s", show(got))
	}
}

const benchReport = `Pakistan and the United Kingdom agreed to hold the next round of their Law Enforcement Dialogue in London in October this year, officials said on Monday.

The Chinese delegation is scheduled to visit Islamabad from Sep 12-21. Pakistan, China and Iran agreed to share intelligence on militant groups, and Iran resolved to curb smuggling along the border.

Pakistan pledged to increase trade with Uzbekistan by 2026. The Turkish president will visit Pakistan next month, and the two sides will meet again soon.`

func BenchmarkFind(b *testing.B) {
	a, evs := code(b, benchReport)
	b.SetBytes(int64(len(benchReport)))
	b.ReportAllocs()
	for b.Loop() {
		commitments.Find(a, evs)
	}
}

// TestDueMonthKeepsItsWords checks that a due date taken from a plan of the
// same trip still points at the words it comes from.
func TestDueMonthKeepsItsWords(t *testing.T) {
	in := "The Chilean president will visit Peru on July 28. During the visit, Chile and Peru will hold talks on trade."
	a, evs := code(t, in)
	for _, c := range commitments.Find(a, evs) {
		if !strings.HasPrefix(c.What, "hold talks") {
			continue
		}
		if c.Due == nil || c.Due.Text != "on July 28" || in[c.Due.Span.Start:c.Due.Span.End] != "on July 28" {
			t.Errorf("due %+v: want the text and offsets of %q", c.Due, "on July 28")
		}
		return
	}
	t.Errorf("no commitment to hold talks in %q", in)
}
