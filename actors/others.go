package actors

import (
	"strconv"
	"strings"

	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
)

// findOthers finds the actors that are not persons: states, places, bodies,
// groups, collectives ("the two sides") and generic ones ("officials").
func (p *parser) findOthers() {
	for _, s := range p.a.Sentences {
		for i := s.First; i < s.Last; {
			if p.used[i] {
				i++
				continue
			}
			if next := p.otherAt(i, s.Last); next > i {
				i = next
				continue
			}
			i++
		}
	}
}

func (p *parser) free(i, j int) bool {
	for k := i; k < j; k++ {
		if p.used[k] {
			return false
		}
	}
	return true
}

// determinedAt reports whether the word at i follows a determiner, a
// possessive or a number: "the accused", "two accused", "all accused".
func (p *parser) determinedAt(i int) bool {
	t := p.tok(i - 1)
	return t.Kind == text.Number || t.Is(text.Possessive) ||
		p.isWord(i-1, "the", "a", "an", "all", "both", "two", "three", "four", "five", "several", "some", "other",
			"these", "those", "its", "their", "his", "her", "main", "prime", "principal", "remaining")
}

func (p *parser) otherAt(i, limit int) int {
	if end := p.pairCollective(i, limit); end > i {
		p.addMention(Mention{First: i, Last: end, Span: p.bytes(i, end), Kind: Collective,
			Count: 2, Person: -1, Name: p.span(i, end)})
		return end
	}
	if !p.idx.Starts(i, kCue|kActorEntry) && !p.isCap(i) {
		return i // no cue, no actor, no capitalised name: most words
	}
	if m, ok := p.longest(i, limit, kCue); ok && p.free(i, m.Last) {
		e := m.Entries[0]
		switch e.Class {
		case "collective":
			n, _ := strconv.Atoi(e.Attr("count"))
			p.addMention(Mention{First: i, Last: m.Last, Span: p.bytes(i, m.Last), Kind: Collective,
				Count: n, Person: -1, Name: p.span(i, m.Last), Sector: e.Attr("sector")})
			return m.Last
		case "generic":
			if e.Attr("alsoverb") != "" && !p.determinedAt(i) {
				break // "Pakistan accused India": the verb, not "the accused"
			}
			if n, ok := p.actorEntry(i, limit); ok && n.Last > m.Last {
				break // "People's Liberation Army": a body's name, not "people"
			}
			end := m.Last
			p.addMention(Mention{First: i, Last: end, Span: p.bytes(i, end), Kind: Generic,
				Sector: e.Attr("sector"), Person: -1, Name: p.span(i, end)})
			return end
		}
	}
	m, ok := p.actorEntry(i, limit)
	if !ok || !p.free(i, m.Last) {
		if end, sector := p.bodyName(i, limit); end > i {
			p.addMention(Mention{First: i, Last: end, Span: p.bytes(i, end), Kind: Org,
				Sector: sector, Person: -1, Name: p.span(i, end), Country: p.innerCountry(i, end)})
			return end
		}
		return i
	}
	e := pick(m)
	kind := kindOf(e)
	first, end := i, m.Last
	country, sector, name := e.Code, e.Class, p.span(first, end)
	// "Pakistan Atomic Energy Commission", "Azerbaijan Naval Forces": a named
	// body that starts with a state or place
	if kind == Country || kind == Demonym || kind == Place || kind == Capital {
		if orgEnd, orgSector := p.bodyName(end, limit); orgEnd > end {
			kind, end, sector = Org, orgEnd, orgSector
			name = p.span(first, end)
		} else if next, ok := p.actorEntry(end, limit); ok && p.free(end, next.Last) && !p.possessiveAt(end) {
			// "Pakistani police", "US State Department", "Afghan Taliban"
			ne := pick(next)
			if k := kindOf(ne); k == Org || k == Group || k == Generic {
				kind, end, sector = k, next.Last, ne.Class
				if ne.Code != "" && ne.Code != country && k != Generic {
					country = ne.Code
				}
				name = p.span(first, end)
			}
		} else if g, ok := p.longest(end, limit, kCue); ok && g.Entries[0].Class == "generic" && p.free(end, g.Last) &&
			(kind == Demonym || g.Entries[0].Attr("alsoverb") == "") {
			// "Pakistani officials", "Afghan authorities"; "Afghan accused"
			// but not "Pakistan accused India"
			kind, end, sector = Generic, g.Last, g.Entries[0].Attr("sector")
			name = p.span(first, end)
		} else if kind == Demonym {
			// "Bahraini parliamentary delegation", "Indian political
			// leadership": a nationality before a role, words between
			if gEnd, gSector := p.genericAfter(first, end, limit); gEnd > end {
				kind, end, sector = Generic, gEnd, gSector
				name = p.span(first, end)
			}
		}
	}
	if kind == Org && country == "" {
		country = p.innerCountry(first, end)
	}
	if kind == Demonym && p.isWord(first-1, "ethnic") {
		// "ethnic Albanians" in Macedonia are a people, not Albania: their
		// state comes from the context
		kind, country = Generic, ""
	}
	p.addMention(Mention{First: first, Last: end, Span: p.bytes(first, end), Kind: kind,
		Country: country, Sector: sector, Person: -1, Name: name})
	return end
}

