package ledger

import (
	"slices"
	"strings"
)

// signalTriggers are the words that report a postponement or cancellation,
// folded to lower case, with the kind each signals.
var signalTriggers = []struct{ words, kind string }{
	{"postpone", SignalPostponed}, {"postponed", SignalPostponed}, {"postpones", SignalPostponed},
	{"postponement", SignalPostponed}, {"postponing", SignalPostponed},
	{"delay", SignalPostponed}, {"delayed", SignalPostponed}, {"delays", SignalPostponed},
	{"defer", SignalPostponed}, {"deferred", SignalPostponed}, {"deferment", SignalPostponed},
	{"reschedule", SignalPostponed}, {"rescheduled", SignalPostponed}, {"put off", SignalPostponed},
	{"cancel", SignalCancelled}, {"cancelled", SignalCancelled}, {"canceled", SignalCancelled},
	{"cancels", SignalCancelled}, {"cancellation", SignalCancelled}, {"call off", SignalCancelled},
	{"called off", SignalCancelled}, {"calls off", SignalCancelled}, {"scrapped", SignalCancelled},
}

// Topic words: what a postponement is about, by the kind of commitment it
// can hit. A sentence counts only when one of them is within reachBefore
// words before the trigger ("the visit of the Afghan minister to Islamabad
// has been postponed") or reachAfter words after it ("postponed the
// talks"), or it names a mechanism.
var (
	visitTopics   = []string{"visit", "visits", "trip", "tour"}
	meetingTopics = []string{"meeting", "meetings", "talks", "summit", "conference", "consultations",
		"negotiations", "parleys", "moot", "session", "round", "dialogue"}
	sessionTopics = []string{"session", "round", "dialogue", "meeting", "talks", "commission", "committee",
		"group", "consultations", "jwg", "jcc", "jmc"}
	signTopics = []string{"signing", "agreement", "accord", "deal", "mou", "pact", "treaty"}
)

const reachBefore, reachAfter = 10, 5

var negations = []string{"not", "no", "never", "without", "n't", "nor", "ruled", "denied", "deny", "denies"}

// FindSignals finds the sentences of a report that say a meeting, visit or
// session was postponed or cancelled ("the talks were postponed", "called
// off the visit"): a trigger word with a topic word near it (or a
// mechanism named in the sentence), not negated ("will not be
// postponed"), naming two countries or a mechanism. Each signal lists the pairs of countries the
// sentence's actors and persons belong to and the stored mechanisms it
// names (mechs maps the record's mechanism ids to stored ones).
func (l *Ledger) FindSignals(r Report, mechs map[string]string) []Signal {
	text := r.Text
	low := lowerASCII(text)
	var out []Signal
	done := map[int]bool{}
	for _, t := range signalTriggers {
		for from := 0; ; {
			i := strings.Index(low[from:], t.words)
			if i < 0 {
				break
			}
			i += from
			from = i + len(t.words)
			if !wordAt(low, i, len(t.words)) {
				continue
			}
			s, e := sentenceAround(text, i)
			if done[s] || negated(low[s:i]) {
				continue
			}
			sig := Signal{Key: keyAt(r.ID, s), ReportID: r.ID, ReportDate: r.Date, Kind: t.kind,
				Start: s, End: e, Text: strings.TrimSpace(text[s:e]), Trigger: text[i : i+len(t.words)]}
			before, after := Words(text[s:i]), Words(text[i+len(t.words):e])
			near := append(before[max(0, len(before)-reachBefore):], after[:min(len(after), reachAfter)]...)
			for _, set := range [][]string{visitTopics, meetingTopics, sessionTopics, signTopics} {
				for _, w := range near {
					if slices.Contains(set, w) && !slices.Contains(sig.Topics, w) {
						sig.Topics = append(sig.Topics, w)
					}
				}
			}
			var countries []string
			for _, a := range r.Record.Actors {
				if a.Span != nil && a.Span.Start >= s && a.Span.End <= e {
					countries = append(countries, country(a.Country))
				}
			}
			for _, p := range r.Record.Persons {
				for _, m := range p.Mentions {
					if m.Start >= s && m.End <= e {
						countries = append(countries, country(p.Country))
					}
				}
			}
			for _, m := range r.Record.Mechanisms {
				for _, mm := range m.Mentions {
					if mm.Start >= s && mm.End <= e && mechs[m.ID] != "" && !slices.Contains(sig.Mechanisms, mechs[m.ID]) {
						sig.Mechanisms = append(sig.Mechanisms, mechs[m.ID])
					}
				}
			}
			sig.Pairs = followPairs(Parties(countries))
			if (len(sig.Pairs) == 0 && len(sig.Mechanisms) == 0) || (len(sig.Topics) == 0 && len(sig.Mechanisms) == 0) {
				continue
			}
			done[s] = true
			out = append(out, sig)
		}
	}
	slices.SortFunc(out, func(a, b Signal) int { return a.Start - b.Start })
	return out
}

// lowerASCII lowers ASCII letters only, so byte offsets stay those of text.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func wordAt(s string, i, n int) bool {
	return (i == 0 || !isLetter(s[i-1])) && (i+n == len(s) || !isLetter(s[i+n]))
}

// sentenceAround returns the bounds of the sentence holding byte i: from
// after the last stop (". ", "! ", "? ") or line break before it to the
// next one after it.
func sentenceAround(text string, i int) (int, int) {
	s := 0
	for j := i - 1; j >= 0; j-- {
		if text[j] == '\n' || ((text[j] == '.' || text[j] == '!' || text[j] == '?') && j+1 < len(text) && text[j+1] == ' ') {
			s = j + 1
			break
		}
	}
	for s < i && (text[s] == ' ' || text[s] == '\n') {
		s++
	}
	e := len(text)
	for j := i; j < len(text); j++ {
		if text[j] == '\n' {
			e = j
			break
		}
		if (text[j] == '.' || text[j] == '!' || text[j] == '?') && (j+1 == len(text) || text[j+1] == ' ' || text[j+1] == '\n') {
			e = j + 1
			break
		}
	}
	return s, e
}

// negated reports whether the words just before a trigger negate it.
func negated(before string) bool {
	ws := strings.Fields(before)
	if len(ws) > 4 {
		ws = ws[len(ws)-4:]
	}
	for _, w := range ws {
		w = strings.Trim(w, ".,;:\"'()")
		if slices.Contains(negations, strings.ToLower(w)) || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// String describes a signal.
func (s Signal) String() string {
	return s.Kind + " (" + s.Trigger + "): " + s.Text
}
