package events

import (
	"fmt"
	"strings"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/cameo"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
)

// Input is what the coder reads.
type Input struct {
	A      *text.Analysis
	Actors *actors.Result
	Times  []accord.TimeExpr
	// Anchor is the date relative times resolve against: the dateline's, or
	// the report's.
	Anchor time.Time
	// Home is the report's home country: the default for actors with none.
	Home string
	// Index holds the dictionary phrases of A, when another stage already
	// looked them up; nil makes Code look them up.
	Index *lexicon.Index
}

// A Coded event is an accord.Event with what the later stages need to know
// about where it came from.
type Coded struct {
	accord.Event
	Sentence    int
	First, Last int // the trigger's tokens
	Promise     bool
	What        [2]int // tokens of the promised thing, when Promise
	// Dated is set when a promise verb is followed by its time alone ("a
	// ceasefire was agreed on May 10"): the agreeing is dated, nothing is
	// promised.
	Dated   bool
	Due     *accord.TimeExpr
	Parties []string // countries of all parties, for commitments
	// Earlier is set for "the recent talks", "previous meetings": another,
	// earlier happening than the one the report is about.
	Earlier bool
	// Background is set for a past event dated more than a year before the
	// report: it takes its later mentions, then is dropped.
	Background bool
	// homeVictim is set when the target is the report's country for want of
	// a named victim: no attacker for later, unnamed attacks.
	homeVictim    bool
	SourcePersons []int
	TargetPersons []int
}

// Coder codes events. It holds read-only tables and is safe for concurrent
// use.
type Coder struct {
	Lex   *lexicon.Lexicon
	Cameo *cameo.Table
}

// New returns a Coder.
func New(lex *lexicon.Lexicon, codes *cameo.Table) *Coder {
	return &Coder{Lex: lex, Cameo: codes}
}

// Code codes the events of one report.
func (c *Coder) Code(in Input) []Coded {
	s := newSession(c, in)
	for si := range in.A.Sentences {
		s.sentence(si)
	}
	return s.finish()
}

// party is one side of an event.
type party struct {
	country, agent, name string
	person               int
	span                 *accord.Span
	mention              int // index into Actors.Mentions, or -1
}

// actor writes a party out, with the id of the person it is, if one.
func (s *session) actor(p party) accord.Actor {
	a := accord.Actor{Country: p.country, Agent: p.agent, Name: p.name, Span: p.span}
	if a.Country == "" {
		a.Country = accord.NoCountry
	}
	if p.person >= 0 && p.person < len(s.in.Actors.Persons) {
		a.Person = s.in.Actors.Persons[p.person].ID
	}
	return a
}

type session struct {
	c     *Coder
	in    Input
	toks  []text.Token
	idx   *lexicon.Index // dictionary phrases at each token
	owner []int          // actor mention covering each token, or -1
	out   []Coded
	// lastPair is the last two parties named together, for "the two sides".
	lastPair []party
	prev     prevVerb
}

func newSession(c *Coder, in Input) *session {
	idx := in.Index
	if idx == nil {
		idx = c.Lex.Scan(in.A.Tokens)
	}
	s := &session{c: c, in: in, toks: in.A.Tokens, idx: idx, owner: make([]int, len(in.A.Tokens))}
	for i := range s.owner {
		s.owner[i] = -1
	}
	for k, m := range in.Actors.Mentions {
		for i := m.First; i < m.Last; i++ {
			s.owner[i] = k
		}
	}
	return s
}

// cue returns the longest cue phrase of the given role at i, or a zero match.
func (s *session) cue(i int, role string) (lexicon.Match, bool) {
	var best lexicon.Match
	ok := false
	if !s.idx.Starts(i, cueKind) {
		return best, false
	}
	for _, m := range s.idx.At(i) {
		for _, e := range m.Entries {
			if e.Kind == "cue" && e.Class == role {
				best, ok = m, true
			}
		}
	}
	return best, ok
}

// The kinds the coder looks for at every token, made once.
var (
	cueKind   = lexicon.KindsOf("cue")
	eventKind = lexicon.KindsOf("event")
)