// pick prefers a body over a place or nationality when one phrase is both.
func pick(m lexicon.Match) *lexicon.Entry {
	for _, kind := range []string{"igo", "org", "group", "country", "demonym", "place"} {
		if e := m.Entry(kind); e != nil {
			return e
		}
	}
	return m.Entries[0]
}

func kindOf(e *lexicon.Entry) Kind {
	switch e.Kind {
	case "country":
		return Country
	case "demonym":
		return Demonym
	case "place":
		if e.Attr("type") == "capital" {
			return Capital
		}
		return Place
	case "igo":
		return IGO
	case "org":
		if e.Attr("type") == "generic" {
			return Generic
		}
		return Org
	case "group":
		return Group
	}
	return Generic
}

// capitalOrg reads a capitalised name ending in a body's head word
// ("Special Investment Facilitation Council", "Atomic Energy Commission")
// and returns its end and sector, or i.
func (p *parser) capitalOrg(i, limit int) (int, string) {
	end, sector := i, ""
	if !p.isCap(i) || p.isWord(i, "the") && p.idx.Starts(i+1, kActorEntry) {
		// "The Federal Investigation Agency (FIA)", "The Tehreek-i-Taliban
		// Pakistan": the name the dictionary knows starts after a
		// sentence's "The", and says whose body it is
		return end, sector
	}
	for k := i; k < limit && k-i < 8; k++ {
		if !p.isCap(k) && !(k > i && (p.isWord(k, "of", "for", "and", "on", "the") || p.isPunct(k, "&")) && p.isCap(k+1)) {
			break
		}
		if p.used[k] {
			break
		}
		if h, ok := p.longest(k, limit, kCue); ok && h.Entries[0].Class == "orghead" {
			end, sector = h.Last, h.Entries[0].Attr("sector")
			k = h.Last - 1
		}
	}
	if end > i && p.isPunct(end, "(") && p.tok(end+1).Flags&text.AllCaps != 0 && p.isPunct(end+2, ")") {
		end += 3
	}
	return end, sector
}

// bodyName is capitalOrg for a body standing alone, not in a title: a
// name that goes on past its head in capitalised words names a thing
// ("Extended Fund Facility", "Parliament House", "Army Public School"),
// unless the words are a place or a weekday ("Anti-Terrorism Court
// Rawalpindi", "the Senate Tuesday").
func (p *parser) bodyName(i, limit int) (int, string) {
	end, sector := p.capitalOrg(i, limit)
	if end > i && end < limit && p.isCap(end) && !p.used[end] && !p.idx.Starts(end, kStatePlace|kActorEntry) && !p.has(end, 1, kNotName) {
		return i, ""
	}
	return end, sector
}

// innerCountry is the first country named inside tokens [i, j).
func (p *parser) innerCountry(i, j int) string {
	for k := i; k < j; k++ {
		if m, ok := p.longest(k, j, kStatePlace); ok {
			if c := m.Entries[0].Code; c != "" {
				return c
			}
		}
	}
	return ""
}

// pairHead reports the nouns that, after "the two" or "both" with descriptive
// words between, stand for two parties named before: "the two
// nuclear-armed neighbours", "both brotherly countries". pairOnly are those
// that stand for two even without a number: "the foes", "the arch-rivals".
// The nouns are cues of role pair (cues.lex); "arch-rivals" is three tokens,
// read by pairCollective itself.
func (p *parser) pairHead(k int) bool {
	return p.cueWord(k, "pair")
}

