package events_test

import (
	"fmt"
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
	"github.com/accord-events/accord/text"
	"github.com/accord-events/accord/timex"
)

// The reports below are written for these tests; the names of persons are
// fictional.

// anchor is the report date of every case: Wednesday 16 July 2025, so
// "on Monday" is 2025-07-14 and "on Sunday" 2025-07-13.
const anchor = "2025-07-16"

type tables struct {
	lex   *lexicon.Lexicon
	codes *cameo.Table
}

var loadTables = sync.OnceValues(func() (tables, error) {
	lex, err := lexicon.New()
	if err != nil {
		return tables{}, err
	}
	codes, err := cameo.New()
	return tables{lex, codes}, err
})

func mustTables(tb testing.TB) tables {
	tb.Helper()
	tt, err := loadTables()
	if err != nil {
		tb.Fatalf("load tables: %v", err)
	}
	return tt
}

// coded is a report with what the stages made of it.
type coded struct {
	in  string
	a   *text.Analysis
	ac  *actors.Result
	evs []events.Coded
}

// code runs the stages up to the event coder as pipeline.CodeTimed does,
// with the report dated anchor and home as its home country ("" lets the
// actor finder choose).
func code(tb testing.TB, in, home string) coded {
	tb.Helper()
	tt := mustTables(tb)
	date, err := time.Parse(accord.DateLayout, anchor)
	if err != nil {
		tb.Fatal(err)
	}
	a := text.Analyze(in)
	times := timex.Find(a, date)
	ac := actors.New(tt.lex).Find(a, home)
	evs := events.New(tt.lex, tt.codes).Code(events.Input{A: a, Actors: ac, Times: times, Anchor: date, Home: ac.Home})
	return coded{in: in, a: a, ac: ac, evs: evs}
}

func (c coded) String() string {
	if len(c.evs) == 0 {
		return "no events"
	}
	var b strings.Builder
	for _, e := range c.evs {
		fmt.Fprintf(&b, "\n  %s %s %s %s->%s sym=%v %s date=%q place=%q trigger=%q", e.ID, e.Type, e.Cameo,
			e.Source.Country, e.Target.Country, e.Symmetric, e.Tense, e.Date, e.Place, e.Trigger.Text)
	}
	return b.String()
}

// want is an event a report must yield. Empty fields are not checked, except
// that the pair is always checked; date "-" means no date.
type want struct {
	typ, cameo string
	src, tgt   string // countries; tgt "" not checked
	sym        bool   // a joint event: either order, Symmetric set
	tense      accord.Tense
	date       string
	place      string
}

func (w want) String() string {
	return fmt.Sprintf("%s %s %s->%s sym=%v", w.typ, w.cameo, w.src, w.tgt, w.sym)
}

func (w want) pairFits(e events.Coded) bool {
	if e.Type != w.typ {
		return false
	}
	s, t := e.Source.Country, e.Target.Country
	if s == w.src && (w.tgt == "" || t == w.tgt) {
		return true
	}
	return w.sym && t == w.src && s == w.tgt
}

// find returns the event that fits w's type and pair.
func (w want) find(c *casetest.Check, got coded) (events.Coded, bool) {
	for _, e := range got.evs {
		if w.pairFits(e) {
			return e, true
		}
	}
	c.Errorf("no event %s in %q; got %v", w, got.in, got)
	return events.Coded{}, false
}

func (w want) check(c *casetest.Check, got coded) {
	e, ok := w.find(c, got)
	if !ok {
		return
	}
	if w.cameo != "" && e.Cameo != w.cameo {
		c.Errorf("%s: CAMEO %s, want %s", w, e.Cameo, w.cameo)
	}
	if e.Symmetric != w.sym {
		c.Errorf("%s: Symmetric = %v", w, e.Symmetric)
	}
	if w.tense != "" && e.Tense != w.tense {
		c.Errorf("%s: tense %s, want %s", w, e.Tense, w.tense)
	}
	switch {
	case w.date == "-" && e.Date != "":
		c.Errorf("%s: date %q, want none", w, e.Date)
	case w.date != "" && w.date != "-" && e.Date != w.date:
		c.Errorf("%s: date %q, want %q", w, e.Date, w.date)
	}
	if w.place != "" && e.Place != w.place {
		c.Errorf("%s: place %q, want %q", w, e.Place, w.place)
	}
}

type codeCase struct {
	name, in, home string
	want           []want
	// none lists event types the report must not yield.
	none []string
	// count is the number of events of want[0]'s type, when not 0.
	count int
	known string
}

func runCases(t *testing.T, tests []codeCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := casetest.New(t)
			got := code(t, tc.in, tc.home)
			for _, w := range tc.want {
				w.check(c, got)
			}
			for _, typ := range tc.none {
				for _, e := range got.evs {
					if e.Type == typ {
						c.Errorf("unexpected %s event %s %s->%s (trigger %q) in %q", typ, e.Cameo,
							e.Source.Country, e.Target.Country, e.Trigger.Text, tc.in)
					}
				}
			}
			if tc.count > 0 {
				n := 0
				for _, e := range got.evs {
					if e.Type == tc.want[0].typ {
						n++
					}
				}
				if n != tc.count {
					c.Errorf("%d %s events, want %d; got %v", n, tc.want[0].typ, tc.count, got)
				}
			}
			c.Done(tc.known)
		})
	}
}

