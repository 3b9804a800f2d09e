package ledger

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/accord-events/accord"
)

// fulfilTypes are the PLOVER types of events that can fulfil a commitment
// of each kind.
var fulfilTypes = map[string][]string{KindMeeting: {"CONSULT"}, KindVisit: {"CONSULT"}, KindSign: {"SUPPORT"}}

// Fulfils reports whether a happening fulfils a commitment, with a note
// saying why: it is told by another report; it is dated to the month or
// better, began after the day of the promise, and falls in the
// commitment's Watch window; and it is the promised thing: a
// session of the commitment's mechanism; a meeting (a CONSULT event other
// than a phone call) between two of its parties; a visit (a CONSULT event of
// mode visit) between two of them; the signing (CAMEO 057) of an agreement
// between two of them.
func (l *Ledger) Fulfils(c Commitment, h Happening) (string, bool) {
	if h.ReportID == c.ReportID || !c.Watch.Known() || !h.Window.Known() || h.Window.Start <= c.Date ||
		h.Window.Days() > 31 || !h.Window.Overlaps(c.Watch) {
		return "", false
	}
	inPairs := h.Pair != "" && slices.Contains(followPairs(c.Parties), h.Pair)
	what := ""
	switch c.Kind {
	case KindSession:
		if h.Mechanism == "" || h.Mechanism != c.Mechanism {
			return "", false
		}
		what = "a session of the mechanism"
	case KindMeeting:
		if h.Kind != "event" || h.Type != "CONSULT" || h.Mode == "phone" || !inPairs {
			return "", false
		}
		what = "a meeting " + h.Pair
		if h.Mode != "" {
			what = "a " + h.Mode + " " + h.Pair
		}
	case KindVisit:
		if h.Kind != "event" || h.Type != "CONSULT" || h.Mode != "visit" || !inPairs {
			return "", false
		}
		what = "a visit " + h.Pair
	case KindSign:
		if h.Kind != "event" || !strings.HasPrefix(h.Cameo, "057") || !inPairs {
			return "", false
		}
		what = "a signing " + h.Pair
	default:
		return "", false
	}
	note := what + " " + whenText(h.Window)
	switch {
	case c.Due.Known() && h.Window.Start > c.Due.End:
		note += fmt.Sprintf(", %d days after the due window %s", DaysBetween(c.Due.End, h.Window.Start), windowText(c.Due))
	case c.Due.Known():
		note += ", within the due window " + windowText(c.Due)
	}
	return note, true
}

// Affects reports whether a postponement or cancellation signal is about a
// commitment: told by another report dated after the promise and no later
// than SignalEnd, naming the commitment's mechanism, or two of its parties
// with a topic word that fits the kind (a visit for a visit; a meeting,
// talks or a visit for a meeting; a session, round or dialogue for a
// session, when the sentence names no other mechanism); for a commitment
// of no definite kind, only its mechanism counts.
func (l *Ledger) Affects(c Commitment, s Signal) (string, bool) {
	if s.ReportID == c.ReportID || s.ReportDate <= c.Date || (c.SignalEnd != "" && s.ReportDate > c.SignalEnd) {
		return "", false
	}
	mech := c.Mechanism != "" && slices.Contains(s.Mechanisms, c.Mechanism)
	pair := false
	for _, p := range s.Pairs {
		if slices.Contains(followPairs(c.Parties), p) {
			pair = true
		}
	}
	about := func(sets ...[]string) bool {
		for _, set := range sets {
			if slices.ContainsFunc(s.Topics, func(w string) bool { return slices.Contains(set, w) }) {
				return true
			}
		}
		return false
	}
	ok := false
	switch c.Kind {
	case KindSession:
		ok = mech || (pair && len(s.Mechanisms) == 0 && about(sessionTopics))
	case KindVisit:
		ok = mech || (pair && about(visitTopics))
	case KindMeeting:
		ok = mech || (pair && about(meetingTopics, visitTopics))
	case KindSign:
		ok = mech || (pair && about(signTopics, meetingTopics, visitTopics))
	default:
		ok = mech
	}
	if !ok {
		return "", false
	}
	what := "the mechanism"
	if !mech {
		what = strings.Join(s.Topics, "/") + " " + strings.Join(s.Pairs, ", ")
	}
	return fmt.Sprintf("%s (%q) about %s, reported %s", s.Kind, s.Trigger, what, s.ReportDate), true
}

