// Package quotes finds quotations and who said them.
//
// In: tokens and sentences (package text) and the actors (package actors).
// Out: accord.Quotes: the quoted text's span, and the speaker where the
// report names one ("X said", "said X", "he added" resolved to a person).
// A quotation opened and never closed runs to the end of its paragraph.
package quotes

import (
	"github.com/accord-events/accord"
	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/text"
	"sort"
)

// MinWords is the fewest words a quotation has; shorter quoted phrases are
// names or scare quotes ("Law Enforcement Dialogue").
const MinWords = 4

var reporting = map[string]bool{
	"said": true, "says": true, "say": true, "added": true, "told": true, "stated": true,
	"remarked": true, "noted": true, "stressed": true, "asserted": true, "declared": true,
	"wrote": true, "tweeted": true, "posted": true, "maintained": true, "insisted": true,
	"urged": true, "warned": true, "observed": true, "explained": true, "continued": true,
}

// Find returns the quotations of a.
func Find(a *text.Analysis, ac *actors.Result) []accord.Quote {
	var out []accord.Quote
	toks := a.Tokens
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind != text.Quote || toks[i].Norm != `"` {
			continue
		}
		end, words := i+1, 0
		for end < len(toks) && !(toks[end].Kind == text.Quote && toks[end].Norm == `"`) {
			if toks[end].Flags&text.ParaBefore != 0 || toks[end].Flags&text.LineBefore != 0 && words > 0 && end > i+1 {
				break
			}
			if toks[end].Kind == text.Word {
				words++
			}
			end++
		}
		closed := end < len(toks) && toks[end].Kind == text.Quote
		if words < MinWords || i+1 >= end {
			if closed {
				i = end
			}
			continue
		}
		last := end
		for last > i+2 && toks[last-1].Kind == text.Punct && toks[last-1].Norm == "," {
			last-- // “..., ” he said: the comma belongs to the sentence, not the quote
		}
		q := accord.Quote{Evidence: accord.EvidenceOf(a.Text, accord.Span{Start: toks[i+1].Start, End: toks[last-1].End})}
		if p := speaker(a, ac, i, end); p >= 0 {
			q.Speaker, q.SpeakerName = ac.Persons[p].ID, ac.Persons[p].Name
		}
		out = append(out, q)
		if closed {
			i = end
		} else {
			i = end - 1
		}
	}
	return out
}

// speaker finds the person who says the quotation [open, close): a person
// mention next to a reporting verb just after it, or just before it.
func speaker(a *text.Analysis, ac *actors.Result, open, close int) int {
	near := func(from, to int) int {
		hasVerb := false
		for k := from; k < to && k < len(a.Tokens); k++ {
			if reporting[a.Tokens[k].Norm] {
				hasVerb = true
			}
		}
		if !hasVerb {
			return -1
		}
		// mentions are in text order: start at the first one at or after from
		ms := ac.Mentions
		k := sort.Search(len(ms), func(j int) bool { return ms[j].First >= from })
		for ; k < len(ms) && ms[k].First < to; k++ {
			if ms[k].Kind == actors.Person && ms[k].Last <= to {
				return ms[k].Person
			}
		}
		return -1
	}
	if p := near(close+1, min(len(a.Tokens), close+12)); p >= 0 {
		return p
	}
	return near(max(0, open-12), open)
}
