package timex

import (
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/text"
)

// relative reads what follows "this", "last" or "next" at j.
func (s *scanner) relative(j int, rel int8, o op) (expr, int, bool) {
	k := j + 1
	w := s.norm(k)
	off := int(rel) - int(relThis)
	if u, plural := unitOf(w); !plural && (u == uWeek || u == uMonth || u == uYear) {
		return expr{k: kUnit, u: u, off: off}, k + 1, true
	}
	switch w {
	case "weekend":
		return expr{k: kWeekend, rel: rel}, k + 1, true
	case "night":
		if rel == relLast {
			s.used = true
			return fixed(dayRes(addDays(s.anchor, -1))), k + 1, true
		}
	case "morning", "afternoon", "evening":
		if rel == relThis {
			s.used = true
			return fixed(dayRes(s.anchor)), k + 1, true
		}
	case "fiscal", "financial":
		if s.norm(k+1) == "year" {
			return s.fiscalOff(off), k + 2, true
		}
	}
	if m, abbr := monthOf(w); m > 0 && !abbr && s.capital(k) && !(m == 8 && august(s.norm(k+1))) {
		return expr{k: kMonth, m: m, rel: rel}, k + 1, true
	}
	if wd, ok := weekdayOf(w); ok {
		return s.weekday(k, wd, opPlain, rel)
	}
	if rel != relThis && o != opNone {
		d := past
		if rel == relNext {
			d = future
		}
		return s.period(k, d, o)
	}
	return expr{}, 0, false
}

// current reads "current year", "current fiscal year" at k.
func (s *scanner) current(k int) (expr, int, bool) {
	if u, plural := unitOf(s.norm(k)); !plural && (u == uWeek || u == uMonth || u == uYear) {
		return expr{k: kUnit, u: u}, k + 1, true
	}
	switch s.norm(k) {
	case "fiscal", "financial":
		if s.norm(k+1) == "year" {
			return s.fiscalOff(0), k + 2, true
		}
	}
	return expr{}, 0, false
}

// fiscalOff is the July-June year off years from the anchor's.
func (s *scanner) fiscalOff(off int) expr {
	s.used = true
	y := s.anchor.Year()
	if s.anchor.Month() < time.July {
		y--
	}
	return expr{k: kFiscal, y: y + off}
}

// fiscalYear reads "FY26", "FY2025", "FY2025-26", "FY 2025-26" at j.
func (s *scanner) fiscalYear(j int) (expr, int, bool) {
	w := s.toks[j].Norm
	if w == "fy" {
		if e, k, ok := s.number(j+1, opPlain); ok {
			switch {
			case e.k == kSpan && e.y2 == e.y+1:
				return expr{k: kFiscal, y: e.y}, k, true
			case e.k == kFiscal:
				return e, k, true
			case e.k == kYear:
				return expr{k: kFiscal, y: e.y - 1}, k, true // FY 2025 ends in June 2025
			}
		}
		return expr{}, 0, false
	}
	n, ok := digits(w[2:])
	switch {
	case !ok:
		return expr{}, 0, false
	case len(w) == 4:
		n += 2000
	case len(w) == 6:
		if s.norm(j+1) == "-" && s.glued(j+1) && s.glued(j+2) {
			if y2, ok := spanEnd(n, s.norm(j+2)); ok && y2 == n+1 {
				return expr{k: kFiscal, y: n}, j + 3, true
			}
		}
	default:
		return expr{}, 0, false
	}
	if n < 1900 || n > 2199 {
		return expr{}, 0, false
	}
	return expr{k: kFiscal, y: n - 1}, j + 1, true // FY26 ends in June 2026
}

