package storetest

import (
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/store"
)

// Names are the country names the suite's reports use.
var Names = ledger.BasicNames{
	"pakistan": "PAK", "pakistani": "PAK", "united states": "USA", "us": "USA", "american": "USA",
	"china": "CHN", "chinese": "CHN", "iran": "IRN", "afghanistan": "AFG", "afghan": "AFG",
}

// Options are the store options the suite's stores are opened with.
func Options() store.Options { return store.Options{Ledger: ledger.New(Names)} }

// A builder writes a report by hand: its text, and a record whose spans
// point into it, as the coder would make it.
type builder struct {
	id, date, source string
	text             string
	rec              accord.Record
}

func newReport(id, date, source, text string) *builder {
	return &builder{id: id, date: date, source: source, text: text,
		rec: accord.Record{ID: id, Date: date, Source: source, Persons: []accord.Person{}, Actors: []accord.Actor{},
			Events: []accord.Event{}, Commitments: []accord.Commitment{}, Mechanisms: []accord.Mechanism{},
			Times: []accord.TimeExpr{}, Quotes: []accord.Quote{}, Topics: []string{}}}
}

// span finds s in the text (after the start of the nth sentence holding
// it, n counted from 0), or an empty span at 0.
func (b *builder) span(s string) accord.Span {
	i := strings.Index(b.text, s)
	if i < 0 {
		return accord.Span{}
	}
	return accord.Span{Start: i, End: i + len(s)}
}

func (b *builder) evidence(s string) accord.Evidence {
	sp := b.span(s)
	return accord.Evidence{Span: sp, Text: sp.In(b.text)}
}

// sentence is the evidence of the sentence holding s.
func (b *builder) sentence(s string) accord.Evidence {
	sp := b.span(s)
	start := strings.LastIndex(b.text[:sp.Start], ". ") + 2
	if start < 2 {
		start = 0
	}
	end := strings.Index(b.text[sp.End:], ".")
	if end < 0 {
		end = len(b.text)
	} else {
		end += sp.End + 1
	}
	return accord.Evidence{Span: accord.Span{Start: start, End: end}, Text: b.text[start:end]}
}

func (b *builder) person(id, name, title, country string, forms ...string) *builder {
	p := accord.Person{ID: id, Name: name, Title: title, Country: country, Sector: "GOV", Aliases: []string{}}
	for _, f := range append([]string{name}, forms...) {
		sp := b.span(f)
		kind := accord.MentionName
		if f != name {
			kind = accord.MentionAlias
			p.Aliases = append(p.Aliases, f)
		}
		p.Mentions = append(p.Mentions, accord.Mention{Span: sp, Text: f, Kind: kind})
	}
	b.rec.Persons = append(b.rec.Persons, p)
	return b
}

// actor adds an actor mention; person is a local person id or "".
func (b *builder) actor(country, name, person string) accord.Actor {
	sp := b.span(name)
	a := accord.Actor{Country: country, Agent: "GOV", Name: name, Person: person, Span: &sp}
	b.rec.Actors = append(b.rec.Actors, a)
	return a
}

// event adds an event; trigger is the word that triggered it.
func (b *builder) event(e accord.Event, trigger string) *builder {
	e.Trigger = b.evidence(trigger)
	e.Evidence = b.sentence(trigger)
	if e.Tense == "" {
		e.Tense = accord.Past
	}
	if e.Rule == "" {
		e.Rule = "storetest"
	}
	b.rec.Events = append(b.rec.Events, e)
	return b
}

func (b *builder) meeting(id, trigger, date string, src, tgt accord.Actor) *builder {
	return b.event(accord.Event{ID: id, Type: "CONSULT", Cameo: "040", CameoLabel: "Consult", QuadClass: 1, Goldstein: 1,
		Source: src, Target: tgt, Symmetric: true, Date: date}, trigger)
}

func (b *builder) mechanism(m accord.Mechanism, name string) *builder {
	sp := b.span(name)
	m.Name = name
	m.Mentions = []accord.Mention{{Span: sp, Text: name, Kind: accord.MentionName}}
	if m.Aliases == nil {
		m.Aliases = []string{}
	}
	b.rec.Mechanisms = append(b.rec.Mechanisms, m)
	return b
}

func (b *builder) commitment(c accord.Commitment, trigger string) *builder {
	c.Evidence = b.sentence(trigger)
	c.Status = accord.Pending
	if c.Rule == "" {
		c.Rule = "storetest"
	}
	b.rec.Commitments = append(b.rec.Commitments, c)
	return b
}

func month(v string) *accord.TimeExpr {
	w := ledger.ValueWindow(v)
	return &accord.TimeExpr{Text: "in " + v, Value: v, Start: w.Start, End: w.End, Precision: accord.Month}
}

func (b *builder) report() store.Report {
	d, _ := accord.ParseDate(b.date)
	return store.Report{Doc: accord.Document{ID: b.id, Text: b.text, Source: b.source, Date: d,
		Title: "Report " + b.id, URL: "https://example.org/" + b.id}, Record: b.rec, Engine: "storetest"}
}

// The reports the suite stores. They tell one story: Pakistan and the
// United States agree in March to hold their Law Enforcement Dialogue in
// October (two sources report the meeting); the interior minister becomes
// foreign minister in June; the dialogue is held in October. Apart: a
// Pakistan-China meeting promised for May and postponed, and talks with
// Iran promised by the end of February and never held.

