package ledger

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/accord-events/accord"
)

// mem is a Lookup over plans applied in memory: the smallest store.
type mem struct {
	persons     map[string]*Person
	events      map[string]*Event
	mentions    map[string][]string // event id -> report ids
	mechs       map[string]*Mechanism
	commitments map[string]Commitment
	happenings  []Happening
	signals     []Signal
	followUps   map[[3]string]FollowUp
}

func newMem() *mem {
	return &mem{persons: map[string]*Person{}, events: map[string]*Event{}, mentions: map[string][]string{},
		mechs: map[string]*Mechanism{}, commitments: map[string]Commitment{}, followUps: map[[3]string]FollowUp{}}
}

func (m *mem) PersonsByKey(_ context.Context, keys []string) ([]Person, error) {
	return m.personsWhere(func(p *Person) bool {
		return slices.ContainsFunc(p.Keys, func(k string) bool { return slices.Contains(keys, k) })
	}), nil
}

func (m *mem) PersonsByForm(_ context.Context, surname, country string, _ []string, _ string) ([]Person, error) {
	return m.personsWhere(func(p *Person) bool {
		return p.Country == country && slices.ContainsFunc(p.Keys, func(k string) bool { return Surname(k) == surname })
	}), nil
}

func (m *mem) personsWhere(fn func(*Person) bool) []Person {
	var out []Person
	for _, p := range m.persons {
		if fn(p) {
			out = append(out, *p)
		}
	}
	slices.SortFunc(out, func(a, b Person) int { return strings.Compare(a.ID, b.ID) })
	return out
}

