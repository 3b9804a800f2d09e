// Package cameo is the CAMEO event code table: for each code its label, the
// PLOVER type and mode it maps to, its GDELT quad class and its Goldstein
// value.
//
// In: a CAMEO code string ("036", "0212"; leading zeros matter). Out: the
// code's entry. The table is generated data (data/cameo.tsv, see
// internal/gen/cameo), embedded and parsed once per Table.
package cameo

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// A Code is one CAMEO event code.
type Code struct {
	Code      string
	Label     string
	Plover    string // PLOVER type; empty for 01 (statements), which PLOVER drops
	Mode      string // PLOVER mode, where the 2021 map gives one
	QuadClass int    // GDELT: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	Goldstein float64
}

// Root is the code's two-digit root.
func (c Code) Root() string { return c.Code[:2] }

// Table holds every code.
type Table struct{ codes map[string]Code }

//go:embed data/cameo.tsv
var data string

// New parses the embedded table.
func New() (*Table, error) {
	t := &Table{codes: map[string]Code{}}
	for n, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("cameo table line %d: %d fields, want 6", n+1, len(f))
		}
		quad, err := strconv.Atoi(f[3])
		if err != nil {
			return nil, fmt.Errorf("cameo table line %d: quad class %q: %w", n+1, f[3], err)
		}
		g, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return nil, fmt.Errorf("cameo table line %d: Goldstein %q: %w", n+1, f[4], err)
		}
		t.codes[f[0]] = Code{Code: f[0], Plover: f[1], Mode: f[2], QuadClass: quad, Goldstein: g, Label: f[5]}
	}
	return t, nil
}

// Lookup returns the entry for code.
func (t *Table) Lookup(code string) (Code, bool) {
	c, ok := t.codes[code]
	return c, ok
}

// General returns the code that stands for a PLOVER type when nothing more
// specific is known: of the type's three-digit codes, one with no mode
// before one with a mode, a root's "not specified" code (ending in 0)
// before others, then the lowest (030 for AGREE, 180 for ASSAULT, 090 for
// ACCUSE, whose codes all have a mode). It is what an event gets when a user
// changes its type.
func (t *Table) General(ploverType string) (Code, bool) {
	var best Code
	found := false
	rank := func(c Code) int { // lower is better
		r := 0
		if c.Mode != "" {
			r += 2
		}
		if !strings.HasSuffix(c.Code, "0") {
			r++
		}
		return r
	}
	for _, c := range t.codes {
		if c.Plover != ploverType || len(c.Code) != 3 {
			continue
		}
		if !found || rank(c) < rank(best) || rank(c) == rank(best) && c.Code < best.Code {
			best, found = c, true
		}
	}
	return best, found
}

// Len is the number of codes in the table.
func (t *Table) Len() int { return len(t.codes) }

// PloverTypes are the 16 event types of the PLOVER 2024 manual.
var PloverTypes = []string{
	"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
	"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
	"COERCE", "ASSAULT",
}