// happenings are the report's own events and sessions that may fulfil a
// commitment.
func (p *Plan) happenings() []Happening {
	r := p.Report
	var hs []Happening
	for _, el := range p.Events {
		e := el.Event
		if e.Tense == accord.Future || !el.Window.Known() || (e.Type != "CONSULT" && e.Type != "SUPPORT") {
			continue
		}
		international := strings.Contains(el.Pair, "-") && el.Source.Country != el.Target.Country
		if !international && el.Mechanism == "" {
			continue
		}
		hs = append(hs, Happening{Kind: "event", Ref: el.ID, ReportID: r.ID, ReportDate: r.Date, Window: el.Window,
			Type: e.Type, Mode: e.Mode, Cameo: e.Cameo, Pair: el.Pair, Mechanism: el.Mechanism, Text: e.Evidence.Text})
	}
	for _, sl := range p.Sessions {
		if sl.Mechanism == "" || sl.Session.Tense == accord.Future || !sl.Window.Known() {
			continue
		}
		hs = append(hs, Happening{Kind: "session", Ref: sl.Key, ReportID: r.ID, ReportDate: r.Date, Window: sl.Window,
			Mechanism: sl.Mechanism, Text: sl.Session.Evidence.Text})
	}
	return hs
}

func (l *Ledger) followUps(ctx context.Context, lk Lookup, p *Plan) error {
	// A fulfilment is kept only when no other of the same commitment took
	// place and was reported no later (it would never be the evidence):
	// without this, every later meeting of two neighbours would be stored
	// against every promise they made.
	existing := map[string][]FollowUp{}
	seen := map[[3]string]int{}
	add := func(c Commitment, rel, kind, ref, report, reportDate, date, text, note string) {
		fu := FollowUp{Commitment: c.Key, Relation: rel, Kind: kind, Ref: ref, ReportID: report,
			ReportDate: reportDate, Date: date, Text: text, Note: note}
		if rel == Fulfils {
			for _, x := range existing[c.Key] {
				if x.Relation == Fulfils && x.Ref != ref && x.Date <= date && x.ReportDate <= reportDate {
					return
				}
			}
		}
		k := [3]string{c.Key, rel, ref}
		if i, ok := seen[k]; ok {
			if reportDate < p.FollowUps[i].ReportDate {
				p.FollowUps[i] = fu
			}
			return
		}
		seen[k] = len(p.FollowUps)
		p.FollowUps = append(p.FollowUps, fu)
		existing[c.Key] = append(existing[c.Key], fu)
	}
	addHappening := func(c Commitment, h Happening) {
		if note, ok := l.Fulfils(c, h); ok {
			add(c, Fulfils, h.Kind, h.Ref, h.ReportID, h.ReportDate, h.Window.Start, h.Text, note)
		}
	}
	addSignal := func(c Commitment, s Signal) {
		if note, ok := l.Affects(c, s); ok {
			rel := Postpones
			if s.Kind == SignalCancelled {
				rel = Cancels
			}
			add(c, rel, "signal", s.Key, s.ReportID, s.ReportDate, s.ReportDate, s.Text, note)
		}
	}

	// Forward: what the record already holds about this report's promises.
	for _, cl := range p.Commitments {
		c := cl.Commitment
		q := HappeningQuery{Window: c.Watch}
		switch c.Kind {
		case KindSession:
			q.Mechanisms = []string{c.Mechanism}
		case KindMeeting, KindVisit, KindSign:
			q.Pairs, q.Types = Pairs(c.Parties), fulfilTypes[c.Kind]
		}
		if c.Watch.Known() && (len(q.Pairs) > 0 || len(q.Mechanisms) > 0) {
			hs, err := lk.Happenings(ctx, q)
			if err != nil {
				return fmt.Errorf("happenings for commitment %s: %w", c.Key, err)
			}
			slices.SortStableFunc(hs, func(a, b Happening) int {
				if a.Window.Start != b.Window.Start {
					return strings.Compare(a.Window.Start, b.Window.Start)
				}
				return strings.Compare(a.ReportDate, b.ReportDate)
			})
			for _, h := range hs {
				addHappening(c, h)
			}
		}
		if tags := c.Tags(); len(tags) > 0 && c.SignalEnd != "" {
			sigs, err := lk.Signals(ctx, tags, Window{AddDays(c.Date, 1), c.SignalEnd})
			if err != nil {
				return fmt.Errorf("signals for commitment %s: %w", c.Key, err)
			}
			for _, s := range sigs {
				addSignal(c, s)
			}
		}
	}

	// Backward: the promises already stored that this report follows up.
	type found struct {
		c Commitment
		h *Happening
		s *Signal
	}
	var todo []found
	var keys []string
	hs := p.happenings()
	for i := range hs {
		h := &hs[i]
		var tags []string
		if strings.Contains(h.Pair, "-") {
			tags = append(tags, "pair:"+h.Pair)
		}
		if h.Mechanism != "" {
			tags = append(tags, "mech:"+h.Mechanism)
		}
		cs, err := lk.CommitmentsFor(ctx, tags, h.Window.End)
		if err != nil {
			return fmt.Errorf("commitments followed up by %s: %w", h.Ref, err)
		}
		for _, c := range cs {
			if _, ok := l.Fulfils(c, *h); ok {
				todo = append(todo, found{c: c, h: h})
				keys = append(keys, c.Key)
			}
		}
	}
	for i := range p.Signals {
		s := &p.Signals[i]
		cs, err := lk.CommitmentsFor(ctx, s.Tags(), s.ReportDate)
		if err != nil {
			return fmt.Errorf("commitments followed up by %s: %w", s.Key, err)
		}
		for _, c := range cs {
			todo = append(todo, found{c: c, s: s})
		}
	}
	if len(keys) > 0 {
		slices.Sort(keys)
		fus, err := lk.FollowUps(ctx, slices.Compact(keys))
		if err != nil {
			return fmt.Errorf("follow-ups: %w", err)
		}
		for _, fu := range fus {
			existing[fu.Commitment] = append(existing[fu.Commitment], fu)
		}
	}
	for _, f := range todo {
		if f.h != nil {
			addHappening(f.c, *f.h)
		} else {
			addSignal(f.c, *f.s)
		}
	}
	return nil
}

