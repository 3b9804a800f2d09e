// Package topics tags a report with the topics it is about:
// counterterrorism, narcotics, policing, trade, energy, human rights, sport
// and others.
//
// In: tokens (package text) and the dictionaries (package lexicon: topic
// words, class = the topic). Out: the topics, most mentioned first; a topic
// needs MinHits mentions, so that one passing word does not tag a report.
package topics

import (
	"slices"
	"sort"

	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
)

// MinHits is the fewest mentions of a topic's words that tag a report.
const MinHits = 2

// Find returns the topics of a.
func Find(a *text.Analysis, lex *lexicon.Lexicon) []string {
	return FindIndexed(a, lex.Scan(a.Tokens))
}

// topicKind is the kind FindIndexed looks up at every token, made once.
var topicKind = lexicon.KindsOf("topic")

// FindIndexed is Find with the dictionary phrases of a already looked up.
func FindIndexed(a *text.Analysis, idx *lexicon.Index) []string {
	counts := map[string]int{}
	for i := 0; i < len(a.Tokens); i++ {
		if !idx.Starts(i, topicKind) {
			continue
		}
		m, ok := idx.LongestOf(i, len(a.Tokens), topicKind)
		if !ok {
			continue
		}
		for k, e := range m.Entries {
			// a phrase counts once for each topic it names
			if !slices.ContainsFunc(m.Entries[:k], func(o *lexicon.Entry) bool { return o.Class == e.Class }) {
				counts[e.Class]++
			}
		}
		i = m.Last - 1
	}
	out := []string{}
	for t, n := range counts {
		if n >= MinHits {
			out = append(out, t)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if counts[out[i]] != counts[out[j]] {
			return counts[out[i]] > counts[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}
