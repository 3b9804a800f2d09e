package eval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"unicode/utf8"
)

// A TypePair is a gold event type and the type a system gave the same
// happening.
type TypePair struct {
	Gold, System string
}

// A Confusion counts system events by their type and the type of the gold
// event they are paired with.
//
// Pairs are made within each document whose events are annotated, among
// events whose actors match (source and target equal, or reversed when the
// gold event is symmetric), one to one, in two passes over the system events
// in the order the system wrote them: first each takes the first unpaired
// gold event of the same type; then each one still unpaired takes the first
// unpaired gold event of any type. Gold events are tried required first,
// then optional ones, as in matching. A system event left unpaired (no
// actor-matching gold event, or all of them taken) is not counted, nor is a
// gold event left unpaired. So the diagonal counts events coded with the
// right type, and the rest shows which type was given instead of which. The
// system type is upper-cased as the referee compares it.
type Confusion map[TypePair]int

// confuse adds the pairs of one document to c.
func confuse(gold []GoldEvent, sys []SysEvent, c Confusion) {
	order := make([]int, 0, len(gold))
	for pass := 0; pass < 2; pass++ {
		for i, g := range gold {
			if g.Optional == (pass == 1) {
				order = append(order, i)
			}
		}
	}
	taken := make([]bool, len(gold))
	paired := make([]bool, len(sys))
	for pass := 0; pass < 2; pass++ {
		for si, s := range sys {
			if paired[si] {
				continue
			}
			typ := pyUpper(s.Type)
			for _, gi := range order {
				g := gold[gi]
				if taken[gi] || !sameActors(g, s) || pass == 0 && typ != g.Type {
					continue
				}
				taken[gi], paired[si] = true, true
				c[TypePair{Gold: g.Type, System: typ}]++
				break
			}
		}
	}
}

// WriteConfusion writes r.Confusion as a table, gold types down, system
// types across; "." is zero.
func (r Result) WriteConfusion(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if len(r.Confusion) == 0 {
		fmt.Fprintln(bw, "event types: no system event has the actors of a gold event")
		return bw.Flush()
	}
	rowSet, colSet := map[string]bool{}, map[string]bool{}
	for p := range r.Confusion {
		rowSet[typeLabel(p.Gold)] = true
		colSet[typeLabel(p.System)] = true
	}
	rows, cols := sortedKeys(rowSet), sortedKeys(colSet)
	const corner = `gold \ system`
	first := len(corner)
	for _, r := range rows {
		first = max(first, utf8.RuneCountInString(r))
	}
	width := make([]int, len(cols))
	for j, c := range cols {
		width[j] = utf8.RuneCountInString(c)
		for _, g := range rows {
			width[j] = max(width[j], len(strconv.Itoa(r.count(g, c))))
		}
	}
	fmt.Fprintln(bw, "event types, among events with matching actors (rows: gold, columns: system)")
	fmt.Fprintf(bw, "%-*s", first, corner)
	for j, c := range cols {
		fmt.Fprintf(bw, "  %*s", width[j], c)
	}
	fmt.Fprintln(bw)
	for _, g := range rows {
		fmt.Fprintf(bw, "%-*s", first, g)
		for j, c := range cols {
			cell := "."
			if n := r.count(g, c); n > 0 {
				cell = strconv.Itoa(n)
			}
			fmt.Fprintf(bw, "  %*s", width[j], cell)
		}
		fmt.Fprintln(bw)
	}
	return bw.Flush()
}

// count is the cell of the table for the labels gold and sys.
func (r Result) count(gold, sys string) int {
	n := 0
	for p, k := range r.Confusion {
		if typeLabel(p.Gold) == gold && typeLabel(p.System) == sys {
			n += k
		}
	}
	return n
}

// typeLabel is an event type as shown: "-" for none.
func typeLabel(t string) string {
	if t = shown(t); t == "" {
		return "-"
	}
	return t
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
