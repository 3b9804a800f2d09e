package timex

import (
	"fmt"
	"strings"
	"testing"
)

// TestStartBits checks the bucket filter against the word lists, and the
// switch in starts against both; when a list changes it prints the new
// startBits.
func TestStartBits(t *testing.T) {
	var bits [128]byte
	classes := []struct {
		words string
		class uint8
	}{{leadWords, lead}, {beginWords, begin}, {pairWords, pair}}
	for _, c := range classes {
		for _, w := range strings.Fields(c.words) {
			b := bucket(w)
			bits[b>>3] |= 1 << (b & 7)
			if got := starts(w); got != c.class {
				t.Errorf("starts(%q) = %d, want %d", w, got, c.class)
			}
		}
	}
	if string(bits[:]) != startBits {
		var b strings.Builder
		for _, x := range bits {
			fmt.Fprintf(&b, `\x%02x`, x)
		}
		t.Errorf("startBits is stale; set it to\n\"%s\"", b.String())
	}
	for _, w := range []string{"said", "that", "minister", "pakistan", "", "x", "fyodor", "maybe", "tomorrows"} {
		if got := starts(w); got != noStart {
			t.Errorf("starts(%q) = %d, want none", w, got)
		}
	}
	for _, w := range []string{"fy25", "fy2025"} {
		if got := starts(w); got != begin {
			t.Errorf("starts(%q) = %d, want begin", w, got)
		}
	}
}
