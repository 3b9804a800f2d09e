package lexicon

import "github.com/accord-events/accord/text"

// An Index holds every dictionary phrase found in one text, by the token it
// starts at. The stages of one document share it, so each token is looked
// up in the dictionaries once.
type Index struct {
	all []Match // every match, by starting token
	off []int32 // the matches of token i are all[off[i]:off[i+1]]
	// kinds[i] is the union of the kinds of the matches at token i: most
	// lookups ask for kinds that start nowhere near, and this answers them
	// without looking at a match.
	kinds []uint32
	ids   []int32 // scratch: the word number of each token, once looked up
	// fit holds the entries of matches whose phrase has entries of
	// different case rules, only some of which fit the text.
	fit []*Entry
}

// Scan looks up every word and number token of toks.
func (l *Lexicon) Scan(toks []text.Token) *Index {
	return l.ScanInto(toks, &Index{})
}

// ScanInto is Scan reusing the storage of x, which a caller coding many
// texts may pass back once it is done with the index it returned.
func (l *Lexicon) ScanInto(toks []text.Token, x *Index) *Index {
	if cap(x.off) < len(toks)+1 {
		x.off = make([]int32, len(toks)+1)
	}
	x.off = x.off[:len(toks)+1]
	if cap(x.kinds) < len(toks) {
		x.kinds = make([]uint32, len(toks))
	}
	x.kinds = x.kinds[:len(toks)]
	if cap(x.all) < len(toks)/2+1 {
		x.all = make([]Match, 0, len(toks)/2+1)
	}
	x.all = x.all[:0]
	x.fit = x.fit[:0]
	if cap(x.ids) < len(toks) {
		x.ids = make([]int32, len(toks))
	}
	x.ids = x.ids[:len(toks)]
	for i := range x.ids {
		x.ids[i] = unnumbered
	}
	for i := range toks {
		x.off[i] = int32(len(x.all))
		x.kinds[i] = 0
		if k := toks[i].Kind; k != text.Word && k != text.Number {
			continue
		}
		l.at(toks, x, i, func(m Match) bool {
			x.all = append(x.all, m)
			x.kinds[i] |= m.mask
			return true
		})
	}
	x.off[len(toks)] = int32(len(x.all))
	return x
}

// At returns the phrases starting at token i, shortest first.
func (x *Index) At(i int) []Match {
	if i < 0 || i+1 >= len(x.off) {
		return nil
	}
	return x.all[x.off[i]:x.off[i+1]:x.off[i+1]]
}

// Longest returns the longest phrase starting at i and ending at or before
// limit that holds an entry of one of kinds (any kind when none are given),
// with only the entries of those kinds.
func (x *Index) Longest(i, limit int, kinds ...string) (Match, bool) {
	want := AnyKind
	if len(kinds) > 0 {
		want = KindsOf(kinds...)
	}
	return x.LongestOf(i, limit, want)
}

// LongestOf is Longest with the kinds as a set. Most calls ask at a token
// where no phrase of those kinds starts: that answer is inlined at the
// caller.
func (x *Index) LongestOf(i, limit int, kinds KindSet) (m Match, ok bool) {
	if x.Starts(i, kinds) {
		m, ok = x.longestOf(i, limit, uint32(kinds))
	}
	return
}

// Starts reports whether a phrase of one of kinds starts at token i.
func (x *Index) Starts(i int, kinds KindSet) bool {
	return uint(i) < uint(len(x.kinds)) && x.kinds[i]&uint32(kinds) != 0
}

func (x *Index) longestOf(i, limit int, want uint32) (Match, bool) {
	ms := x.all[x.off[i]:x.off[i+1]]
	for k := len(ms) - 1; k >= 0; k-- {
		if m := &ms[k]; m.Last <= limit && m.mask&want != 0 {
			if m.mask&^want == 0 {
				return *m, true
			}
			return m.only(want), true
		}
	}
	return Match{}, false
}

// Has reports whether a phrase of one of kinds starts at i and covers
// exactly n tokens (any length when n is 0).
func (x *Index) Has(i, n int, kinds ...string) bool {
	return x.HasOf(i, n, KindsOf(kinds...))
}

// HasOf is Has with the kinds as a set.
func (x *Index) HasOf(i, n int, kinds KindSet) bool {
	return x.Starts(i, kinds) && (n == 0 || x.hasLength(i, n, uint32(kinds)))
}

// HasClass reports whether a phrase starting at i and covering exactly n
// tokens (any length when n is 0) holds an entry of one of kinds whose
// class is class: "a cue of role kin here".
func (x *Index) HasClass(i, n int, kinds KindSet, class string) bool {
	if !x.Starts(i, kinds) {
		return false // most words: answered without looking at a match
	}
	for _, m := range x.all[x.off[i]:x.off[i+1]] {
		if n != 0 && m.Last-m.First != n || m.mask&uint32(kinds) == 0 {
			continue
		}
		for _, e := range m.Entries {
			if e.bit&uint32(kinds) != 0 && e.Class == class {
				return true
			}
		}
	}
	return false
}

func (x *Index) hasLength(i, n int, want uint32) bool {
	for _, m := range x.all[x.off[i]:x.off[i+1]] {
		if m.Last-m.First == n && m.mask&want != 0 {
			return true
		}
	}
	return false
}

// only narrows m to the entries of the kinds in want, allocating only when
// some entries must go.
func (m Match) only(want uint32) Match {
	if m.mask&^want == 0 {
		return m
	}
	// a run of wanted entries (entries are grouped by kind): a sub-slice
	lo, hi := -1, -1
	for k, e := range m.Entries {
		if e.bit&want != 0 {
			if lo < 0 {
				lo = k
			} else if hi != k {
				lo = -2 // not one run
				break
			}
			hi = k + 1
		}
	}
	if lo >= 0 {
		return Match{First: m.First, Last: m.Last, Entries: m.Entries[lo:hi:hi], mask: m.mask & want}
	}
	keep := make([]*Entry, 0, len(m.Entries))
	for _, e := range m.Entries {
		if e.bit&want != 0 {
			keep = append(keep, e)
		}
	}
	return Match{First: m.First, Last: m.Last, Entries: keep, mask: m.mask & want}
}
