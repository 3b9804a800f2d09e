package timex

import (
	"strings"
	"time"

	"github.com/accord-events/accord/text"
)

// number reads an expression that starts with a number: dates, years, year
// spans, decades and counts.
func (s *scanner) number(j int, o op) (expr, int, bool) {
	if j > s.lo && s.glued(j) {
		// inside a word, URL or file name: "Video-2025-04-12"
		switch p := s.toks[j-1]; {
		case p.Kind == text.Word, p.Kind == text.Number, p.Norm == "-", p.Norm == "/", p.Norm == ".", p.Norm == "_":
			return expr{}, 0, false
		}
	}
	n := s.toks[j].Norm
	if strings.IndexByte(n, '/') >= 0 || strings.IndexByte(n, '.') >= 0 {
		return s.numericDate(j)
	}
	if y, ok := year(n); ok {
		// 2024-07-14
		if s.norm(j+1) == "-" && s.glued(j+1) && s.glued(j+2) && s.norm(j+3) == "-" && s.glued(j+3) && s.glued(j+4) {
			m, ok1 := digits(s.norm(j + 2))
			d, ok2 := digits(s.norm(j + 4))
			if ok1 && ok2 && len(s.norm(j+2)) == 2 && validDay(y, m, d) && !s.continues(j+5) {
				return expr{k: kDay, y: y, m: m, d: d}, j + 5, true
			}
			return expr{}, 0, false
		}
		// 2025-26, 2013-18, 2024-2025
		if s.norm(j+1) == "-" && s.glued(j+1) && s.glued(j+2) && s.kind(j+2) == text.Number {
			if y2, ok := spanEnd(y, s.norm(j+2)); ok {
				return s.span(j, j+3, y, y2), j + 3, true
			}
			return expr{}, 0, false
		}
		if o == opNone {
			return expr{}, 0, false // a bare year needs a governing word: "in 2023"
		}
		return expr{k: kYear, y: y}, j + 1, true
	}
	if y, ok := decade(n); ok {
		if o == opNone && s.norm(j-1) != "the" {
			return expr{}, 0, false
		}
		return expr{k: kDecade, y: y}, j + 1, true
	}
	if d, ok := dayNumber(n); ok {
		if e, k, ok := s.dayFirst(j, d); ok {
			return e, k, true
		}
	}
	return s.count(j, o)
}

// continues reports whether token k is glued on to what precedes it as
// part of one identifier: "2025-04-12-at", "2025-04-12x".
func (s *scanner) continues(k int) bool {
	return s.glued(k) && (s.kind(k) == text.Word || s.kind(k) == text.Number || s.norm(k) == "-")
}

// span makes a year span over tokens [j, end): a fiscal year when a word
// beside it says so.
func (s *scanner) span(j, end, y, y2 int) expr {
	if y2 == y+1 {
		for _, k := range [...]int{j - 1, j - 2, j - 3, end} {
			switch s.norm(k) {
			case "fiscal", "financial", "fy", "budget", "budgetary", "psdp", "adp":
				return expr{k: kFiscal, y: y}
			}
		}
	}
	return expr{k: kSpan, y: y, y2: y2}
}

// numericDate reads one token like 20.02.2025 (day first, as in Pakistan)
// or 2025/26; never 9/11 or 24/7.
func (s *scanner) numericDate(j int) (expr, int, bool) {
	n := s.toks[j].Norm
	sep := byte('/')
	if strings.IndexByte(n, '.') >= 0 {
		sep = '.'
	}
	var parts [3]string
	c := 0
	for c < 3 {
		i := strings.IndexByte(n, sep)
		if i < 0 {
			parts[c] = n
			c++
			n = ""
			break
		}
		parts[c] = n[:i]
		n = n[i+1:]
		c++
	}
	if n != "" {
		return expr{}, 0, false
	}
	switch c {
	case 2:
		if y, ok := year(parts[0]); ok && sep == '/' {
			if y2, ok := spanEnd(y, parts[1]); ok {
				return s.span(j, j+1, y, y2), j + 1, true
			}
		}
	case 3:
		d, ok1 := digits(parts[0])
		m, ok2 := digits(parts[1])
		y, ok3 := year(parts[2])
		if ok1 && ok2 && ok3 && len(parts[0]) <= 2 && len(parts[1]) <= 2 && validDay(y, m, d) {
			return expr{k: kDay, y: y, m: m, d: d}, j + 1, true
		}
	}
	return expr{}, 0, false
}