// TestStateForce codes the attacks of a state's armed forces as fighting
// (CAMEO 190), from the air 195, and others' as assaults (180, 1823).
func TestStateForce(t *testing.T) {
	runCases(t, []codeCase{
		{name: "a foreign attacker's victim is the report's country", in: "Chilean officials condemned the Peruvian air strikes on Monday.", home: "CHL",
			want: []want{{typ: "ASSAULT", src: "PER", tgt: "CHL"}}},
		{name: "troops kill", in: "Chilean troops killed five smugglers near the border on Monday.", home: "CHL",
			want: []want{{typ: "ASSAULT", cameo: "190", src: "CHL"}}},
		{name: "a state attacks a state", in: "Peru attacked Chilean border posts on Monday.",
			want: []want{{typ: "ASSAULT", cameo: "190", src: "PER", tgt: "CHL"}}},
		{name: "from the air", in: "Peruvian aircraft killed 12 Chilean villagers on Monday.",
			want: []want{{typ: "ASSAULT", cameo: "195", src: "PER", tgt: "CHL"}}},
		{name: "militiamen are no state force", in: "Peruvian militiamen attacked a Chilean village on Monday.",
			want: []want{{typ: "ASSAULT", cameo: "180", src: "PER", tgt: "CHL"}}},
		{name: "gunmen kill", in: "Gunmen killed five villagers near the border on Monday.", home: "CHL",
			want: []want{{typ: "ASSAULT", cameo: "1823", src: "CHL"}}},
	})
}

// TestInflectedPhrases codes phrases of events.lex whose first word
// inflects ("vow retaliation" matches "vowed retaliation").
func TestInflectedPhrases(t *testing.T) {
	runCases(t, []codeCase{
		{name: "vowed retaliation", in: "Chile vowed retaliation against Peru.",
			want: []want{{typ: "THREATEN", cameo: "138", src: "CHL", tgt: "PER"}}, none: []string{"AGREE"}},
	})
}

// TestTypes codes one report for each PLOVER type.
func TestTypes(t *testing.T) {
	runCases(t, []codeCase{
		{name: "AGREE", in: "Pakistan and Iran agreed to enhance border cooperation.", home: "PAK",
			want: []want{{typ: "AGREE", cameo: "030", src: "PAK", tgt: "IRN", sym: true, tense: accord.Past}}},
		{name: "CONSULT", in: "Interior Minister Tariq Mehmood met Chinese Ambassador Li Wei in Islamabad on Monday.", home: "PAK",
			want: []want{{typ: "CONSULT", cameo: "040", src: "PAK", tgt: "CHN", sym: true, tense: accord.Past, date: "2025-07-14", place: "Islamabad"}}},
		{name: "SUPPORT", in: "Pakistan praised China for its support.", home: "PAK",
			want: []want{{typ: "SUPPORT", cameo: "051", src: "PAK", tgt: "CHN", tense: accord.Past, date: "-"}}},
		{name: "CONCEDE", in: "Pakistan lifted restrictions on Afghan traders on Monday.", home: "PAK",
			want: []want{{typ: "CONCEDE", cameo: "081", src: "PAK", tgt: "AFG", date: "2025-07-14"}}},
		{name: "COOPERATE", in: "Pakistan and Turkey conducted joint exercises near Karachi last week.", home: "PAK",
			want: []want{{typ: "COOPERATE", cameo: "062", src: "PAK", tgt: "TUR", sym: true, tense: accord.Past}}},
		{name: "AID", in: "China provided medicines and tents to Pakistan.", home: "PAK",
			want: []want{{typ: "AID", src: "CHN", tgt: "PAK"}}},
		{name: "RETREAT", in: "India released 22 Pakistani fishermen on Friday.", home: "PAK",
			want: []want{{typ: "RETREAT", cameo: "0841", src: "IND", tgt: "PAK", date: "2025-07-11"}}},
		{name: "REQUEST", in: "Pakistan urged Afghanistan to act against the TTP.", home: "PAK",
			want: []want{{typ: "REQUEST", cameo: "020", src: "PAK", tgt: "AFG"}}},
		{name: "ACCUSE", in: "Pakistan condemned the Israeli strikes on Iran.", home: "PAK",
			want: []want{{typ: "ACCUSE", cameo: "111", src: "PAK", tgt: "ISR"}}},
		{name: "ACCUSE by a verb that is also a noun", in: "Pakistan accused India of sponsoring terrorism.", home: "PAK",
			want: []want{{typ: "ACCUSE", cameo: "112", src: "PAK", tgt: "IND"}}},
		{name: "REJECT", in: "Afghanistan rejected the Pakistani proposal.", home: "PAK",
			want: []want{{typ: "REJECT", cameo: "120", src: "AFG", tgt: "PAK"}}},
		{name: "THREATEN", in: "The TTP threatened to attack Pakistani police.", home: "PAK",
			want: []want{{typ: "THREATEN", cameo: "130", src: "PAK", tgt: "PAK"}}, none: []string{"ASSAULT"}},
		{name: "PROTEST", in: "The PTI staged a protest in Lahore on Friday.", home: "PAK",
			want: []want{{typ: "PROTEST", cameo: "141", src: "PAK", tgt: "PAK", date: "2025-07-11", place: "Lahore"}}},
		{name: "SANCTION", in: "Pakistan expelled two Indian diplomats on Friday.", home: "PAK",
			want: []want{{typ: "SANCTION", src: "PAK", tgt: "IND", date: "2025-07-11"}}},
		{name: "SANCTION conviction", in: "A court in Lahore sentenced the smuggler to ten years in prison.", home: "PAK",
			want: []want{{typ: "SANCTION", src: "PAK", tgt: "PAK"}}},
		{name: "MOBILIZE", in: "Pakistan deployed troops along the Afghan border.", home: "PAK",
			want: []want{{typ: "MOBILIZE", cameo: "154", src: "PAK"}}},
		{name: "COERCE", in: "Karachi police arrested three suspects on Sunday.", home: "PAK",
			want: []want{{typ: "COERCE", cameo: "173", src: "PAK", tgt: "PAK", date: "2025-07-13"}}},
		{name: "ASSAULT", in: "Militants attacked a police post in Bannu on Sunday.", home: "PAK",
			want: []want{{typ: "ASSAULT", cameo: "180", src: "PAK", tgt: "PAK", date: "2025-07-13", place: "Bannu"}}},

		{name: "PROTEST by workers", in: "PTI workers protested in Lahore on Friday.", home: "PAK",
			want: []want{{typ: "PROTEST", src: "PAK", date: "2025-07-11"}}},
		{name: "COOPERATE joint military exercises", in: "Pakistan and Turkey held joint military exercises in the Arabian Sea.", home: "PAK",
			want:  []want{{typ: "COOPERATE", cameo: "062", src: "PAK", tgt: "TUR", sym: true}},
			known: `"military" inside the trigger "joint military exercises" is an actor mention, so the trigger never fits: no event`},
		{name: "ASSAULT torture", in: "Police tortured the suspect in custody.", home: "PAK",
			want: []want{{typ: "ASSAULT", cameo: "1822", src: "PAK", tgt: "PAK"}}},
	})
}

