package ledger

import (
	"context"
	"strings"

	"github.com/accord-events/accord"
)

// EventKey is the stable key of an event mention: the report id and the
// byte offset of its trigger (of its evidence when it has no trigger). Local
// ids ("e3") are renumbered when the coder finds one event more or less;
// offsets into the text as read are not.
func EventKey(report string, e *accord.Event) string {
	if e.Trigger.End > e.Trigger.Start {
		return keyAt(report, e.Trigger.Start)
	}
	return keyAt(report, e.Evidence.Start)
}

// EventWindow is when an event took place: the window of its time
// expression or date; for an undated past or ongoing event, the report's
// anchor and the Slack days before it (a report tells yesterday's news); for
// an undated future event, the anchor (the day the intention was stated).
func (l *Ledger) EventWindow(e *accord.Event, anchor string) Window {
	if e.Time != nil && e.Time.Start != "" && e.Time.End != "" {
		return Window{e.Time.Start, e.Time.End}
	}
	if w := ValueWindow(e.Date); w.Known() {
		return w
	}
	if anchor == "" {
		return Window{}
	}
	if e.Tense == accord.Future {
		return Window{anchor, anchor}
	}
	return Window{AddDays(anchor, -l.Slack), anchor}
}

func country(c string) string {
	if c == accord.NoCountry {
		return ""
	}
	return c
}

// linkEvent finds the stored event an event of the report reports, by the
// rules of docs/STORE.md: the same PLOVER type between the same countries,
// overlapping windows, no conflicting mode, persons or place; a domestic or
// one-sided event also needs the same persons or actor names on each known
// side; a window wider than a month joins only a single candidate. Each
// stored event takes at most one event of a report.
func (l *Ledger) linkEvent(ctx context.Context, lk Lookup, p *Plan, e *accord.Event, persons, mechs map[string]string) (EventLink, error) {
	r := p.Report
	el := EventLink{Local: e.ID, Key: EventKey(r.ID, e), Event: e, Pair: Pair(e.Source.Country, e.Target.Country),
		Window: l.EventWindow(e, r.Anchor), Mechanism: mechs[e.Mechanism], Sentences: 1 + len(e.Mentions)}
	el.Source = l.side(r.Record, e.Source, persons)
	el.Target = l.side(r.Record, e.Target, persons)
	el.New, el.Why = true, "new"
	international := strings.Contains(el.Pair, "-") && el.Source.Country != el.Target.Country
	if el.Pair == "" || !el.Window.Known() || (!international && el.Source.Person == "" && el.Target.Person == "") {
		return el, nil // nothing to tell it from other events of its kind
	}
	cands, err := lk.EventsNear(ctx, e.Type, el.Pair, el.Window)
	if err != nil {
		return el, err
	}
	used := map[string]bool{}
	for _, x := range p.Events {
		if !x.New {
			used[x.ID] = true
		}
	}
	var fits []*Event
	for i := range cands {
		c := &cands[i]
		if used[c.ID] || !c.Window.Overlaps(el.Window) {
			continue
		}
		if e.Mode != "" && c.Mode != "" && e.Mode != c.Mode {
			continue
		}
		if !placesAgree(e.Place, c.Place) || !sidesAgree(el, c, international) {
			continue
		}
		fits = append(fits, c)
	}
	if len(fits) == 0 {
		return el, nil
	}
	wide := el.Window.Days() > 31
	for _, c := range fits {
		if c.Window.Days() > 31 {
			wide = true
		}
	}
	if wide && len(fits) > 1 {
		el.Why = "new: a wide date matches several events"
		return el, nil
	}
	best, bestScore := fits[0], -1<<30
	for _, c := range fits {
		s := -abs(DaysBetween(c.Window.Start, el.Window.Start)) - abs(DaysBetween(c.Window.End, el.Window.End))
		if c.Cameo == e.Cameo {
			s += 2
		}
		if e.Place != "" && placeKey(e.Place) == placeKey(c.Place) {
			s += 3
		}
		if samePerson(el.Source, c.Source) || samePerson(el.Source, c.Target) || samePerson(el.Target, c.Target) || samePerson(el.Target, c.Source) {
			s += 5
		}
		if s > bestScore {
			best, bestScore = c, s
		}
	}
	el.ID, el.New, el.Why = best.ID, false, "same type, countries and date as "+best.ID
	el.Narrower = el.Window.Days() < best.Window.Days()
	return el, nil
}

// side is an event's party as matching sees it. The coder names the
// person of an actor that is one, or gives only the span: then the person
// is the one with a mention there.
func (l *Ledger) side(rec *accord.Record, a accord.Actor, persons map[string]string) Side {
	local := a.Person
	if local == "" && a.Span != nil {
	find:
		for _, p := range rec.Persons {
			for _, m := range p.Mentions {
				if m.Span.Overlaps(*a.Span) {
					local = p.ID
					break find
				}
			}
		}
	}
	return Side{Country: country(a.Country), Person: persons[local], Name: NameKey(a.Name, l.Names)}
}

func samePerson(a, b Side) bool { return a.Person != "" && a.Person == b.Person }

// sidesAgree compares the parties of two events country by country (either
// order: a joint event's source and target may come either way round).
func sidesAgree(el EventLink, c *Event, international bool) bool {
	if international {
		for _, s := range []Side{el.Source, el.Target} {
			for _, t := range []Side{c.Source, c.Target} {
				if s.Country == t.Country && s.Person != "" && t.Person != "" && s.Person != t.Person {
					return false
				}
			}
		}
		return true
	}
	// Domestic or one-sided: the country alone says too little (every
	// arrest in Pakistan is PAK -> PAK); a known person is needed, and each
	// side must name the same person or actor.
	same := func(s, t Side) bool {
		if s.Country != t.Country {
			return false
		}
		if s.Person != "" || t.Person != "" {
			return s.Person == t.Person
		}
		return s.Name == t.Name
	}
	straight := same(el.Source, c.Source) && same(el.Target, c.Target)
	crossed := same(el.Source, c.Target) && same(el.Target, c.Source)
	if !straight && !crossed {
		return false
	}
	return el.Source.Person != "" || el.Target.Person != ""
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
