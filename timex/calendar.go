package timex

import (
	"time"

	"github.com/accord-events/accord"
)

// date returns the civil date y-m-d at UTC midnight; out-of-range parts
// roll over as time.Date does.
func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// civil strips t to its calendar date in its own location.
func civil(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	return date(y, int(m), d)
}

func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

// validDay reports whether d is a day of month m; with no year, 29 February
// passes.
func validDay(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2024
	}
	return d <= daysIn(y, m)
}

func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

// weekStart is the Monday of t's week.
func weekStart(t time.Time) time.Time { return addDays(t, -((int(t.Weekday()) + 6) % 7)) }

func daysBetween(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }

// A span of time, resolved: the window [start, end], the time it names
// (value) at a precision, and a modifier.
type res struct {
	start, end time.Time
	value      time.Time
	prec       accord.Precision
	mod        string
}

func dayRes(t time.Time) res { return res{start: t, end: t, value: t, prec: accord.Day} }

func window(start, end time.Time, prec accord.Precision) res {
	return res{start: start, end: end, value: start, prec: prec}
}

// vague is a time the text names without a date: a window (possibly
// none) and no value.
func vague(start, end time.Time) res {
	return res{start: start, end: end, prec: accord.Unspecified}
}

// part is a fixed fraction of a week, month, year or decade.
type part uint8

const (
	whole  part = iota
	early       // early, beginning, start
	mid         // mid, middle
	late        // late
	ending      // the end of
	week1       // the first week of
	week2
	week3
	week4
	weekLast // the last week of
	half1
	half2
	q1
	q2
	q3
	q4
)

func monthRes(y, m int, p part) res {
	first, n := date(y, m, 1), daysIn(y, m)
	r := window(first, date(y, m, n), accord.Month)
	switch p {
	case early:
		r.end = date(y, m, 10)
	case mid:
		r.start, r.end = date(y, m, 11), date(y, m, 20)
	case late, ending:
		r.start = date(y, m, 21)
	case half1:
		r.end = date(y, m, 15)
	case half2:
		r.start = date(y, m, 16)
	case week1, week2, week3, week4:
		k := int(p-week1) * 7
		r.start, r.end, r.prec = date(y, m, 1+k), date(y, m, 7+k), accord.Week
	case weekLast:
		r.start, r.prec = date(y, m, n-6), accord.Week
	}
	return r
}

func yearRes(y int, p part) res {
	r := window(date(y, 1, 1), date(y, 12, 31), accord.Year)
	from, to := 1, 12
	switch p {
	case early:
		to = 4
	case mid:
		from, to = 5, 8
	case late:
		from = 9
	case ending:
		from = 12
	case half1:
		to = 6
	case half2:
		from = 7
	case q1, q2, q3, q4:
		from = 1 + 3*int(p-q1)
		to = from + 2
	case week1:
		return res{start: date(y, 1, 1), end: date(y, 1, 7), value: date(y, 1, 1), prec: accord.Week}
	}
	r.start, r.end = date(y, from, 1), date(y, to, daysIn(y, to))
	r.value = date(y, 1, 1)
	return r
}

// weekRes is the week starting on Monday ws, or a part of it.
func weekRes(ws time.Time, p part) res {
	r := window(ws, addDays(ws, 6), accord.Week)
	switch p {
	case early:
		r.end = addDays(ws, 1)
	case mid:
		r.start, r.end = addDays(ws, 2), addDays(ws, 3)
	case late, ending:
		r.start = addDays(ws, 4)
	}
	return r
}

func decadeRes(y int, p part) res {
	from, to := y, y+9
	switch p {
	case early:
		to = y + 3
	case mid:
		from, to = y+4, y+6
	case late:
		from = y + 7
	}
	return res{start: date(from, 1, 1), end: date(to, 12, 31), value: date(y, 1, 1), prec: accord.Year}
}

// fiscalRes is the July-June year that starts in y.
func fiscalRes(y int) res {
	return res{start: date(y, 7, 1), end: date(y+1, 6, 30), value: date(y, 1, 1), prec: accord.Year}
}

// direction of a tense cue.
type dir int8

const (
	none dir = iota
	past
	future
)

// pickYear gives month m (and day d, if not 0) the year that puts it nearest
// the anchor, or on the anchor's side that the tense asks for.
func pickYear(anchor time.Time, m, d int, tense dir) int {
	y := anchor.Year()
	if d == 0 {
		diff := int(anchor.Month()) - m // months from the date this year back to the anchor
		switch tense {
		case future:
			if m < int(anchor.Month()) {
				return y + 1
			}
			return y
		case past:
			if m > int(anchor.Month()) {
				return y - 1
			}
			return y
		}
		switch {
		case diff > 6:
			return y + 1
		case diff < -6:
			return y - 1
		}
		return y
	}
	// a day: allow a month's slack against the tense, for loose reporting
	best, bestDist := y, 1<<30
	for _, cy := range [3]int{y, y - 1, y + 1} {
		if d > daysIn(cy, m) {
			continue // 29 February
		}
		diff := daysBetween(anchor, date(cy, m, d))
		if tense == future && diff < -31 || tense == past && diff > 31 {
			continue
		}
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDist {
			best, bestDist = cy, diff
		}
	}
	return best
}

// nearWeekday is the weekday wd nearest the anchor in the direction asked:
// on or before it for the past, on or after it for the future; strict
// excludes the anchor's own day.
func nearWeekday(anchor time.Time, wd time.Weekday, tense dir, strict bool) time.Time {
	if tense == future {
		n := (int(wd) - int(anchor.Weekday()) + 7) % 7
		if n == 0 && strict {
			n = 7
		}
		return addDays(anchor, n)
	}
	n := (int(anchor.Weekday()) - int(wd) + 7) % 7
	if n == 0 && strict {
		n = 7
	}
	return addDays(anchor, -n)
}

// formatDay writes t as YYYY-MM-DD.
func formatDay(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format(accord.DateLayout)
	}
	var b [10]byte
	b[0], b[1], b[2], b[3] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	b[4], b[7] = '-', '-'
	b[5], b[6] = byte('0'+int(m)/10), byte('0'+int(m)%10)
	b[8], b[9] = byte('0'+d/10), byte('0'+d%10)
	return string(b[:])
}
