package events_test

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/accord-events/accord/cameo"
	"github.com/accord-events/accord/events"
	"github.com/accord-events/accord/internal/casetest"
)

// TestSameHappening folds later mentions of one meeting into its event,
// and keeps another meeting apart.
func TestSameHappening(t *testing.T) {
	tests := []struct {
		name, in string
		events   int // CONSULT events
		mentions []string
		known    string
	}{
		{"the meeting", "Interior Minister Tariq Mehmood met Chinese Ambassador Li Wei on Monday. The meeting was held at the Interior Ministry.",
			1, []string{"The meeting was held at the Interior Ministry."}, ""},
		{"the two sides discussed", "Interior Minister Tariq Mehmood met Chinese Ambassador Li Wei on Monday. During the meeting, the two sides discussed border security.",
			1, []string{"During the meeting, the two sides discussed border security."}, ""},
		{"the talks", "Pakistan and Iran held talks in Tehran on Sunday. The talks focused on border security.",
			1, []string{"The talks focused on border security."}, ""},
		{"a place in what they discussed", "Interior Minister Tariq Mehmood met Qatar's Ambassador Ali Hamad on Monday. Both sides also discussed the release of Pakistani citizens imprisoned in Qatar.",
			1, []string{"Both sides also discussed the release of Pakistani citizens imprisoned in Qatar."}, ""},
		{"another day, another meeting", "Pakistan and Iran held talks on Sunday. Pakistan and Iran held talks again on Tuesday.",
			2, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := casetest.New(t)
			defer c.Done(tc.known)
			got := code(t, tc.in, "PAK")
			var consult []events.Coded
			for _, e := range got.evs {
				if e.Type == "CONSULT" {
					consult = append(consult, e)
				}
			}
			if len(consult) != tc.events {
				c.Errorf("%d CONSULT events, want %d; got %v", len(consult), tc.events, got)
				return
			}
			if tc.mentions == nil {
				return
			}
			var texts []string
			for _, m := range consult[0].Mentions {
				texts = append(texts, m.Text)
				if m.Span.In(tc.in) != m.Text {
					c.Errorf("mention %q has span %d-%d covering %q", m.Text, m.Start, m.End, m.Span.In(tc.in))
				}
			}
			if !slices.Equal(texts, tc.mentions) {
				c.Errorf("mentions %q, want %q", texts, tc.mentions)
			}
		})
	}
}

// TestSpans checks the evidence (the sentence) and the trigger (the words)
// of events against the text.
func TestSpans(t *testing.T) {
	tests := []struct {
		in, trigger, evidence string
	}{
		{"Pakistan and Iran agreed to hold talks in Tehran. Both sides welcomed it.", "agreed to", "Pakistan and Iran agreed to hold talks in Tehran."},
		{"The talks ended. Interior Minister Tariq Mehmood met Chinese Ambassador Li Wei in Islamabad on Monday.", "met",
			"Interior Minister Tariq Mehmood met Chinese Ambassador Li Wei in Islamabad on Monday."},
		{"It was quiet.\n\nA meeting between Pakistan and Iran was held in Tehran on Sunday.", "meeting", "A meeting between Pakistan and Iran was held in Tehran on Sunday."},
		{"Three suspects were arrested by the Karachi police on Sunday.", "arrested", "Three suspects were arrested by the Karachi police on Sunday."},
	}
	for _, tc := range tests {
		got := code(t, tc.in, "PAK")
		k := slices.IndexFunc(got.evs, func(e events.Coded) bool { return e.Trigger.Text == tc.trigger })
		if k < 0 {
			t.Errorf("%q: no event with trigger %q; got %v", tc.in, tc.trigger, got)
			continue
		}
		e := got.evs[k]
		if e.Trigger.Span.In(tc.in) != tc.trigger {
			t.Errorf("%q: trigger %q at %d-%d (covering %q), want %q", tc.in, e.Trigger.Text, e.Trigger.Start, e.Trigger.End, e.Trigger.Span.In(tc.in), tc.trigger)
		}
		if e.Evidence.Text != tc.evidence || e.Evidence.Span.In(tc.in) != tc.evidence {
			t.Errorf("%q: evidence %q at %d-%d, want %q", tc.in, e.Evidence.Text, e.Evidence.Start, e.Evidence.End, tc.evidence)
		}
		if !e.Evidence.Span.Contains(e.Trigger.Span) {
			t.Errorf("%q: trigger %d-%d outside evidence %d-%d", tc.in, e.Trigger.Start, e.Trigger.End, e.Evidence.Start, e.Evidence.End)
		}
		if e.Source.Span != nil && e.Source.Span.In(tc.in) == "" {
			t.Errorf("%q: source span %v covers nothing", tc.in, *e.Source.Span)
		}
	}
}

