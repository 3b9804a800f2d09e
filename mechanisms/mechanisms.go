// Package mechanisms finds the named, standing channels between parties that
// a report speaks of: dialogues, joint commissions, working groups,
// committees and consultations, with their parties and the session the
// report tells of.
//
// In: tokens (package text), the dictionaries (package lexicon: mechanism
// heads), the actors (package actors) and the coded events (package events).
// Out: accord.Mechanisms, one per mechanism however often it is named, with
// aliases, parties, mentions and sessions.
//
// A mechanism is a capitalised name ending in a head ("Law Enforcement
// Dialogue", "Pakistan-Kyrgyzstan Intergovernmental Commission", "Joint
// Coordination Committee (JCC)"), or a lower-case joint body that the report
// says is formed or agreed ("agreed to form a joint committee"). Domestic
// bodies (a cabinet committee) and one-off conferences are not mechanisms:
// a capitalised committee or commission must be joint, bilateral or
// intergovernmental, or carry a pair of countries in its name.
package mechanisms

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/events"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
)

// Finder finds mechanisms; it is safe for concurrent use.
type Finder struct{ Lex *lexicon.Lexicon }

// New returns a Finder.
func New(lex *lexicon.Lexicon) *Finder { return &Finder{Lex: lex} }

type found struct {
	m             accord.Mechanism
	key           string
	acronym       string
	firstSentence int
}

// Find returns the mechanisms of a report.
func (f *Finder) Find(a *text.Analysis, ac *actors.Result, evs []events.Coded, home string) []accord.Mechanism {
	return f.FindIndexed(a, f.Lex.Scan(a.Tokens), ac, evs, home)
}

// startsAny reports whether a phrase of one of kinds starts at any of the
// first n tokens.
func startsAny(idx *lexicon.Index, n int, kinds lexicon.KindSet) bool {
	for i := 0; i < n; i++ {
		if idx.Starts(i, kinds) {
			return true
		}
	}
	return false
}

// mechanismKind is the kind FindIndexed looks up at every token, made once;
// cueKind the kind of the words formed and topical ask about.
var (
	mechanismKind = lexicon.KindsOf("mechanism")
	cueKind       = lexicon.KindsOf("cue")
)

// FindIndexed is Find with the dictionary phrases of a already looked up.
func (f *Finder) FindIndexed(a *text.Analysis, idx *lexicon.Index, ac *actors.Result, evs []events.Coded, home string) []accord.Mechanism {
	if !startsAny(idx, len(a.Tokens), mechanismKind) {
		return nil // most reports name no dialogue or commission
	}
	owner := make([]int, len(a.Tokens))
	for i := range owner {
		owner[i] = -1
	}
	for k, m := range ac.Mentions {
		for i := m.First; i < m.Last; i++ {
			owner[i] = k
		}
	}
	var list []*found
	byKey := map[string]*found{}
	for si, s := range a.Sentences {
		for i := s.First; i < s.Last; i++ {
			if !idx.Starts(i, mechanismKind) {
				continue
			}
			head, ok := idx.LongestOf(i, s.Last, mechanismKind)
			if !ok || head.Last > s.Last {
				continue
			}
			first, last, named := nameBounds(a, s, head)
			if !named && !formed(a, idx, s, first) && !topical(a, idx, s, &first, head) {
				i = head.Last - 1
				continue
			}
			if named && !bilateral(a, f.Lex, first, last, head) {
				i = head.Last - 1
				continue
			}
			name := strings.Trim(clean(a.SpanText(first, last)), " “”\"'")
			base, pair := splitPair(a, f.Lex, first, last)
			key := strings.ToLower(strings.ReplaceAll(base, "-", ""))
			key = strings.ReplaceAll(key, " ", "")
			fd := byKey[key]
			if fd == nil {
				fd = &found{key: key, firstSentence: si, m: accord.Mechanism{Name: name, Kind: head.Entries[0].Class,
					Aliases: []string{}, Mentions: []accord.Mention{}}}
				byKey[key] = fd
				list = append(list, fd)
			}
			mech := &fd.m
			if name != mech.Name {
				addAlias(mech, name)
			}
			if base != name && base != mech.Name {
				addAlias(mech, base)
			}
			end := last
			if acr := acronymAfter(a, last); acr != "" {
				fd.acronym = acr
				addAlias(mech, acr)
				end = last + 3
			}
			mech.Mentions = append(mech.Mentions, accord.Mention{
				Span: accord.Span{Start: a.Tokens[first].Start, End: a.Tokens[end-1].End},
				Text: clean(a.SpanText(first, end)), Kind: accord.MentionName})
			parties := pair
			if len(parties) == 0 {
				parties = sentenceParties(evs, si)
			}
			if len(parties) == 0 {
				parties = sentenceCountries(ac, s, home)
			}
			mech.Parties = accord.JoinCountries(mech.Parties, parties)
			if formed(a, idx, s, first) {
				mech.New = true
			}
			if sess, ok := session(a, ac, evs, si, s, first); ok {
				mech.Sessions = append(mech.Sessions, sess)
			}
			i = end - 1
		}
	}
	later(a, ac, evs, list)
	var out []accord.Mechanism
	for _, fd := range list {
		sort.Strings(fd.m.Parties)
		if len(fd.m.Parties) < 2 && !fd.m.New {
			// "the Islamabad Security Dialogue": a channel needs two parties;
			// one is a conference or a domestic body
			continue
		}
		fd.m.ID = fmt.Sprintf("m%d", len(out)+1)
		out = append(out, fd.m)
	}
	return out
}

