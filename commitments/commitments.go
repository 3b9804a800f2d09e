// Package commitments turns the promises and plans the event coder found
// into commitments: what was promised, by which parties, due when.
//
// In: the coded events (package events), each promise carrying the tokens of
// the promised thing and its due time. Out: one accord.Commitment per promise
// (not per pair of parties), with status pending as of the report's date and
// the id of the AGREE event that carries it.
package commitments

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/events"
	"github.com/accord-events/accord/text"
)

// Find returns the commitments of a report.
func Find(a *text.Analysis, evs []events.Coded) []accord.Commitment {
	var out []accord.Commitment
	at := map[key]int{}
	var last struct { // the last plan with a due time of its own
		due      *accord.TimeExpr
		sentence int
	}
	for i := range evs {
		ev := &evs[i]
		if !ev.Promise || ev.Type != "AGREE" {
			continue
		}
		k := key{ev.Sentence, ev.First}
		if j, ok := at[k]; ok {
			out[j].Parties = accord.JoinCountries(out[j].Parties, ev.Parties)
			continue
		}
		// "will meet X and hold talks with Y": one plan, told by two verbs
		if j, ok := within(evs, i, at); ok {
			out[j].Parties = accord.JoinCountries(out[j].Parties, ev.Parties)
			at[k] = j
			continue
		}
		what := promised(a, ev)
		if what == "" || ev.Dated {
			continue // "a ceasefire was agreed on May 10": a date, nothing promised
		}
		if strings.Contains(ev.Rule, "-> AGREE 032 (") && !toDo(a, ev) {
			continue // "reaffirmed their commitment to the principles of the UN Charter": a stance, no act
		}
		due := ev.Due
		if due != nil && ev.Tense == accord.Past && due.Precision == accord.Day && due.Anchor != "" && due.Value == due.Anchor && !strings.Contains(strings.ToLower(due.Text), "today") {
			// "have agreed to grant visa-free entry on Wednesday" in a report
			// of that Wednesday: the day of agreeing, not a due date
			due = nil
		}
		if due == nil && ev.Time == nil && plan(ev) && last.due != nil && ev.Sentence-last.sentence <= 2 {
			// "will head the delegation to the conference on April 22. On
			// its sidelines, he will hold talks with X": a plan of the same
			// trip, due in the month of the plan before
			due = monthOf(last.due)
		}
		if ev.Due != nil && plan(ev) {
			last.due, last.sentence = ev.Due, ev.Sentence
		}
		c := accord.Commitment{
			What:     what,
			Parties:  accord.JoinCountries(nil, ev.Parties),
			Due:      dueWindow(due),
			Status:   accord.Pending,
			Event:    ev.ID,
			Evidence: ev.Evidence,
			Rule:     "promise: " + ev.Rule,
		}
		if len(c.Parties) == 0 {
			c.Parties = accord.JoinCountries(nil, []string{ev.Source.Country})
		}
		at[k] = len(out)
		out = append(out, c)
	}
	for i := range out {
		out[i].ID = fmt.Sprintf("c%d", i+1)
		sort.Strings(out[i].Parties)
	}
	return out
}

// within finds an earlier promise of the same sentence whose promised
// thing holds the trigger of promise i, and the commitment made from it.
func within(evs []events.Coded, i int, at map[key]int) (int, bool) {
	ev := &evs[i]
	for j := 0; j < i; j++ {
		o := &evs[j]
		if o.Sentence != ev.Sentence || !o.Promise || o.What[0] < 0 {
			continue
		}
		if ev.First >= o.What[0] && ev.First < o.What[1] {
			if c, ok := at[key{o.Sentence, o.First}]; ok {
				return c, true
			}
		}
	}
	return 0, false
}

// key locates a promise: its sentence and first trigger token.
type key struct{ sentence, first int }

// dueWindow is the window a promise is due in: the period the text names.
// A deadline ("by the end of 2026", "within a month") is due in the period
// it names, not from the day it was set, so its window starts with that
// period (2026-01-01), at the precision the text gives.
func dueWindow(t *accord.TimeExpr) *accord.TimeExpr {
	if t == nil || t.Mod != "by" || t.Value == "" {
		return t
	}
	d := *t
	switch len(d.Value) {
	case 4:
		d.Start = d.Value + "-01-01"
	case 7:
		d.Start = d.Value + "-01"
	default:
		d.Start = d.Value
	}
	if d.Start > d.End && d.End != "" {
		d.Start = d.End
	}
	return &d
}