// TestJoint codes joint subjects and "between X and Y" as one symmetric
// event per pair.
func TestJoint(t *testing.T) {
	runCases(t, []codeCase{
		{name: "two states have agreed", in: "Pakistan and the United States have agreed to expand counter-terrorism cooperation.",
			want:  []want{{typ: "AGREE", cameo: "030", src: "PAK", tgt: "USA", sym: true, tense: accord.Past, date: anchor}},
			count: 1},
		{name: "three states, three pairs", in: "Pakistan, China and Iran agreed to share intelligence.",
			want: []want{
				{typ: "AGREE", src: "PAK", tgt: "CHN", sym: true},
				{typ: "AGREE", src: "PAK", tgt: "IRN", sym: true},
				{typ: "AGREE", src: "CHN", tgt: "IRN", sym: true},
			},
			count: 3},
		{name: "a meeting between two states", in: "A meeting between Pakistan and Iran was held in Tehran on Sunday.",
			want:  []want{{typ: "CONSULT", cameo: "040", src: "PAK", tgt: "IRN", sym: true, date: "2025-07-13", place: "Tehran"}},
			count: 1},
		{name: "a meeting between two persons", in: "A meeting between Interior Minister Tariq Mehmood and Helen Carter, the British High Commissioner, was held in Islamabad on Monday.",
			home:  "PAK",
			want:  []want{{typ: "CONSULT", src: "PAK", tgt: "GBR", sym: true, date: "2025-07-14", place: "Islamabad"}},
			count: 1},
		{name: "the two sides", in: "Pakistan and Iran held talks in Tehran on Sunday. The two sides agreed to expand trade.",
			want: []want{
				{typ: "CONSULT", cameo: "046", src: "PAK", tgt: "IRN", sym: true, date: "2025-07-13", place: "Tehran"},
				{typ: "AGREE", src: "PAK", tgt: "IRN", sym: true},
			}},
		{name: "two states met", in: "Pakistan and India met in Dubai on Sunday.",
			want: []want{{typ: "CONSULT", src: "PAK", tgt: "IND", sym: true, date: "2025-07-13", place: "Dubai"}}},
		{name: "a joint stance of two states", in: "Chile and Peru reaffirmed their commitment to expanding border trade.",
			want: []want{{typ: "AGREE", cameo: "032", src: "CHL", tgt: "PER", sym: true}}},
		{name: "with X -ing", in: "The talks in Lima ended with Chile and Peru reaffirming their commitment to expanding border trade.",
			want: []want{{typ: "AGREE", cameo: "032", src: "CHL", tgt: "PER", sym: true}}},
		{name: "with a person -ing", in: "Chilean Foreign Minister Rosa Vidal met Peruvian President Luis Arce on Monday, with Arce praising Chile for its help.",
			want: []want{{typ: "SUPPORT", src: "PER", tgt: "CHL"}}},
		{name: "a meeting with a nationality and an abbreviation", in: "Saudi Foreign Minister Khalid Rashid met the Pakistani PM in Riyadh on Tuesday.",
			want: []want{{typ: "CONSULT", src: "SAU", tgt: "PAK", sym: true, date: "2025-07-15"}}},
	})
}

