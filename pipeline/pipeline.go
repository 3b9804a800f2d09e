// Package pipeline composes accord's stages into one coder: a Document in, a
// Record out.
//
// The stages run in order, each reading what the earlier ones produced:
// text (tokens, sentences) -> timex (dateline, time expressions) -> actors
// (persons, bodies, countries) -> events -> commitments -> mechanisms ->
// quotes and topics. The Pipeline holds only read-only dictionaries and
// tables, so one Pipeline may code many documents at once from several
// goroutines.
package pipeline

import (
	"fmt"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/cameo"
	"github.com/accord-events/accord/commitments"
	"github.com/accord-events/accord/events"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/mechanisms"
	"github.com/accord-events/accord/quotes"
	"github.com/accord-events/accord/text"
	"github.com/accord-events/accord/timex"
	"github.com/accord-events/accord/topics"
)

// Options configure a Pipeline.
type Options struct {
	// LexiconFiles are user lexicon files read after the embedded ones.
	LexiconFiles []string
}

// A Pipeline codes documents.
type Pipeline struct {
	Lex        *lexicon.Lexicon
	Cameo      *cameo.Table
	Actors     *actors.Finder
	Events     *events.Coder
	Mechanisms *mechanisms.Finder

	// scratch holds token, sentence and index storage for reuse across
	// documents: nothing of it outlives a call to Code.
	scratch sync.Pool
}

type scratch struct {
	toks  []text.Token
	sents []text.Sentence
	idx   lexicon.Index
}

// New builds a Pipeline, reading the dictionaries once.
func New(opts Options) (*Pipeline, error) {
	lex, err := lexicon.New(opts.LexiconFiles...)
	if err != nil {
		return nil, fmt.Errorf("load lexicons: %w", err)
	}
	codes, err := cameo.New()
	if err != nil {
		return nil, fmt.Errorf("load CAMEO table: %w", err)
	}
	return &Pipeline{Lex: lex, Cameo: codes, Actors: actors.New(lex),
		Events: events.New(lex, codes), Mechanisms: mechanisms.New(lex)}, nil
}

// Stage names, in the order they run, for Timings. "text" includes the one
// dictionary lookup of every token that the later stages share.
var Stages = []string{"text", "time", "actors", "events", "commitments", "mechanisms", "quotes+topics"}

// Timings accumulates the time spent in each stage over many documents.
type Timings struct {
	Stage [7]time.Duration
	Docs  int
}

// ErrInvalidUTF8 is returned for a document whose text is not UTF-8.
var ErrInvalidUTF8 = fmt.Errorf("text is not valid UTF-8")

// Code codes one document.
func (p *Pipeline) Code(doc accord.Document) (accord.Record, error) {
	return p.CodeTimed(doc, nil)
}

// CodeTimed codes one document, adding the time of each stage to t when t
// is not nil.
func (p *Pipeline) CodeTimed(doc accord.Document, t *Timings) (accord.Record, error) {
	if !utf8.ValidString(doc.Text) {
		return accord.Record{}, fmt.Errorf("code %s (%s): %w", doc.ID, doc.Origin, ErrInvalidUTF8)
	}
	var clock time.Time
	lap := func(stage int) {
		if t == nil {
			return
		}
		now := time.Now()
		t.Stage[stage] += now.Sub(clock)
		clock = now
	}
	if t != nil {
		clock = time.Now()
		t.Docs++
	}
	rec := accord.Record{ID: doc.ID, Date: accord.FormatDate(doc.Date), Title: doc.Title,
		URL: doc.URL, Source: doc.Source}

	sc, _ := p.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	a := text.AnalyzeInto(doc.Text, sc.toks, sc.sents)
	idx := p.Lex.ScanInto(a.Tokens, &sc.idx)
	defer func() {
		// the record keeps no token, sentence or match: the storage can serve
		// the next document
		sc.toks, sc.sents = a.Tokens[:0], a.Sentences[:0]
		p.scratch.Put(sc)
	}()
	lap(0)

	anchor := doc.Date
	home := ""
	dlEnd := 0
	if dl, ok := timex.FindDateline(doc.Text, doc.Date); ok {
		dlEnd = dl.Span.End
		rec.DatelinePlace = dl.Place
		if !dl.Date.IsZero() {
			rec.DatelineDate = accord.FormatDate(dl.Date)
			anchor = dl.Date
		}
		home = p.placeCountry(dl.Place)
	}
	if anchor.IsZero() {
		rec.Issues = append(rec.Issues, accord.Issue{Message: "no date: relative times are left unresolved (give --date)"})
	}
	times := timex.Find(a, anchor)
	lap(1)

	ac := p.Actors.FindIndexed(a, idx, home)
	if dlEnd > 0 {
		dropDateline(ac, dlEnd)
	}
	rec.Country = ac.Home
	lap(2)

	evs := p.Events.Code(events.Input{A: a, Actors: ac, Times: times, Anchor: anchor, Home: ac.Home, Index: idx})
	lap(3)

	rec.Commitments = commitments.Find(a, evs)
	lap(4)

	rec.Mechanisms = p.Mechanisms.FindIndexed(a, idx, ac, evs, ac.Home)
	lap(5)

	rec.Quotes = quotes.Find(a, ac)
	rec.Topics = topics.FindIndexed(a, idx)

	rec.Persons = ac.Persons
	rec.Times = times
	rec.Actors = actorList(ac)
	for _, ev := range evs {
		rec.Events = append(rec.Events, ev.Event)
	}
	link(&rec)
	normalise(&rec)
	lap(6)
	return rec, nil
}