// TestDates takes an event's date from the time expression of its sentence.
func TestDates(t *testing.T) {
	tests := []struct {
		in, date, timeText string
	}{
		{"Pakistan and Iran held talks in Tehran on Sunday.", "2025-07-13", "on Sunday"},
		{"On July 2, Pakistan and Iran held talks in Tehran.", "2025-07-02", "On July 2"},
		{"Pakistan and Iran held talks in Tehran in June.", "2025-06", "in June"},
		{"Pakistan and Iran held talks in Tehran.", "", ""},
	}
	for _, tc := range tests {
		got := code(t, tc.in, "PAK")
		if len(got.evs) == 0 {
			t.Errorf("%q: no events", tc.in)
			continue
		}
		e := got.evs[0]
		if e.Date != tc.date {
			t.Errorf("%q: date %q, want %q", tc.in, e.Date, tc.date)
		}
		switch {
		case tc.timeText == "" && e.Time != nil:
			t.Errorf("%q: time %q, want none", tc.in, e.Time.Text)
		case tc.timeText != "" && (e.Time == nil || e.Time.Text != tc.timeText):
			t.Errorf("%q: time %v, want %q", tc.in, e.Time, tc.timeText)
		}
	}
}

// TestPersonsAsParties keeps the persons of an event: their names and
// indices into the actor result.
func TestPersonsAsParties(t *testing.T) {
	got := code(t, "Interior Minister Tariq Mehmood met Chinese Ambassador Li Wei in Islamabad on Monday.", "PAK")
	if len(got.evs) != 1 {
		t.Fatalf("got %v, want one event", got)
	}
	e := got.evs[0]
	names := []string{e.Source.Name, e.Target.Name}
	slices.Sort(names)
	if !slices.Equal(names, []string{"Li Wei", "Tariq Mehmood"}) {
		t.Errorf("parties %q, want Li Wei and Tariq Mehmood", names)
	}
	for _, idx := range append(append([]int{}, e.SourcePersons...), e.TargetPersons...) {
		if idx < 0 || idx >= len(got.ac.Persons) {
			t.Errorf("person index %d of %d", idx, len(got.ac.Persons))
		}
	}
	if len(e.SourcePersons) != 1 || len(e.TargetPersons) != 1 {
		t.Errorf("source persons %v, target persons %v, want one each", e.SourcePersons, e.TargetPersons)
	}
}

// multi is a report holding many kinds of event.
const multi = `Interior Minister Tariq Mehmood met Chinese Ambassador Li Wei in Islamabad on Monday. Pakistan and Iran agreed to hold talks in Tehran in October this year.
Karachi police arrested three suspects on Sunday. Militants attacked a police post in Bannu. Pakistan condemned the Israeli strikes on Iran.
The Turkish president will visit Pakistan next month. Pakistan urged Afghanistan to act against the TTP. India released 22 Pakistani fishermen on Friday.`

// TestCameo fills the label, quad class and Goldstein value from the CAMEO
// table, and gives every event a PLOVER type.
func TestCameo(t *testing.T) {
	tt := mustTables(t)
	got := code(t, multi, "PAK")
	if len(got.evs) < 8 {
		t.Errorf("got %d events, want at least 8: %v", len(got.evs), got)
	}
	for _, e := range got.evs {
		c, ok := tt.codes.Lookup(e.Cameo)
		if !ok {
			t.Errorf("%s %s: CAMEO code %q not in the table", e.ID, e.Type, e.Cameo)
			continue
		}
		if e.CameoLabel != c.Label || e.QuadClass != c.QuadClass || e.Goldstein != c.Goldstein {
			t.Errorf("%s %s: label %q quad %d Goldstein %v, table has %q %d %v", e.ID, e.Cameo,
				e.CameoLabel, e.QuadClass, e.Goldstein, c.Label, c.QuadClass, c.Goldstein)
		}
		if !slices.Contains(cameo.PloverTypes, e.Type) {
			t.Errorf("%s: type %q is not a PLOVER type", e.ID, e.Type)
		}
		if want := fmt.Sprintf("e%d", slices.IndexFunc(got.evs, func(x events.Coded) bool { return x.ID == e.ID })+1); e.ID != want {
			t.Errorf("event id %q, want %q", e.ID, want)
		}
	}
}

