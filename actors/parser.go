package actors

import (
	"strings"

	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
)

// parser holds the state of one Find call.
type parser struct {
	lex  *lexicon.Lexicon
	a    *text.Analysis
	toks []text.Token
	home string
	// homeGiven is set when the caller gave the home country (the
	// dateline's), not Find from the countries the report names
	homeGiven bool

	idx *lexicon.Index
	// used marks tokens already taken by a mention; startOf[i] is 1 + the
	// index of the mention starting at token i, or 0.
	used    []bool
	startOf []int32
	// nextHead[i] is the first token at or after i that starts a title head,
	// nextPair[i] the first that is a pairHead.
	nextHead, nextPair []int32

	persons  []*person
	mentions []Mention
	// byName and bySurname index persons by their words, for findPerson.
	byName    map[string]int
	bySurname map[string][]int
	// sorted is how many of the mentions are in text order (as sortMentions
	// left them).
	sorted int
	// nearBuf holds the person mentions antecedent looks at.
	nearBuf []Mention
}

// scratch is the per-token storage of a parser, which no result keeps: a
// Finder hands it from one document to the next.
type scratch struct {
	used               []bool
	startOf            []int32
	nextHead, nextPair []int32
}

// newParser makes a parser over a, with its per-token storage taken from sc.
func newParser(lex *lexicon.Lexicon, a *text.Analysis, idx *lexicon.Index, sc *scratch) *parser {
	n := len(a.Tokens)
	if cap(sc.used) < n+1 {
		sc.used, sc.startOf, sc.nextHead, sc.nextPair = make([]bool, n+1), make([]int32, n+1), make([]int32, n+1), make([]int32, n+1)
	}
	p := &parser{lex: lex, a: a, toks: a.Tokens, idx: idx,
		used: sc.used[:n], startOf: sc.startOf[:n], nextHead: sc.nextHead[:n+1], nextPair: sc.nextPair[:n+1],
		mentions: make([]Mention, 0, n/10+8)}
	clear(p.used)
	clear(p.startOf)
	return p
}

// longest returns the longest phrase at i holding an entry of one of kinds,
// limited to tokens before limit, with only the entries of those kinds.
func (p *parser) longest(i, limit int, kinds lexicon.KindSet) (lexicon.Match, bool) {
	return p.idx.LongestOf(i, limit, kinds)
}

// has reports whether a phrase of one of kinds starts at i and covers
// exactly n tokens (n = 0: any length).
func (p *parser) has(i, n int, kinds lexicon.KindSet) bool {
	return p.idx.HasOf(i, n, kinds)
}

// cueWord reports whether token i alone is a cue of role (cues.lex).
func (p *parser) cueWord(i int, role string) bool { return p.idx.HasClass(i, 1, kCue, role) }

// The sets of kinds the parser looks up, made once.
var (
	kPerson       = lexicon.KindsOf("person")
	kCue          = lexicon.KindsOf("cue")
	kGiven        = lexicon.KindsOf("given")
	kTopic        = lexicon.KindsOf("topic")
	kPlace        = lexicon.KindsOf("place")
	kCountry      = lexicon.KindsOf("country")
	kNation       = lexicon.KindsOf("country", "demonym")
	kNonname      = lexicon.KindsOf("nonname")
	kTitleRank    = lexicon.KindsOf("title", "rank")
	kStyle        = lexicon.KindsOf("honorific", "rank")
	kTitleStyle   = lexicon.KindsOf("title", "rank", "honorific")
	kPlaceGiven   = lexicon.KindsOf("place", "given")
	kNotName      = lexicon.KindsOf("nonname", "title", "rank", "honorific", "cue")
	kCountryPlace = lexicon.KindsOf("country", "demonym", "place")
	kStatePlace   = lexicon.KindsOf("country", "demonym", "place", "igo")
	kBody         = lexicon.KindsOf("country", "demonym", "igo", "org", "group")
	kActorEntry   = lexicon.KindsOf("country", "demonym", "place", "igo", "org", "group")
)

// noToken stands for the tokens before and after the text; nothing writes it.
var noToken text.Token

// tok returns token i, or an empty token out of range. It is called for
// nearly every token many times over: a pointer spares copying the token.
func (p *parser) tok(i int) *text.Token {
	if uint(i) >= uint(len(p.toks)) {
		return &noToken
	}
	return &p.toks[i]
}