// later finds the later mentions of mechanisms already named: their
// acronym ("The JCC reviewed ...") and, for the last one named, "the
// dialogue", "the commission" of its kind; each with the session its
// sentence reports.
func later(a *text.Analysis, ac *actors.Result, evs []events.Coded, list []*found) {
	if len(list) == 0 {
		return
	}
	named := map[int]bool{} // sentences that already name a mechanism
	for _, fd := range list {
		for _, m := range fd.m.Mentions {
			if si := a.SentenceOf(tokenAt(a, m.Start)); si >= 0 {
				named[si] = true
			}
		}
	}
	for si, s := range a.Sentences {
		if named[si] {
			continue
		}
		for i := s.First; i < s.Last; i++ {
			var fd *found
			end := i + 1
			for _, f := range list {
				if f.acronym != "" && a.Raw(i) == f.acronym {
					fd = f
				}
			}
			if fd == nil && a.Tokens[i].Norm == "the" && i+1 < s.Last && a.Tokens[i+1].Flags&text.Cap == 0 {
				// "the dialogue", "the commission": the last mechanism of that kind
				for _, f := range list {
					if a.Tokens[i+1].Norm == f.m.Kind && f.firstSentence < si {
						fd, end = f, i+2
					}
				}
			}
			if fd == nil {
				continue
			}
			fd.m.Mentions = append(fd.m.Mentions, accord.Mention{
				Span: accord.Span{Start: a.Tokens[i].Start, End: a.Tokens[end-1].End},
				Text: a.SpanText(i, end), Kind: accord.MentionAlias})
			if sess, ok := session(a, ac, evs, si, s, i); ok {
				fd.m.Sessions = append(fd.m.Sessions, sess)
			}
			break
		}
	}
}