// the reads the expressions that start with "the" at j.
func (s *scanner) the(j int, o op) (expr, int, bool) {
	k := j + 1
	w := s.norm(k)
	switch w {
	case "end", "beginning", "start", "middle", "outset":
		if s.norm(k+1) == "of" {
			return s.partOf(k+2, edgePart(w))
		}
	case "first", "second", "third", "fourth", "final", "last":
		if p := ordinalPart(w, s.norm(k+1)); p != whole && s.norm(k+2) == "of" {
			return s.partOf(k+3, p)
		}
		if w == "last" && o != opNone {
			return s.period(k+1, past, o)
		}
	case "coming", "next", "past":
		if o != opNone {
			d := past
			if w != "past" {
				d = future
			}
			return s.period(k+1, d, o)
		}
	case "current":
		return s.current(k + 1)
	case "day":
		switch {
		case s.norm(k+1) == "before" && s.norm(k+2) == "yesterday":
			s.used = true
			return fixed(dayRes(addDays(s.anchor, -2))), k + 3, true
		case s.norm(k+1) == "after" && s.norm(k+2) == "tomorrow":
			s.used = true
			return fixed(dayRes(addDays(s.anchor, 2))), k + 3, true
		}
	case "weekend":
		if o != opNone {
			return expr{k: kWeekend}, k + 1, true
		}
	case "near":
		if o == opIn && s.norm(k+1) == "future" && s.futureEnds(k+2) {
			return someday(), k + 2, true
		}
	case "future":
		if o == opIn && s.futureEnds(k+1) {
			return someday(), k + 1, true
		}
	case "earliest":
		if o == opAt {
			end := k + 1
			if s.norm(end) == "possible" {
				end++
				switch s.norm(end) {
				case "date", "time", "opportunity":
					end++
				}
			}
			return someday(), end, true
		}
	case "early", "late", "mid":
		if s.kind(k+1) == text.Number {
			if y, ok := decade(s.norm(k + 1)); ok {
				return expr{k: kDecade, y: y, pt: edgePart(w)}, k + 2, true
			}
		}
	}
	if s.kind(k) == text.Number {
		n := s.norm(k)
		if y, ok := decade(n); ok {
			return expr{k: kDecade, y: y}, k + 1, true
		}
		if d, ok := dayNumber(n); ok && s.norm(k+1) == "of" {
			return s.dayFirst(k, d)
		}
	}
	return expr{}, 0, false
}

// partOf reads the period after "the end of", "the first week of", "mid-".
func (s *scanner) partOf(k int, p part) (expr, int, bool) {
	e, end, ok := s.target(k)
	if !ok {
		return expr{}, 0, false
	}
	if p >= week1 && p <= weekLast && e.k != kMonth {
		return expr{}, 0, false
	}
	if p >= q1 && e.k != kYear && !(e.k == kUnit && e.u == uYear) {
		return expr{}, 0, false
	}
	e.pt = p
	return e, end, true
}

// target reads a month, year, decade or "the year/month/week", "this
// month" that a part applies to.
func (s *scanner) target(k int) (expr, int, bool) {
	switch w := s.norm(k); {
	case w == "the":
		if u, plural := unitOf(s.norm(k + 1)); !plural && (u == uWeek || u == uMonth || u == uYear) {
			return expr{k: kUnit, u: u}, k + 2, true
		}
		if s.norm(k+1) == "current" {
			return s.current(k + 2)
		}
		if y, ok := decade(s.norm(k + 1)); ok && s.kind(k+1) == text.Number {
			return expr{k: kDecade, y: y}, k + 2, true
		}
	case w == "this" || w == "next" || w == "last":
		rel := relOf(w)
		if u, plural := unitOf(s.norm(k + 1)); !plural && (u == uWeek || u == uMonth || u == uYear) {
			return expr{k: kUnit, u: u, off: int(rel) - int(relThis)}, k + 2, true
		}
	case w == "current":
		return s.current(k + 1)
	case s.kind(k) == text.Number:
		if y, ok := s.yearAt(k); ok {
			return expr{k: kYear, y: y}, k + 1, true
		}
		if y, ok := decade(w); ok {
			return expr{k: kDecade, y: y}, k + 1, true
		}
	default:
		if m, abbr := monthOf(w); m > 0 {
			if e, end, ok := s.month(k, m, abbr, opPlain); ok && e.k == kMonth {
				return e, end, true
			}
		}
	}
	return expr{}, 0, false
}

// relOf maps "last", "this", "next" to their rel.
func relOf(w string) int8 {
	switch w {
	case "last":
		return relLast
	case "next":
		return relNext
	}
	return relThis
}

