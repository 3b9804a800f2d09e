package timex

import (
	"strings"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/text"
)

// op is the word that governs a time expression: it joins the span and may
// qualify the time ("by", "since") or take forms others do not ("in two
// weeks", "within a month", "between X and Y").
type op uint8

const (
	opNone op = iota
	opPlain
	opIn
	opAt
	opOver // over, during, for, throughout
	opWithin
	opBy
	opSince
	opUntil
	opBefore
	opAfter
	opAround
	opFrom
	opBetween
)

// operator reads the governing word or phrase at i and returns the index
// after it; opNone and i when there is none.
func (s *scanner) operator(i int) (op, int) {
	switch s.norm(i) {
	case "in":
		return opIn, i + 1
	case "on":
		return opPlain, i + 1
	case "at":
		return opAt, i + 1
	case "during", "for", "over", "throughout":
		return opOver, i + 1
	case "within":
		return opWithin, i + 1
	case "by":
		return opBy, i + 1
	case "since":
		return opSince, i + 1
	case "until", "till", "til", "untill", "through":
		return opUntil, i + 1
	case "before":
		return opBefore, i + 1
	case "after":
		return opAfter, i + 1
	case "around", "circa":
		return opAround, i + 1
	case "from":
		return opFrom, i + 1
	case "between":
		return opBetween, i + 1
	case "as":
		if s.norm(i+1) == "of" {
			return opPlain, i + 2
		}
	case "no", "not":
		if s.norm(i+1) == "later" && s.norm(i+2) == "than" {
			return opBy, i + 3
		}
	case "prior":
		if s.norm(i+1) == "to" {
			return opBefore, i + 2
		}
	case "ahead":
		if s.norm(i+1) == "of" {
			return opBefore, i + 2
		}
	case "up":
		switch s.norm(i + 1) {
		case "to", "until", "till":
			return opUntil, i + 2
		}
	case "late", "early", "later", "earlier":
		if s.norm(i+1) == "on" {
			return opPlain, i + 2
		}
	case "starting", "effective":
		if s.norm(i+1) == "from" {
			return opFrom, i + 2
		}
		return opFrom, i + 1
	case "with":
		if s.norm(i+1) == "effect" && s.norm(i+2) == "from" {
			return opFrom, i + 3
		}
	}
	return opNone, i
}

// kind of a parsed expression.
type kind uint8

const (
	kNone    kind = iota
	kDay          // y (0 if not given), m, d; a range to m2/d2 in one piece
	kMonth        // y (0 if not given), m
	kYear         // y
	kSpan         // calendar years y to y2
	kFiscal       // the July-June year starting in y
	kDecade       // the ten years from y
	kWeekday      // wd
	kWeekend      // the Saturday and Sunday near the anchor
	kUnit         // the week, month or year off units from the anchor's
	kFixed        // resolved while parsing: r
)

const (
	relNone int8 = iota
	relLast
	relThis
	relNext
)

// expr is a time expression as the text names it, before resolution.
type expr struct {
	k          kind
	y, m, d    int
	y2, m2, d2 int
	wd         time.Weekday
	rel        int8
	u          unit
	off        int
	pt         part
	r          res
}

func fixed(r res) expr { return expr{k: kFixed, r: r} }

// match reads the expression starting at token i, emits it and returns the
// index after it.
func (s *scanner) match(i int) (int, bool) {
	s.used = false
	o, j := s.operator(i)
	if !s.in(j) {
		return 0, false
	}
	e, k, ok := s.core(j, o)
	if !ok {
		return 0, false
	}
	if o != opNone && o <= opOver && s.in(k) && s.toks[k].Flags&text.Possessive != 0 {
		i, o = j, opNone // "in Friday's session": the word governs the noun
	}
	def := none
	switch o {
	case opBy, opWithin, opBefore:
		def = future
	case opSince:
		def = past
	}
	var r res
	ranged := false
	if rangeable(e) {
		switch c := s.norm(k); c {
		case "-", "to", "till", "until", "through", "and":
			if c == "and" && o != opBetween {
				break
			}
			if e2, k2, ok := s.rangeEnd(k+1, e, o); ok {
				e1 := e
				if rr, ok := s.resolveRange(&e1, &e2, i, k2, def); ok {
					r, k, ranged = rr, k2, true
				}
			}
		}
	}
	if !ranged && (e.d2 != 0 || e.k == kSpan) && (o == opFrom || o == opBetween) {
		o = opPlain // "from Sep 12-21" is a range already
	}
	guessed := false
	if !ranged {
		guessed = e.k == kDay && e.y == 0 && e.d2 == 0 && o <= opOver
		r = s.resolve(&e, i, k, def)
	} else if o == opFrom || o == opBetween {
		o = opPlain // a range is a plain window
	}
	r = s.applyOp(o, r, e.pt)
	if e.k == kDay && e.y != 0 && !(s.used && s.anchor.IsZero()) {
		s.known = append(s.known, known{e.y, e.m, e.d})
	}
	if guessed && !(s.used && s.anchor.IsZero()) {
		s.guesses = append(s.guesses, guess{len(s.out), e.m, e.d})
	}
	s.emit(i, k, r)
	return k, true
}

