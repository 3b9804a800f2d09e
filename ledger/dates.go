package ledger

import (
	"time"

	"github.com/accord-events/accord"
)

// A Window is a closed range of days, each YYYY-MM-DD; the zero Window is
// unknown.
type Window struct {
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}

// Known reports whether both ends are set.
func (w Window) Known() bool { return w.Start != "" && w.End != "" }

// Overlaps reports whether two known windows share a day.
func (w Window) Overlaps(o Window) bool {
	return w.Known() && o.Known() && w.Start <= o.End && o.Start <= w.End
}

// Days is the number of days the window spans, 0 when unknown.
func (w Window) Days() int {
	if !w.Known() {
		return 0
	}
	a, err1 := accord.ParseDate(w.Start)
	b, err2 := accord.ParseDate(w.End)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(b.Sub(a).Hours()/24) + 1
}

// AddDays moves a YYYY-MM-DD date by n days; a date that does not parse is
// returned as is.
func AddDays(d string, n int) string {
	t, err := accord.ParseDate(d)
	if err != nil {
		return d
	}
	return accord.FormatDate(t.AddDate(0, 0, n))
}

// DaysBetween is b - a in days, 0 when either does not parse.
func DaysBetween(a, b string) int {
	ta, err1 := accord.ParseDate(a)
	tb, err2 := accord.ParseDate(b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return int(tb.Sub(ta).Hours() / 24)
}

// ValueWindow is the window of a date at its precision: "2024-10-25" is that
// day, "2024-10" the month, "2024" the year; the zero Window when v is none
// of these.
func ValueWindow(v string) Window {
	switch len(v) {
	case 10:
		if _, err := accord.ParseDate(v); err == nil {
			return Window{v, v}
		}
	case 7:
		if t, err := time.Parse("2006-01", v); err == nil {
			return Window{accord.FormatDate(t), accord.FormatDate(t.AddDate(0, 1, -1))}
		}
	case 4:
		if t, err := time.Parse("2006", v); err == nil {
			return Window{accord.FormatDate(t), accord.FormatDate(t.AddDate(1, 0, -1))}
		}
	}
	return Window{}
}

func maxDate(a, b string) string {
	if a > b {
		return a
	}
	return b
}