// edge reads "early", "late", "mid" (or "mid-") and what they qualify.
func (s *scanner) edge(j int, p part) (expr, int, bool) {
	k := j + 1
	if s.norm(k) == "-" && s.glued(k) {
		k++
	}
	if wd, ok := weekdayOf(s.norm(k)); ok && p != mid {
		return s.weekday(k, wd, opPlain, relNone) // "late Sunday"
	}
	return s.partOf(k, p)
}

// earlierLater reads "earlier this week", "later this month", "earlier
// today", "later in the year".
func (s *scanner) earlierLater(j int, earlier bool) (expr, int, bool) {
	k := j + 1
	switch s.norm(k) {
	case "today", "tonight":
		s.used = true
		return fixed(dayRes(s.anchor)), k + 1, true
	case "this":
		k++
	case "in":
		if s.norm(k+1) != "the" {
			return expr{}, 0, false
		}
		k += 2
	default:
		return expr{}, 0, false
	}
	u, plural := unitOf(s.norm(k))
	if plural || u != uWeek && u != uMonth && u != uYear {
		if u == uDay && !plural {
			s.used = true
			return fixed(dayRes(s.anchor)), k + 1, true
		}
		return expr{}, 0, false
	}
	s.used = true
	var r res
	a := s.anchor
	switch u {
	case uWeek:
		r = weekRes(weekStart(a), whole)
	case uMonth:
		r = monthRes(a.Year(), int(a.Month()), whole)
	default:
		r = yearRes(a.Year(), whole)
	}
	if earlier {
		r.end = a
	} else {
		r.start = a
	}
	return fixed(r), k + 1, true
}

// period reads the count and unit after "the next", "the past", "the
// coming", "last" under a governing word: "in the next two weeks", "over the
// past few days", "in the coming weeks".
func (s *scanner) period(k int, d dir, o op) (expr, int, bool) {
	n, fuzzy, k2, counted := s.countAt(k)
	if !counted {
		k2 = k
	}
	u, plural := unitOf(s.norm(k2))
	if u == noUnit || counted && !fuzzy && n > 1 && !plural || !counted && !plural && u == uDay {
		return expr{}, 0, false // "the next day" is the narrative's, not the anchor's
	}
	s.used = true
	a := s.anchor
	end := k2 + 1
	switch {
	case fuzzy || !counted && plural:
		if d == future {
			return fixed(vague(a, ahead(a, u, recentSpan(u)))), end, true
		}
		return fixed(vague(back(a, u, recentSpan(u)), a)), end, true
	case !counted:
		n = 1
	}
	if d == future {
		if counted {
			return fixed(deadline(a, u, n)), end, true
		}
		return fixed(vague(a, ahead(a, u, n))), end, true
	}
	return fixed(vague(back(a, u, n), a)), end, true
}

// count reads "two days ago", "a year ago", "within 30 days", "in two
// weeks' time" at j.
func (s *scanner) count(j int, o op) (expr, int, bool) {
	n, fuzzy, k, ok := s.countAt(j)
	if !ok {
		return expr{}, 0, false
	}
	u, _ := unitOf(s.norm(k))
	if u == noUnit {
		return expr{}, 0, false
	}
	k++
	a := s.anchor
	switch {
	case s.norm(k) == "ago":
		s.used = true
		if fuzzy {
			return fixed(fewAgo(a, u)), k + 1, true
		}
		return fixed(ago(a, u, n)), k + 1, true
	case o == opWithin && s.norm(k) == "of":
		// "arrested within 20 hours of the murder", "within days of taking
		// office": counted from another happening, not from the report
		return expr{}, 0, false
	case fuzzy:
		if o == opWithin || o == opIn && s.norm(k) != "of" && s.tense(j, k) == future {
			s.used = true
			return fixed(vague(a, ahead(a, u, recentSpan(u)))), k, true
		}
	case o == opWithin:
		s.used = true
		return fixed(deadline(a, u, n)), k, true
	case o == opIn:
		// "will meet in two weeks' time"; not "killed in two days", "in a
		// month of talks"
		if s.norm(k) == "of" || s.tense(j-1, k) != future {
			return expr{}, 0, false
		}
		if s.norm(k) == "'s" || s.norm(k) == "'" && s.toks[k].Flags&text.Possessive != 0 {
			if s.norm(k+1) != "time" {
				return expr{}, 0, false
			}
			k += 2
		} else if s.norm(k) == "time" {
			k++
		}
		s.used = true
		return fixed(later(a, u, n)), k, true
	}
	return expr{}, 0, false
}