// TestTriggerCodes checks that every CAMEO code the event dictionary uses,
// as a trigger's code or as its promised (intent=) code, is in the table.
func TestTriggerCodes(t *testing.T) {
	tt := mustTables(t)
	missing := map[string][]string{}
	for _, e := range tt.lex.Entries("event") {
		for _, c := range []string{e.Code, e.Attr("intent")} {
			if c == "" {
				continue
			}
			if _, ok := tt.codes.Lookup(c); !ok && !slices.Contains(missing[c], e.Phrase) {
				missing[c] = append(missing[c], e.Phrase)
			}
		}
	}
	for c, phrases := range missing {
		t.Run(c, func(t *testing.T) {
			ck := casetest.New(t)
			ck.Errorf("CAMEO code %s of %q is not in the table", c, phrases)
			ck.Done("")
		})
	}
}

// TestExtradition codes an extradition as COOPERATE with a CAMEO code of
// the table.
func TestExtradition(t *testing.T) {
	tt := mustTables(t)
	c := casetest.New(t)
	got := code(t, "Pakistan extradited two suspects to the United Kingdom on Monday.", "PAK")
	w := want{typ: "COOPERATE", src: "PAK", tgt: "GBR", date: "2025-07-14"}
	w.check(c, got)
	if e, ok := w.find(c, got); ok {
		if _, found := tt.codes.Lookup(e.Cameo); !found || e.QuadClass != 2 {
			c.Errorf("CAMEO %q (in table: %v), quad class %d, want a judicial cooperation code with quad class 2", e.Cameo, found, e.QuadClass)
		}
	}
	c.Done("")
}

var ruleLine = regexp.MustCompile(`^(verb|noun) "([^"]+)" -> ([A-Z]+) (\d+) \(([\w.]+\.lex) line (\d+)\)`)

// TestRule checks that an event's rule names the dictionary line of its
// trigger.
func TestRule(t *testing.T) {
	tests := []struct {
		in, lemma, typ string
	}{
		{"Interior Minister Tariq Mehmood met Chinese Ambassador Li Wei on Monday.", "meet", "CONSULT"},
		{"A meeting between Pakistan and Iran was held in Tehran on Sunday.", "meeting", "CONSULT"},
		{"Karachi police arrested three suspects on Sunday.", "arrest", "COERCE"},
		{"Pakistan and Iran agreed to hold talks in Tehran.", "agree to", "AGREE"},
		{"The Turkish president will visit Pakistan next month.", "visit", "CONSULT"},
	}
	for _, tc := range tests {
		got := code(t, tc.in, "PAK")
		if len(got.evs) == 0 {
			t.Errorf("%q: no events", tc.in)
			continue
		}
		rule := got.evs[0].Rule
		m := ruleLine.FindStringSubmatch(rule)
		if m == nil {
			t.Errorf("%q: rule %q does not name a dictionary line", tc.in, rule)
			continue
		}
		if m[2] != got.evs[0].Trigger.Text {
			t.Errorf("%q: rule quotes %q, trigger is %q", tc.in, m[2], got.evs[0].Trigger.Text)
		}
		n, _ := strconv.Atoi(m[6])
		line := lexiconLine(t, m[5], n)
		fields := strings.Split(line, "|")
		if len(fields) < 4 || strings.TrimSpace(fields[0]) != "event" {
			t.Errorf("%q: rule %q names %s line %d, which is not an event: %q", tc.in, rule, m[5], n, line)
			continue
		}
		var phrases []string
		for _, p := range strings.Split(fields[1], ";") {
			phrases = append(phrases, strings.TrimSpace(p))
		}
		if !slices.Contains(phrases, tc.lemma) {
			t.Errorf("%q: %s line %d lists %q, not %q", tc.in, m[5], n, phrases, tc.lemma)
		}
		if c, typ := strings.TrimSpace(fields[2]), strings.TrimSpace(fields[3]); c != m[4] || typ != m[3] || typ != tc.typ {
			t.Errorf("%q: rule says %s %s, line %d says %s %s, want type %s", tc.in, m[3], m[4], n, typ, c, tc.typ)
		}
	}
}

// lexiconLine returns line n (from 1) of an embedded dictionary file.
func lexiconLine(t *testing.T, name string, n int) string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "lexicon", "data", filepath.Base(name)))
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for i := 1; sc.Scan(); i++ {
		if i == n {
			return sc.Text()
		}
	}
	t.Fatalf("%s has no line %d", name, n)
	return ""
}
