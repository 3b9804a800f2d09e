package eval

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/text"
)

// Kinds of Miss.
const (
	Missed        = "missed"         // a required gold item no system item matched
	FalsePositive = "false positive" // a system item that matches no gold item
)

// A Miss is one missed gold item or one false positive, with what a
// developer needs to see why.
type Miss struct {
	Kind     string // Missed or FalsePositive
	Doc      string // the document's id
	Category string // Persons, Events, Commitments or Mechanisms
	Item     string // the item's main fields, on one line
	// Evidence is the gold item's "evidence", or the system item's evidence
	// text; persons and mechanisms have none.
	Evidence string
	Rule     string // the rule that produced a system item, where it names one
	// Sentence is the sentence of the gold document's text that holds the
	// evidence (for persons and mechanisms, the first that holds the name or
	// an alias), bounded by . ! ? or a line break; "" when not found.
	Sentence string
}

func (sc *scorer) goldMiss(category, item, evidence string, names []string) {
	if !sc.res.Options.Misses {
		return
	}
	sc.res.Misses = append(sc.res.Misses, Miss{
		Kind: Missed, Doc: sc.doc.ID, Category: category, Item: item, Evidence: evidence,
		Sentence: sentence(sc.doc.Text, accord.Evidence{Text: evidence}, names),
	})
}

func (sc *scorer) sysMiss(category, item string, ev accord.Evidence, rule string, names []string) {
	if !sc.res.Options.Misses {
		return
	}
	sc.res.Misses = append(sc.res.Misses, Miss{
		Kind: FalsePositive, Doc: sc.doc.ID, Category: category, Item: item, Evidence: ev.Text,
		Rule: rule, Sentence: sentence(sc.doc.Text, ev, names),
	})
}

// sentence finds the evidence in text (at its offsets when they hold it,
// else at its first occurrence), or else the first of names that occurs,
// and returns the sentence around it.
func sentence(doc string, ev accord.Evidence, names []string) string {
	start, end := -1, -1
	switch {
	case ev.Text == "":
	case 0 <= ev.Start && ev.Start < ev.End && ev.End <= len(doc) && doc[ev.Start:ev.End] == ev.Text:
		start, end = ev.Start, ev.End
	default:
		if i := strings.Index(doc, ev.Text); i >= 0 {
			start, end = i, i+len(ev.Text)
		}
	}
	for _, n := range names {
		if start >= 0 {
			break
		}
		if n = shown(n); strings.TrimSpace(n) != "" {
			if i := strings.Index(doc, n); i >= 0 {
				start, end = i, i+len(n)
			}
		}
	}
	if start < 0 {
		return ""
	}
	// the sentence as the engine cuts it, so that "U.S." or "Mr." inside
	// does not end it
	for _, st := range text.Analyze(doc).Sentences {
		if st.Start <= start && start < st.End {
			return strings.TrimSpace(doc[st.Start:max(st.End, min(end, len(doc)))])
		}
	}
	return ""
}

// shown is a kept value as people read it: without the mark of a value
// that was not a string.
func shown(s string) string {
	return strings.TrimPrefix(s, otherMark)
}

// joinParts joins the non-empty parts with spaces.
func joinParts(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = shown(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " ")
}

func list(items []string) string {
	var out []string
	for _, it := range items {
		out = append(out, shown(it))
	}
	return strings.Join(out, "+")
}

func quoted(s string) string {
	if s = shown(s); s == "" {
		return ""
	}
	return fmt.Sprintf("%q", s)
}

func aliases(a []string) string {
	if len(a) == 0 {
		return ""
	}
	var out []string
	for _, s := range a {
		out = append(out, shown(s))
	}
	return "(" + strings.Join(out, "; ") + ")"
}

func optStr(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

func goldPersonItem(p GoldPerson) string {
	return joinParts(quoted(p.Name), aliases(p.Aliases), optStr(p.Country), quoted(p.Title))
}

func sysPersonItem(p SysPerson) string {
	return joinParts(quoted(p.Name), aliases(p.Aliases), optStr(p.Country), quoted(p.Title))
}

func goldEventItem(e GoldEvent) string {
	arrow := "->"
	if e.Symmetric {
		arrow = "<->"
	}
	return joinParts(e.Type, optStr(e.Cameo), e.Source+arrow+e.Target, e.Tense, optStr(e.Date))
}

func sysEventItem(e SysEvent) string {
	return joinParts(e.Type, e.Cameo, actorCode(shown(e.Source.Country))+"->"+actorCode(shown(e.Target.Country)),
		e.Tense, e.Date)
}

func goldCommitmentItem(c GoldCommitment) string {
	return joinParts(quoted(c.What), list(c.Parties), prefixed("due ", optStr(c.Due)))
}

func sysCommitmentItem(c SysCommitment) string {
	return joinParts(quoted(c.What), list(c.Parties), prefixed("due ", shown(c.Due)))
}

func goldMechanismItem(m GoldMechanism) string {
	return joinParts(quoted(m.Name), aliases(m.Aliases), list(m.Parties))
}

func sysMechanismItem(m SysMechanism) string {
	return joinParts(quoted(m.Name), aliases(m.Aliases), list(m.Parties))
}

// WriteMisses writes r.Misses grouped by document, in the order score.py
// finds them (by document, then persons, events, commitments, mechanisms;
// false positives in system order, then misses in gold order), each with
// its evidence, rule and sentence.
func (r Result) WriteMisses(w io.Writer) error {
	bw := bufio.NewWriter(w)
	if len(r.Misses) == 0 {
		fmt.Fprintln(bw, "no misses and no false positives")
	}
	doc := ""
	for i, m := range r.Misses {
		if i == 0 || m.Doc != doc {
			doc = m.Doc
			fmt.Fprintf(bw, "== %s\n", doc)
		}
		fmt.Fprintf(bw, "  %-15s %-12s %s", m.Kind, m.Category, m.Item)
		if m.Rule != "" {
			fmt.Fprintf(bw, "  [rule %s]", m.Rule)
		}
		fmt.Fprintln(bw)
		if m.Evidence != "" {
			fmt.Fprintf(bw, "      evidence: %s\n", oneLine(m.Evidence))
		}
		if m.Sentence != "" && m.Sentence != strings.TrimSpace(m.Evidence) {
			fmt.Fprintf(bw, "      sentence: %s\n", oneLine(m.Sentence))
		}
	}
	return bw.Flush()
}

// oneLine folds runs of white space, line breaks included, to one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
