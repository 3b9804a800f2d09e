package actors

import (
	"github.com/accord-events/accord"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
	"sync"
)

// Kind is what an actor mention names.
type Kind uint8

const (
	Person     Kind = iota + 1
	Country         // a state by name: "Pakistan", "the United States"
	Demonym         // a nationality: "Pakistani", "Afghan"
	Capital         // a capital standing for its government: "Islamabad", "Tehran"
	Place           // another place: a city, province or district
	Org             // a government body, force, court, party, company or medium
	IGO             // an international body
	Group           // a militant or other non-state armed group
	Collective      // "the two sides", "both governments"
	Generic         // "officials", "the government", "police": country from context
)

var kindNames = [...]string{"", "person", "country", "demonym", "capital", "place", "org", "igo", "group", "collective", "generic"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// A Mention is one place in the text that names an actor.
type Mention struct {
	First, Last int // tokens [First, Last)
	accord.Span
	Kind    Kind
	Country string // "" when unknown
	Sector  string
	Name    string // the person's full name, or the text naming the actor
	Person  int    // index into Result.Persons, or -1
	// Ref says how a person mention refers: name, alias, role or pronoun.
	Ref accord.MentionKind
	// Possessive is set when the mention is followed by 's ("Pakistan's").
	Possessive bool
	// Count is the number of parties a collective mention stands for.
	Count int
	// Title is the token range of a title phrase attached to a person
	// mention (before or after the name), or 0,0.
	TitleFirst, TitleLast int
}

// Result is what Find returns.
type Result struct {
	Persons  []accord.Person
	Mentions []Mention // in text order, not overlapping
	// Home is the report's home country used for defaults.
	Home string
}

// Finder finds actors. It holds only read-only dictionaries and is safe for
// concurrent use.
type Finder struct {
	Lex     *lexicon.Lexicon
	scratch sync.Pool // of *scratch
}

// New returns a Finder using lex.
func New(lex *lexicon.Lexicon) *Finder { return &Finder{Lex: lex} }

// Find finds the actors of a. home is the report's home country (from the
// dateline), or "" to let Find pick the country the report names most.
func (f *Finder) Find(a *text.Analysis, home string) *Result {
	return f.FindIndexed(a, f.Lex.Scan(a.Tokens), home)
}

// FindIndexed is Find with the dictionary phrases of a already looked up
// (lexicon.Scan), so that stages share one lookup.
func (f *Finder) FindIndexed(a *text.Analysis, idx *lexicon.Index, home string) *Result {
	sc, _ := f.scratch.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer f.scratch.Put(sc)
	p := newParser(f.Lex, a, idx, sc)
	p.headsAhead()
	p.homeGiven = home != ""
	if home == "" {
		home = p.mostNamedCountry()
	}
	p.home = home
	p.findPersons()
	p.findOthers()
	p.resolve()
	return p.result()
}
