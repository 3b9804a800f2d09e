package timex

import (
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/text"
)

// Find returns the time expressions of a, in text order, resolved against
// anchor (the dateline's date where there is one, else the report's). The
// dateline itself and Dawn's "Published in Dawn, ..." trailer are skipped.
func Find(a *text.Analysis, anchor time.Time) []accord.TimeExpr {
	if a == nil {
		return nil
	}
	s := newScanner(a, anchor)
	skip := datelineEnd(a.Text)
	if len(a.Sentences) == 0 {
		s.scan(0, len(a.Tokens), skip)
	}
	for _, sen := range a.Sentences {
		s.scan(sen.First, sen.Last, skip)
	}
	s.fixYears()
	return s.out
}

// FindIn returns the time expressions within tokens [first, last) of a,
// which should be one sentence: tense cues are looked for within the range,
// and a year given elsewhere in the report is not carried over.
func FindIn(a *text.Analysis, first, last int, anchor time.Time) []accord.TimeExpr {
	if a == nil {
		return nil
	}
	s := newScanner(a, anchor)
	s.scan(first, last, datelineEnd(a.Text))
	s.fixYears()
	return s.out
}

// datelineEnd is the byte offset where the dateline ends, or 0.
func datelineEnd(text string) int {
	if d, ok := FindDateline(text, time.Time{}); ok {
		return d.Span.End
	}
	return 0
}

// A scanner walks one report's tokens, a sentence at a time.
type scanner struct {
	a       *text.Analysis
	toks    []text.Token
	lo, hi  int // the sentence being scanned, [lo, hi)
	anchor  time.Time
	anchorS string
	out     []accord.TimeExpr

	used    bool    // the expression being parsed needed the anchor
	hasNext int8    // whether the sentence says "next": 0 not looked yet, 1 no, 2 yes
	known   []known // full dates the report gives
	guesses []guess // dates whose year was guessed
}

// known is a day and month the text gives with its year.
type known struct{ y, m, d int }

// guess is out[at], a day and month whose year was guessed from the anchor.
type guess struct{ at, m, d int }

func newScanner(a *text.Analysis, anchor time.Time) *scanner {
	s := &scanner{a: a, toks: a.Tokens, anchor: civil(anchor)}
	if !s.anchor.IsZero() {
		s.anchorS = formatDay(s.anchor)
	}
	return s
}

func (s *scanner) scan(lo, hi, skip int) {
	lo, hi = max(lo, 0), min(hi, len(s.toks))
	s.lo, s.hi, s.hasNext = lo, hi, 0
	for i := lo; i < hi; {
		t := &s.toks[i]
		if t.Start < skip || !s.worthTrying(i) {
			i++
			continue
		}
		if t.Norm == "published" && s.norm(i+1) == "in" && s.norm(i+2) == "dawn" {
			return // "Published in Dawn, September 9th, 2025": the print trailer
		}
		if end, ok := s.match(i); ok {
			i = end
			continue
		}
		i++
	}
}

// worthTrying is the cheap test that spares most tokens a parse.
func (s *scanner) worthTrying(i int) bool {
	t := &s.toks[i]
	switch t.Kind {
	case text.Number:
		return true
	case text.Word:
		switch starts(t.Norm) {
		case begin:
			return true
		case lead:
			return s.leadsOn(i+1, 2)
		case pair:
			return pairs(t.Norm, s.norm(i+1))
		}
	}
	return false
}

// leadsOn reports whether token i, after a governing word, may carry a time
// expression on, looking through up to depth more governing words ("in the
// [first week of]").
func (s *scanner) leadsOn(i, depth int) bool {
	if i >= s.hi {
		return false
	}
	t := &s.toks[i]
	switch t.Kind {
	case text.Number:
		return true
	case text.Word:
		switch starts(t.Norm) {
		case begin:
			return true
		case lead:
			return depth == 0 || s.leadsOn(i+1, depth-1)
		case pair:
			return pairs(t.Norm, s.norm(i+1))
		}
		return followsLead(t.Norm)
	}
	return false
}

// token helpers, all safe outside the sentence

func (s *scanner) in(i int) bool { return i >= s.lo && i < s.hi }

func (s *scanner) norm(i int) string {
	if !s.in(i) {
		return ""
	}
	return s.toks[i].Norm
}

func (s *scanner) kind(i int) text.Kind {
	if !s.in(i) {
		return 0
	}
	return s.toks[i].Kind
}

func (s *scanner) capital(i int) bool {
	return s.in(i) && s.toks[i].Flags&(text.Cap|text.AllCaps) != 0
}

// glued reports whether token i follows the one before with no space.
func (s *scanner) glued(i int) bool { return s.in(i) && s.toks[i].Flags&text.SpaceBefore == 0 }

func (s *scanner) sentenceHas(w string) bool {
	if s.hasNext == 0 {
		s.hasNext = 1
		for i := s.lo; i < s.hi; i++ {
			if s.toks[i].Norm == w {
				s.hasNext = 2
				break
			}
		}
	}
	return s.hasNext == 2
}

// emit appends the expression over tokens [first, end).
func (s *scanner) emit(first, end int, r res) {
	sp := accord.Span{Start: s.toks[first].Start, End: s.toks[end-1].End}
	te := accord.TimeExpr{Span: sp, Text: sp.In(s.a.Text), Precision: r.prec, Anchor: s.anchorS, Mod: r.mod}
	if s.used && s.anchor.IsZero() {
		te.Precision = accord.Unspecified
		s.out = append(s.out, te)
		return
	}
	if !r.start.IsZero() {
		te.Start = formatDay(r.start)
	}
	if !r.end.IsZero() {
		te.End = formatDay(r.end)
	}
	n := 0
	switch r.prec {
	case accord.Day:
		n = 10
	case accord.Week, accord.Month:
		n = 7
	case accord.Year:
		n = 4
	}
	switch {
	case n == 0 || r.value.IsZero():
		te.Precision = accord.Unspecified
	case te.Start != "" && same(r.value, r.start, n):
		te.Value = te.Start[:n]
	case te.End != "" && same(r.value, r.end, n):
		te.Value = te.End[:n]
	default:
		te.Value = formatDay(r.value)[:n]
	}
	s.out = append(s.out, te)
}

// same reports whether a and b agree in their first n characters as dates.
func same(a, b time.Time, n int) bool {
	if a.Year() != b.Year() {
		return false
	}
	if n > 4 && a.Month() != b.Month() {
		return false
	}
	return n <= 7 || a.Day() == b.Day()
}

// fixYears gives dates whose year was guessed the year of the same day and
// month where the report states it in full: "May 9, 2023" ... "the May 9
// riots". The first full date given for a day wins.
func (s *scanner) fixYears() {
	if len(s.guesses) == 0 || len(s.known) == 0 {
		return
	}
	var years [13 * 32]int // by month*32 + day; a table, so that no report is quadratic
	for _, k := range s.known {
		if i := k.m*32 + k.d; years[i] == 0 {
			years[i] = k.y
		}
	}
	for _, g := range s.guesses {
		if y := years[g.m*32+g.d]; y != 0 {
			v := formatDay(date(y, g.m, g.d))
			te := &s.out[g.at]
			te.Value, te.Start, te.End = v, v, v
		}
	}
}
