package events_test

import (
	"slices"
	"testing"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/cameo"
	"github.com/accord-events/accord/events"
	"github.com/accord-events/accord/text"
	"github.com/accord-events/accord/timex"
)

// checkEvents checks what holds for any text.
func checkEvents(t *testing.T, tt tables, got coded) {
	t.Helper()
	in := got.in
	inside := func(what string, s accord.Span) {
		if s.Start < 0 || s.End > len(in) || s.Start > s.End {
			t.Fatalf("%s span %d-%d outside the text (%d bytes)", what, s.Start, s.End, len(in))
		}
	}
	for _, e := range got.evs {
		inside("evidence", e.Evidence.Span)
		inside("trigger", e.Trigger.Span)
		if e.Evidence.Text != in[e.Evidence.Start:e.Evidence.End] || e.Trigger.Text != in[e.Trigger.Start:e.Trigger.End] {
			t.Errorf("%s: evidence or trigger text differs from the text it spans", e.ID)
		}
		if !e.Evidence.Span.Contains(e.Trigger.Span) {
			t.Errorf("%s: trigger %d-%d outside evidence %d-%d", e.ID, e.Trigger.Start, e.Trigger.End, e.Evidence.Start, e.Evidence.End)
		}
		for _, m := range e.Mentions {
			inside("mention", m.Span)
		}
		for _, a := range []accord.Actor{e.Source, e.Target} {
			if a.Span != nil {
				inside("actor", *a.Span)
			}
			if a.Country == "" {
				t.Errorf("%s: an actor with no country (want %q for none)", e.ID, accord.NoCountry)
			}
		}
		if !slices.Contains(cameo.PloverTypes, e.Type) {
			t.Errorf("%s: type %q is not one of the 16 PLOVER types", e.ID, e.Type)
		}
		if _, ok := tt.codes.Lookup(e.Cameo); !ok {
			t.Errorf("%s: CAMEO code %q (trigger %q) not in the table", e.ID, e.Cameo, e.Trigger.Text)
		}
		if e.Tense != accord.Past && e.Tense != accord.Ongoing && e.Tense != accord.Future {
			t.Errorf("%s: tense %q", e.ID, e.Tense)
		}
		if e.Rule == "" {
			t.Errorf("%s: no rule", e.ID)
		}
		if e.Sentence < 0 || e.Sentence >= len(got.a.Sentences) || e.First < 0 || e.Last > len(got.a.Tokens) || e.First >= e.Last {
			t.Errorf("%s: sentence %d, trigger tokens [%d, %d)", e.ID, e.Sentence, e.First, e.Last)
		}
	}
}

func TestMultiShape(t *testing.T) {
	checkEvents(t, mustTables(t), code(t, multi, "PAK"))
	checkEvents(t, mustTables(t), code(t, benchReport, ""))
}

func FuzzCode(f *testing.F) {
	for _, s := range []string{
		"Pakistan and the United States have agreed to hold talks in October this year.",
		"A meeting between Pakistan and Iran was held in Tehran on Sunday. The meeting went well.",
		"If Pakistan and India held talks, the region would benefit.",
		"Three suspects were arrested by the Karachi police on Sunday.",
		"The Turkish president will visit Pakistan from Sep 12-21. They did not meet.",
		"Militants attacked a police post. Five people were killed in an air strike.",
		"Both sides agreed. The two sides will meet.",
		"PAKISTAN, IRAN\n\nHOLD TALKS \xff",
		"",
	} {
		f.Add(s)
	}
	tt := mustTables(f)
	date, err := time.Parse(accord.DateLayout, anchor)
	if err != nil {
		f.Fatal(err)
	}
	finder, coder := actors.New(tt.lex), events.New(tt.lex, tt.codes)
	f.Fuzz(func(t *testing.T, in string) {
		a := text.Analyze(in)
		ac := finder.Find(a, "")
		evs := coder.Code(events.Input{A: a, Actors: ac, Times: timex.Find(a, date), Anchor: date, Home: ac.Home})
		checkEvents(t, tt, coded{in: in, a: a, ac: ac, evs: evs})
	})
}

// benchReport is a short report of a few paragraphs.
const benchReport = `Interior Minister Tariq Mehmood met Helen Carter, the British High Commissioner in Islamabad, on Monday and discussed cooperation against human trafficking.

During the meeting, Mr Mehmood briefed the envoy on the work of the Federal Investigation Agency. Amb Carter praised Pakistan's efforts and said the United Kingdom valued its partnership with Pakistan.

Pakistan and the United Kingdom agreed to hold the next round of talks in London in October this year. Karachi police arrested three suspects on Sunday, and the court sentenced two smugglers.

The TTP threatened to attack Pakistani police. Pakistan condemned the attack and urged Afghanistan to act against the group.`

func BenchmarkCode(b *testing.B) {
	tt := mustTables(b)
	date, err := time.Parse(accord.DateLayout, anchor)
	if err != nil {
		b.Fatal(err)
	}
	a := text.Analyze(benchReport)
	ac := actors.New(tt.lex).Find(a, "")
	in := events.Input{A: a, Actors: ac, Times: timex.Find(a, date), Anchor: date, Home: ac.Home}
	coder := events.New(tt.lex, tt.codes)
	b.SetBytes(int64(len(benchReport)))
	b.ReportAllocs()
	for b.Loop() {
		coder.Code(in)
	}
}
