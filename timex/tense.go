package timex

import (
	"strings"

	"github.com/accord-events/accord/text"
)

// tense returns the direction of the tense cue nearest the expression at
// tokens [first, end): looking back up to 12 tokens and ahead up to 8 within
// the sentence, the nearer cue wins and the one before wins a tie. Looking
// ahead stops at the end of the clause ("told reporters on Tuesday, adding
// that it would end").
func (s *scanner) tense(first, end int) dir {
	back, dist := none, 0
	for k, n := first-1, 1; k >= s.lo && n <= 12; k, n = k-1, n+1 {
		if d := s.cue(k, n, first, end); d != none {
			back, dist = d, n
			break
		}
	}
	for k, n := end, 1; k < s.hi && n <= 8; k, n = k+1, n+1 {
		if back != none && n >= dist {
			break
		}
		switch s.toks[k].Norm {
		case ",":
			if first > s.lo {
				return back // but "By Tuesday night, protesters returned" goes on
			}
		case ";", ":", "(", "that", "which", "who", "when", "while", "and", "but", "as", "they",
			"he", "she", "it", "we", "i", "you":
			return back
		}
		if d := s.cue(k, n, first, end); d != none {
			return d
		}
	}
	return back
}

// cue says which way token k, n tokens from the expression, points in time.
func (s *scanner) cue(k, n, first, end int) dir {
	t := s.toks[k]
	if t.Kind != text.Word {
		return none
	}
	w := t.Norm
	if promiseVerb[w] && s.norm(k+1) == "to" {
		if k >= end && (strings.HasSuffix(w, "ed") || w == "undertook") {
			// "on Friday vowed to act": the time is when the promise was
			// made, before the verb that made it
			return past
		}
		return future // "agreed to boost trade by December": what is promised lies ahead
	}
	switch w {
	case "will":
		switch s.norm(k - 1) {
		case "the", "a", "political", "public", "own", "good", "free", "his", "her", "their", "its", "our", "my", "people's", "ill":
			return none // the noun
		}
		if s.norm(k+1) == "of" {
			return none
		}
		return future
	case "shall", "would", "should", "must", "scheduled", "slated", "planned", "expected", "upcoming", "forthcoming",
		"tomorrow", "next", "coming", "intends", "intend", "plans", "aims", "proposed", "tentatively",
		"likely":
		return future
	case "postponed", "deferred", "rescheduled", "adjourned", "extended", "remanded", "fixed", "moved", "pushed":
		// "adjourned the hearing till Tuesday", "postponed to May": the time
		// is ahead; but "adjourned on Monday" tells when it was done
		if k < first {
			switch s.norm(first) {
			case "till", "until", "to", "for", "up":
				return future
			}
			switch s.norm(first - 1) {
			case "to", "for":
				return future
			}
		}
	case "later":
		switch s.norm(k + 1) {
		case "this", "next", "in", "today", "tonight":
			return future
		}
		return none
	case "to":
		// "agreed to hold", "is to visit": a plan; a weak cue, so only near
		// and only before ("arrived on Friday to discuss" is a purpose)
		if n > 7 || k > first {
			return none
		}
		switch s.norm(k - 1) {
		case "appeared", "appear", "appears", "seemed", "seem", "seems", "used", "tried", "attempted",
			"managed", "happened", "failed", "refused", "had", "has", "have", "ought":
			return none
		case "is", "are", "am":
			if k+1 < s.hi && s.toks[k+1].Kind == text.Word {
				return future
			}
		}
		if toVerb(s.norm(k + 1)) {
			return future
		}
		return none
	case "set", "due":
		switch s.norm(k - 1) {
		case "is", "are", "be", "was", "were":
			return future
		}
		return none
	case "going":
		if s.norm(k+1) == "to" {
			return future
		}
		return none
	case "was", "were", "had", "did", "said", "told", "ago", "last", "yesterday", "earlier",
		"previously", "met", "visited", "took", "came", "went", "gave", "spoke", "began", "saw":
		return past
	case "held", "made", "signed", "killed", "arrested", "launched":
		if aux(s.norm(k - 1)) {
			return none
		}
		return past
	}
	if strings.HasSuffix(w, "'ll") {
		return future
	}
	// an -ed verb just before the expression or just after it: "arrived in
	// the UK on Saturday", "on Monday arrested"
	if n <= 4 && (k < first || n <= 3) && pastForm(w) && !aux(s.norm(k-1)) {
		return past
	}
	return none
}

// aux words before a participle make it passive or future, not past.
func aux(w string) bool {
	switch w {
	case "be", "been", "being", "to", "is", "are", "will", "would", "shall", "get", "gets":
		return true
	}
	return false
}

func pastForm(w string) bool {
	if len(w) < 5 || !strings.HasSuffix(w, "ed") {
		return false
	}
	switch w {
	case "indeed", "proceed", "exceed", "succeed", "united", "based", "armed", "related", "concerned", "speed":
		return false
	}
	return true
}

// toVerb lists verbs that after "to" announce a plan: "agreed to hold".
func toVerb(w string) bool {
	switch w {
	case "be", "hold", "visit", "meet", "sign", "attend", "host", "travel", "convene", "launch",
		"begin", "start", "resume", "complete", "finalise", "finalize", "conduct", "organise",
		"organize", "participate", "discuss", "establish", "open", "arrive", "receive", "lead",
		"head", "deliver", "continue", "address", "inaugurate", "announce", "submit", "present",
		"release", "implement", "introduce", "form", "constitute", "take", "leave", "return",
		"undertake", "chair", "co-chair", "celebrate", "commence", "expire", "end", "become":
		return true
	}
	return false
}

// promiseVerb are verbs of promising; what they promise ("agreed to ...")
// lies ahead of the report, whatever their own tense.
var promiseVerb = map[string]bool{
	"agreed": true, "agree": true, "agrees": true, "pledged": true, "pledge": true,
	"promised": true, "promise": true, "vowed": true, "vow": true, "decided": true,
	"resolved": true, "committed": true, "undertook": true, "undertaken": true,
	"offered": true, "expressed": true, "reaffirmed": true, "reiterated": true,
}