func promiseReport() store.Report {
	b := newReport("dawn-1", "2025-03-05", "Dawn", "ISLAMABAD: Interior Minister Mohsin Naqvi met US Ambassador Donald Blome on Tuesday. "+
		"Pakistan and the United States agreed to hold the Law Enforcement Dialogue in October. Ahmed Khan, the interior secretary, attended.")
	b.person("p1", "Mohsin Naqvi", "Interior Minister", "PAK").person("p2", "Donald Blome", "US Ambassador", "USA").
		person("p3", "Ahmed Khan", "Interior Secretary", "PAK")
	naqvi, blome := b.actor("PAK", "Mohsin Naqvi", "p1"), b.actor("USA", "Donald Blome", "p2")
	pak, usa := b.actor("PAK", "Pakistan", ""), b.actor("USA", "United States", "")
	b.meeting("e1", "met", "2025-03-04", naqvi, blome)
	b.event(accord.Event{ID: "e2", Type: "AGREE", Cameo: "036", QuadClass: 1, Goldstein: 4, Source: pak, Target: usa,
		Symmetric: true, Mechanism: "m1"}, "agreed to")
	b.mechanism(accord.Mechanism{ID: "m1", Kind: "dialogue", Parties: []string{"PAK", "USA"},
		Sessions: []accord.Session{{Tense: accord.Future, Date: "2025-10", Time: month("2025-10"), Event: "e2"}}}, "Law Enforcement Dialogue")
	b.rec.Mechanisms[0].Sessions[0].Evidence = b.sentence("agreed to")
	b.commitment(accord.Commitment{ID: "c1", What: "hold the Law Enforcement Dialogue in October", Parties: []string{"PAK", "USA"},
		Due: month("2025-10"), Event: "e2", Mechanism: "m1"}, "agreed to")
	return b.report()
}

func secondSourceReport() store.Report {
	b := newReport("app-1", "2025-03-05", "APP", "ISLAMABAD, Mar 04 (APP): Naqvi and Ambassador Donald Blome met here on Tuesday and discussed cooperation.")
	b.rec.DatelineDate, b.rec.DatelinePlace = "2025-03-04", "ISLAMABAD"
	b.person("p1", "Naqvi", "", "PAK").person("p2", "Donald Blome", "Ambassador", "USA")
	b.meeting("e1", "met", "", b.actor("PAK", "Naqvi", "p1"), b.actor("USA", "Donald Blome", "p2"))
	return b.report()
}

func titleChangeReport() store.Report {
	b := newReport("app-2", "2025-06-10", "APP", "Foreign Minister Mohsin Naqvi received the Afghan envoy Ahmed Khan in Islamabad.")
	b.person("p1", "Mohsin Naqvi", "Foreign Minister", "PAK").person("p2", "Ahmed Khan", "envoy", "AFG")
	b.meeting("e1", "received", "", b.actor("PAK", "Mohsin Naqvi", "p1"), b.actor("AFG", "Ahmed Khan", "p2"))
	return b.report()
}

func heldReport() store.Report {
	b := newReport("dawn-2", "2025-10-15", "Dawn", "WASHINGTON: The Law Enforcement Dialogue between Pakistan and the United States was held on Tuesday.")
	pak, usa := b.actor("PAK", "Pakistan", ""), b.actor("USA", "United States", "")
	b.event(accord.Event{ID: "e1", Type: "CONSULT", Cameo: "046", Source: pak, Target: usa, Symmetric: true, Date: "2025-10-14",
		Place: "Washington", Mechanism: "m1"}, "was held")
	b.mechanism(accord.Mechanism{ID: "m1", Kind: "dialogue", Parties: []string{"PAK", "USA"},
		Sessions: []accord.Session{{Tense: accord.Past, Date: "2025-10-14", Place: "Washington", Event: "e1"}}}, "Law Enforcement Dialogue")
	b.rec.Mechanisms[0].Sessions[0].Evidence = b.sentence("was held")
	return b.report()
}

func chinaPromiseReport() store.Report {
	b := newReport("dawn-3", "2025-04-01", "Dawn", "Pakistan and China agreed to hold a meeting of their officials in May.")
	pak, chn := b.actor("PAK", "Pakistan", ""), b.actor("CHN", "China", "")
	b.event(accord.Event{ID: "e1", Type: "AGREE", Cameo: "036", Source: pak, Target: chn, Symmetric: true}, "agreed to")
	b.commitment(accord.Commitment{ID: "c1", What: "hold a meeting of their officials in May", Parties: []string{"CHN", "PAK"},
		Due: month("2025-05"), Event: "e1"}, "agreed to")
	return b.report()
}

func postponedReport() store.Report {
	b := newReport("app-3", "2025-04-20", "APP", "The meeting between Pakistan and China has been postponed, officials said.")
	b.actor("PAK", "Pakistan", "")
	b.actor("CHN", "China", "")
	return b.report()
}

func iranPromiseReport() store.Report {
	b := newReport("dawn-4", "2025-01-10", "Dawn", "Pakistan and Iran will hold talks by the end of February on border trade.")
	pak, irn := b.actor("PAK", "Pakistan", ""), b.actor("IRN", "Iran", "")
	b.event(accord.Event{ID: "e1", Type: "AGREE", Cameo: "036", Source: pak, Target: irn, Symmetric: true, Tense: accord.Future}, "will hold")
	b.commitment(accord.Commitment{ID: "c1", What: "hold talks by the end of February on border trade", Parties: []string{"IRN", "PAK"},
		Due: &accord.TimeExpr{Text: "by the end of February", Value: "2025-02", Start: "2025-01-10", End: "2025-02-28",
			Precision: accord.Month, Mod: "by"}, Event: "e1"}, "will hold")
	return b.report()
}

// Story is every report of the suite, in the order of their dates.
func Story() []store.Report {
	return []store.Report{iranPromiseReport(), promiseReport(), secondSourceReport(), chinaPromiseReport(),
		postponedReport(), titleChangeReport(), heldReport()}
}