// A Status is a commitment's status as of a day, with the reason and the
// follow-up that set it.
type Status struct {
	Status   string    `json:"status"`
	AsOf     string    `json:"as_of"`
	Reason   string    `json:"reason"`
	Evidence *FollowUp `json:"evidence,omitempty"`
}

// Status computes a commitment's status as of a day from its follow-ups,
// counting only reports dated on or before it:
//
//   - fulfilled: a fulfilling happening took place on or before asOf (the
//     earliest one is the evidence; "late" when after the due window);
//   - cancelled or postponed: the latest such signal, when nothing fulfilled
//     it;
//   - overdue: asOf is past the due window and none of the above;
//   - pending: otherwise.
func (l *Ledger) Status(c Commitment, fus []FollowUp, asOf string) Status {
	var ful, sig *FollowUp
	for i := range fus {
		fu := &fus[i]
		if fu.ReportDate > asOf {
			continue
		}
		switch fu.Relation {
		case Fulfils:
			if fu.Date > asOf {
				continue
			}
			if ful == nil || fu.Date < ful.Date || (fu.Date == ful.Date && fu.ReportDate < ful.ReportDate) {
				ful = fu
			}
		case Postpones, Cancels:
			if sig == nil || fu.ReportDate > sig.ReportDate || (fu.ReportDate == sig.ReportDate && fu.Relation == Cancels) {
				sig = fu
			}
		}
	}
	st := Status{AsOf: asOf}
	switch {
	case ful != nil:
		st.Status, st.Evidence = accord.Fulfilled, ful
		st.Reason = fmt.Sprintf("%s: report %s of %s", ful.Note, ful.ReportID, ful.ReportDate)
	case sig != nil:
		st.Status, st.Evidence = accord.Postponed, sig
		if sig.Relation == Cancels {
			st.Status = accord.Cancelled
		}
		st.Reason = fmt.Sprintf("%s: report %s", sig.Note, sig.ReportID)
	case c.OverdueAfter != "" && asOf > c.OverdueAfter:
		st.Status = accord.Overdue
		st.Reason = fmt.Sprintf("due %s; no report of it, of a postponement or of a cancellation by %s", windowText(c.Due), asOf)
	default:
		st.Status = accord.Pending
		switch {
		case c.Due.Known():
			st.Reason = "due " + windowText(c.Due)
		case c.Watch.Known():
			st.Reason = "no due date; watched for a fulfilment until " + c.Watch.End
		default:
			st.Reason = "no due date"
		}
		if c.Kind == KindOther {
			st.Reason += "; no event can show it done: only postponement, cancellation or a correction change it"
		}
	}
	return st
}

func windowText(w Window) string {
	if w.Start == w.End {
		return w.Start
	}
	return w.Start + ".." + w.End
}

func whenText(w Window) string {
	if w.Start == w.End {
		return "on " + w.Start
	}
	return "in " + windowText(w)
}