func (m *mem) EventsNear(_ context.Context, typ, pair string, w Window) ([]Event, error) {
	var out []Event
	for _, e := range m.events {
		if e.Type == typ && e.Pair == pair && e.Window.Overlaps(w) {
			out = append(out, *e)
		}
	}
	slices.SortFunc(out, func(a, b Event) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

func (m *mem) MechanismsByKey(_ context.Context, keys []string) ([]Mechanism, error) {
	var out []Mechanism
	for _, x := range m.mechs {
		for _, k := range keys {
			if slices.Contains(x.Keys, k) {
				out = append(out, *x)
				break
			}
		}
	}
	return out, nil
}

func (m *mem) CommitmentsFor(_ context.Context, tags []string, day string) ([]Commitment, error) {
	var out []Commitment
	for _, c := range m.commitments {
		if c.Date < day && day <= c.SignalEnd && slices.ContainsFunc(c.Tags(), func(t string) bool { return slices.Contains(tags, t) }) {
			out = append(out, c)
		}
	}
	return out, nil
}

func (m *mem) Happenings(_ context.Context, q HappeningQuery) ([]Happening, error) {
	var out []Happening
	for _, h := range m.happenings {
		if !h.Window.Overlaps(q.Window) {
			continue
		}
		if (slices.Contains(q.Pairs, h.Pair) && slices.Contains(q.Types, h.Type)) || (h.Mechanism != "" && slices.Contains(q.Mechanisms, h.Mechanism)) {
			out = append(out, h)
		}
	}
	return out, nil
}

func (m *mem) FollowUps(_ context.Context, keys []string) ([]FollowUp, error) {
	var out []FollowUp
	for _, fu := range m.followUps {
		if slices.Contains(keys, fu.Commitment) {
			out = append(out, fu)
		}
	}
	return out, nil
}

func (m *mem) Signals(_ context.Context, tags []string, w Window) ([]Signal, error) {
	var out []Signal
	for _, s := range m.signals {
		if s.ReportDate >= w.Start && s.ReportDate <= w.End && slices.ContainsFunc(s.Tags(), func(t string) bool { return slices.Contains(tags, t) }) {
			out = append(out, s)
		}
	}
	return out, nil
}

func (m *mem) apply(p *Plan) {
	for _, pl := range p.Persons {
		x := m.persons[pl.ID]
		if x == nil {
			x = &Person{ID: pl.ID, Name: pl.Name, Country: pl.Country}
			m.persons[pl.ID] = x
		}
		if pl.Rename {
			x.Name = pl.Name
		}
		if !slices.Contains(x.Keys, pl.Key) {
			x.Keys = append(x.Keys, pl.Key)
		}
		if pl.TitleKey != "" && !slices.Contains(x.Titles, pl.TitleKey) {
			x.Titles = append(x.Titles, pl.TitleKey)
		}
	}
	for _, ml := range p.Mechanisms {
		x := m.mechs[ml.ID]
		if x == nil {
			x = &Mechanism{ID: ml.ID, Name: ml.Name, Parties: ml.Parties}
			m.mechs[ml.ID] = x
		}
		for _, k := range ml.Keys {
			if !slices.Contains(x.Keys, k) {
				x.Keys = append(x.Keys, k)
			}
		}
	}
	for _, el := range p.Events {
		if el.New {
			e := el.Event
			m.events[el.ID] = &Event{ID: el.ID, Type: e.Type, Mode: e.Mode, Cameo: e.Cameo, Pair: el.Pair,
				Source: el.Source, Target: el.Target, Window: el.Window, Place: e.Place}
		}
		m.mentions[el.ID] = append(m.mentions[el.ID], p.Report.ID)
	}
	m.happenings = append(m.happenings, p.happenings()...)
	for _, cl := range p.Commitments {
		m.commitments[cl.Key] = cl.Commitment
	}
	m.signals = append(m.signals, p.Signals...)
	for _, fu := range p.FollowUps {
		m.followUps[[3]string{fu.Commitment, fu.Relation, fu.Ref}] = fu
	}
}

func (m *mem) link(t *testing.T, l *Ledger, r Report) *Plan {
	t.Helper()
	p, err := l.Link(context.Background(), m, r)
	if err != nil {
		t.Fatal(err)
	}
	m.apply(p)
	return p
}

func (m *mem) status(l *Ledger, key, asOf string) Status {
	var fus []FollowUp
	for _, fu := range m.followUps {
		if fu.Commitment == key {
			fus = append(fus, fu)
		}
	}
	return l.Status(m.commitments[key], fus, asOf)
}

// Builders for records written by hand.

func person(id, name, title, country string) accord.Person {
	return accord.Person{ID: id, Name: name, Title: title, Country: country}
}

func actor(country, name, person string, start int) accord.Actor {
	return accord.Actor{Country: country, Name: name, Person: person, Span: &accord.Span{Start: start, End: start + len(name)}}
}

func meeting(id string, src, tgt accord.Actor, date string, trigger int) accord.Event {
	return accord.Event{ID: id, Type: "CONSULT", Cameo: "040", Source: src, Target: tgt, Symmetric: true,
		Tense: accord.Past, Date: date, Trigger: accord.Evidence{Span: accord.Span{Start: trigger, End: trigger + 3}, Text: "met"},
		Evidence: accord.Evidence{Text: "They met."}}
}

func report(id, date, source string, rec accord.Record) Report {
	rec.ID, rec.Date, rec.Source = id, date, source
	return Report{ID: id, Date: date, Anchor: date, Source: source, Record: &rec}
}

func TestPersonsAcrossReports(t *testing.T) {
	l, m := New(testNames), newMem()
	m.link(t, l, report("r1", "2025-01-10", "Dawn", accord.Record{Persons: []accord.Person{
		person("p1", "Mohammad Ishaq Dar", "Deputy Prime Minister and Foreign Minister", "PAK"),
		person("p2", "Ahmed Khan", "Interior Secretary", "PAK"),
	}}))
	p := m.link(t, l, report("r2", "2025-02-10", "APP", accord.Record{Persons: []accord.Person{
		person("p1", "Ishaq Dar", "Deputy PM", "PAK"),                 // short form, compatible title
		person("p2", "Ahmed Khan", "Ambassador", "AFG"),               // same name, another country
		person("p3", "Mr Khan", "Foreign Minister", "PAK"),            // one word, conflicting title
		person("p4", "Muhammad Ishaq Dar", "Foreign Minister", "")}})) // same key, country unknown
	want := map[string]string{"p1": "muhammad ishaq dar|PAK", "p2": "ahmed khan|AFG", "p3": "khan|PAK@r2", "p4": "muhammad ishaq dar|PAK"}
	for _, pl := range p.Persons {
		if pl.ID != want[pl.Local] {
			t.Errorf("%s %q -> %s (%s), want %s", pl.Local, pl.Name, pl.ID, pl.Why, want[pl.Local])
		}
	}
	if !p.Persons[2].New || p.Persons[0].New {
		t.Errorf("new flags: %+v", p.Persons)
	}
}

func TestShortFormFirstThenFullName(t *testing.T) {
	l, m := New(testNames), newMem()
	m.link(t, l, report("r1", "2025-01-10", "Dawn", accord.Record{Persons: []accord.Person{person("p1", "Asim Munir", "Army Chief", "PAK")}}))
	p := m.link(t, l, report("r2", "2025-01-11", "Dawn", accord.Record{Persons: []accord.Person{person("p1", "Syed Asim Munir", "Chief of Army Staff", "PAK")}}))
	if pl := p.Persons[0]; pl.ID != "asim munir|PAK" || !pl.Rename {
		t.Errorf("full name after short form: %+v", pl)
	}
	if m.persons["asim munir|PAK"].Name != "Syed Asim Munir" {
		t.Errorf("display name not the fullest: %q", m.persons["asim munir|PAK"].Name)
	}
}

func TestSameMeetingTwoSources(t *testing.T) {
	l, m := New(testNames), newMem()
	rec := func(date string) accord.Record {
		return accord.Record{
			Persons: []accord.Person{person("p1", "Ishaq Dar", "Foreign Minister", "PAK"), person("p2", "Marco Rubio", "Secretary of State", "USA")},
			Events:  []accord.Event{meeting("e1", actor("PAK", "Ishaq Dar", "p1", 0), actor("USA", "Marco Rubio", "p2", 20), date, 40)},
		}
	}
	p1 := m.link(t, l, report("dawn-1", "2025-03-05", "Dawn", rec("")))
	p2 := m.link(t, l, report("app-1", "2025-03-04", "APP", rec("2025-03-04")))
	if !p1.Events[0].New || p2.Events[0].New || p2.Events[0].ID != p1.Events[0].ID {
		t.Fatalf("two sources of one meeting are two events: %+v / %+v", p1.Events[0], p2.Events[0])
	}
	// A report a month later recalling it with its date adds a mention.
	p3 := m.link(t, l, report("dawn-2", "2025-04-10", "Dawn", rec("2025-03-04")))
	if p3.Events[0].ID != p1.Events[0].ID {
		t.Errorf("a recall made a new event: %+v", p3.Events[0])
	}
	// Another meeting of the same countries with other persons is apart.
	other := rec("")
	other.Persons[1] = person("p2", "Steve Witkoff", "Envoy", "USA")
	other.Events[0].Target.Name = "Steve Witkoff"
	p4 := m.link(t, l, report("app-2", "2025-03-05", "APP", other))
	if !p4.Events[0].New {
		t.Errorf("a meeting with another person joined: %+v", p4.Events[0])
	}
}

func TestDomesticEventsNeedPersons(t *testing.T) {
	l, m := New(testNames), newMem()
	arrest := func(target accord.Actor) accord.Record {
		return accord.Record{Events: []accord.Event{{ID: "e1", Type: "COERCE", Mode: "arrest", Cameo: "173",
			Source: accord.Actor{Country: "PAK", Agent: "COP"}, Target: target, Tense: accord.Past,
			Trigger: accord.Evidence{Span: accord.Span{Start: 5, End: 13}}}}}
	}
	m.link(t, l, report("r1", "2025-05-01", "Dawn", arrest(accord.Actor{Country: "PAK", Name: "suspects"})))
	p := m.link(t, l, report("r2", "2025-05-01", "APP", arrest(accord.Actor{Country: "PAK", Name: "suspects"})))
	if !p.Events[0].New {
		t.Error("two arrests of unnamed suspects in one country were joined")
	}
}

func TestMechanismAcrossReports(t *testing.T) {
	l, m := New(testNames), newMem()
	mech := func(name string, parties ...string) accord.Record {
		return accord.Record{Mechanisms: []accord.Mechanism{{ID: "m1", Name: name, Kind: "dialogue", Parties: parties,
			Mentions: []accord.Mention{{Span: accord.Span{Start: 10, End: 10 + len(name)}, Text: name}}}}}
	}
	p1 := m.link(t, l, report("r1", "2025-01-01", "Dawn", mech("US-Pakistan Counterterrorism Dialogue", "PAK", "USA")))
	p2 := m.link(t, l, report("r2", "2025-02-01", "APP", mech("Counter-Terrorism Dialogue", "PAK")))
	p3 := m.link(t, l, report("r3", "2025-02-01", "APP", mech("Counter-Terrorism Dialogue", "CHN", "PAK")))
	p4 := m.link(t, l, report("r4", "2025-02-01", "APP", mech("Joint Working Group")))
	if p2.Mechanisms[0].ID != p1.Mechanisms[0].ID {
		t.Errorf("same dialogue, fewer parties: %s vs %s", p2.Mechanisms[0].ID, p1.Mechanisms[0].ID)
	}
	if p3.Mechanisms[0].ID == p1.Mechanisms[0].ID {
		t.Error("a dialogue with other parties was joined")
	}
	if p4.Mechanisms[0].ID != "r4@10" {
		t.Errorf("a generic name without parties was shared: %s", p4.Mechanisms[0].ID)
	}
}

// promise is a report where PAK and USA agree to hold a meeting in October.
func promise(id, date string) Report {
	return report(id, date, "Dawn", accord.Record{
		Events: []accord.Event{{ID: "e1", Type: "AGREE", Cameo: "036", Source: accord.Actor{Country: "PAK"},
			Target: accord.Actor{Country: "USA"}, Tense: accord.Past, Trigger: accord.Evidence{Span: accord.Span{Start: 30}}}},
		Commitments: []accord.Commitment{{ID: "c1", What: "hold talks in October", Parties: []string{"USA", "PAK"},
			Due:    &accord.TimeExpr{Value: "2024-10", Start: "2024-10-01", End: "2024-10-31", Precision: accord.Month},
			Status: accord.Pending, Event: "e1", Evidence: accord.Evidence{Span: accord.Span{Start: 0, End: 60}}}},
	})
}

func held(id, date, eventDate string) Report {
	return report(id, date, "APP", accord.Record{Events: []accord.Event{
		meeting("e1", accord.Actor{Country: "USA"}, accord.Actor{Country: "PAK"}, eventDate, 12)}})
}

func TestCommitmentFulfilled(t *testing.T) {
	for _, order := range []string{"promise first", "fulfilment first"} {
		t.Run(order, func(t *testing.T) {
			l, m := New(testNames), newMem()
			reports := []Report{promise("p", "2024-07-14"), held("h", "2024-10-23", "2024-10-22")}
			if order != "promise first" {
				slices.Reverse(reports)
			}
			for _, r := range reports {
				m.link(t, l, r)
			}
			if st := m.status(l, "p@0", "2024-12-31"); st.Status != accord.Fulfilled || st.Evidence.ReportID != "h" {
				t.Errorf("status %+v", st)
			}
			if st := m.status(l, "p@0", "2024-09-30"); st.Status != accord.Pending {
				t.Errorf("status before the meeting: %+v", st)
			}
		})
	}
}

func TestCommitmentOverdueLatePostponed(t *testing.T) {
	l, m := New(testNames), newMem()
	m.link(t, l, promise("p", "2024-07-14"))
	if st := m.status(l, "p@0", "2024-11-01"); st.Status != accord.Overdue {
		t.Errorf("after the window: %+v", st)
	}
	// Held late, within Grace: fulfilled, and said to be late.
	m.link(t, l, held("h", "2024-11-20", "2024-11-19"))
	st := m.status(l, "p@0", "2024-12-01")
	if st.Status != accord.Fulfilled || !strings.Contains(st.Reason, "days after the due window") {
		t.Errorf("late: %+v", st)
	}
	// A meeting of other countries does nothing; a postponement does.
	l2, m2 := New(testNames), newMem()
	m2.link(t, l2, promise("p", "2024-07-14"))
	text := "Pakistan and the United States have postponed the talks planned for October."
	m2.link(t, l2, report("s", "2024-09-20", "Dawn", accord.Record{Actors: []accord.Actor{
		actor("PAK", "Pakistan", "", 0), actor("USA", "United States", "", 17)}}))
	m2.link(t, l2, Report{ID: "s2", Date: "2024-09-21", Anchor: "2024-09-21", Text: text, Record: &accord.Record{Actors: []accord.Actor{
		actor("PAK", "Pakistan", "", 0), actor("USA", "United States", "", 17)}}})
	if st := m2.status(l2, "p@0", "2024-12-01"); st.Status != accord.Postponed || st.Evidence.ReportID != "s2" {
		t.Errorf("postponed: %+v", st)
	}
	if st := m2.status(l2, "p@0", "2024-09-20"); st.Status != accord.Pending {
		t.Errorf("as of before the postponement: %+v", st)
	}
}

func TestFindSignals(t *testing.T) {
	l := New(testNames)
	text := "The visit will not be postponed, officials said. Pakistan and Afghanistan called off the talks. Prices delayed by Pakistan and Afghanistan."
	rec := accord.Record{Actors: []accord.Actor{
		actor("PAK", "Pakistan", "", strings.Index(text, "Pakistan and Afghanistan called")),
		actor("AFG", "Afghanistan", "", strings.Index(text, "Afghanistan called")),
		actor("PAK", "Pakistan", "", strings.LastIndex(text, "Pakistan")),
		actor("AFG", "Afghanistan", "", strings.LastIndex(text, "Afghanistan")),
	}}
	sigs := l.FindSignals(Report{ID: "r", Date: "2025-01-01", Text: text, Record: &rec}, nil)
	if len(sigs) != 1 || sigs[0].Kind != SignalCancelled || !slices.Equal(sigs[0].Pairs, []string{"AFG-PAK"}) {
		t.Fatalf("signals: %+v", sigs)
	}
}

func TestCommitmentKindsAndWindows(t *testing.T) {
	l := New(testNames)
	for _, c := range []struct {
		what string
		ev   *accord.Event
		mech string
		want string
	}{
		{"visit Beijing next month", nil, "", KindVisit},
		{"sign an agreement on trade", nil, "", KindSign},
		{"hold the next round of talks", nil, "", KindMeeting},
		{"increase communication on these topics", nil, "", KindOther},
		{"increase communication", &accord.Event{Cameo: "036"}, "", KindMeeting},
		{"hold it", nil, "m|PAK-USA", KindSession},
	} {
		if got := CommitmentKind(&accord.Commitment{What: c.what}, c.ev, c.mech); got != c.want {
			t.Errorf("kind of %q = %s, want %s", c.what, got, c.want)
		}
	}
	c := Commitment{Date: "2024-07-14"}
	l.CommitmentWindows(&c, &accord.TimeExpr{Start: "2024-07-14", End: "2025-12-31", Mod: "by"})
	if c.Due != (Window{"2024-07-14", "2025-12-31"}) || c.Watch.Start != "2024-07-15" || c.OverdueAfter != "2025-12-31" {
		t.Errorf("by-window %+v", c)
	}
	c = Commitment{Date: "2024-07-14"}
	l.CommitmentWindows(&c, nil)
	if c.OverdueAfter != "" || c.Watch.End != "2024-11-11" {
		t.Errorf("no due %+v", c)
	}
	c = Commitment{Date: "2024-07-14"}
	l.CommitmentWindows(&c, &accord.TimeExpr{Text: "soon", Precision: accord.Unspecified})
	if c.OverdueAfter != "2024-10-12" {
		t.Errorf("soon %+v", c)
	}
}

func TestGroupSessions(t *testing.T) {
	gs := GroupSessions([]SessionMention{
		{ReportID: "a", ReportDate: "2024-07-14", Tense: "future", Window: Window{"2024-10-01", "2024-10-31"}, Date: "2024-10"},
		{ReportID: "b", ReportDate: "2024-10-23", Tense: "past", Window: Window{"2024-10-22", "2024-10-22"}, Date: "2024-10-22", Ordinal: 3},
		{ReportID: "c", ReportDate: "2025-03-01", Tense: "past", Ordinal: 3},
		{ReportID: "d", ReportDate: "2025-05-01", Tense: "past", Window: Window{"2025-04-30", "2025-05-01"}, Ordinal: 4},
	})
	if len(gs) != 2 || len(gs[0].Mentions) != 3 || gs[0].Tense != "past" || gs[0].Date != "2024-10-22" || gs[0].Ordinal != 3 {
		t.Fatalf("groups: %+v", gs)
	}
}