func rangeable(e expr) bool {
	switch e.k {
	case kDay:
		return e.d2 == 0
	case kMonth:
		return e.m2 == 0 && e.pt == whole
	case kYear:
		return e.pt == whole
	case kWeekday:
		return true
	}
	return false
}

// rangeEnd reads the far end of a range whose near end is e.
func (s *scanner) rangeEnd(k int, e expr, o op) (expr, int, bool) {
	if e.k == kDay && (o == opFrom || o == opBetween) {
		// a bare day: "from May 3 to 5", "between March 3 and 5"
		if d, ok := s.dayAt(k); ok {
			if m, _ := monthOf(s.norm(k + 1)); m == 0 && s.norm(k+1) != "of" {
				k2 := s.yearTail(k+1, &e)
				return expr{k: kDay, d: d, y: e.y}, k2, true
			}
		}
	}
	e2, k2, ok := s.core(k, opPlain)
	if !ok || e2.k != e.k || e2.pt != whole {
		return expr{}, 0, false
	}
	return e2, k2, true
}

// resolveRange resolves both ends, each lending the other the month or
// year it lacks.
func (s *scanner) resolveRange(e1, e2 *expr, first, end int, def dir) (res, bool) {
	if e1.k == kDay && e2.m == 0 {
		e2.m = e1.m
	}
	if e1.y == 0 && e2.y != 0 && (e1.k == kDay || e1.k == kMonth) {
		e1.y = e2.y
		if e1.m > e2.m || e1.m == e2.m && e1.d > e2.d {
			e1.y--
		}
	}
	r1 := s.resolve(e1, first, end, def)
	var r2 res
	switch e1.k {
	case kWeekday:
		n := (int(e2.wd) - int(r1.start.Weekday()) + 7) % 7
		r2 = dayRes(addDays(r1.start, n))
	default:
		if e2.y == 0 {
			e2.y = r1.start.Year()
			if e2.m < e1.m || e2.m == e1.m && e2.d < e1.d {
				e2.y++
			}
		}
		if e2.k == kDay && !validDay(e2.y, e2.m, e2.d) {
			return res{}, false
		}
		r2 = s.resolve(e2, first, end, def)
	}
	if r2.end.Before(r1.start) || r1.start.IsZero() {
		return res{}, false
	}
	return res{start: r1.start, end: r2.end, value: r1.value, prec: r1.prec}, true
}