// TestVisits codes visits with the visitor as source and the place visited
// as target, and plans and promises as AGREE.
func TestVisits(t *testing.T) {
	runCases(t, []codeCase{
		{name: "a visit", in: "Iranian Foreign Minister Ali Rezaei visited Islamabad on July 2.", home: "PAK",
			want: []want{{typ: "CONSULT", cameo: "042", src: "IRN", tgt: "PAK", tense: accord.Past, date: "2025-07-02"}}},
		{name: "an arrival", in: "Pakistan's interior minister arrived in Kabul on Monday.", home: "PAK",
			want: []want{{typ: "CONSULT", cameo: "042", src: "PAK", tgt: "AFG", date: "2025-07-14", place: "Kabul"}}},
		{name: "will visit", in: "The Turkish president will visit Pakistan next month.", home: "PAK",
			want: []want{{typ: "AGREE", cameo: "036", src: "TUR", tgt: "PAK", tense: accord.Future, date: "2025-08"}},
			none: []string{"CONSULT"}},
		{name: "is scheduled to visit", in: "The Uzbek foreign minister is scheduled to visit Islamabad on July 28.", home: "PAK",
			want: []want{{typ: "AGREE", cameo: "036", src: "UZB", tgt: "PAK", tense: accord.Future, date: "2025-07-28"}},
			none: []string{"CONSULT"}},
		{name: "the forthcoming visit of X to Y", in: "Chile welcomed the forthcoming visit of President Luis Salas of Peru to Santiago in October.", home: "CHL",
			want: []want{{typ: "AGREE", cameo: "036", src: "PER", tgt: "CHL", tense: accord.Future, date: "2025-10"}}},
		{name: "X's visit to Y", in: "Peru's foreign minister praised the Chilean president's visit to Lima last week.", home: "PER",
			want: []want{{typ: "CONSULT", cameo: "042", src: "CHL", tgt: "PER", tense: accord.Past}}},
		{name: "will proceed to a capital", in: "After the summit, the Chilean president will proceed to Lima.", home: "CHL",
			want: []want{{typ: "AGREE", cameo: "036", src: "CHL", tgt: "PER", tense: accord.Future}}},
		{name: "proceeded to act is no visit", in: "Chilean police proceeded to seize weapons in Lima.", home: "CHL",
			none: []string{"CONSULT", "AGREE"}},
		{name: "agreed to hold talks", in: "Pakistan and Iran agreed to hold talks in Tehran in October this year.",
			want:  []want{{typ: "AGREE", cameo: "036", src: "PAK", tgt: "IRN", sym: true}},
			none:  []string{"CONSULT"},
			count: 1},
		{name: "will meet again", in: "Pakistan and China held talks in Beijing on Monday. The two sides will meet again in Islamabad on 25 October.",
			want: []want{
				{typ: "CONSULT", src: "PAK", tgt: "CHN", sym: true, tense: accord.Past, date: "2025-07-14"},
				{typ: "AGREE", cameo: "036", src: "PAK", tgt: "CHN", sym: true, tense: accord.Future, date: "2025-10-25"},
			}},
	})
}

// TestNotCoded checks that negated and hypothetical happenings, hopes and
// requests are not coded.
func TestNotCoded(t *testing.T) {
	runCases(t, []codeCase{
		{name: "did not meet", in: "Pakistan and Afghanistan did not meet on Monday.", none: []string{"CONSULT", "AGREE"}},
		{name: "never met", in: "Pakistan never met the Taliban delegation.", none: []string{"CONSULT", "AGREE"}},
		{name: "refused to meet", in: "Pakistan refused to meet the Indian delegation.",
			want: []want{{typ: "REJECT", src: "PAK", tgt: "IND"}}, none: []string{"CONSULT", "AGREE"}},
		{name: "could impose", in: "Pakistan could impose sanctions on Afghanistan.", none: []string{"SANCTION"}},
		{name: "hopes", in: "Pakistan hopes to hold talks with Iran.", none: []string{"CONSULT", "AGREE"}},
		{name: "if ... held", in: "If Pakistan and India held talks, the region would benefit.", none: []string{"CONSULT", "AGREE"}},
		{name: "if ..., would visit", in: "If the talks succeed, Pakistan would visit Kabul.", none: []string{"CONSULT", "AGREE"}},
		{name: "would ... if", in: "Pakistan would meet India if the attacks stopped.", none: []string{"AGREE", "ASSAULT"}},
	})
}