func (s *session) isCue(i int, role string) bool { return s.idx.HasClass(i, 0, cueKind, role) }

func (s *session) norm(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Norm
}

func (s *session) isWord(i int, words ...string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != text.Word {
		return false
	}
	for _, w := range words {
		if s.toks[i].Norm == w {
			return true
		}
	}
	return false
}

func (s *session) isPunct(i int, marks ...string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].Kind != text.Punct {
		return false
	}
	for _, m := range marks {
		if s.toks[i].Norm == m {
			return true
		}
	}
	return false
}

// trigger is an event phrase found in a sentence.
type trigger struct {
	m lexicon.Match
	e *lexicon.Entry
}

func (t trigger) noun() bool { return t.e.Attr("pos") == "noun" }

// triggers returns the event phrases of sentence [first, last) that pass
// their conditions, longest first at each position, not overlapping.
func (s *session) triggers(first, last int) []trigger {
	var out []trigger
	for i := first; i < last; i++ {
		if !s.idx.Starts(i, eventKind) {
			continue // most words trigger nothing
		}
		var best trigger
		found := false
		for _, m := range s.idx.At(i) {
			if m.Last > last || !m.HasOf(eventKind) {
				continue
			}
			for _, e := range m.Entries {
				if e.Kind != "event" {
					continue
				}
				if !s.fits(e, m, first, last) {
					continue // a noun spelt as a verb ("the visit of X") has its own entry
				}
				// the longest phrase wins; on a tie, the entry whose
				// conditions say more (needs=, prev=) is the more specific
				if !found || m.Last > best.m.Last || m.Last == best.m.Last && specific(e) > specific(best.e) {
					best, found = trigger{m, e}, true
				}
			}
		}
		if found {
			out = append(out, best)
			i = best.m.Last - 1
		}
	}
	return out
}

func specific(e *lexicon.Entry) int {
	n := 0
	if e.Attr("needs") != "" {
		n++
	}
	if e.Attr("prev") != "" {
		n++
	}
	return n
}

