package ledger

import (
	"slices"
	"strings"

	"github.com/accord-events/accord"
)

// CommitmentKey is the stable key of a commitment: the report id and the
// byte offset of its evidence.
func CommitmentKey(report string, c *accord.Commitment) string {
	return keyAt(report, c.Evidence.Start)
}

var (
	visitWords   = []string{"visit", "visits", "tour", "trip"}
	signWords    = []string{"sign", "signing", "ink"}
	meetingWords = []string{"meet", "meeting", "meetings", "talks", "hold", "holding", "dialogue", "round",
		"session", "consultations", "summit", "conference", "negotiations", "negotiate", "convene", "host"}
)

func hasWord(words []string, set []string) bool {
	for _, w := range words {
		if slices.Contains(set, w) {
			return true
		}
	}
	return false
}

// CommitmentKind says what a later report must show to fulfil a commitment:
// a session of its mechanism; a visit (its event's mode, or "visit" in what
// was promised); a signing; a meeting (an intent to meet, or "hold",
// "talks", "meeting", ... in what was promised); else nothing an event can
// show (KindOther).
func CommitmentKind(c *accord.Commitment, e *accord.Event, mechanism string) string {
	if mechanism != "" {
		return KindSession
	}
	words := Words(c.What)
	if len(words) > 12 {
		words = words[:12] // the head of what was promised, not its purpose
	}
	switch {
	case (e != nil && e.Mode == "visit") || hasWord(words[:min(len(words), 3)], visitWords):
		return KindVisit
	case hasWord(words[:min(len(words), 3)], signWords):
		return KindSign
	case (e != nil && strings.HasPrefix(e.Cameo, "036")) || hasWord(words, meetingWords):
		return KindMeeting
	}
	return KindOther
}

// CommitmentWindows sets a commitment's Due, Watch, OverdueAfter and
// SignalEnd from its due time and the day it was made:
//
//   - a dated window (in October; by the end of 2025; within a month): due
//     then, watched from its start (not before the day after the promise)
//     to Grace days after its end, overdue after its end;
//   - a vague time ("soon"): due within Vague days;
//   - no time: watched for Undated days, never overdue.
func (l *Ledger) CommitmentWindows(c *Commitment, due *accord.TimeExpr) {
	next := AddDays(c.Date, 1)
	switch {
	case due == nil || c.Date == "":
		c.Watch = Window{next, AddDays(c.Date, l.Undated)}
	case due.Start == "" && due.End == "":
		c.Due = Window{c.Date, AddDays(c.Date, l.Vague)}
		c.Watch = Window{next, AddDays(c.Due.End, l.Grace)}
		c.OverdueAfter = c.Due.End
	default:
		start, end := due.Start, due.End
		if start == "" {
			start = c.Date
		}
		if end == "" {
			end = AddDays(start, l.Vague)
		}
		switch due.Mod {
		case "by", "before", "until":
			start = c.Date
		case "after", "since":
			end = maxDate(end, AddDays(start, l.Vague))
		}
		c.Due = Window{start, end}
		c.Watch = Window{maxDate(start, next), AddDays(end, l.Grace)}
		if c.Watch.End < c.Watch.Start {
			c.Watch.End = AddDays(c.Watch.Start, l.Grace)
		}
		c.OverdueAfter = end
	}
	c.SignalEnd = AddDays(c.Watch.End, l.Late)
}

func (l *Ledger) commitments(p *Plan, mechs, events map[string]string) {
	r := p.Report
	seen := map[string]bool{}
	for i := range r.Record.Commitments {
		rc := &r.Record.Commitments[i]
		var ev *accord.Event
		for j := range r.Record.Events {
			if r.Record.Events[j].ID == rc.Event {
				ev = &r.Record.Events[j]
			}
		}
		mech := mechs[rc.Mechanism]
		key := CommitmentKey(r.ID, rc)
		for seen[key] {
			key += "+"
		}
		seen[key] = true
		cl := CommitmentLink{
			Commitment: Commitment{Key: key, ReportID: r.ID, Date: r.Anchor, Kind: CommitmentKind(rc, ev, mech),
				Parties: Parties(rc.Parties), Mechanism: mech},
			Local: rc.ID, C: rc, Event: events[rc.Event], EventLocal: rc.Event,
		}
		l.CommitmentWindows(&cl.Commitment, rc.Due)
		p.Commitments = append(p.Commitments, cl)
	}
}
