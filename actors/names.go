package actors

import (
	"strings"

	"github.com/accord-events/accord/text"
)

// particles may stand inside a name in lower case: "Mohammed bin Salman",
// "Fazl-ur-Rehman", "Ursula von der Leyen".
var particles = map[string]bool{
	"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "ul": true,
	"ud": true, "ur": true, "us": true, "e": true, "de": true, "da": true, "van": true,
	"von": true, "der": true, "du": true, "la": true, "le": true, "di": true,
	"dos": true, "das": true, "del": true, "ter": true, "den": true, "ten": true,
}

// given reports whether token i is a given name (not a name prefix).
func (p *parser) given(i int) bool {
	if !p.idx.Starts(i, kGiven) {
		return false // most words: answered without a call
	}
	m, ok := p.longest(i, i+1, kGiven)
	if !ok {
		return false
	}
	for _, e := range m.Entries {
		if e.Attr("prefix") == "" {
			return true
		}
	}
	return false
}

// prefix reports whether token i is a name prefix such as Syed or Chaudhry.
func (p *parser) prefix(i int) bool {
	if !p.idx.Starts(i, kGiven) {
		return false
	}
	m, ok := p.longest(i, i+1, kGiven)
	return ok && m.Entries[0].Attr("prefix") != ""
}

// styleAt returns the end of a run of ranks and honorifics at i ("Field
// Marshal", "Dr.", "Senator Engineer"), or i when there is none; rank is the
// match of the last rank seen.
func (p *parser) styleAt(i, limit int) (end int, rank *title) {
	end = i
	if len(p.idx.At(i)) == 0 {
		return end, nil // styles are all in the dictionaries
	}
	for n := 0; n < 3 && end < limit; n++ {
		m, ok := p.longest(end, limit, kStyle)
		if !ok {
			// a one-word title used as a style before a name: "Senator
			// Mohammad Ishaq Dar", "Ambassador Syed Ali Asad Gillani"
			if h, _, ok2 := p.headAt(end, limit); ok2 && p.isCap(end) && h.Last-h.First == 1 {
				if n := h.Last; p.nameStarts(n) || p.has(n, 0, kStyle) || p.nameTokenAt(n) && p.nameTokenAt(n+1) {
					m, ok = h, true
				}
			}
		}
		if !ok {
			return end, rank
		}
		if m.Entry("rank") != nil || m.Entry("title") != nil {
			r := title{Start: end, First: end, Last: m.Last, Head: m, Rank: true, Sector: entryClass(m)}
			if e := m.Entries[0]; e.Attr("expand") != "" {
				r.Expand = e.Attr("expand")
			}
			rank = &r
		}
		end = m.Last
		if p.isPunct(end, ".") && p.tok(end).Flags&text.SpaceBefore == 0 {
			end++ // "Dr." "Gen."
		}
		if p.isPunct(end, "(") && p.isWord(end+1, "retd", "r", "retired") && p.isPunct(end+2, ")") {
			end += 3 // "Lieutenant General (Retd)"
		}
	}
	return end, rank
}

// nameTokenAt reports whether token i can be a word of a person's name.
func (p *parser) nameTokenAt(i int) bool {
	if !p.isCap(i) || p.used[i] {
		return false
	}
	if p.has(i, 0, kPerson) || p.given(i) || p.prefix(i) {
		return true
	}
	if p.has(i, 1, kNotName) {
		return false
	}
	if p.has(i, 0, kBody) {
		return false
	}
	return true
}

// nameStarts reports whether a person's name (possibly after a style such
// as Dr or General) begins at token i.
func (p *parser) nameStarts(i int) bool {
	if !p.isCap(i) {
		return false
	}
	if p.has(i, 0, kPerson) {
		return true
	}
	if end, _ := p.styleAt(i, len(p.toks)); end > i {
		return p.isCap(end) && p.nameTokenAt(end) && !p.has(end, 1, kCue)
	}
	if p.prefix(i) {
		return p.isCap(i + 1)
	}
	if p.given(i) && particles[p.norm(i+1)] {
		k := i + 2
		if particles[p.norm(k)] && p.tok(k).Flags&text.Cap == 0 {
			k++ // "Hans van den Broek"
		}
		if p.isCap(k) || p.isPunct(k, "-") && p.isCap(k+1) {
			return true // "Adel bin Ahmed Al-Jubeir", "Omar al-Kassim"
		}
	}
	return p.given(i) && p.nameTokenAt(i+1)
}

