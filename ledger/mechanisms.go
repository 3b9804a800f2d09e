package ledger

import (
	"context"
	"slices"
	"strings"

	"github.com/accord-events/accord"
)

// MechanismKeys returns the id a new mechanism gets and the keys it is
// indexed under: for its name and each alias, "name|parties" and, for a
// name that tells more than the kind, "name|" too (found whatever parties a
// report gives). shared is false for a generic name with fewer than two
// parties ("the joint working group"), which stays with its report.
func (l *Ledger) MechanismKeys(m *accord.Mechanism) (id string, keys []string, parties []string, shared bool) {
	name, cs, generic := MechanismName(m.Name, l.Names)
	parties = Parties(append(slices.Clone(m.Parties), cs...))
	pk := strings.Join(parties, "-")
	if name == "" {
		name = strings.ToLower(m.Kind)
	}
	if name == "" || (generic && len(parties) < 2) {
		return "", nil, parties, false
	}
	add := func(k string, gen bool) {
		if k == "" {
			return
		}
		keys = append(keys, k+"|"+pk)
		if !gen {
			keys = append(keys, k+"|")
		}
	}
	add(name, generic)
	for _, a := range m.Aliases {
		k, _, gen := MechanismName(a, l.Names)
		add(k, gen)
	}
	slices.Sort(keys)
	return name + "|" + pk, slices.Compact(keys), parties, true
}

// linkMechanism finds the stored mechanism a mechanism of the report is:
// one that shares a key, with parties that agree (the same, or one set
// within the other).
func (l *Ledger) linkMechanism(ctx context.Context, lk Lookup, p *Plan, m *accord.Mechanism) (MechanismLink, error) {
	id, keys, parties, shared := l.MechanismKeys(m)
	ml := MechanismLink{Local: m.ID, Name: strings.Join(strings.Fields(m.Name), " "), Kind: m.Kind, Parties: parties, Keys: keys}
	if !shared {
		off := 0
		if len(m.Mentions) > 0 {
			off = m.Mentions[0].Start
		}
		ml.ID, ml.New, ml.Why = keyAt(p.Report.ID, off), true, "new: a generic name without two parties stays with its report"
		return ml, nil
	}
	cands, err := lk.MechanismsByKey(ctx, keys)
	if err != nil {
		return ml, err
	}
	for _, x := range p.Mechanisms {
		if x.New {
			cands = append(cands, Mechanism{ID: x.ID, Name: x.Name, Parties: x.Parties, Keys: x.Keys})
		}
	}
	var best *Mechanism
	bestShared := 0
	for i := range cands {
		c := &cands[i]
		if !subset(parties, c.Parties) && !subset(c.Parties, parties) {
			continue
		}
		n := 0
		for _, k := range keys {
			if slices.Contains(c.Keys, k) {
				n++
			}
		}
		if n > bestShared {
			best, bestShared = c, n
		}
	}
	if best != nil {
		ml.ID, ml.Why = best.ID, "same name as "+best.Name
		return ml, nil
	}
	ml.ID, ml.New, ml.Why = id, true, "new"
	return ml, nil
}

// SessionWindow is when a session takes place: its time or date, else for
// a past or ongoing session the report's anchor; unknown for an undated
// future session.
func (l *Ledger) SessionWindow(s *accord.Session, anchor string) Window {
	if s.Time != nil && s.Time.Start != "" && s.Time.End != "" {
		return Window{s.Time.Start, s.Time.End}
	}
	if w := ValueWindow(s.Date); w.Known() {
		return w
	}
	if s.Tense == accord.Future || anchor == "" {
		return Window{}
	}
	return Window{AddDays(anchor, -l.Slack), anchor}
}