// TestPassive reads the agent of a passive from "by X", and falls back on
// the home country without one.
func TestPassive(t *testing.T) {
	tests := []struct {
		name, in string
		want     want
		rule     []string // parts the rule must hold
	}{
		{"with by", "Three suspects were arrested by the Karachi police on Sunday.",
			want{typ: "COERCE", cameo: "173", src: "PAK", tgt: "PAK", date: "2025-07-13"}, []string{"passive"}},
		{"without by", "Three Afghan nationals were arrested in Quetta on Sunday.",
			want{typ: "COERCE", cameo: "173", src: "PAK", tgt: "AFG", date: "2025-07-13", place: "Quetta"}, []string{"passive", "source: home country"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := casetest.New(t)
			got := code(t, tc.in, "PAK")
			tc.want.check(c, got)
			if e, ok := tc.want.find(c, got); ok {
				for _, part := range tc.rule {
					if !strings.Contains(e.Rule, part) {
						c.Errorf("rule %q lacks %q", e.Rule, part)
					}
				}
				if e.Source.Agent != "COP" && tc.name == "with by" {
					c.Errorf("source agent %q, want COP (the police)", e.Source.Agent)
				}
			}
			c.Done("")
		})
	}
}

func TestTense(t *testing.T) {
	runCases(t, []codeCase{
		{name: "past", in: "Pakistan held talks with Iran on Monday.",
			want: []want{{typ: "CONSULT", src: "PAK", tgt: "IRN", sym: true, tense: accord.Past, date: "2025-07-14"}}},
		{name: "ongoing", in: "Pakistan is holding talks with Iran.",
			want: []want{{typ: "CONSULT", src: "PAK", tgt: "IRN", sym: true, tense: accord.Ongoing, date: "-"}}},
		{name: "future", in: "Pakistan will hold talks with Iran next week.",
			want: []want{{typ: "AGREE", cameo: "036", src: "PAK", tgt: "IRN", sym: true, tense: accord.Future}}},
		{name: "expected in a capital", in: "Peru's president is expected in Santiago on Monday.",
			want: []want{{typ: "AGREE", cameo: "036", src: "PER", tgt: "CHL", tense: accord.Future}}},
		{name: "rain expected in a city", in: "Heavy rain is expected in Santiago on Monday.", home: "CHL",
			none: []string{"AGREE", "CONSULT"}},
		{name: "a noun with a plan after it", in: "A meeting between Pakistan and Iran is scheduled for next week.",
			want: []want{{typ: "AGREE", cameo: "036", src: "PAK", tgt: "IRN", sym: true, tense: accord.Future}}, none: []string{"CONSULT"}},
		{name: "a plan after a noun and long names", in: "Another round of talks between the Dominican Republic and the United States is scheduled for Saturday.",
			want: []want{{typ: "AGREE", cameo: "036", src: "DOM", tgt: "USA", sym: true, tense: accord.Future}}, none: []string{"CONSULT"}},
		{name: "due to a noun is a cause", in: "Chile's trade grew due to the recent visit of President Luis Salas of Peru to Santiago.", home: "CHL",
			want: []want{{typ: "CONSULT", cameo: "042", src: "PER", tgt: "CHL", tense: accord.Past}}, none: []string{"AGREE"}},
		{name: "due to is a cause", in: "Pakistani police posts are vulnerable to Afghan attacks due to their location.", home: "PAK",
			none: []string{"AGREE"}},
	})
}