// promised is the text of the promised thing: the complement of a promise
// verb, or the planned happening, trimmed.
func promised(a *text.Analysis, ev *events.Coded) string {
	first, last := ev.What[0], ev.What[1]
	if first < 0 || last <= first {
		first, last = ev.First, ev.Last
	}
	for first < last && (a.Tokens[first].Kind != text.Word && a.Tokens[first].Kind != text.Number || a.Tokens[first].Norm == "to") {
		first++
	}
	for last > first && a.Tokens[last-1].Kind == text.Punct {
		last--
	}
	if last-first > 30 {
		last = first + 30
	}
	return strings.TrimSpace(a.SpanText(first, last))
}

// plan reports whether a promise is an announced plan of a happening ("will
// hold talks", "is expected to be signed"), not a promise verb's.
func plan(ev *events.Coded) bool {
	return ev.Tense == accord.Future && strings.Contains(ev.Rule, "future -> AGREE")
}

// monthOf is the month of a time, as a plan of the same trip is due in it.
// It keeps the time's text and offsets, so that the due date still points
// at the words it comes from.
func monthOf(t *accord.TimeExpr) *accord.TimeExpr {
	if len(t.Value) < 7 || t.Mod == "by" {
		return nil
	}
	m := t.Value[:7]
	start, err := time.Parse("2006-01-02", m+"-01")
	if err != nil {
		return nil
	}
	return &accord.TimeExpr{Span: t.Span, Text: t.Text, Value: m, Start: m + "-01", End: start.AddDate(0, 1, -1).Format("2006-01-02"),
		Precision: accord.Month, Anchor: t.Anchor}
}

// stanceWords name what a reaffirmed stance holds to ("reaffirmed their
// commitment to ...").
var stanceWords = map[string]bool{"commitment": true, "resolve": true, "pledge": true, "determination": true,
	"continuation": true, "willingness": true, "desire": true, "readiness": true}

// toDo reports whether a reaffirmed commitment is to do something: "their
// commitment to strengthening ties", "the commitment of Pakistan and Iran
// to further deepen relations", "commitment for further strengthening",
// "commitment to the comprehensive development of relations", "the
// continuation of cooperation"; not "commitment to the principles of
// multilateralism", "commitment towards judicial independence", "readiness
// for dialogue".
func toDo(a *text.Analysis, ev *events.Coded) bool {
	first, last := ev.Last, ev.What[1] // the stance word may stand before what is promised
	if ev.What[0] < 0 || last > len(a.Tokens) {
		return true
	}
	for k := first; k < last && k < first+8; k++ {
		if !stanceWords[a.Tokens[k].Norm] {
			continue
		}
		if a.Tokens[k].Norm == "continuation" {
			return true // "reaffirmed the continuation of counter-terrorism cooperation"
		}
		// the preposition of what it holds to, past "of X", "both", a time
		j := k + 1
		for ; j < last && j < k+10; j++ {
			if w := a.Tokens[j].Norm; w == "to" || w == "for" || w == "in" || w == "towards" {
				break
			}
			if a.Tokens[j].Kind == text.Punct && a.Tokens[j].Norm != "”" && a.Tokens[j].Norm != "’" && a.Tokens[j].Norm != "\"" {
				return false
			}
		}
		if j >= last || j >= k+10 {
			return false
		}
		prep := a.Tokens[j].Norm
		j++
		for j < last && (strings.HasSuffix(a.Tokens[j].Norm, "ly") || a.Tokens[j].Norm == "further") {
			j++
		}
		if j >= last || a.Tokens[j].Kind != text.Word || a.Tokens[j].Flags&text.Cap != 0 {
			return false
		}
		if prep != "to" {
			return strings.HasSuffix(a.Tokens[j].Norm, "ing") // "commitment for further strengthening"
		}
		switch a.Tokens[j].Norm {
		case "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "all":
			// "to the comprehensive development of", not "to the principles of"
			for n := j + 1; n < last && n <= j+3 && a.Tokens[n].Kind == text.Word; n++ {
				if w := a.Tokens[n].Norm; strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ing") {
					return true
				}
			}
			return false
		case "peace", "principles":
			return false
		}
		return true
	}
	return true
}