// resolve turns e into a window, guessing what the text leaves out from the
// anchor and the tense around tokens [first, end).
func (s *scanner) resolve(e *expr, first, end int, def dir) res {
	a := s.anchor
	switch e.k {
	case kFixed:
		return e.r
	case kDay:
		y := e.y
		if y == 0 {
			s.used = true
			y = pickYear(a, e.m, e.d, s.dir(first, end, def))
		}
		r := dayRes(date(y, e.m, e.d))
		if e.d2 != 0 {
			m2, y2 := e.m2, e.y2
			if m2 == 0 {
				m2 = e.m
			}
			if y2 == 0 {
				y2 = y
				if m2 < e.m {
					y2++
				}
			}
			r.end = date(y2, m2, e.d2)
		}
		return r
	case kMonth:
		y := e.y
		if y == 0 {
			s.used = true
			switch e.rel {
			case relLast:
				y = a.Year()
				if e.m >= int(a.Month()) {
					y--
				}
			case relNext:
				y = a.Year()
				if e.m <= int(a.Month()) {
					y++
				}
			case relThis:
				y = a.Year()
			default:
				y = pickYear(a, e.m, 0, s.dir(first, end, def))
			}
		}
		return monthRes(y, e.m, e.pt)
	case kYear:
		return yearRes(e.y, e.pt)
	case kSpan:
		return res{start: date(e.y, 1, 1), end: date(e.y2, 12, 31), value: date(e.y, 1, 1), prec: accord.Year}
	case kFiscal:
		return fiscalRes(e.y)
	case kDecade:
		return decadeRes(e.y, e.pt)
	case kWeekday:
		s.used = true
		var t time.Time
		switch e.rel {
		case relLast:
			t = nearWeekday(a, e.wd, past, true)
		case relNext:
			t = nearWeekday(a, e.wd, future, true)
		default:
			d := s.dir(first, end, def)
			if e.rel == relThis && d == none {
				d = future
			}
			t = nearWeekday(a, e.wd, d, d == future && s.sentenceHas("next"))
		}
		return dayRes(t)
	case kWeekend:
		s.used = true
		ws := weekStart(a)
		var sat time.Time
		switch e.rel {
		case relLast:
			sat = addDays(ws, -2)
		case relNext:
			sat = addDays(ws, 12)
		case relThis:
			sat = addDays(ws, 5)
		default:
			if s.dir(first, end, def) == future {
				sat = nearWeekday(a, time.Saturday, future, false)
				if a.Weekday() == time.Sunday {
					sat = addDays(a, -1)
				}
			} else {
				sat = nearWeekday(addDays(a, 1), time.Saturday, past, false)
				if a.Weekday() != time.Saturday && a.Weekday() != time.Sunday {
					sat = addDays(ws, -2)
				}
			}
		}
		return window(sat, addDays(sat, 1), accord.Week)
	case kUnit:
		s.used = true
		switch e.u {
		case uWeek:
			return weekRes(addDays(weekStart(a), 7*e.off), e.pt)
		case uMonth:
			f := date(a.Year(), int(a.Month())+e.off, 1)
			return monthRes(f.Year(), int(f.Month()), e.pt)
		case uYear:
			return yearRes(a.Year()+e.off, e.pt)
		}
	}
	return res{prec: accord.Unspecified}
}

// dir is the tense around the expression, or def when there is no cue. A
// date used as a modifier names an event, nearly always a past one ("the
// May 9 incidents must be punished", "the October 7 attack"): the tense
// around it is not its own.
func (s *scanner) dir(first, end int, def dir) dir {
	if s.attributive(first, end) {
		return past
	}
	if d := s.tense(first, end); d != none {
		return d
	}
	return def
}

// attributive reports whether the expression at [first, end) stands between
// a determiner and a noun.
func (s *scanner) attributive(first, end int) bool {
	switch s.norm(first - 1) {
	case "the", "a", "an", "this", "that", "its", "their", "his", "her", "'s":
	default:
		return false
	}
	return s.kind(end) == text.Word && !s.capital(end) && starts(s.norm(end)) == noStart
}

// applyOp qualifies r by the governing word.
func (s *scanner) applyOp(o op, r res, pt part) res {
	if r.start.IsZero() && r.end.IsZero() {
		return r // a vague time: "by soon" is just "soon"
	}
	a, zero := s.anchor, time.Time{}
	switch o {
	case opBy, opWithin:
		r.mod, r.start = "by", zero
		if !a.IsZero() && !a.After(r.end) {
			r.start = a
		}
	case opBefore:
		if pt == ending || r.start.After(a) {
			// a deadline ahead: "before the end of the month"
			if pt != ending {
				r.end = addDays(r.start, -1)
			}
			r.mod, r.start = "by", zero
			if !a.IsZero() && !a.After(r.end) {
				r.start = a
			}
		} else {
			r.mod, r.start, r.end = "before", zero, addDays(r.start, -1)
		}
	case opSince, opFrom:
		r.mod, r.end = "since", zero
		if !a.IsZero() && !a.Before(r.start) {
			r.end = a
		}
	case opUntil:
		r.mod, r.start = "until", zero
		if !a.IsZero() && !a.After(r.end) {
			r.start = a
		}
	case opAfter:
		r.mod, r.start, r.end = "after", addDays(r.end, 1), zero
	case opAround:
		r.mod = "around"
	}
	return r
}