// TestTargets finds the party acted upon beyond the first actor after the
// verb: a state that owns the object, a state an offer comes from, where a
// force is withdrawn from, and whom a bare object is sent against.
func TestTargets(t *testing.T) {
	runCases(t, []codeCase{
		{name: "a weekday between subject and verb", in: "Iran Tuesday rejected the Saudi proposal.", home: "PAK",
			want: []want{{typ: "REJECT", src: "IRN", tgt: "SAU"}}},
		{name: "is opposed to", in: "Egypt is opposed to Turkish mediation in the dispute.", home: "EGY",
			want: []want{{typ: "REJECT", src: "EGY", tgt: "TUR"}}},
		{name: "a hyphenated state owns the object", in: "Israel rejected the French-led initiative.",
			want: []want{{typ: "REJECT", src: "ISR", tgt: "FRA"}}},
		{name: "a pair of states names the object, not a party", in: "Iran welcomed the US-China trade deal.",
			none: []string{"SUPPORT"}},
		{name: "an offer from a state", in: "Pakistan rejected a fresh offer from Afghanistan for talks.",
			want: []want{{typ: "REJECT", src: "PAK", tgt: "AFG"}}},
		{name: "a bare object sent against a state", in: "Russia deployed army units for a possible war against Ukraine.",
			want: []want{{typ: "MOBILIZE", src: "RUS", tgt: "UKR"}}},
		{name: "a state after a bare object, not addressed", in: "Indian police arrested a paramilitary officer for spying for Pakistan.", home: "IND",
			want: []want{{typ: "COERCE", src: "IND", tgt: "IND"}}},
		{name: "a state far after a bare object", in: "Turkish police dispersed a rally held by students outside the university to protest the decision of sending troops to Iraq.",
			want: []want{{typ: "COERCE", src: "TUR", tgt: "TUR"}}},
		{name: "aid's bare object is the gift", in: "France will contribute 2,000 troops to a peacekeeping force in Mali.",
			want: []want{{typ: "AGREE", src: "FRA", tgt: "MLI", tense: accord.Future}}},
		{name: "condemnation of a nationality's attacks", in: "Chile expressed strong condemnation of the continued Peruvian attacks on its border posts.", home: "CHL",
			want: []want{{typ: "ACCUSE", cameo: "111", src: "CHL", tgt: "PER"}}},
		{name: "a state after 'after' is the subject of its verb", in: "Fighting resumed after Peru attacked Chilean border posts on Monday.", home: "CHL",
			want: []want{{typ: "ASSAULT", src: "PER", tgt: "CHL"}}},
		{name: "a capital after 'after' holds talks", in: "The truce was announced after Washington held talks with Chile and Peru.", home: "CHL",
			want: []want{{typ: "CONSULT", src: "USA", tgt: "PER", sym: true}}},
		{name: "on behalf of someone is the source's side", in: "Chilean Foreign Minister Rosa Vidal conveyed gratitude on behalf of President Tomas Reyes, the government and the people of Chile for Peru's steadfast support.", home: "CHL",
			want: []want{{typ: "SUPPORT", src: "CHL", tgt: "PER"}}},
		{name: "a state's adjective before a border is where", in: "Sudanese troops captured a rebel camp on the Chadian border.", home: "SDN",
			want: []want{{typ: "COERCE", src: "SDN", tgt: "SDN"}}},
		{name: "the state that owns an unnamed subject", in: "Kenya's top diplomat was arrested by Ugandan police on Monday.", home: "UGA",
			want: []want{{typ: "COERCE", src: "UGA", tgt: "KEN"}}},
		{name: "days of fighting after the subject's act", in: "Ethiopian troops retook the town after three days of fighting, Kenyan officials said.", home: "KEN",
			want: []want{{typ: "ASSAULT", src: "ETH", tgt: "ETH", sym: true}}},
		{name: "failing to agree is joint", in: "Sudan and Egypt failed to reach agreement on the dam.",
			want: []want{{typ: "REJECT", src: "SDN", tgt: "EGY", sym: true}}},
		{name: "a state after 'following' is why, not whom", in: "Egypt reimposed the blockade in Gaza following the deaths of two Egyptian soldiers.",
			want: []want{{typ: "COERCE", src: "EGY", tgt: "PSE"}}},
		{name: "a body after 'amid' is not the object", in: "Congolese rebels surrendered in the east amid a government offensive.", home: "COD",
			want: []want{{typ: "RETREAT", src: "COD", tgt: "---"}}},
		{name: "a condition set by a person of unknown country", in: "Kenya said it will withdraw its peacekeeping force from Somalia unless President Hassan Abdi agrees to talks.", home: "KEN",
			want: []want{{typ: "THREATEN", src: "KEN", tgt: "SOM"}}},
		{name: "said that X must", in: "Egypt said on Monday that Ethiopia must return the seized weapons.",
			want: []want{{typ: "REQUEST", cameo: "100", src: "EGY", tgt: "ETH"}}, none: []string{"RETREAT"}},
		{name: "said that it must", in: "Egypt said on Monday that it must return the seized weapons.",
			none: []string{"REQUEST", "RETREAT"}},
		{name: "a people after 'of'", in: "Jordan backed the rights of Syrians in their dispute with Turkey.",
			want: []want{{typ: "SUPPORT", src: "JOR", tgt: "SYR"}}},
		{name: "the leadership of a state", in: "Admiral Tariq Khan called on military and naval leadership of Turkey during an official visit to Ankara.", home: "PAK",
			want: []want{{typ: "CONSULT", src: "PAK", tgt: "TUR"}}, count: 1},
		{name: "a state after a bare object and a gerund", in: "Indian police arrested dozens of people for sympathising with Pakistan.", home: "IND",
			want: []want{{typ: "COERCE", src: "IND", tgt: "IND"}}},
		{name: "an unnamed victim of a foreign agent", in: "One child was shot dead by Israeli soldiers in the morning.", home: "PSE",
			want: []want{{typ: "ASSAULT", src: "ISR", tgt: "PSE"}}},
		{name: "a condition is not the object", in: "Somali rebels have sworn to fight until they control the border with Kenya.", home: "SOM",
			want: []want{{typ: "THREATEN", src: "SOM", tgt: "SOM"}}, none: []string{"ASSAULT"}},
		{name: "a person's possessive after the verb is the target", in: "Chilean lawmakers praised President Gabriel Rojas's visit to the north.", home: "CHL",
			want: []want{{typ: "SUPPORT", src: "CHL", tgt: "CHL"}}},
		{name: "a withdrawal threatened on a condition", in: "Kenya said it will withdraw its peacekeeping force from Somalia unless the fighting stops.", home: "KEN",
			want: []want{{typ: "THREATEN", src: "KEN", tgt: "SOM"}}},
	})
}

