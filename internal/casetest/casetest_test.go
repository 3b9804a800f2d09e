package casetest

import "testing"

// TestDone runs Done in subtests and checks what each reports: a marked
// case that passes must fail the test, a marked case that fails must skip.
func TestDone(t *testing.T) {
	cases := []struct {
		name              string
		known             string
		fail              bool
		wantFail, wantSkp bool
	}{
		{"passes", "", false, false, false},
		{"fails", "", true, true, false},
		{"known and still failing", "tokenizer splits it", true, false, true},
		{"known but passing", "tokenizer splits it", false, true, false},
	}
	for _, tc := range cases {
		var failed, skipped bool
		// a fresh T in its own goroutine: Skipf and Errorf end or mark it,
		// not this test
		inner := &testing.T{}
		done := make(chan struct{})
		go func() {
			defer close(done)
			defer func() { failed, skipped = inner.Failed(), inner.Skipped() }()
			c := New(inner)
			if tc.fail {
				c.Errorf("wrong: %d", 1)
			}
			c.Done(tc.known)
		}()
		<-done
		if failed != tc.wantFail || skipped != tc.wantSkp {
			t.Errorf("%s: failed=%v skipped=%v, want failed=%v skipped=%v", tc.name, failed, skipped, tc.wantFail, tc.wantSkp)
		}
	}
}