// core reads the expression proper at j, after any governing word o.
func (s *scanner) core(j int, o op) (expr, int, bool) {
	switch s.kind(j) {
	case text.Number:
		return s.number(j, o)
	case text.Word:
	default:
		return expr{}, 0, false
	}
	w := s.toks[j].Norm
	if m, abbr := monthOf(w); m > 0 {
		return s.month(j, m, abbr, o)
	}
	if wd, ok := weekdayOf(w); ok {
		return s.weekday(j, wd, o, relNone)
	}
	a := s.anchor
	switch w {
	case "today", "tonight":
		if s.capital(j) && j > s.lo && s.kind(j-1) == text.Word && s.capital(j-1) {
			break // Pakistan Today, USA Today
		}
		s.used = true
		return fixed(dayRes(a)), s.weekdayParen(j + 1), true
	case "yesterday", "tomorrow":
		s.used = true
		t := addDays(a, -1)
		if w == "tomorrow" {
			t = addDays(a, 1)
		}
		k := j + 1
		if dayPart(s.norm(k)) {
			k++
		}
		return fixed(dayRes(t)), s.weekdayParen(k), true
	case "this":
		return s.relative(j, relThis, o)
	case "last":
		return s.relative(j, relLast, o)
	case "next":
		return s.relative(j, relNext, o)
	case "past", "coming":
		if o != opNone {
			d := past
			if w == "coming" {
				d = future
			}
			return s.period(j+1, d, o)
		}
	case "current":
		return s.current(j + 1)
	case "the":
		return s.the(j, o)
	case "end", "beginning", "start", "middle":
		if s.norm(j+1) == "of" {
			return s.partOf(j+2, edgePart(w))
		}
		if w == "end" && s.norm(j+1) == "-" && s.glued(j+1) && s.glued(j+2) {
			return s.partOf(j+2, ending)
		}
	case "early", "late", "mid":
		return s.edge(j, edgePart(w))
	case "earlier", "later":
		return s.earlierLater(j, w == "earlier")
	case "recent":
		if u, plural := unitOf(s.norm(j + 1)); plural {
			s.used = true
			return fixed(vague(back(a, u, recentSpan(u)), a)), j + 2, true
		}
	case "soon":
		switch s.norm(j + 1) {
		case "after", "afterwards", "thereafter", "as", "enough", "than":
			return expr{}, 0, false
		}
		switch s.norm(j - 1) {
		case "as", "too", "how", "so":
			return expr{}, 0, false
		}
		return someday(), j + 1, true
	case "shortly":
		switch s.norm(j + 1) {
		case "after", "afterwards", "thereafter", "before":
			return expr{}, 0, false
		}
		return someday(), j + 1, true
	case "as":
		if s.norm(j+1) == "soon" && s.norm(j+2) == "as" && s.norm(j+3) == "possible" {
			return someday(), j + 4, true
		}
	case "due":
		if o == opIn && s.norm(j+1) == "course" {
			return someday(), j + 2, true
		}
	case "near":
		if o == opIn && s.norm(j+1) == "future" && s.futureEnds(j+2) {
			return someday(), j + 2, true
		}
	case "future":
		if o == opIn && s.futureEnds(j+1) {
			return someday(), j + 1, true
		}
	case "an":
		if o == opAt && s.norm(j+1) == "early" && s.norm(j+2) == "date" {
			return someday(), j + 3, true
		}
	case "days", "weeks", "months", "years", "hours":
		u, _ := unitOf(w)
		if s.norm(j+1) == "ago" {
			s.used = true
			return fixed(fewAgo(a, u)), j + 2, true
		}
		if o == opWithin && s.norm(j+1) != "of" { // not "within days of taking office"
			s.used = true
			r := vague(a, ahead(a, u, recentSpan(u)))
			return fixed(r), j + 1, true
		}
		return expr{}, 0, false
	}
	if strings.HasPrefix(w, "fy") {
		return s.fiscalYear(j)
	}
	return s.count(j, o)
}

// futureEnds reports whether "in (the near) future" ends at k rather than
// going on as "in future talks".
func (s *scanner) futureEnds(k int) bool {
	if s.kind(k) != text.Word {
		return true
	}
	switch s.norm(k) {
	case "to", "as", "and", "or", "if", "too", "also", "when", "with", "for", "the", "it", "we",
		"they", "he", "she", "this", "so", "but", "while", "after", "in", "through":
		return true
	}
	return false
}

// someday is a vague time: no value, no window.
func someday() expr { return fixed(vague(time.Time{}, time.Time{})) }