// dayFirst reads "14 July 2024", "14th July", "7-8 October 2025", "8 to 13
// December", "20th of May".
func (s *scanner) dayFirst(j, d int) (expr, int, bool) {
	e := expr{k: kDay, d: d}
	k := j + 1
	if d2, k2, ok := s.dayRangeTail(k, d); ok {
		if m, _ := s.monthAfterDay(k2); m > 0 {
			e.d2, k = d2, k2
		}
	}
	m, k2 := s.monthAfterDay(k)
	if m == 0 {
		return expr{}, 0, false
	}
	e.m, k = m, k2
	if e.d2 != 0 {
		e.m2 = m
	}
	k = s.yearTail(k, &e)
	if !validDay(e.y, e.m, e.d) || e.d2 != 0 && !validDay(e.y, e.m, e.d2) {
		return expr{}, 0, false
	}
	return e, s.weekdayParen(k), true
}

// monthAfterDay reads the month after a day number, with an optional "of";
// lower-case "may" and "march" are never months here.
func (s *scanner) monthAfterDay(k int) (int, int) {
	if s.norm(k) == "of" {
		k++
	}
	m, abbr := monthOf(s.norm(k))
	if m == 0 || s.kind(k) != text.Word {
		return 0, 0
	}
	if !s.capital(k) && (m == 3 || m == 5) {
		return 0, 0
	}
	k++
	if abbr && s.norm(k) == "." && s.glued(k) {
		k++
	}
	return m, k
}

// dayRangeTail reads the "-8" of "7-8", "to 13", "and 5".
func (s *scanner) dayRangeTail(k, d int) (int, int, bool) {
	switch s.norm(k) {
	case "-", "to", "till", "until", "through", "and", "&":
		if d2, ok := s.dayAt(k + 1); ok && d2 > d {
			return d2, k + 2, true
		}
	}
	return 0, 0, false
}

// month reads an expression that starts with a month name at j.
func (s *scanner) month(j, m int, abbr bool, o op) (expr, int, bool) {
	capital := s.capital(j)
	k := j + 1
	if abbr && s.norm(k) == "." && s.glued(k) {
		k++
	}
	if d, ok := s.dayAt(k); ok && validDay(0, m, d) {
		e := expr{k: kDay, m: m, d: d}
		k++
		if d2, k2, ok := s.dayRangeTail(k, d); ok && validDay(0, m, d2) && (s.norm(k) != "and" || s.listEnds(k2)) {
			e.d2, e.m2, k = d2, m, k2
		}
		k = s.yearTail(k, &e)
		if !validDay(e.y, e.m, e.d) {
			return expr{}, 0, false
		}
		return e, s.weekdayParen(k), true
	}
	if !capital {
		return expr{}, 0, false // lower-case months only with a day: "he may visit"
	}
	e := expr{k: kMonth, m: m}
	if k2 := s.yearTail(k, &e); k2 != k {
		return e, k2, true
	}
	if abbr {
		return expr{}, 0, false
	}
	if o == opNone && !s.monthContext(j) {
		return expr{}, 0, false // "May God", "Aurat March"
	}
	if m == 8 && august(s.norm(k)) {
		return expr{}, 0, false
	}
	return e, k, true
}

// august reports whether "August" before w is the adjective: "this August
// House".
func august(w string) bool {
	switch w {
	case "house", "body", "forum", "gathering", "assembly", "audience", "presence":
		return true
	}
	return false
}

// listEnds reports whether "March 3 and 5" ends at k, rather than going on
// as "May 10 and 11 people".
func (s *scanner) listEnds(k int) bool {
	if s.kind(k) != text.Word {
		return true
	}
	switch s.norm(k) {
	case "in", "at", "on", "this", "next", "last", "of", "respectively", "and", "to", "for", "when":
		return true
	}
	return false
}

// monthContext reports whether the words before a lone month name at j
// show it is one: "the month of May", "January and February".
func (s *scanner) monthContext(j int) bool {
	switch s.norm(j - 1) {
	case "of", "to", "this", "last", "next", "early", "late", "mid", "in", "by", "since", "until",
		"till", "during", "from", "for", "through", "throughout", "before", "after", "around", "between":
		return true
	case "and", "or", ",", "&", "-":
		for k := j - 2; k >= j-4; k-- {
			if m, abbr := monthOf(s.norm(k)); m > 0 && !abbr && s.capital(k) {
				return true
			}
		}
	}
	return false
}

// yearTail reads the year after a month or date: " 2024", ", 2024", "this
// year", "of next year".
func (s *scanner) yearTail(k int, e *expr) int {
	if y, ok := s.yearAt(k); ok {
		e.y = y
		return k + 1
	}
	if s.norm(k) == "," || s.norm(k) == "of" {
		if y, ok := s.yearAt(k + 1); ok {
			e.y = y // "March 25th of 2025"
			return k + 2
		}
	}
	i := k
	if s.norm(i) == "of" {
		i++
	}
	if s.norm(i+1) == "year" {
		off := 0
		switch s.norm(i) {
		case "this":
		case "next":
			off = 1
		case "last":
			off = -1
		default:
			return k
		}
		// with no anchor any year will do: the expression needs the anchor,
		// so it is reported unspecified
		s.used = true
		e.y = max(s.anchor.Year(), 1) + off
		return i + 2
	}
	return k
}