// tokenAt is the index of the token starting at byte offset b, or -1.
func tokenAt(a *text.Analysis, b int) int {
	lo, hi := 0, len(a.Tokens)
	for lo < hi {
		m := (lo + hi) / 2
		if a.Tokens[m].Start < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(a.Tokens) && a.Tokens[lo].Start == b {
		return lo
	}
	return -1
}

// nameBounds extends a head back over the capitalised words of the name
// ("US-Pakistan Counterterrorism", "Law Enforcement") and tells whether it
// is a name (capitalised) or a common noun ("a joint committee").
func nameBounds(a *text.Analysis, s text.Sentence, head lexicon.Match) (first, last int, named bool) {
	first, last = head.First, head.Last
	capHead := a.Tokens[head.Last-1].Flags&(text.Cap|text.AllCaps) != 0
	if !capHead {
		// "a joint committee", "joint working group on counter-terrorism"
		for first > s.First && a.Tokens[first-1].Kind == text.Word && (a.Tokens[first-1].Norm == "joint" || a.Tokens[first-1].Norm == "bilateral") {
			first--
		}
		return first, last, false
	}
	// "Joint Working Group on Counter-Terrorism": a capitalised complement
	if k := last; k+1 < s.Last && (a.Tokens[k].Norm == "on" || a.Tokens[k].Norm == "for") && a.Tokens[k+1].Flags&text.Cap != 0 {
		j := k + 1
		for j < s.Last && (a.Tokens[j].Flags&(text.Cap|text.AllCaps) != 0 && a.Tokens[j].Kind == text.Word ||
			a.Tokens[j].Norm == "-" && a.Tokens[j].Flags&text.SpaceBefore == 0 || a.Tokens[j].Norm == "and" && j+1 < s.Last && a.Tokens[j+1].Flags&text.Cap != 0) {
			j++
		}
		if j > k+1 && !timeWord(a.Tokens[j-1].Norm) {
			last = j
		}
	}
	for k := head.First - 1; k >= s.First && k >= head.First-6; k-- {
		t := a.Tokens[k]
		switch {
		case t.Kind == text.Word && t.Flags&(text.Cap|text.AllCaps) != 0 && t.Flags&text.Possessive == 0:
			if k == s.First && isStarter(t.Norm) {
				return first, last, true
			}
			first = k
		case t.Kind == text.Word && t.Flags&text.SpaceBefore == 0 && k > s.First && a.Tokens[k-1].Norm == "-" && a.Tokens[k-1].Flags&text.SpaceBefore == 0:
			first = k // "Counter-terrorism": a lower-case part joined to a capitalised one
		case t.Kind == text.Punct && t.Norm == "-" && t.Flags&text.SpaceBefore == 0 && k > s.First && a.Tokens[k-1].Flags&(text.Cap|text.AllCaps) != 0:
			first = k
		default:
			return first, last, true
		}
	}
	return first, last, true
}

func timeWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

func isStarter(w string) bool {
	switch w {
	case "the", "a", "an", "in", "at", "during", "under", "on", "after", "before", "this", "its", "their":
		return true
	}
	return false
}

// bilateral reports whether a capitalised name is a channel between parties
// rather than a domestic body: a dialogue or consultations, or a committee or
// commission that is joint, bilateral, intergovernmental or carries a pair of
// countries.
func bilateral(a *text.Analysis, lex *lexicon.Lexicon, first, last int, head lexicon.Match) bool {
	if head.Last-head.First == 1 && first == head.First {
		return false // "Dialogue" alone is no name
	}
	kind := head.Entries[0].Class
	words := strings.ToLower(a.SpanText(first, last))
	if strings.Contains(words, "national") || strings.Contains(words, "inter-party") || strings.Contains(words, "grand") {
		return false
	}
	switch kind {
	case "dialogue", "consultations", "mechanism":
		return true
	}
	if strings.Contains(words, "joint") || strings.Contains(words, "bilateral") || strings.Contains(words, "intergovernmental") || strings.Contains(words, "inter-governmental") {
		return true
	}
	_, pair := splitPair(a, lex, first, last)
	return len(pair) >= 2
}

// topical reports whether a lower-case dialogue or consultations head is
// preceded by the subject of a standing channel, and moves first back over
// it: "another counter-terrorism dialogue". The words that name the subject of a standing dialogue in lower case
// ("another counter-terrorism dialogue", "the strategic dialogue") are cues
// of role subject (cues.lex).
func topical(a *text.Analysis, idx *lexicon.Index, s text.Sentence, first *int, head lexicon.Match) bool {
	if k := head.Entries[0].Class; k != "dialogue" && k != "consultations" {
		return false
	}
	k := head.First - 1
	if k-2 >= s.First && a.Tokens[k-1].Norm == "-" {
		k -= 2 // "counter-terrorism" is three tokens
	} else if k < s.First {
		return false
	}
	if !idx.HasClass(k, head.First-k, cueKind, "subject") {
		return false
	}
	*first = k
	return true
}

// formed reports whether the sentence says a lower-case joint body is
// formed, agreed or set up, which makes it a mechanism: a cue of role formed
// (cues.lex: form, established, set, launch, ...) in the six words before it.
func formed(a *text.Analysis, idx *lexicon.Index, s text.Sentence, before int) bool {
	for k := max(s.First, before-6); k < before; k++ {
		if idx.HasClass(k, 1, cueKind, "formed") {
			return true
		}
	}
	return false
}

// splitPair reads a pair of countries at the start of a name ("US-Pakistan
// Counterterrorism Dialogue") and returns the rest of the name and the pair.
func splitPair(a *text.Analysis, lex *lexicon.Lexicon, first, last int) (string, []string) {
	var codes []string
	k := first
	for k < last {
		m, ok := lex.Longest(a.Tokens, k, "country", "demonym")
		if !ok || m.Last > last {
			break
		}
		codes = append(codes, m.Entries[0].Code)
		k = m.Last
		if k < last && a.Tokens[k].Norm == "-" {
			k++
			continue
		}
		break
	}
	if len(codes) < 2 {
		return clean(a.SpanText(first, last)), nil
	}
	return clean(a.SpanText(k, last)), codes
}

// acronymAfter reads "(JCC)" right after a name.
func acronymAfter(a *text.Analysis, i int) string {
	if i+2 < len(a.Tokens) && a.Tokens[i].Norm == "(" && a.Tokens[i+1].Flags&text.AllCaps != 0 && a.Tokens[i+2].Norm == ")" {
		return a.Raw(i + 1)
	}
	return ""
}

// sentenceParties are the countries of the events coded from a sentence.
func sentenceParties(evs []events.Coded, si int) []string {
	var out []string
	for _, ev := range evs {
		if ev.Sentence == si && (ev.Type == "AGREE" || ev.Type == "CONSULT") {
			out = accord.JoinCountries(out, ev.Parties)
			out = accord.JoinCountries(out, []string{ev.Source.Country, ev.Target.Country})
		}
	}
	return out
}

// sentenceCountries are the states the sentence names, with the home
// country, when no event gives the parties.
func sentenceCountries(ac *actors.Result, s text.Sentence, home string) []string {
	var out []string
	for _, m := range ac.Mentions {
		if m.First >= s.First && m.Last <= s.Last && (m.Kind == actors.Country || m.Kind == actors.Demonym || m.Kind == actors.Capital) {
			out = accord.JoinCountries(out, []string{m.Country})
		}
	}
	if len(out) == 1 && home != "" && out[0] != home {
		out = accord.JoinCountries([]string{home}, out)
	}
	return out
}

// session is the meeting of the mechanism that the sentence reports, if an
// event of the sentence is one: its tense, date, place and chairs.
func session(a *text.Analysis, ac *actors.Result, evs []events.Coded, si int, s text.Sentence, first int) (accord.Session, bool) {
	for _, ev := range evs {
		if ev.Sentence != si || ev.Type != "CONSULT" && ev.Type != "AGREE" {
			continue
		}
		sess := accord.Session{Tense: ev.Tense, Date: ev.Date, Time: ev.Time, Place: ev.Place,
			Event: ev.ID, Evidence: ev.Evidence, Ordinal: ordinal(a, s, first)}
		if ev.Promise {
			// "agreed to hold the dialogue in October": a planned session
			sess.Tense, sess.Date, sess.Time = accord.Future, "", ev.Due
			if ev.Due != nil {
				sess.Date = ev.Due.Value
			}
		}
		if ev.Type == "CONSULT" {
			for _, p := range append(append([]int{}, ev.SourcePersons...), ev.TargetPersons...) {
				if p >= 0 && p < len(ac.Persons) {
					sess.Chairs = append(sess.Chairs, ac.Persons[p].ID)
				}
			}
		}
		return sess, true
	}
	return accord.Session{}, false
}

// ordinal reads "the 3rd round of", "the second session of" before a name.
func ordinal(a *text.Analysis, s text.Sentence, first int) int {
	words := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
		"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
	for k := first - 1; k >= max(s.First, first-6); k-- {
		w := a.Tokens[k].Norm
		if n, ok := words[w]; ok {
			return n
		}
		if a.Tokens[k].Kind == text.Number {
			digits := strings.TrimRight(w, "stndrh")
			if n, err := strconv.Atoi(digits); err == nil && n > 0 && n < 200 && digits != w {
				return n
			}
		}
	}
	return 0
}

func addAlias(m *accord.Mechanism, alias string) {
	if alias == "" || strings.EqualFold(alias, m.Name) {
		return
	}
	for _, a := range m.Aliases {
		if strings.EqualFold(a, alias) {
			return
		}
	}
	m.Aliases = append(m.Aliases, alias)
}

// clean drops soft hyphens and zero-width characters.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			return -1
		}
		return r
	}, s)
}