// TestSeparateMeetings keeps a meeting with a named person apart from an
// earlier one with a body of the same state.
func TestSeparateMeetings(t *testing.T) {
	runCases(t, []codeCase{
		{name: "a body, then a person", in: "Admiral Tariq Khan called on the naval leadership of Turkey in Ankara on Monday. He also called on Turkish Navy commander Admiral Kemal Aslan.", home: "PAK",
			want: []want{{typ: "CONSULT", src: "PAK", tgt: "TUR"}}, count: 2},
	})
}

// TestNotHappened keeps out happenings that a sentence refuses, alleges,
// stops or only announces as a conflict.
func TestNotHappened(t *testing.T) {
	runCases(t, []codeCase{
		{name: "a future sanction is no promise", in: "Norway announced on Monday it would suspend all aid to the rebels in Chad.",
			want: []want{{typ: "SANCTION", src: "NOR", tense: accord.Future}}, none: []string{"AGREE"}},
		{name: "a rejected invitation to a meeting", in: "The Kenyan opposition rejected an invitation to attend a meeting of the parties next week.", home: "KEN",
			want: []want{{typ: "REJECT", src: "KEN"}}, none: []string{"CONSULT"}},
		{name: "opposed to mediation in talks", in: "Chile is opposed to Brazilian mediation in border negotiations with Peru.",
			want: []want{{typ: "REJECT", src: "CHL", tgt: "BRA"}}, none: []string{"CONSULT"}},
		{name: "a rejected ultimatum", in: "Ghana flatly rejected a Togolese ultimatum to hand over the smugglers.",
			want: []want{{typ: "REJECT", src: "GHA", tgt: "TGO"}}, none: []string{"THREATEN"}},
		{name: "a vetoed resolution", in: "Russia vetoed a Security Council resolution censuring as illegal its strikes on Georgia.",
			want: []want{{typ: "REJECT", src: "RUS"}}, none: []string{"ACCUSE"}},
		{name: "blamed for an attack", in: "Armenia blamed Azerbaijan for the bombing of a border post.",
			want: []want{{typ: "ACCUSE", src: "ARM", tgt: "AZE"}}, none: []string{"ASSAULT"}},
		{name: "a prevented demonstration", in: "Kenyan police prevented the demonstration planned by students in Nairobi.", home: "KEN",
			want: []want{{typ: "COERCE", src: "KEN"}}, none: []string{"PROTEST"}},
		{name: "pressed to cancel a strike", in: "Chilean officials pressed the miners to cancel the strike they had announced.", home: "CHL",
			none: []string{"PROTEST"}},
		{name: "killed in an accident", in: "Two Chilean workers were killed in a road accident near Santiago on Monday.", home: "CHL",
			none: []string{"ASSAULT"}},
		{name: "killed by floods", in: "Monsoon floods have killed 40 people in Chile since June.", home: "CHL",
			none: []string{"ASSAULT"}},
		{name: "killed by gunmen", in: "Gunmen killed two Chilean workers near Santiago on Monday.", home: "CHL",
			want: []want{{typ: "ASSAULT", src: "CHL"}}},
		{name: "the month May is no modal", in: "In May, Chilean police arrested three Peruvian smugglers.",
			want: []want{{typ: "COERCE", src: "CHL", tgt: "PER", date: "2025-05"}}},
		{name: "the modal may", in: "Chilean police may arrest three Peruvian smugglers.", none: []string{"COERCE"}},
		{name: "a past attack in May is no threat", in: "On May 7, Chile shot down two Peruvian drones until a truce was agreed.",
			want: []want{{typ: "ASSAULT", src: "CHL", tgt: "PER"}}, none: []string{"THREATEN"}},
		// background: more than a year before the report (anchor 2025-07-16)
		{name: "a visit years ago", in: "Bolivia's president first visited Peru in 1998.", none: []string{"CONSULT"}},
		{name: "a year opening the clause", in: "In 2015, a Chilean border post was attacked by Peruvian smugglers.", none: []string{"ASSAULT"}},
		{name: "a visit last year is news", in: "Bolivia's president visited Peru in September 2024.",
			want: []want{{typ: "CONSULT", src: "BOL", tgt: "PER", date: "2024-09"}}},
		{name: "an old time in an apposition is not the event's", in: "Chile praised the Peruvian forum, launched in 2018, for its work.",
			want: []want{{typ: "SUPPORT", src: "CHL", tgt: "PER"}}},
		{name: "a later mention of background is background", in: "Bolivia and Peru held talks in Lima in 2010. The talks ended without a deal.", none: []string{"CONSULT"}},
	})
}