func (p *parser) norm(i int) string { return p.tok(i).Norm }

func (p *parser) raw(i int) string {
	if i < 0 || i >= len(p.toks) {
		return ""
	}
	return p.a.Raw(i)
}

// span returns the text from token i to token j-1, with soft hyphens and
// similar invisible characters removed and white space collapsed.
func (p *parser) span(i, j int) string {
	if i >= j {
		return ""
	}
	if raw := p.a.Text[p.toks[i].Start:p.toks[j-1].End]; plain(raw) {
		return raw // the common case: no allocation
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		t := p.toks[k]
		if k > i && t.Flags&text.SpaceBefore != 0 {
			b.WriteByte(' ')
		}
		b.WriteString(clean(p.a.Text[t.Start:t.End]))
	}
	return b.String()
}

// plain reports whether raw text can stand as it is: single ASCII spaces
// between words and no invisible characters.
func plain(raw string) bool {
	prev := byte(0)
	for i := 0; i < len(raw); i++ {
		c := raw[i]
		if c == ' ' && prev == ' ' || c == '\n' || c == '\r' || c == '\t' || c >= 0x80 && (c == 0xc2 || c == 0xe2 || c == 0xef) {
			return false // doubled or odd white space, NBSP, soft hyphen, zero-width characters
		}
		prev = c
	}
	return true
}

// clean drops soft hyphens and zero-width characters from a token's text.
func clean(s string) string {
	if !strings.ContainsAny(s, "\u00ad\u200b\u200c\u200d\u2060\ufeff") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			return -1
		}
		return r
	}, s)
}

func (p *parser) isCap(i int) bool {
	t := p.tok(i)
	return t.Kind == text.Word && t.Flags&text.Cap != 0 && t.Flags&text.Possessive == 0
}

func (p *parser) isWord(i int, words ...string) bool {
	t := p.tok(i)
	if t.Kind != text.Word {
		return false
	}
	for _, w := range words {
		if t.Norm == w {
			return true
		}
	}
	return false
}

func (p *parser) isPunct(i int, marks ...string) bool {
	t := p.tok(i)
	if t.Kind != text.Punct {
		return false
	}
	for _, m := range marks {
		if t.Norm == m {
			return true
		}
	}
	return false
}

func (p *parser) possessiveAt(i int) bool {
	return p.tok(i).Flags&text.Possessive != 0 && i < len(p.toks)
}

// sentenceEnd returns the end token of the sentence holding token i.
func (p *parser) sentenceEnd(i int) int {
	s := p.a.SentenceOf(i)
	if s < 0 {
		return len(p.toks)
	}
	return p.a.Sentences[s].Last
}

// mostNamedCountry is the country the report names most often, first named
// on a tie; "" when it names none. A country named after "against" or
// "anti-" is what others act on: it counts half, and a country named only so
// is not the report's home ("President X threatened action against India" is
// not an Indian report). "and" or a comma passes that on ("against the
// United States and Israel").
func (p *parser) mostNamedCountry() string {
	var counts map[string]int
	var first map[string]int
	var eligible map[string]bool
	prevEnd, prevAgainst := -1, false
	for i := 0; i < len(p.toks); {
		if !p.idx.Starts(i, kCountryPlace) {
			i++
			continue
		}
		m, ok := p.longest(i, len(p.toks), kCountryPlace)
		if !ok {
			i++
			continue
		}
		code := m.Entries[0].Code
		if code != "" && code != "---" {
			if counts == nil {
				counts, first, eligible = map[string]int{}, map[string]int{}, map[string]bool{}
			}
			k := i - 1
			if p.isWord(k, "the") {
				k--
			}
			against := prevAgainst
			if !(prevEnd >= k-1 && (p.isWord(k, "and", "or") || p.isPunct(k, ","))) {
				against = p.isWord(k, "against") || p.isPunct(k, "-") && p.isWord(k-1, "anti")
			}
			if against {
				counts[code]++
			} else {
				counts[code] += 2
				eligible[code] = true
			}
			if _, seen := first[code]; !seen {
				first[code] = i
			}
			prevEnd, prevAgainst = m.Last, against
		}
		i = m.Last
	}
	best := ""
	for c, n := range counts {
		if !eligible[c] {
			continue
		}
		if best == "" || n > counts[best] || n == counts[best] && first[c] < first[best] {
			best = c
		}
	}
	return best
}