// parseName reads a person's name at i: one to five name words, with
// initials ("Charlotte L. Warakaulle"), particles ("bin Salman") and hyphened
// parts ("Fazl-ur-Rehman"). It returns the end, or i when there is no name.
func (p *parser) parseName(i, limit int) int {
	if m, ok := p.longest(i, limit, kPerson); ok {
		end := m.Last
		for end < limit && p.nameTokenAt(end) && !p.has(end, 0, kPerson) && end-i < 5 {
			end++
		}
		return end
	}
	end, words := i, 0
	for end < limit && words < 5 {
		switch {
		case p.nameTokenAt(end) && (words == 0 || !p.has(end, 0, kPlace) || p.given(end) || p.has(end, 0, kPerson)):
			end++
			words++
			// an initial: "L." with the stop glued to it
			if len(p.norm(end-1)) == 1 && p.isPunct(end, ".") && p.tok(end).Flags&text.SpaceBefore == 0 && p.isCap(end+1) {
				end++
			}
		case words > 0 && p.isPunct(end, "-") && p.tok(end).Flags&text.SpaceBefore == 0 && p.tok(end+1).Kind == text.Word && p.tok(end+1).Flags&text.SpaceBefore == 0 &&
			!p.suffixWord(end+1):
			end += 2 // Fazl-ur, Al-Thani, Sang-mok
		case words > 0 && particles[p.norm(end)] && p.tok(end).Flags&text.Cap == 0 && (p.isCap(end+1) || particles[p.norm(end+1)] && p.isCap(end+2)):
			end++ // "bin Salman", "van den Broek"
		case words > 0 && particles[p.norm(end)] && p.isPunct(end+1, "-") && p.tok(end+1).Flags&text.SpaceBefore == 0 && p.isCap(end+2):
			end += 3 // "Omar Abu al-Kass", "Mohammed al-Mughayyir"
			words++
		default:
			return p.trimName(i, end)
		}
	}
	return p.trimName(i, end)
}

// acronym reports whether token i is written in capitals and is no name the
// dictionaries know: "the official CTK news agency".
func (p *parser) acronym(i int) bool {
	return p.tok(i).Flags&text.AllCaps != 0 && len(p.norm(i)) > 1 && !p.given(i) && !p.has(i, 0, kPerson)
}

// suffixWord reports whether token i is an English word joined to a name
// by a hyphen, not part of it: "Shah-led", "Swift-themed", "PTI-backed".
func (p *parser) suffixWord(i int) bool {
	t := p.tok(i)
	if t.Flags&text.Cap != 0 {
		return false
	}
	switch t.Norm {
	case "like", "style", "era", "run", "type":
		return true
	}
	return len(t.Norm) >= 3 && strings.HasSuffix(t.Norm, "ed")
}

// trimName drops a trailing hyphen or particle left by parseName; one
// letter or an acronym alone is no name ("the official X account").
func (p *parser) trimName(i, end int) int {
	for end > i && (p.isPunct(end-1, "-", ".") || particles[p.norm(end-1)] && p.tok(end-1).Flags&text.Cap == 0) {
		end--
	}
	if end == i+1 && (len(p.norm(i)) == 1 || p.acronym(i)) {
		return i
	}
	return end
}

// nameWords returns the normalised words of a name's tokens, without
// punctuation.
func (p *parser) nameWords(i, j int) []string {
	var out []string
	for k := i; k < j; k++ {
		if t := p.tok(k); t.Kind == text.Word {
			out = append(out, t.Norm)
		}
	}
	return out
}

// skipHonours skips decorations and notes after a name: "(retd)", ", NI",
// "NI (M)".
func (p *parser) skipHonours(i, limit int) int {
	j := i
	for n := 0; n < 4 && j < limit; n++ {
		switch {
		case p.isPunct(j, "(") && p.isWord(j+1, "retd", "r", "retired", "m", "mil", "c") && p.isPunct(j+2, ")"):
			j += 3
		case p.isPunct(j, ",") && p.isWord(j+1, "ni", "hi", "si", "ti", "si(m)") && p.tok(j+1).Flags&text.AllCaps != 0:
			j += 2
		default:
			return j
		}
	}
	return j
}