var pairOnly = map[string]bool{
	"neighbours": true, "neighbors": true, "rivals": true, "foes": true, "adversaries": true, "archrivals": true,
}

// pairCollective reads "the two nuclear-armed neighbours", "both brotherly
// nations", "the foes", "the South Asian arch-rivals" at i: a determiner,
// "two" or not, up to five descriptive tokens (lower-case words, hyphens,
// capitalised words no dictionary knows) and a pairHead. It
// returns the end, or i. Collectives of other words ("the delegations",
// "the three countries") are cues of the dictionary.
// Not: a head followed by "of" ("the neighbours of Afghanistan") or by a
// name ("the rivals Pakistan and India" names them itself).
func (p *parser) pairCollective(i, limit int) int {
	if p.nextPair != nil && int(p.nextPair[min(i+1, len(p.toks))]) > i+7 || !p.isWord(i, "the", "both") {
		return i // no head near enough: most words
	}
	k, two := i+1, p.isWord(i, "both")
	if p.isWord(k, "two") && p.isWord(i, "the") {
		k, two = k+1, true
	}
	for n := 0; k < limit && n <= 5; n, k = n+1, k+1 {
		t := p.tok(k)
		if t.Kind == text.Word && p.pairHead(k) || t.Kind == text.Word && p.isWord(k-2, "arch") && p.isPunct(k-1, "-") && t.Norm == "rivals" {
			arch := t.Norm == "rivals" && p.isWord(k-2, "arch")
			if !two && (!pairOnly[t.Norm] && !arch || p.possessiveAt(k+1)) || p.isWord(k+1, "of") || p.isCap(k+1) || p.used[k] {
				return i // "the neighbours' house"
			}
			return k + 1
		}
		if p.used[k] || t.Flags&text.Possessive != 0 || t.Kind == text.Number || p.isWord(k, "and", "or", "of", "to", "in", "with",
			"three", "four", "five", "six", "several", "many", "all", "other", "some", "these", "those", "most") {
			return i // "the three neighbours" are not two
		}
		switch {
		case t.Kind == text.Word && t.Flags&(text.Cap|text.AllCaps) == 0:
		case p.isPunct(k, "-"):
		case p.isCap(k) && (!p.idx.Starts(k, kActorEntry) || k > i+1 && p.isCap(k-1) && !p.isWord(k-1, "two", "the", "both")):
			// "South Asian", "South American": a region's name, not a state
		default:
			return i
		}
	}
	return i
}

// genericAfter reads, after a nationality in the singular at [first, end),
// one or two lower-case words and an actor named by role ("Bahraini
// parliamentary delegation", "Palestinian health authorities", "US tech
// companies"), and returns its end and sector, or end. Not: words in -ed or
// -ing ("Indian sponsored khawarij" are not Indian, "Afghans living in"),
// "and", "or" (two things), a plural nationality ("Afghans said officials").
func (p *parser) genericAfter(first, end, limit int) (int, string) {
	if n := p.norm(end - 1); strings.HasSuffix(n, "s") && n != "swiss" {
		return end, ""
	}
	for k := end; k < limit && k < end+2; k++ {
		t := p.tok(k)
		if t.Kind != text.Word || t.Flags&(text.Cap|text.AllCaps) != 0 || p.used[k] ||
			strings.HasSuffix(t.Norm, "ed") || strings.HasSuffix(t.Norm, "ing") || p.isWord(k, "and", "or", "of", "to", "the", "a", "in", "on", "for", "with",
			"by", "at", "from", "under", "as", "than", "like", "but", "not", "who", "which", "that", "has", "have", "had", "is", "are", "was", "were", "will", "would", "says", "said") {
			return end, ""
		}
		if p.isWord(k+1, "the", "a", "an", "both", "all") {
			return end, "" // "Salvadoran man who the government ..."
		}
		if g, ok := p.longest(k+1, limit, kCue); ok && g.Entries[0].Class == "generic" && g.Entries[0].Attr("alsoverb") == "" && p.free(k+1, g.Last) {
			return g.Last, g.Entries[0].Attr("sector")
		}
	}
	return end, ""
}