// placeCountry is the country of a dateline's place ("ISLAMABAD").
func (p *Pipeline) placeCountry(place string) string {
	if place == "" {
		return ""
	}
	toks := text.Tokenize(place, nil)
	for i := range toks {
		toks[i].Flags |= text.Cap // datelines are in capitals: match as names
		if len(toks[i].Norm) <= 3 {
			toks[i].Flags |= text.AllCaps
		}
	}
	for i := range toks {
		if m, ok := p.Lex.Longest(toks, i, "place", "country"); ok {
			if c := m.Entries[0].Code; c != "" {
				return c
			}
		}
	}
	return ""
}

// dropDateline forgets the actor mentions inside the dateline: the place
// that files a report is not an actor in it.
func dropDateline(ac *actors.Result, end int) {
	kept := ac.Mentions[:0]
	for _, m := range ac.Mentions {
		if m.Start >= end || m.Kind == actors.Person {
			kept = append(kept, m)
		}
	}
	ac.Mentions = kept
}

// actorList lists every actor mention of the report.
func actorList(ac *actors.Result) []accord.Actor {
	out := make([]accord.Actor, 0, len(ac.Mentions))
	spans := make([]accord.Span, len(ac.Mentions)) // one allocation for every actor's span
	for k, m := range ac.Mentions {
		spans[k] = m.Span
		a := accord.Actor{Country: m.Country, Agent: m.Sector, Name: m.Name, Span: &spans[k]}
		if m.Kind == actors.Person && m.Person >= 0 && m.Person < len(ac.Persons) {
			a.Person = ac.Persons[m.Person].ID
		}
		if a.Country == "" {
			a.Country = accord.NoCountry
		}
		out = append(out, a)
	}
	return out
}

// link ties events to the mechanisms whose sessions they are, and
// commitments to the mechanisms they name.
func link(rec *accord.Record) {
	byEvent := map[string]string{}
	for _, m := range rec.Mechanisms {
		for _, s := range m.Sessions {
			if s.Event != "" {
				byEvent[s.Event] = m.ID
			}
		}
	}
	for i := range rec.Events {
		rec.Events[i].Mechanism = byEvent[rec.Events[i].ID]
	}
	for i := range rec.Commitments {
		c := &rec.Commitments[i]
		c.Mechanism = byEvent[c.Event]
	}
}

// normalise gives every list a non-nil value, so that JSON shows [] rather
// than null for "none found".
func normalise(rec *accord.Record) {
	if rec.Persons == nil {
		rec.Persons = []accord.Person{}
	}
	if rec.Actors == nil {
		rec.Actors = []accord.Actor{}
	}
	if rec.Events == nil {
		rec.Events = []accord.Event{}
	}
	if rec.Commitments == nil {
		rec.Commitments = []accord.Commitment{}
	}
	if rec.Mechanisms == nil {
		rec.Mechanisms = []accord.Mechanism{}
	}
	if rec.Times == nil {
		rec.Times = []accord.TimeExpr{}
	}
	if rec.Quotes == nil {
		rec.Quotes = []accord.Quote{}
	}
	if rec.Topics == nil {
		rec.Topics = []string{}
	}
}