// weekdayParen swallows the "(Saturday)" after a date.
func (s *scanner) weekdayParen(k int) int {
	if s.norm(k) == "(" && s.norm(k+2) == ")" {
		if _, ok := weekdayOf(s.norm(k + 1)); ok {
			return k + 3
		}
	}
	return k
}

// weekday reads "Tuesday", "Sunday night", "Saturday (April 19)"; the
// explicit date wins.
func (s *scanner) weekday(j int, wd time.Weekday, o op, rel int8) (expr, int, bool) {
	if !s.capital(j) {
		return expr{}, 0, false
	}
	k := j + 1
	switch s.norm(k) {
	case "(":
		if e, k2, ok := s.explicitDay(k + 1); ok && s.norm(k2) == ")" {
			return e, k2 + 1, true
		}
	case ",":
		if e, k2, ok := s.explicitDay(k + 1); ok {
			return e, k2, true
		}
	default:
		if e, k2, ok := s.explicitDay(k); ok {
			return e, k2, true
		}
	}
	if o == opNone && rel == relNone {
		// a weekday in a name: "Sunday Times", "Friday Bazaar", "Good Friday"
		if s.kind(k) == text.Word && s.capital(k) && !dayPart(s.norm(k)) {
			return expr{}, 0, false
		}
		switch s.norm(j - 1) {
		case "good", "black", "easter", "bloody", "super", "holy", "ash", "palm", "cyber", "'s", "'":
			return expr{}, 0, false
		}
	}
	if dayPart(s.norm(k)) {
		k++
	}
	return expr{k: kWeekday, wd: wd, rel: rel}, k, true
}

// explicitDay reads a full day-and-month date at k, if there is one.
func (s *scanner) explicitDay(k int) (expr, int, bool) {
	var e expr
	var end int
	var ok bool
	switch s.kind(k) {
	case text.Word:
		if m, abbr := monthOf(s.norm(k)); m > 0 {
			e, end, ok = s.month(k, m, abbr, opPlain)
		}
	case text.Number:
		if d, isDay := dayNumber(s.norm(k)); isDay {
			e, end, ok = s.dayFirst(k, d)
		}
	}
	if !ok || e.k != kDay {
		return expr{}, 0, false
	}
	return e, end, true
}

// token readers

func (s *scanner) dayAt(i int) (int, bool) {
	if s.kind(i) != text.Number {
		return 0, false
	}
	return dayNumber(s.toks[i].Norm)
}

func (s *scanner) yearAt(i int) (int, bool) {
	if s.kind(i) != text.Number {
		return 0, false
	}
	if s.norm(i+1) == "-" && s.glued(i+1) && s.kind(i+2) == text.Number && s.glued(i+2) {
		return 0, false // 2025-26 is a span, not a year after a month
	}
	return year(s.toks[i].Norm)
}

// dayNumber reads 1 to 31, with an optional ordinal suffix: "04", "14th".
func dayNumber(n string) (int, bool) {
	i := 0
	for i < len(n) && n[i] >= '0' && n[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return 0, false
	}
	switch n[i:] {
	case "", "st", "nd", "rd", "th":
	default:
		return 0, false
	}
	d, _ := digits(n[:i])
	return d, d >= 1 && d <= 31
}

// year reads a four-digit year from 1800 to 2199.
func year(n string) (int, bool) {
	if len(n) != 4 {
		return 0, false
	}
	y, ok := digits(n)
	return y, ok && y >= 1800 && y <= 2199
}

// decade reads "1990s".
func decade(n string) (int, bool) {
	if len(n) != 5 || n[4] != 's' || n[3] != '0' {
		return 0, false
	}
	return year(n[:4])
}

// spanEnd reads the end of a year span after y: "26" or "2026" for 2025,
// up to ten years on.
func spanEnd(y int, n string) (int, bool) {
	v, ok := digits(n)
	if !ok {
		return 0, false
	}
	switch len(n) {
	case 2:
		v += y / 100 * 100
		if v <= y {
			v += 100
		}
	case 4:
	default:
		return 0, false
	}
	return v, v > y && v <= y+10
}

// digits reads a short run of ASCII digits.
func digits(n string) (int, bool) {
	if n == "" || len(n) > 6 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(n); i++ {
		c := n[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}