func (l *Ledger) sessions(p *Plan, persons, mechs, events map[string]string) {
	r := p.Report
	seen := map[string]bool{}
	for i := range r.Record.Mechanisms {
		m := &r.Record.Mechanisms[i]
		for j := range m.Sessions {
			s := &m.Sessions[j]
			key := keyAt(r.ID, s.Evidence.Start)
			for seen[key] {
				key += "+"
			}
			seen[key] = true
			sl := SessionLink{Key: key, Mechanism: mechs[m.ID], Local: m.ID, Index: j, Session: s,
				Window: l.SessionWindow(s, r.Anchor), Event: events[s.Event]}
			for _, c := range s.Chairs {
				if id := persons[c]; id != "" {
					sl.Chairs = append(sl.Chairs, id)
				}
				for _, rp := range r.Record.Persons {
					if rp.ID == c {
						sl.ChairNames = append(sl.ChairNames, rp.Name)
					}
				}
			}
			p.Sessions = append(p.Sessions, sl)
		}
	}
}

// A SessionMention is a stored session as a report told it.
type SessionMention struct {
	Key        string   `json:"key"`
	ReportID   string   `json:"report"`
	ReportDate string   `json:"report_date"`
	Ordinal    int      `json:"ordinal,omitempty"`
	Tense      string   `json:"tense"`
	Date       string   `json:"date,omitempty"`
	Window     Window   `json:"window"`
	Place      string   `json:"place,omitempty"`
	Chairs     []string `json:"chairs,omitempty"`
	Event      string   `json:"event,omitempty"`
	Text       string   `json:"text"`
}

// A SessionGroup is one session of a mechanism, as one or more reports told
// it.
type SessionGroup struct {
	Ordinal  int              `json:"ordinal,omitempty"`
	Tense    string           `json:"tense"`
	Date     string           `json:"date,omitempty"`
	Window   Window           `json:"window"`
	Place    string           `json:"place,omitempty"`
	Chairs   []string         `json:"chairs,omitempty"`
	Mentions []SessionMention `json:"mentions"`
}

// GroupSessions lines up the sessions reports tell of one mechanism: the
// same ordinal ("the 3rd round") is one session; without ordinals, sessions
// with overlapping windows are one (a planned session and the report that it
// was held included: the held one settles its date).
// Groups come in date order, undated ones last.
func GroupSessions(ms []SessionMention) []SessionGroup {
	var gs []SessionGroup
	sorted := slices.Clone(ms)
	slices.SortStableFunc(sorted, func(a, b SessionMention) int { return strings.Compare(a.ReportDate, b.ReportDate) })
outer:
	for _, m := range sorted {
		planned := m.Tense == string(accord.Future)
		for i := range gs {
			g := &gs[i]
			gPlanned := g.Tense == string(accord.Future)
			same := false
			switch {
			case m.Ordinal > 0 && g.Ordinal > 0:
				same = m.Ordinal == g.Ordinal
			case m.Window.Overlaps(g.Window):
				same = true
			}
			if !same {
				continue
			}
			g.Mentions = append(g.Mentions, m)
			if g.Ordinal == 0 {
				g.Ordinal = m.Ordinal
			}
			if gPlanned && !planned { // a report that it was held settles it
				g.Tense, g.Window, g.Date = m.Tense, m.Window, m.Date
			} else if m.Window.Known() && (!g.Window.Known() || m.Window.Days() < g.Window.Days()) {
				g.Window, g.Date = m.Window, m.Date
			}
			if g.Place == "" {
				g.Place = m.Place
			}
			for _, c := range m.Chairs {
				if !slices.Contains(g.Chairs, c) {
					g.Chairs = append(g.Chairs, c)
				}
			}
			continue outer
		}
		gs = append(gs, SessionGroup{Ordinal: m.Ordinal, Tense: m.Tense, Date: m.Date, Window: m.Window,
			Place: m.Place, Chairs: slices.Clone(m.Chairs), Mentions: []SessionMention{m}})
	}
	slices.SortStableFunc(gs, func(a, b SessionGroup) int {
		switch {
		case a.Window.Start == b.Window.Start:
			return 0
		case a.Window.Start == "":
			return 1
		case b.Window.Start == "":
			return -1
		}
		return strings.Compare(a.Window.Start, b.Window.Start)
	})
	return gs
}