// TestNotATrigger keeps out words that look like triggers but are not
// happenings in their sentence.
func TestNotATrigger(t *testing.T) {
	runCases(t, []codeCase{
		{name: "a gerund after 'aimed at'", in: "Chile hosted Peru's president for talks aimed at establishing closer ties.",
			want: []want{{typ: "CONSULT", src: "CHL", tgt: "PER"}}, none: []string{"SUPPORT"}},
		{name: "a hyphenated participle is an adjective", in: "Refugees will go home under a UN-brokered deal, Kenya said.", home: "KEN",
			none: []string{"CONSULT"}},
		{name: "a third-person form after a possessive determiner is a noun", in: "Spain urged its European Union partners to act.",
			want: []want{{typ: "REQUEST", src: "ESP", tgt: "EUR"}}, none: []string{"COOPERATE"}},
		{name: "insisting on a claim", in: "Peru insisted the border incident reflected an old dispute with Chile.",
			none: []string{"REQUEST"}},
		{name: "insisting on a demand", in: "Peru insisted that Chile withdraw its troops.",
			want: []want{{typ: "REQUEST", cameo: "100", src: "PER", tgt: "CHL"}}},
		{name: "a consequence in -ing after a comma", in: "Gunmen attacked a camp for Sudanese refugees, killing at least 30 people, Chadian officials said.", home: "TCD",
			want: []want{{typ: "ASSAULT", src: "TCD"}}, count: 1},
		{name: "a warning of floods is no threat", in: "Chile's weather office warned that heavy rains could return next week.", home: "CHL",
			none: []string{"THREATEN"}},
		{name: "a warning with a condition is a threat", in: "Chile warned that it would close the border if Peru did not act.",
			want: []want{{typ: "THREATEN", src: "CHL"}}},
		{name: "calling it something", in: "Chile condemned the raid, calling it a disgrace for the region.",
			want: []want{{typ: "ACCUSE", src: "CHL"}}, none: []string{"REQUEST"}},
		{name: "called on a day for something", in: "Chile's foreign minister called on Saturday for serious talks on the border dispute.", home: "CHL",
			want: []want{{typ: "REQUEST", src: "CHL"}}, none: []string{"CONSULT"}},
		{name: "called on a day on someone to act", in: "Chile called on Wednesday on Peru to withdraw its troops.",
			want: []want{{typ: "REQUEST", src: "CHL", tgt: "PER"}}, none: []string{"CONSULT"}},
		{name: "asked a question", in: "Chile asked Peru whether it would extradite the smugglers.", none: []string{"REQUEST"}},
		{name: "asked about", in: "Asked about the border, Chile's foreign minister said little.", none: []string{"REQUEST"}},
		{name: "asked to act", in: "Chile asked Peru to extradite the smugglers.",
			want: []want{{typ: "REQUEST", src: "CHL", tgt: "PER"}}},
		{name: "a participle after a determiner is an adjective", in: "Kenyan police said the arrested men had no papers.", home: "KEN",
			none: []string{"COERCE"}},
		{name: "a participle after a preposition is an adjective", in: "Two Chilean officers were dismissed over alleged links with smugglers.", home: "CHL",
			none: []string{"ACCUSE"}},
		{name: "a participle after a number is an adjective", in: "Kenyan police questioned 12 detained suspects.", home: "KEN",
			none: []string{"COERCE"}},
		{name: "an adverb between determiner and participle", in: "Chile praised Peru for a widely condemned raid on smugglers.",
			want: []want{{typ: "SUPPORT", src: "CHL", tgt: "PER"}}, none: []string{"ACCUSE"}},
		{name: "a family is no adverb", in: "The Chilean family refused to meet Peruvian officials.",
			want: []want{{typ: "REJECT", src: "CHL"}}},
		{name: "with a state's backing is a noun", in: "The shield was built by Chile with US backing and was deployed in May.",
			none: []string{"SUPPORT"}},
		{name: "a participle after a year is a verb", in: "Chile in 2025 arrested a Peruvian smuggler.",
			want: []want{{typ: "COERCE", src: "CHL", tgt: "PER"}}},
	})
}

// TestPromisedTimeAndPlace checks that the time and place inside a promise
// are the promise's: an earlier verb coordinated with it does not take its
// time, and a meeting promised does not stop the promise's place.
func TestPromisedTimeAndPlace(t *testing.T) {
	tests := []struct {
		name, in, trigger string
		date, place       string // "" means none
	}{
		{"a promise's place past the meeting it promises", "Pakistan and Iran agreed to hold the next round of talks in Tehran in October.",
			"agreed to", "", "Tehran"},
		{"an earlier verb keeps off the promised time", "Pakistan and Iran resolved to deepen cooperation, and agreed to hold the next session in Tehran in early 2026.",
			"resolved", "", ""},
		{"a time shared by two coordinated acts", "Police arrested two men and seized weapons in Quetta on Sunday.",
			"arrested", "2025-07-13", "Quetta"},
	}
	for _, tt := range tests {
		got := code(t, tt.in, "PAK")
		found := false
		for _, e := range got.evs {
			if e.Trigger.Text != tt.trigger {
				continue
			}
			found = true
			if e.Date != tt.date || e.Place != tt.place {
				t.Errorf("%s: %q dated %q in %q, want %q in %q; got %v", tt.name, tt.trigger, e.Date, e.Place, tt.date, tt.place, got)
			}
		}
		if !found {
			t.Errorf("%s: no event on %q; got %v", tt.name, tt.trigger, got)
		}
	}
}
