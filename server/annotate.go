package server

import (
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/store"
)

// A report's page shows its text with what the coder found in it
// highlighted: persons, actors, time expressions, event triggers,
// mechanisms and commitments. Spans are byte offsets into the text as
// stored; they may nest and overlap, so the text is cut at every span's
// ends into segments, each marked with the annotations covering it.

// annotation is one span of a report with its coding.
type annotation struct {
	ID     string  `json:"id"`   // unique in the report: "p1-0", "a3", "t2", "e1", "m1-0", "c1"
	Kind   string  `json:"kind"` // person, actor, time, trigger, mechanism, commitment
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text"`
	Label  string  `json:"label"`          // what it was coded as, in a line
	Rule   string  `json:"rule"`           // the rule, or the stage that found it
	Fields []field `json:"coding"`         // the coding, field by field
	Link   string  `json:"link,omitempty"` // the record across reports it joined
}

type field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Kinds of annotation, in the order the legend shows them.
var annotationKinds = []string{"person", "actor", "time", "trigger", "mechanism", "commitment"}

func (a *annotation) add(name, value string) {
	if value != "" {
		a.Fields = append(a.Fields, field{name, value})
	}
}

// annotate lists a stored report's annotations, in text order.
func annotate(r store.StoredReport) []annotation {
	rec := r.Record
	if rec == nil {
		return []annotation{}
	}
	links := r.Links
	if links == nil {
		links = &store.Links{}
	}
	n := len(r.Text)
	ok := func(sp accord.Span) bool { return sp.Start >= 0 && sp.End <= n && sp.Start < sp.End }
	var out []annotation
	persons := map[string]accord.Person{}
	for _, p := range rec.Persons {
		persons[p.ID] = p
		for i, m := range p.Mentions {
			if !ok(m.Span) {
				continue
			}
			a := annotation{ID: fmt.Sprintf("%s-%d", p.ID, i), Kind: "person", Start: m.Start, End: m.End, Text: m.Span.In(r.Text),
				Label: personLabel(p), Rule: "actors stage: a " + string(m.Kind) + " mention of " + p.Name}
			a.add("person", p.ID+" "+p.Name)
			a.add("title", p.Title)
			if p.Former {
				a.add("former", "yes")
			}
			a.add("country", p.Country)
			a.add("sector", p.Sector)
			a.add("body", p.Org)
			a.add("mention", string(m.Kind))
			if len(p.Aliases) > 0 {
				a.add("also", strings.Join(p.Aliases, "; "))
			}
			if id := links.Persons[p.ID]; id != "" {
				a.Link = "/people/" + url.PathEscape(id)
				a.add("record", id)
			}
			out = append(out, a)
		}
	}
	for i, ac := range rec.Actors {
		if ac.Span == nil || !ok(*ac.Span) {
			continue
		}
		a := annotation{ID: "a" + strconv.Itoa(i+1), Kind: "actor", Start: ac.Span.Start, End: ac.Span.End, Text: ac.Span.In(r.Text),
			Label: strings.TrimSpace(ac.Country + " " + ac.Agent + " " + ac.Name), Rule: "actors stage: " + actorKind(ac)}
		a.add("country", ac.Country)
		a.add("sector", ac.Agent)
		a.add("name", ac.Name)
		if p, found := persons[ac.Person]; found {
			a.add("person", p.ID+" "+p.Name)
			if id := links.Persons[p.ID]; id != "" {
				a.Link = "/people/" + url.PathEscape(id)
			}
		}
		out = append(out, a)
	}
	for i, t := range rec.Times {
		if !ok(t.Span) {
			continue
		}
		a := annotation{ID: "t" + strconv.Itoa(i+1), Kind: "time", Start: t.Span.Start, End: t.Span.End, Text: t.Span.In(r.Text),
			Label: timeLabel(t), Rule: "time stage: " + string(t.Precision) + " precision"}
		a.add("value", t.Value)
		if t.Start != "" || t.End != "" {
			a.add("window", t.Start+" .. "+t.End)
		}
		a.add("precision", string(t.Precision))
		a.add("qualifier", t.Mod)
		a.add("resolved against", t.Anchor)
		out = append(out, a)
	}
	for _, e := range rec.Events {
		if !ok(e.Trigger.Span) {
			continue
		}
		a := annotation{ID: e.ID, Kind: "trigger", Start: e.Trigger.Start, End: e.Trigger.End, Text: e.Trigger.Span.In(r.Text),
			Label: fmt.Sprintf("%s %s %s → %s", e.Type, e.Cameo, partyLabel(e.Source), partyLabel(e.Target)), Rule: e.Rule}
		a.add("type", e.Type)
		a.add("mode", e.Mode)
		a.add("CAMEO", strings.TrimSpace(e.Cameo+" "+e.CameoLabel))
		a.add("quad class", fmt.Sprintf("%d %s", e.QuadClass, quadLabel(e.QuadClass)))
		a.add("Goldstein", fmt.Sprintf("%.1f", e.Goldstein))
		a.add("source", partyLabel(e.Source))
		a.add("target", partyLabel(e.Target))
		if e.Symmetric {
			a.add("symmetric", "yes")
		}
		a.add("tense", string(e.Tense))
		a.add("date", e.Date)
		a.add("place", e.Place)
		a.add("sentence", e.Evidence.Text)
		if id := links.Events[e.ID]; id != "" {
			a.Link = "/events/" + url.PathEscape(id)
			a.add("record", id)
		}
		out = append(out, a)
	}
	for _, m := range rec.Mechanisms {
		for i, mm := range m.Mentions {
			if !ok(mm.Span) {
				continue
			}
			a := annotation{ID: fmt.Sprintf("%s-%d", m.ID, i), Kind: "mechanism", Start: mm.Start, End: mm.End, Text: mm.Span.In(r.Text),
				Label: fmt.Sprintf("%s (%s; %s)", m.Name, m.Kind, strings.Join(m.Parties, "-")), Rule: "mechanisms stage: a " + string(mm.Kind) + " mention"}
			a.add("name", m.Name)
			a.add("kind", m.Kind)
			a.add("parties", strings.Join(m.Parties, ", "))
			if m.New {
				a.add("new", "yes")
			}
			a.add("sessions", strconv.Itoa(len(m.Sessions)))
			if id := links.Mechanisms[m.ID]; id != "" {
				a.Link = "/dialogues/" + url.PathEscape(id)
				a.add("record", id)
			}
			out = append(out, a)
		}
	}
	for _, c := range rec.Commitments {
		if !ok(c.Evidence.Span) {
			continue
		}
		a := annotation{ID: c.ID, Kind: "commitment", Start: c.Evidence.Start, End: c.Evidence.End, Text: c.Evidence.Span.In(r.Text),
			Label: "commitment: " + shorten(c.What, 80), Rule: c.Rule}
		a.add("what", c.What)
		a.add("parties", strings.Join(c.Parties, ", "))
		if c.Due != nil {
			a.add("due", strings.TrimSpace(c.Due.Text+" "+c.Due.Start+" .. "+c.Due.End))
		}
		a.add("event", c.Event)
		a.add("mechanism", c.Mechanism)
		if key := links.Commitments[c.ID]; key != "" {
			a.Link = "/commitments/" + url.PathEscape(key)
			a.add("record", key)
		}
		out = append(out, a)
	}
	slices.SortStableFunc(out, func(a, b annotation) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	if out == nil {
		out = []annotation{}
	}
	return out
}

func personLabel(p accord.Person) string {
	s := p.Name
	if p.Title != "" {
		s += ", " + p.Title
	}
	if p.Country != "" {
		s += " (" + p.Country + ")"
	}
	return s
}

func actorKind(a accord.Actor) string {
	switch {
	case a.Person != "":
		return "a person as actor"
	case a.Agent != "":
		return "a body, coded by country and sector"
	}
	return "a country"
}

func timeLabel(t accord.TimeExpr) string {
	switch {
	case t.Value != "":
		return t.Value + " (" + string(t.Precision) + ")"
	case t.Start != "":
		return t.Start + " .. " + t.End
	}
	return string(t.Precision)
}

func partyLabel(a accord.Actor) string {
	s := a.Country
	if a.Agent != "" {
		s += " " + a.Agent
	}
	if a.Name != "" {
		s += " " + a.Name
	}
	return s
}

func quadLabel(q int) string {
	if q >= 1 && q <= 4 {
		return quadLabels[q]
	}
	return ""
}

// segment is a run of the text covered by the same annotations.
type segment struct {
	Text    string
	IDs     string   // the covering annotations, innermost first, space-separated ("" for plain text)
	Classes string   // "hl k-person k-actor"
	First   string   // the innermost covering annotation, the link's target
	Anchors []string // annotations that start here, for #ann-<id> links
}

// segments cuts text at the ends of the annotations.
func segments(text string, anns []annotation) []segment {
	cuts := []int{0, len(text)}
	for _, a := range anns {
		cuts = append(cuts, runeStart(text, a.Start), runeStart(text, a.End))
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	var out []segment
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		seg := segment{Text: text[from:to]}
		var covering []annotation
		for _, a := range anns {
			s, e := runeStart(text, a.Start), runeStart(text, a.End)
			if s <= from && e >= to {
				covering = append(covering, a)
			}
			if s == from {
				seg.Anchors = append(seg.Anchors, a.ID)
			}
		}
		if len(covering) > 0 {
			slices.SortStableFunc(covering, func(a, b annotation) int { return (a.End - a.Start) - (b.End - b.Start) })
			ids := make([]string, len(covering))
			kinds := []string{"hl"}
			for j, a := range covering {
				ids[j] = a.ID
				if k := "k-" + a.Kind; !slices.Contains(kinds, k) {
					kinds = append(kinds, k)
				}
			}
			seg.IDs, seg.Classes, seg.First = strings.Join(ids, " "), strings.Join(kinds, " "), covering[0].ID
		}
		out = append(out, seg)
	}
	return out
}

// runeStart moves a byte offset back to the start of the rune it falls in.
func runeStart(text string, i int) int {
	i = max(0, min(i, len(text)))
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// kindCount is one kind of annotation and how many the report has.
type kindCount struct {
	Kind  string
	Count int
}

func countKinds(anns []annotation) []kindCount {
	var out []kindCount
	for _, k := range annotationKinds {
		n := 0
		for _, a := range anns {
			if a.Kind == k {
				n++
			}
		}
		out = append(out, kindCount{k, n})
	}
	return out
}

// shorten cuts s to about n bytes at a word, with an ellipsis.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := runeStart(s, n)
	if i := strings.LastIndexByte(s[:cut], ' '); i > n/2 {
		cut = i
	}
	return s[:cut] + "…"
}