// countAt reads a count at j: "two", "24", "a", "a couple of", "a few",
// "several"; fuzzy for the vague ones. It returns the index after the count.
func (s *scanner) countAt(j int) (n int, fuzzy bool, next int, ok bool) {
	w := s.norm(j)
	switch {
	case s.kind(j) == text.Number:
		v, isNum := digits(w)
		if !isNum || v == 0 || v > 400 || len(w) > 3 {
			return 0, false, 0, false
		}
		return v, false, j + 1, true
	case s.kind(j) != text.Word:
		return 0, false, 0, false
	case w == "a" || w == "an":
		switch s.norm(j + 1) {
		case "few":
			return 3, true, j + 2, true
		case "couple":
			if s.norm(j+2) == "of" {
				return 2, false, j + 3, true
			}
			return 0, false, 0, false
		}
		return 1, false, j + 1, true
	case vagueCount(w):
		return 3, true, j + 1, true
	case w == "couple" && s.norm(j+1) == "of":
		return 2, false, j + 2, true
	}
	if v := numberWord(w); v > 0 {
		return v, false, j + 1, true
	}
	return 0, false, 0, false
}

// durations against the anchor

// recentSpan is how many units "recent", "coming", "a few" stand for: a
// week of days, three weeks, three months, three years.
func recentSpan(u unit) int {
	switch u {
	case uDay:
		return 7
	case uWeek:
		return 3
	case uHour:
		return 24
	}
	return 3
}

func ahead(a time.Time, u unit, n int) time.Time {
	switch u {
	case uHour:
		return addDays(a, (n+23)/24)
	case uDay:
		return addDays(a, n)
	case uWeek:
		return addDays(a, 7*n)
	case uFortnight:
		return addDays(a, 14*n)
	case uMonth:
		return a.AddDate(0, n, 0)
	case uYear:
		return a.AddDate(n, 0, 0)
	case uDecade:
		return a.AddDate(10*n, 0, 0)
	}
	return a
}

func back(a time.Time, u unit, n int) time.Time { return ahead(a, u, -n) }

// unitPrec is the precision of a time counted in units from the anchor.
func unitPrec(u unit) accord.Precision {
	switch u {
	case uMonth:
		return accord.Month
	case uYear, uDecade:
		return accord.Year
	}
	return accord.Day
}

// deadline is "within n units": from the anchor to n units on, the value
// being the end.
func deadline(a time.Time, u unit, n int) res {
	end := ahead(a, u, n)
	return res{start: a, end: end, value: end, prec: unitPrec(u), mod: "by"}
}

// later is "in n units": the time n units on.
func later(a time.Time, u unit, n int) res {
	t := ahead(a, u, n)
	switch unitPrec(u) {
	case accord.Month:
		return monthRes(t.Year(), int(t.Month()), whole)
	case accord.Year:
		return yearRes(t.Year(), whole)
	}
	return dayRes(t)
}

// ago is "n units ago".
func ago(a time.Time, u unit, n int) res {
	t := back(a, u, n)
	switch u {
	case uWeek, uFortnight:
		return weekRes(weekStart(t), whole)
	case uMonth:
		return monthRes(t.Year(), int(t.Month()), whole)
	case uYear, uDecade:
		return yearRes(t.Year(), whole)
	}
	return dayRes(t)
}

// fewAgo is "a few units ago", "days ago": between seven and two units back.
func fewAgo(a time.Time, u unit) res {
	if u == uHour {
		return vague(a, a)
	}
	return vague(back(a, u, 7), back(a, u, 2))
}
