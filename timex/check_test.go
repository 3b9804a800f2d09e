package timex

import (
	"testing"

	"github.com/accord-events/accord"
)

// checkTimes fails t when times break a guarantee of the package comment:
// spans inside the text, in order and apart; Value in the form Precision
// implies; Start <= End.
func checkTimes(t testing.TB, text string, times []accord.TimeExpr) {
	t.Helper()
	prev := 0
	for i, te := range times {
		if te.Span.Start < prev || te.Span.End <= te.Span.Start || te.Span.End > len(text) {
			t.Fatalf("time %d %q: span %d-%d out of order or outside the text (prev end %d, len %d)", i, te.Text, te.Span.Start, te.Span.End, prev, len(text))
		}
		prev = te.Span.End
		if te.Text != text[te.Span.Start:te.Span.End] {
			t.Fatalf("time %d: text %q is not the span's %q", i, te.Text, text[te.Span.Start:te.Span.End])
		}
		want := map[accord.Precision]int{accord.Day: 10, accord.Week: 7, accord.Month: 7, accord.Year: 4, accord.Unspecified: 0}
		n, ok := want[te.Precision]
		if !ok {
			t.Fatalf("time %d %q: unknown precision %q", i, te.Text, te.Precision)
		}
		if len(te.Value) != n || n > 0 && !dateLike(te.Value) {
			t.Fatalf("time %d %q: value %q does not fit precision %s", i, te.Text, te.Value, te.Precision)
		}
		for _, d := range []string{te.Start, te.End, te.Anchor} {
			if d != "" && (len(d) != 10 || !dateLike(d)) {
				t.Fatalf("time %d %q: %q is not YYYY-MM-DD", i, te.Text, d)
			}
		}
		if te.Start != "" && te.End != "" && te.Start > te.End {
			t.Fatalf("time %d %q: start %s after end %s", i, te.Text, te.Start, te.End)
		}
		switch te.Mod {
		case "", "by", "since", "until", "before", "after", "around":
		default:
			t.Fatalf("time %d %q: unknown mod %q", i, te.Text, te.Mod)
		}
	}
}

// dateLike reports whether s has the shape of a prefix of YYYY-MM-DD.
func dateLike(s string) bool {
	for i := 0; i < len(s); i++ {
		if i == 4 || i == 7 {
			if s[i] != '-' {
				return false
			}
		} else if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