// fits checks a trigger's conditions: part of speech, words before and
// after, and that it is not part of a name.
func (s *session) fits(e *lexicon.Entry, m lexicon.Match, first, last int) bool {
	// a trigger inside a person's or body's name is not one ("Law
	// Enforcement Dialogue", "Security Council")
	for i := m.First; i < m.Last; i++ {
		if k := s.owner[i]; k >= 0 {
			// a lower-case body inside a phrase ("joint military exercises")
			// does not stop it; a name does
			if mk := s.in.Actors.Mentions[k]; mk.Kind == actors.Person || s.toks[i].Flags&text.Cap != 0 || m.Last-m.First == 1 {
				return false
			}
		}
	}
	noun := e.Attr("pos") == "noun"
	if noun && m.First > first && s.toks[m.First].Flags&text.Cap != 0 {
		return false
	}
	if noun && e.Form == "" && s.isWord(m.Last, "of") && false {
		return false
	}
	if !noun && m.First > first && s.toks[m.First].Flags&text.Cap != 0 {
		return false // "Martyrs", "Visit Pakistan Year": part of a name
	}
	if e.Form == "gerund" && (m.First == first || s.isWord(m.First-1, "for", "of", "by", "in", "after", "before", "without", "on", "from", "about", "against", "at", "toward", "towards")) {
		return false // "Hailing a partnership, X said", "thanked him for offering", "a meeting aimed at establishing ties"
	}
	if (e.Form == "past" || e.Form == "participle") && m.First > first+1 && s.isPunct(m.First-1, "-") && s.toks[m.First-1].Flags&text.SpaceBefore == 0 && s.toks[m.First].Flags&text.SpaceBefore == 0 {
		return false // "a UN-brokered deal", "the Saudi-backed forces": an adjective
	}
	if e.Form == "third" && !s.isCue(m.First, "be") && !s.thirdSubject(m.First, first) {
		return false // "reinstated biting sanctions", "Israeli attacks": nouns
	}
	if (e.Form == "past" || e.Form == "participle") && transitive(e.Class) && s.reducedRelative(m, last) {
		return false // "Pakistani citizens imprisoned in Qatar": a state, not an act
	}
	if (e.Form == "gerund" || e.Form == "third") && s.determined(m.First, first) {
		return false // "a separate meeting with": a noun
	}
	if e.Form == "gerund" && m.First > first {
		p := s.toks[m.First-1]
		if (p.Flags&(text.Cap|text.Possessive) != 0 && p.Kind == text.Word || p.Kind == text.Number || p.Norm == ")") && s.withSubject(m.First, first) == nil {
			return false // "the Abbey Gate bombing", "an SCO (SCO) meeting": a noun
		}
	}
	if !noun && e.Class == "CONSULT" && m.Last-m.First > 1 && s.inTime(m.Last-1) {
		return false // "called on Saturday for talks": "call" and a time, no visit
	}
	if e.Attr("next") == "actor" {
		j := m.Last
		if s.isWord(j, "the") {
			j++
		}
		if j >= last || s.owner[j] < 0 {
			return false // "NAB has proceeded to seize": no place follows
		}
	}
	if na := e.Attr("notafter"); na != "" && inList(na, s.norm(m.First-1)) {
		return false
	}
	if e.Attr("intrans") != "" && m.Last < last {
		if n := s.toks[m.Last]; n.Kind == text.Word && !locativeWord(n.Norm) && !strings.HasSuffix(n.Norm, "ly") && n.Norm != "and" {
			return false // "demonstrated solidarity": not a protest
		}
	}
	if !noun {
		// a verb form right after a determiner is a noun ("the visit")
		if s.isWord(m.First-1, "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "your") && e.Form != "past" {
			return false
		}
		if e.Form == "" && e.Attr("role") != "demand" && !s.baseVerb(m.First, first) {
			return false // "US support": a noun
		}
		if e.Form == "past" && m.Last-m.First == 1 && m.First > first && s.attributive(m.First-1) {
			return false // "the arrested men", "over alleged collusion", "34 detained suspects": an adjective
		}
		if e.Form == "past" && m.Last-m.First == 1 && m.First > first+1 && s.adverb(m.First-1) && s.isWord(m.First-2, "the", "a", "an", "his", "its", "their", "our", "these", "those", "of") && !s.isWord(m.Last, "to", "by", "that") {
			return false // "a widely condemned operation", "of illegally detained leaders"; not "ran off with allegedly threatened"
		}
	}
	if p := e.Attr("prev"); p != "" {
		// a nationality counts as a determiner: "Israeli attacks", "Indian aggression"
		demonym := m.First > first && s.owner[m.First-1] >= 0 && s.in.Actors.Mentions[s.owner[m.First-1]].Kind == actors.Demonym
		if !inList(p, s.norm(m.First-1)) && !demonym {
			return false
		}
	}
	if n := e.Attr("needs"); n != "" {
		ok := false
		for k := m.Last; k < min(last, m.Last+8); k++ {
			if inList(n, s.norm(k)) {
				ok = true
				break
			}
		}
		// a passive names the thing before: "the 12th round of the Dialogue was held"
		for k := m.First - 1; !ok && k >= max(first, m.First-12) && s.isCue(m.First-1, "be"); k-- {
			if inList(n, s.norm(k)) {
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

// baseVerb reports whether a base form at i is a verb: after "to", a modal,
// "not", "do", a plural pronoun, or a plural or joint subject ("Naqvi, Blome
// discuss", "the two sides agree"), or opening a sentence as an imperative.
func (s *session) baseVerb(i, first int) bool {
	j := i - 1
	for j >= first && (strings.HasSuffix(s.norm(j), "ly") || s.isWord(j, "also", "jointly", "further", "again", "not", "never")) {
		if s.isWord(j, "not", "never") {
			return true
		}
		j--
	}
	if j < first {
		return true
	}
	if s.isWord(j, "to", "will", "would", "shall", "can", "could", "may", "might", "must", "should", "did", "do", "does",
		"they", "we", "i", "you", "n't", "'ll", "and", "or", "let", "help", "helps", "helped") && !s.monthMay(j) {
		return true
	}
	k := s.owner[j]
	if k < 0 {
		return false
	}
	m := s.in.Actors.Mentions[k]
	switch m.Kind {
	case actors.Collective:
		return true
	case actors.Generic:
		return strings.HasSuffix(s.norm(j), "s") || s.isWord(j, "police", "people", "personnel")
	}
	// "Pakistan and Iran agree", "Naqvi, Blome discuss"
	p := m.First - 1
	if s.isWord(p, "the") {
		p--
	}
	if p >= first && s.owner[max(p-1, 0)] >= 0 && (s.isWord(p, "and") || s.isPunct(p, ",")) {
		return true
	}
	return false
}

// attributive reports whether a past form after token p describes a noun:
// p is a determiner, a preposition or a number, where no finite verb can
// stand. "that", "this" and "her" may be subjects or objects ("the group
// that attacked", "had her arrested"), and a year is a time ("Iran in 2015
// negotiated").
func (s *session) attributive(p int) bool {
	if t := s.toks[p]; t.Kind == text.Number {
		return len(t.Norm) != 4 || !strings.HasPrefix(t.Norm, "19") && !strings.HasPrefix(t.Norm, "20")
	}
	return s.isWord(p, "the", "a", "an", "his", "its", "their", "our", "your", "these", "those",
		"of", "over", "about", "for", "on", "into", "against", "with", "from", "in", "among", "amid", "under")
}

// adverb reports whether token i is an adverb in -ly: lower case, and not
// one of the nouns so spelt ("the family refused").
func (s *session) adverb(i int) bool {
	t := s.toks[i]
	if t.Kind != text.Word || t.Flags&text.Cap != 0 || len(t.Norm) < 5 || !strings.HasSuffix(t.Norm, "ly") {
		return false
	}
	switch t.Norm {
	case "family", "assembly", "rally", "supply", "monopoly", "anomaly", "homily":
		return false
	}
	return true
}

// thirdSubject reports whether a third-person form at i has a subject right
// before it: an actor that is not a nationality, or a pronoun.
func (s *session) thirdSubject(i, first int) bool {
	j := i - 1
	for j >= first && (strings.HasSuffix(s.norm(j), "ly") || s.isWord(j, "also", "now", "again", "still", "often")) {
		j--
	}
	if j < first {
		return true // a headline: "Naqvi meets Blome"
	}
	if s.isWord(j, "he", "she", "it", "who", "which", "that") {
		return true
	}
	k := s.owner[j]
	if k < 0 {
		return false
	}
	m := s.in.Actors.Mentions[k]
	if s.isWord(m.First-1, "its", "their", "his", "her", "our", "your") {
		return false // "its European Community partners": the name modifies a noun
	}
	return m.Kind != actors.Demonym && !m.Possessive
}

// transitive types are done to someone, so a participle of theirs after a
// noun can describe it ("citizens imprisoned in Qatar"); a protest cannot.
func transitive(t string) bool {
	switch t {
	case "COERCE", "ASSAULT", "SANCTION", "COOPERATE", "AID":
		return true
	}
	return false
}

// reducedRelative reports whether a past participle describes a noun
// before it ("citizens imprisoned in Qatar", "suspects held since May")
// rather than telling what someone did.
func (s *session) reducedRelative(m lexicon.Match, last int) bool {
	if m.First == 0 || m.Last >= last {
		return false
	}
	k := s.owner[m.First-1]
	if k < 0 {
		return false
	}
	if mk := s.in.Actors.Mentions[k]; mk.Kind != actors.Generic && mk.Kind != actors.Demonym {
		return false
	}
	return s.isWord(m.Last, "in", "at", "on", "during", "since", "for", "from", "under", "over", "last", "earlier")
}

// determined reports whether a determiner stands before token i, with at
// most two lower-case words between: "a separate", "the first".
func (s *session) determined(i, first int) bool {
	for j := i - 1; j >= max(first, i-3); j-- {
		if s.isWord(j, "a", "an", "the", "this", "that", "his", "her", "its", "their", "our") {
			return true
		}
		if s.toks[j].Kind != text.Word || s.toks[j].Flags&text.Cap != 0 || s.owner[j] >= 0 {
			return false
		}
	}
	return false
}

func locativeWord(w string) bool { return locative[w] || w == "outside" || w == "against" }

func inList(list, w string) bool {
	if w == "" {
		return strings.HasPrefix(list, ",") || strings.HasSuffix(list, ",") || strings.Contains(list, ",,")
	}
	// find w, then check that it is a whole item: called for many words
	// near every trigger, this spares cutting the list each time
	for off := 0; off < len(list); {
		i := strings.Index(list[off:], w)
		if i < 0 {
			return false
		}
		i += off
		if j := i + len(w); (i == 0 || list[i-1] == ',') && (j == len(list) || list[j] == ',') {
			return true
		}
		off = i + 1
	}
	return false
}

// finish folds repeated mentions of one happening and numbers the events.
func (s *session) finish() []Coded {
	var out []Coded
	for _, e := range s.out {
		if k := s.sameHappening(out, e); k >= 0 {
			out[k].Mentions = addEvidence(out[k].Mentions, out[k].Evidence, e.Evidence)
			if out[k].Date == "" && e.Date != "" {
				out[k].Date, out[k].Time = e.Date, e.Time
			}
			continue
		}
		out = append(out, e)
	}
	kept := out[:0]
	for _, e := range out {
		if !e.Background {
			kept = append(kept, e)
		}
	}
	out = kept
	for i := range out {
		out[i].ID = fmt.Sprintf("e%d", i+1)
	}
	return out
}

// addEvidence adds a sentence to an event's mentions once, and not when
// it is the event's own evidence.
func addEvidence(list []accord.Evidence, own, ev accord.Evidence) []accord.Evidence {
	if ev.Span == own.Span {
		return list
	}
	for _, x := range list {
		if x.Span == ev.Span {
			return list
		}
	}
	return append(list, ev)
}

// sameHappening returns the index of an event in out that e reports again:
// the same meeting between the same parties, or the same event coded twice
// from one sentence.
func (s *session) sameHappening(out []Coded, e Coded) int {
	for k := range out {
		o := &out[k]
		if o.Type != e.Type || !samePair(o.Event, e.Event) {
			continue
		}
		if o.Date != "" && e.Date != "" && !strings.HasPrefix(o.Date, e.Date) && !strings.HasPrefix(e.Date, o.Date) {
			continue
		}
		if o.Sentence != e.Sentence && (o.Date == "" && e.Date != "" || e.Place != "" && e.Place != o.Place || e.Earlier) {
			continue // a later, dated or placed happening, or "the recent talks", is another one
		}
		if disjoint(o.SourcePersons, e.SourcePersons) || disjoint(o.TargetPersons, e.TargetPersons) {
			continue // the same pair of states, but other people: another meeting
		}
		if o.Sentence != e.Sentence && len(o.TargetPersons) == 0 && len(e.TargetPersons) > 0 && !s.definite(e.First) {
			continue // "called on the leadership of X ... called on Commander Y": a meeting with someone named
		}
		if o.Sentence == e.Sentence && o.Cameo == e.Cameo {
			return k
		}
		if e.Type == "CONSULT" && o.Tense == e.Tense && (o.Mode == e.Mode || e.Mode == "" || o.Mode == "") {
			return k
		}
	}
	return -1
}

// disjoint reports whether two non-empty lists of persons share no one.
func disjoint(a, b []int) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return false
			}
		}
	}
	return true
}

func samePair(a, b accord.Event) bool {
	if a.Source.Country == b.Source.Country && a.Target.Country == b.Target.Country {
		return true
	}
	return (a.Symmetric || b.Symmetric) && a.Source.Country == b.Target.Country && a.Target.Country == b.Source.Country
}
