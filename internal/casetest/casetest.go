// Package casetest holds what the stage packages' table-driven tests share:
// a Check that gathers the failures of one case and knows the cases marked
// as known failures. In: a *testing.T and the case's mark; out: errors,
// or a skip while a marked case fails and an error once it passes.
package casetest

import (
	"fmt"
	"strings"
	"testing"
)

// A Check gathers the failures of one case. A case marked as a known
// failure is skipped while it fails, and reported once it passes so that
// the mark is removed: a mark can never hide a fixed case.
type Check struct {
	t    *testing.T
	errs []string
}

// New starts the check of one case.
func New(t *testing.T) *Check { return &Check{t: t} }

// Errorf records a failure.
func (c *Check) Errorf(format string, args ...any) {
	c.errs = append(c.errs, fmt.Sprintf(format, args...))
}

// Failed reports whether a failure is recorded.
func (c *Check) Failed() bool { return len(c.errs) > 0 }

// Done reports the case: its failures, or, when known says why it is
// expected to fail, a skip (still failing) or an error (now passing).
func (c *Check) Done(known string) {
	c.t.Helper()
	switch {
	case known != "" && len(c.errs) > 0:
		c.t.Skipf("known failure: %s\n%s", known, strings.Join(c.errs, "\n"))
	case known != "":
		c.t.Errorf("marked as a known failure (%s) but passes: remove the mark", known)
	default:
		for _, e := range c.errs {
			c.t.Error(e)
		}
	}
}
