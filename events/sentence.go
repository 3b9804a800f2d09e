package events

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
)

// sentence codes the events of sentence si.
func (s *session) sentence(si int) {
	sent := s.in.A.Sentences[si]
	trigs := s.triggers(sent.First, sent.Last)
	consumed := make([]bool, len(trigs))
	for ti := range trigs {
		if !consumed[ti] {
			s.code(si, sent, trigs, ti, consumed)
		}
	}
	s.notePairs(sent)
}

// locative prepositions: an actor after one of them is where something
// happens or what it is about, not who acts.
var locative = map[string]bool{
	"in": true, "at": true, "from": true, "near": true, "across": true, "inside": true,
	"outside": true, "within": true, "into": true, "of": true, "for": true, "on": true,
	"over": true, "under": true, "about": true, "against": true, "between": true,
	"among": true, "including": true, "like": true, "during": true, "via": true,
	"through": true, "towards": true, "toward": true, "to": true, "with": true, "by": true,
	"than": true, "amid": true, "after": true, "before": true, "upon": true,
}

// clause returns the bounds of the clause around tokens [first, last) of
// a sentence: boundary words and semicolons end it.
func (s *session) clause(sent text.Sentence, first, last int) (int, int) {
	start := sent.First
	for k := first - 1; k >= sent.First; k-- {
		if s.isPunct(k, ";", ":") || s.isCue(k, "boundary") && !s.isWord(k, "who", "which", "as") {
			start = k + 1
			break
		}
	}
	end := sent.Last
	for k := last; k < sent.Last; k++ {
		if s.isPunct(k, ";") || s.isCue(k, "boundary") && !s.isWord(k, "as", "who", "which", "after", "before", "since", "until", "when") && k > last {
			end = k
			break
		}
	}
	return start, end
}

func (s *session) code(si int, sent text.Sentence, trigs []trigger, ti int, consumed []bool) {
	t := trigs[ti]
	e := t.e
	cStart, cEnd := s.clause(sent, t.m.First, t.m.Last)
	if s.negated(t, cStart) && e.Class != "REJECT" {
		return
	}
	threat := s.conditionalThreat(t, cStart, cEnd)
	if !threat && s.hypothetical(t, cStart, cEnd) {
		return
	}
	if s.purpose(t) || t.noun() && (s.requested(t.m.First, cStart) || s.topic(t.m.First, cStart)) {
		return // "met X to discuss Y", "called for talks": not a happening
	}
	if e.Base == "ask" && s.question(t.m.Last, sent.Last) {
		return // "asked him whether he would resign", "when asked about the talks": a question, not a request
	}
	if e.Base == "kill" && s.mishap(t, sent) {
		return // "killed in a traffic accident", "monsoon rains have killed 600": no one's deliberate act
	}
	if e.Base == "warn" && !s.threatContent(t.m.Last, sent.Last) {
		return // "warned that the floods could return": an alarm, not a threat
	}
	if e.Base == "call" && t.m.Last-t.m.First == 1 && s.isWord(t.m.Last, "it", "them", "him", "her", "this", "these", "that", "those", "a", "an", "the") {
		return // "condemned the attack, calling it intolerable": naming it, not calling for anything
	}
	if strings.HasPrefix(s.norm(t.m.First), "insist") && s.claim(t.m.Last, cEnd) {
		return // "insisted the unrest reflected old tensions": a claim, not a demand
	}
	if e.Form == "gerund" && s.isPunct(t.m.First-1, ",") && s.sameClassBefore(trigs, ti) {
		return // "attacked the camp, killing 15 people": what the attack did, not another one
	}
	if (t.noun() || e.Form == "gerund") && s.undone(trigs, ti, cStart) {
		return // "rejected an offer of talks", "blamed X for the bombing", "prevented the rally": refused, alleged or stopped
	}
	if e.Attr("role") != "demand" && (s.isWord(t.m.First-1, "must") || s.isWord(t.m.First-2, "must") && strings.HasSuffix(s.norm(t.m.First-1), "ly")) {
		return // "said Sudan must return the helicopter": demanded, not done
	}
	ev := Coded{Sentence: si, First: t.m.First, Last: t.m.Last,
		Earlier: s.isWord(t.m.First-1, "recent", "previous", "earlier", "last", "past", "prior")}
	code, ploverType := e.Code, e.Class
	// the rule is written out only for an event that is coded: most
	// triggers are dropped on the way
	rule := make([]string, 1, 4)
	trigEntry := e
	tense := s.tense(t, cStart)
	if e.Attr("tense") == "future" {
		tense = accord.Future
	}
	coord := s.coordinatedVerb(t)
	if coord && tense == accord.Past {
		tense = s.prev.tense // "will meet X and hold talks": the same tense
	}
	passive := !t.noun() && (e.Form == "past" || e.Form == "participle") && s.passive(t.m.First, cStart)

	// promises: "agreed to hold", "pledged to increase", and plans of any
	// happening ("will visit", "is scheduled to meet")
	what := [2]int{-1, -1}
	objFrom := t.m.Last
	if threat {
		// "will withdraw its force unless ...", "would blockade Paris": a
		// coercive warning
		code, ploverType = "130", "THREATEN"
		rule = append(rule, "conditional -> THREATEN 130")
	} else if e.Attr("role") == "threat" {
		// "threatened to ban voting": the threat, not the act
		if c := s.complement(t, cEnd); c[0] >= 0 {
			for cj := ti + 1; cj < len(trigs); cj++ {
				if trigs[cj].m.First >= c[0] && trigs[cj].m.First <= c[0]+3 {
					consumed[cj] = true
					break
				}
			}
		}
	} else if e.Attr("role") == "intent" {
		what = s.complement(t, cEnd)
		if what[0] >= 0 {
			head := false
			for cj := ti + 1; cj < len(trigs); cj++ {
				ct := trigs[cj]
				if ct.m.First < what[0] || ct.m.First >= what[1] {
					continue
				}
				// everything inside the promised thing is part of the promise
				consumed[cj] = true
				if head || ct.m.First > what[0]+3 {
					continue
				}
				head = true
				if c := ct.e.Attr("intent"); c != "" {
					code = c
				}
				rule = append(rule, fmt.Sprintf("promised %q", s.in.A.SpanText(ct.m.First, ct.m.Last)))
				if ct.e.Attr("place") != "" {
					e = mergePlace(e)
				}
			}
		}
		if what[0] < 0 && e.Attr("comp") != "" {
			return // "undertook a mission", "decided the case": no promise
		}
		ev.Promise = true
	} else if tense == accord.Future && !threat && promisable(ploverType) {
		c := e.Attr("intent")
		if c == "" {
			c = "030"
		}
		code, ploverType = c, "AGREE"
		rule = append(rule, "future -> AGREE "+c)
		ev.Promise = true
		what = [2]int{t.m.First, cEnd}
	}
	if ev.Promise && what[0] < 0 {
		what = [2]int{t.m.Last, cEnd}
	}
	ev.What = what

	// parties
	var sources, targets []party
	symmetric := false
	if t.noun() {
		sources, targets, symmetric = s.nounParties(t, sent, cStart, cEnd)
	} else {
		sources = s.subject(t.m.First, cStart, sent)
		if e.Form == "gerund" {
			// "The talks ended with both sides reaffirming their commitment",
			// "with Rubio appreciating Pakistan's fight": the actor after
			// "with" is the subject of the -ing form
			if ws := s.withSubject(t.m.First, sent.First); len(ws) > 0 {
				sources = ws
				rule = append(rule, "source: with X -ing")
			}
		}
		if e.Attr("role") == "demand" {
			// "Russia said that Sudan must return the helicopter": the
			// speaker demands it of the one who must
			targets, sources = sources, s.reporter(t.m.First, sent)
			if len(sources) == 0 || len(targets) == 0 || s.pronounSubject(t.m.First, cStart, "it", "we", "they", "he", "she", "i") {
				return
			}
			rule = append(rule, "source: who says it; target: who must")
		} else if coord && len(s.prev.sources) > 0 {
			sources = s.prev.sources // "Both sides resolved ..., and agreed to"
		}
		if e.Attr("role") != "demand" {
			targets = s.object(t, objFrom, s.nextVerb(trigs, ti, cEnd), passive, sources)
		}
		if len(sources) >= 2 && len(targets) > 0 && (e.Attr("joint") != "" || e.Attr("role") == "intent") && !s.withTarget(targets) {
			// "Both governments resolved to ... whole-of-government": a joint
			// subject acts together; only "with X" adds a party
			targets = nil
		}
		if passive {
			agent := s.agent(t.m.Last, cEnd)
			if len(agent) == 0 && (s.nounFollows(trigs, ti, cEnd) || s.nounBefore(trigs, ti, cStart)) {
				// "were killed in Israeli attacks", "a meeting between X and Y
				// was held": the noun codes it
				return
			}
			sources, targets = agent, sources
			rule = append(rule, "passive")
		}
	}
	if t.noun() && !ev.Earlier && (len(sources) == 0 && len(targets) == 0 || !symmetric && s.definite(t.m.First)) && s.attachMention(si, t, ploverType) {
		// "the meeting", "were present at the meeting": a happening already coded
		return
	}
	if len(targets) == 0 && (e.Attr("req") == "target" || e.Attr("req") == "party" && distinctParties(sources) < 2) {
		return
	}
	if e.Attr("req") == "foreign" && (len(targets) == 0 && distinctCountries(sources) < 2 || len(targets) > 0 && sameCountry(sources, targets) && distinctCountries(sources, targets) < 2) {
		return // a domestic stance ("reiterated the government's commitment to minorities")
	}
	joint := e.Attr("joint") != "" || e.Attr("role") == "intent" && len(sources) >= 2
	if len(sources) >= 2 && len(targets) == 0 && joint {
		symmetric = true
	}
	if len(sources) == 0 && !t.noun() && len(targets) == 0 {
		// "They agreed to enhance cooperation between Pakistan and Azerbaijan"
		if pair := s.between(t.m.Last, cEnd); len(pair) >= 2 {
			sources = pair
			symmetric = true
		}
	}
	if len(sources) == 0 && (joint || e.Attr("role") == "intent") && s.theyBefore(t.m.First, cStart) && len(s.lastPair) >= 2 {
		sources = onePerCountry(s.lastPair)
		rule = append(rule, "source: they = the two parties")
	}
	if len(sources) == 0 && len(targets) == 0 {
		// "the Pakistan-US Counterterrorism Dialogue was held": the pair
		// that names the happening
		if pair := s.hyphenPair(cStart, cEnd); len(pair) == 2 {
			sources, symmetric = pair, true
			rule = append(rule, "parties: the pair in a name")
		}
	}
	if len(sources) == 0 && (ev.Promise || ploverType == "CONSULT") {
		// "He announced that a workshop will be held": the announcer
		if rs := s.reporter(t.m.First, sent); len(rs) > 0 {
			sources = rs
			rule = append(rule, "source: who reports it")
		}
	}
	if len(sources) == 0 && !t.noun() && s.pronounSubject(t.m.First, cStart, "they", "them") {
		// "after they bombed sites": the last group named
		if g := s.lastGroup(t.m.First, sent); len(g) > 0 {
			sources = g
			rule = append(rule, "source: they = the group named before")
		}
	}
	guessed := false // parties supplied by a default are no pair of the context
	if len(sources) == 0 && (ploverType == "ASSAULT" || ploverType == "COERCE") {
		// "Five people were killed in an air strike": the attacker of the
		// last attack the report named
		for k := len(s.out) - 1; k >= 0; k-- {
			if (s.out[k].Type == "ASSAULT" || s.out[k].Type == "COERCE") && s.out[k].Source.Country != s.out[k].Target.Country && !s.out[k].homeVictim {
				sources = []party{{country: s.out[k].Source.Country, agent: s.out[k].Source.Agent, name: s.out[k].Source.Name, person: -1, mention: -1}}
				if len(targets) == 0 {
					targets = []party{{country: s.out[k].Target.Country, agent: s.out[k].Target.Agent, person: -1, mention: -1}}
				}
				rule = append(rule, "source: the attacker named before")
				guessed = true
				break
			}
		}
	}
	if len(sources) == 0 && len(targets) == 0 && ploverType == "CONSULT" {
		return // "The talks ended.": nobody to code
	}
	if len(sources) == 0 {
		if trigEntry.Attr("mode") == "visit" && trigEntry.Attr("tense") == "future" && len(targets) > 0 && sameCountry([]party{s.homeParty()}, targets) {
			return // "heavy rain is expected in Lahore": no visitor, and no foreign host
		}
		sources = []party{s.homeParty()}
		rule = append(rule, "source: home country")
	}
	if len(targets) == 0 && len(sources) == 1 && (joint && (ev.Promise || ploverType == "CONSULT") || cooperative(ploverType)) {
		// a joint happening in a report about two parties involves both
		if other, ok := s.otherParty(sources[0]); ok {
			targets = []party{other}
			rule = append(rule, "target: the other party of the context")
		}
	}
	if len(targets) == 0 && ploverType == "THREATEN" {
		// "threatened to strike unless Israel rescinded": the one warned
		targets = s.conditionParty(t.m.Last, sent)
		if sameCountry(sources, targets) && trigEntry.Class == "RETREAT" {
			// "will withdraw its force from Chad unless President X ...": a
			// person of unknown country stands for the source's; the state
			// withdrawn from is the one warned
			targets = nil
		}
	}
	if len(targets) == 0 && !symmetric && len(sources) > 0 {
		// "agreed to set up a centre in Tokyo", "eased measures in Montenegro
		// province", "withdrawal of forces from Panama": where it happens,
		// when that is another country
		// "will withdraw its force from Chad unless": a threat to withdraw
		// is addressed to where the force is withdrawn from
		if loc := s.location(t.m.Last, cEnd, ploverType == "RETREAT" || trigEntry.Class == "RETREAT", sources); loc.country != "" {
			targets = []party{loc}
			rule = append(rule, "target: where it happens")
		}
	}
	if len(targets) == 0 && !symmetric {
		if ploverType == "RETREAT" {
			// a surrender, withdrawal or resignation needs no recipient
			targets = []party{{country: accord.NoCountry, person: -1, mention: -1}}
			rule = append(rule, "target: none")
		} else if passive && (ploverType == "ASSAULT" || ploverType == "COERCE") && s.in.Home != "" && !inParties(sources, s.in.Home) && s.agent(t.m.Last, cEnd) != nil {
			// "One child was killed by the Israeli navy" in a report from
			// Gaza: the victim no actor names is of the report's country
			targets = []party{s.homeParty()}
			rule = append(rule, "target: home country")
		} else if t.noun() && ploverType == "ASSAULT" && e.Attr("joint") == "" && s.in.Home != "" && sources[0].mention >= 0 && !inParties(sources, s.in.Home) {
			// "condemned Indian aggression" in a report from Pakistan: a
			// foreign attacker's victim, when none is named, is the report's
			// country, not the attacker's own
			targets = []party{s.homeParty()}
			rule = append(rule, "target: home country")
			guessed, ev.homeVictim = true, true
		} else {
			targets = []party{{country: sources[0].country, person: -1, mention: -1}}
			rule = append(rule, "target: domestic")
		}
	}
	if symmetric || joint && len(sources) == 1 && len(targets) >= 1 {
		symmetric = joint
	}

	if e.Attr("future") == "only" && !ev.Promise {
		return
	}
	if ploverType == "CONSULT" && s.phoneSentence(sent) {
		code = "041"
		ev.Mode = "phone"
	}
	if ploverType == "ASSAULT" && (code == "180" || code == "1823") && len(sources) > 0 && s.stateForce(sources[0], targets) {
		// "Israeli attacks killed 15 in Gaza", "security forces killed five
		// militants": a state's armed force fights (CAMEO 19), from the air 195
		code = "190"
		if s.aerial(sent) {
			code = "195"
		}
		rule = append(rule, "state force -> "+code)
	}
	ev.Type, ev.Cameo = ploverType, code
	if c, ok := s.c.Cameo.Lookup(code); ok {
		ev.CameoLabel, ev.QuadClass, ev.Goldstein = c.Label, c.QuadClass, c.Goldstein
		if ev.Mode == "" {
			ev.Mode = e.Attr("mode")
		}
	}
	ev.Tense = tense
	if e.Attr("role") == "intent" && tense == accord.Future {
		ev.Tense = accord.Future
	}
	ev.Evidence = accord.EvidenceOf(s.in.A.Text, sent.Span())
	ev.Trigger = accord.EvidenceOf(s.in.A.Text, accord.Span{Start: s.toks[t.m.First].Start, End: s.toks[t.m.Last-1].End})
	// a promise coordinated after this verb has its own time, the promised
	// one: "resolved to deepen cooperation, and agreed to meet in early
	// 2026"; but "arrested two men and seized arms on Friday" is one time
	dateEnd := sent.Last
	if nv := s.nextVerb(trigs, ti, cEnd); nv < cEnd && s.promiseAt(trigs, nv) {
		dateEnd = nv
	}
	s.date(&ev, sent, dateEnd)
	// "Iran in 2015 negotiated a deal": background, not news; kept until
	// the end so that its later mentions fold into it, then dropped
	ev.Background = ev.Tense == accord.Past && s.background(ev.Time, t.m.First, t.m.Last, cStart, cEnd)
	// another kind of trigger's words are its own: "discussed the release
	// of citizens imprisoned in Qatar"; not "a meeting ... was held in
	// Tehran", nor what a promise holds ("agreed to hold the next round in
	// Islamabad")
	placeEnd := sent.Last
	for j, u := range trigs[ti+1:] {
		if u.e.Class != trigEntry.Class && !consumed[ti+1+j] {
			placeEnd = u.m.First
			break
		}
	}
	ev.Place = s.place(t.m.Last, placeEnd)
	rule[0] = trigEntry.Attr("pos") + " " + strconv.Quote(s.in.A.SpanText(t.m.First, t.m.Last)) + " -> " + trigEntry.Class + " " + trigEntry.Code + " (" + trigEntry.Origin + ")"
	ev.Rule = strings.Join(rule, "; ")

	for _, pr := range pairs(sources, targets, symmetric) {
		out := ev
		out.Source, out.Target = s.actor(pr[0]), s.actor(pr[1])
		out.Symmetric = symmetric
		out.Parties = partyCountries(sources, targets)
		for _, p := range sources {
			if p.person >= 0 {
				out.SourcePersons = append(out.SourcePersons, p.person)
			}
		}
		for _, p := range targets {
			if p.person >= 0 {
				out.TargetPersons = append(out.TargetPersons, p.person)
			}
		}
		s.out = append(s.out, out)
	}
	if distinctCountries(sources, targets) >= 2 && !guessed {
		s.lastPair = append(append([]party{}, sources...), targets...)
	}
	if !t.noun() {
		s.prev = prevVerb{sentence: si, last: t.m.Last, tense: tense, sources: sources}
	}
}

// prevVerb remembers the last verb coded in a sentence, for the verbs
// coordinated with it.
type prevVerb struct {
	sentence, last int
	tense          accord.Tense
	sources        []party
}

// coordinatedVerb reports whether a verb trigger is coordinated with the
// previous verb of its sentence: "will meet X and hold talks", "resolved to
// ..., and agreed to".
func (s *session) coordinatedVerb(t trigger) bool {
	if t.noun() || s.prev.last == 0 || s.prev.sentence != s.in.A.SentenceOf(t.m.First) || s.prev.last > t.m.First {
		return false
	}
	j := t.m.First - 1
	for j > s.prev.last && (strings.HasSuffix(s.norm(j), "ly") || s.isWord(j, "also", "then", "later", "further")) {
		j--
	}
	if !s.isWord(j, "and") {
		return false
	}
	// nothing that could be a new subject between "and" and the verb
	return j == t.m.First-1 || s.owner[j+1] < 0
}

// nextVerb is where the clause of trigger ti ends for its object: the next
// verb trigger coordinated with it, or cEnd.
func (s *session) nextVerb(trigs []trigger, ti, cEnd int) int {
	for _, u := range trigs[ti+1:] {
		if u.m.First >= cEnd {
			break
		}
		if !u.noun() && s.isWord(u.m.First-1, "and") {
			return u.m.First
		}
	}
	return cEnd
}

// promiseAt reports whether the trigger starting at token k promises
// ("agreed to", "resolved"): what follows it is what it promises.
func (s *session) promiseAt(trigs []trigger, k int) bool {
	for _, u := range trigs {
		if u.m.First == k {
			return u.e.Attr("role") == "intent"
		}
	}
	return false
}

// mergePlace lets a promise verb take places as targets when what it
// promises is a visit.
func mergePlace(e *lexicon.Entry) *lexicon.Entry { return e.With("place", "1") }

// promisable types are coded AGREE when they are to come (PLOVER: a
// future CONSULT, SUPPORT, COOPERATE or AID is a promise; so is a plan to
// ask, yield or withdraw); a conflictual happening announced for later
// keeps its type ("would prohibit all aid" is a SANCTION, not an offer to
// cooperate).
func promisable(t string) bool {
	return cooperative(t) || t == "CONCEDE" || t == "RETREAT"
}

// violent types take their target from "of" and "on": "the arrest of X",
// "an attack on Y".
func violent(t string) bool {
	switch t {
	case "ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REJECT", "PROTEST", "MOBILIZE":
		return true
	}
	return false
}

// cooperative types are addressed to the other party when the sentence
// names none: "Chairman Rustamov assured full support" in a report of a
// meeting with Pakistan's minister.
func cooperative(t string) bool {
	switch t {
	case "AGREE", "SUPPORT", "CONSULT", "REQUEST", "COOPERATE", "AID":
		return true
	}
	return false
}

// pronounSubject reports whether one of the pronouns is the subject right
// before a verb at i.
func (s *session) pronounSubject(i, cStart int, pronouns ...string) bool {
	for k := i - 1; k >= max(cStart-1, i-3); k-- {
		if s.isWord(k, pronouns...) {
			return true
		}
		if !(s.isCue(k, "have") || s.isCue(k, "be") || s.isCue(k, "future") || strings.HasSuffix(s.norm(k), "ly") || s.isWord(k, "also", "then")) {
			return false
		}
	}
	return false
}

// lastGroup is the last group, force or nationality named before token i
// in its sentence or the one before: what "they" stands for.
func (s *session) lastGroup(i int, sent text.Sentence) []party {
	from := sent.First
	if si := s.in.A.SentenceOf(i); si > 0 {
		from = s.in.A.Sentences[si-1].First
	}
	for k := i - 1; k >= from; k-- {
		mk := s.owner[k]
		if mk < 0 {
			continue
		}
		m := s.in.Actors.Mentions[mk]
		k = m.First
		switch m.Kind {
		case actors.Generic, actors.Group, actors.Demonym:
			if !s.possessivePronoun(mk) {
				return s.partyOf(mk)
			}
		}
	}
	return nil
}

// theyBefore reports whether "they" or "both" is the subject of a trigger
// at i.
func (s *session) theyBefore(i, cStart int) bool {
	for k := i - 1; k >= max(cStart, i-4); k-- {
		if s.isWord(k, "they", "both") {
			return true
		}
		if s.owner[k] >= 0 || s.isPunct(k, ",") {
			return false
		}
	}
	return false
}

// between reads "between X and Y" in tokens [from, end) as the parties it
// names: every actor with a country from "between" to the end of the clause
// ("between the Supreme Court of Pakistan and the Supreme People's Court of
// China", "between the police forces of Islamabad and New York City").
func (s *session) between(from, end int) []party {
	for k := from; k < end; k++ {
		if !s.isWord(k, "between") {
			continue
		}
		var all []party
		for j := k + 1; j < end && len(all) < 6; j++ {
			if s.isPunct(j, ";", ":") || s.isCue(j, "boundary") {
				break
			}
			mk := s.owner[j]
			if mk < 0 {
				continue
			}
			m := s.in.Actors.Mentions[mk]
			j = m.Last - 1
			if m.Country == "" && m.Kind != actors.Person || s.possessivePronoun(mk) {
				continue
			}
			all = append(all, s.partyOf(mk)...)
		}
		if distinctCountries(all) >= 2 {
			return onePerCountry(all)
		}
		return nil
	}
	return nil
}

// hyphenPair reads a pair of states joined by a hyphen in tokens [from,
// end): "Pakistan-US", "Pak-Afghan".
func (s *session) hyphenPair(from, end int) []party {
	for k := from; k+2 < end; k++ {
		a, b := s.owner[k], s.owner[min(k+2, len(s.owner)-1)]
		if a < 0 || b < 0 || a == b || !s.isPunct(s.in.Actors.Mentions[a].Last, "-") || s.in.Actors.Mentions[b].First != s.in.Actors.Mentions[a].Last+1 {
			continue
		}
		ma, mb := s.in.Actors.Mentions[a], s.in.Actors.Mentions[b]
		if (ma.Kind == actors.Country || ma.Kind == actors.Demonym) && (mb.Kind == actors.Country || mb.Kind == actors.Demonym) && ma.Country != mb.Country {
			pa, pb := s.partyOf(a), s.partyOf(b)
			return append(pa[:1:1], pb[0])
		}
	}
	return nil
}

// conditionParty is the first actor of an "unless" or "if" clause after
// token i: the party a threat is addressed to.
func (s *session) conditionParty(i int, sent text.Sentence) []party {
	for k := i; k < sent.Last; k++ {
		if !s.isWord(k, "unless", "if", "until") {
			continue
		}
		for j := k + 1; j < sent.Last && j < k+6; j++ {
			if mk := s.owner[j]; mk >= 0 && s.in.Actors.Mentions[mk].Kind != actors.Place && !s.possessivePronoun(mk) {
				return s.partyOf(mk)
			}
		}
		return nil
	}
	return nil
}

// location is the foreign state where the happening after token i takes
// place: a place, capital or state after "in", "at" or "to" (and "from" for
// withdrawals) in the clause. When the clause also names a place of the
// source's own country ("arrested a man wanted in the UK at Lahore
// airport"), the happening is at home and there is none.
func (s *session) location(i, cEnd int, from bool, sources []party) party {
	var foreign party
	for k := i; k < cEnd && k < i+20; k++ {
		mk := s.owner[k]
		if mk < 0 {
			continue
		}
		m := s.in.Actors.Mentions[mk]
		k = m.Last - 1
		prep := s.prepBefore(mk)
		if (m.Kind == actors.Place || m.Kind == actors.Capital || m.Kind == actors.Country) &&
			(prep == "in" || prep == "at" || prep == "to" || from && prep == "from") && m.Country != "" {
			if inParties(sources, m.Country) {
				return party{}
			}
			if foreign.country == "" {
				foreign = party{country: m.Country, name: m.Name, person: -1, mention: mk}
			}
		}
	}
	return foreign
}

// reporter finds the subject of a reporting verb before token i: "He
// announced that ...", "Baqaei said ...".
func (s *session) reporter(i int, sent text.Sentence) []party {
	for k := i - 1; k >= sent.First; k-- {
		if s.isCue(k, "report") {
			return s.subject(k, sent.First, sent)
		}
	}
	return nil
}

// otherParty is the party of the last pair named that is not p.
func (s *session) otherParty(p party) (party, bool) {
	if len(s.lastPair) < 2 || !sameCountry([]party{p}, s.lastPair) {
		return party{}, false
	}
	for _, q := range s.lastPair {
		if q.country != p.country && q.country != "" {
			return q, true
		}
	}
	return party{}, false
}

// pairs lists the source-target pairs of an event: every source with every
// target, or every two sources of a joint event with no target.
func pairs(sources, targets []party, symmetric bool) [][2]party {
	var out [][2]party
	if len(targets) == 0 {
		for i := 0; i < len(sources); i++ {
			for j := i + 1; j < len(sources); j++ {
				out = append(out, [2]party{sources[i], sources[j]})
			}
		}
		return out
	}
	for _, a := range sources {
		for _, b := range targets {
			if a.mention >= 0 && a.mention == b.mention {
				continue
			}
			out = append(out, [2]party{a, b})
		}
	}
	// "Iran and the United States described the discussions with the US":
	// a party of both sides is not its own counterpart
	if len(out) > 1 {
		kept := out[:0]
		for _, pr := range out {
			if pr[0].country != pr[1].country || !(inParties(sources, pr[1].country) && inParties(targets, pr[0].country)) {
				kept = append(kept, pr)
			}
		}
		if len(kept) > 0 {
			out = kept
		}
	}
	return out
}

func inParties(ps []party, country string) bool {
	for _, p := range ps {
		if p.country == country {
			return true
		}
	}
	return false
}

func partyCountries(groups ...[]party) []string {
	var out []string
	seen := map[string]bool{}
	for _, g := range groups {
		for _, p := range g {
			if p.country != "" && p.country != accord.NoCountry && !seen[p.country] {
				seen[p.country] = true
				out = append(out, p.country)
			}
		}
	}
	return out
}

func distinctCountries(lists ...[]party) int {
	// the lists hold a few parties: comparing each with those before it
	// costs less than a set
	n := 0
	for li, ps := range lists {
		for i, p := range ps {
			if p.country == "" || p.country == accord.NoCountry {
				continue
			}
			seen := false
			for _, earlier := range lists[:li] {
				seen = seen || hasCountry(earlier, p.country)
			}
			if !seen && !hasCountry(ps[:i], p.country) {
				n++
			}
		}
	}
	return n
}

func hasCountry(ps []party, c string) bool {
	for _, p := range ps {
		if p.country == c {
			return true
		}
	}
	return false
}

func (s *session) homeParty() party {
	return party{country: s.in.Home, agent: "GOV", person: -1, mention: -1}
}

// nounFollows reports whether a noun trigger of the same type follows
// trigger ti in its clause.
func (s *session) nounFollows(trigs []trigger, ti, cEnd int) bool {
	for _, u := range trigs[ti+1:] {
		if u.m.First >= cEnd {
			break
		}
		if u.noun() && u.e.Class == trigs[ti].e.Class {
			return true
		}
	}
	return false
}

// nounBefore reports whether a noun trigger of the same type stands before
// trigger ti in its clause: the subject of a passive.
func (s *session) nounBefore(trigs []trigger, ti, cStart int) bool {
	for _, u := range trigs[:ti] {
		if u.m.First >= cStart && u.noun() && u.e.Class == trigs[ti].e.Class {
			return true
		}
	}
	return false
}

// purpose reports whether a verb trigger is an infinitive of purpose ("met
// X to discuss"), rather than a plan ("is to visit", "agreed to hold", whose
// "to" belongs to a cue or a promise verb that codes the complement itself).
func (s *session) purpose(t trigger) bool {
	if t.noun() || !s.isWord(t.m.First-1, "to") {
		return false
	}
	to := t.m.First - 1
	for k := to; k >= max(0, to-3); k-- {
		if m, ok := s.cue(k, "future"); ok && m.Last >= to {
			return false
		}
		if m, ok := s.cue(k, "ongoing"); ok && m.Last >= to {
			return false
		}
	}
	return true
}

// requested reports whether a noun trigger is what someone asks for: "called
// for serious discussions", "urged talks", "the need for dialogue".
func (s *session) requested(i, cStart int) bool {
	for k := i - 1; k >= max(cStart, i-5); k-- {
		w := s.norm(k)
		if w == "need" || w == "calls" || w == "urged" || w == "urge" || w == "demanded" || w == "sought" || w == "stressed" {
			return true
		}
		if w == "for" && k > 0 && s.callBefore(k) {
			return true // "called for talks", "called on Saturday for talks"
		}
		if s.owner[k] >= 0 {
			return false
		}
	}
	return false
}

// callBefore reports whether a form of "call" stands before token k, a
// time between them: "called for", "called on Saturday for".
func (s *session) callBefore(k int) bool {
	j := k - 1
	for j > 0 && j > k-5 && s.inTime(j) {
		j--
	}
	return strings.HasPrefix(s.norm(j), "call")
}

// undone reports whether a noun trigger (or a verb in -ing describing
// one) lies in the object of a verb that refuses, alleges or stops it:
// "rejected an invitation to a meeting", "is opposed to French mediation",
// "vetoed a resolution censuring X", "blamed Israel for the bombing",
// "prevented the demonstration", "to cancel the strike". What is refused or
// stopped did not happen; what is alleged is the accusation's content.
func (s *session) undone(trigs []trigger, ti, cStart int) bool {
	i := trigs[ti].m.First
	for k := i - 1; k >= max(cStart, i-10); k-- {
		if s.isPunct(k, ",", ";", ":") || s.isWord(k, "and", "but", "while", "which", "who", "that") || s.isCue(k, "report") {
			return false
		}
		if stopVerb(s.norm(k)) || s.isWord(k, "call", "calls", "called", "calling") && s.isWord(k+1, "off") {
			return true
		}
	}
	for j := ti - 1; j >= 0; j-- {
		u := trigs[j]
		if u.m.Last <= max(cStart, i-10) {
			break
		}
		if u.noun() {
			continue
		}
		for k := u.m.Last; k < i; k++ {
			if s.isPunct(k, ",", ";", ":") || s.isWord(k, "and", "but", "while", "which", "who", "that") {
				return false
			}
		}
		switch {
		case u.e.Class == "REJECT":
			return true
		case u.e.Class == "ACCUSE" && u.e.Code == "112":
			for k := u.m.Last; k < i; k++ {
				if s.isWord(k, "for", "of") {
					return true
				}
			}
		}
		return false
	}
	return false
}

// claim reports whether what follows "insist" at i states something (a
// verb in the past or present: "insisted the unrest reflected", "insists
// that talks are going well") rather than demands it ("insisted on talks",
// "insisted that he resign", "insisted that X must").
func (s *session) claim(i, cEnd int) bool {
	if s.isWord(i, "on", "upon") {
		return false
	}
	for k := i; k < min(cEnd, i+10); k++ {
		if s.isPunct(k, ",", ";") || s.isWord(k, "must", "should", "be", "to") {
			return false
		}
		if s.owner[k] >= 0 {
			continue
		}
		if s.isWord(k, "is", "are", "was", "were", "has", "have", "had", "would", "will") || k > i+1 && s.toks[k].Kind == text.Word && strings.HasSuffix(s.norm(k), "ed") {
			return true
		}
	}
	return false
}

// stateForce reports whether an attacker is a state's armed force: a
// military body, or a state named by its name or nationality attacking
// another state ("Israeli attacks on Gaza"). The report's home country put
// in for an unnamed attacker is not one.
func (s *session) stateForce(src party, targets []party) bool {
	if src.agent == "MIL" {
		return true
	}
	if src.mention < 0 || len(src.country) != 3 || len(targets) == 0 || targets[0].country == src.country {
		return false
	}
	switch src.country {
	case accord.NoCountry, "IGO", "UNO", "EUR", "NTO":
		return false
	}
	k := s.in.Actors.Mentions[src.mention].Kind
	return k == actors.Country || k == actors.Demonym || k == actors.Capital
}

// aerial reports whether a sentence tells of an attack from the air: a cue
// of role aerial (cues.lex: air, airstrike, drone, ...).
func (s *session) aerial(sent text.Sentence) bool {
	for k := sent.First; k < sent.Last; k++ {
		if s.isCue(k, "aerial") {
			return true
		}
	}
	return false
}

// mishap reports whether a killing near the trigger is laid to nature or
// an accident: floods, rain, an earthquake, a crash, a stampede.
func (s *session) mishap(t trigger, sent text.Sentence) bool {
	for k := max(sent.First, t.m.First-12); k < min(sent.Last, t.m.Last+12); k++ {
		if s.toks[k].Kind != text.Word || s.toks[k].Flags&text.Cap != 0 && k != sent.First {
			continue // "the Boulder attack": a name
		}
		if s.isCue(k, "mishap") { // cues.lex: floods, rain, earthquake, crash, ...
			return true
		}
	}
	return false
}

// threatContent reports whether what follows "warn" at i threatens: a
// condition, a consequence or a response ("warned that X would respond if",
// "warned of sanctions unless", "warned India against", "or face").
func (s *session) threatContent(i, last int) bool {
	for k := i; k < last; k++ {
		if s.toks[k].Kind != text.Word {
			continue
		}
		w := s.norm(k)
		switch w {
		case "if", "unless", "otherwise", "against", "longer", "action": // "action": not a cue, as actors reads every cue as a non-name ("Program Action Plan")
			return true
		}
		if s.isCue(k, "threat") { // cues.lex: face, respond, crush, war, ...
			return true
		}
		if strings.HasPrefix(w, "retaliat") || strings.HasPrefix(w, "consequence") || strings.HasPrefix(w, "repercussion") || strings.HasPrefix(w, "tolerat") || strings.HasPrefix(w, "sanction") || strings.HasPrefix(w, "tariff") {
			return true
		}
	}
	return false
}

// question reports whether what follows "ask" at i is a question: a
// question word before any "to", "for" or punctuation ("asked about",
// "asked the counsel whether", "asked him why").
func (s *session) question(i, last int) bool {
	for k := i; k < min(last, i+6); k++ {
		if s.isWord(k, "about", "whether", "if", "why", "how", "what", "who", "when", "where", "which") {
			return true
		}
		if s.toks[k].Kind != text.Word || s.isWord(k, "to", "for", "that") {
			return false
		}
	}
	return false
}

// sameClassBefore reports whether a trigger of trigger ti's type stands
// before it in its sentence.
func (s *session) sameClassBefore(trigs []trigger, ti int) bool {
	si := s.in.A.SentenceOf(trigs[ti].m.First)
	for j := ti - 1; j >= 0; j-- {
		if s.in.A.SentenceOf(trigs[j].m.First) != si {
			break
		}
		if trigs[j].e.Class == trigs[ti].e.Class {
			return true
		}
	}
	return false
}

// stopVerb reports whether w is a form of a verb that keeps a happening
// from taking place: prevent, foil, thwart, avert, cancel, postpone.
func stopVerb(w string) bool {
	for _, p := range []string{"prevent", "foil", "thwart", "avert", "cancel", "postpon"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// topic reports whether a noun trigger is what is talked about: "to discuss
// nuclear negotiations", "views on the talks".
func (s *session) topic(i, cStart int) bool {
	for k := i - 1; k >= max(cStart, i-4); k-- {
		if s.isWord(k, "discuss", "discussed", "discussing", "about", "regarding", "on", "concerning") {
			return true
		}
		if s.owner[k] >= 0 || s.isPunct(k, ",") {
			return false
		}
	}
	return false
}

// phoneSentence reports whether the sentence speaks of a telephone call.
func (s *session) phoneSentence(sent text.Sentence) bool {
	for k := sent.First; k < sent.Last; k++ {
		if s.isWord(k, "phone", "telephone", "telephonic", "telephoned", "phoned") {
			return true
		}
	}
	return false
}

// negated reports whether a negation governs the trigger: "did not meet",
// "no talks", "failed to reach".
func (s *session) negated(t trigger, cStart int) bool {
	for k := t.m.First - 1; k >= max(cStart, t.m.First-4); k-- {
		if s.isCue(k, "negation") {
			return true
		}
		if s.owner[k] >= 0 || s.isPunct(k, ",") {
			break
		}
	}
	return false
}

// conditionalThreat reports whether a conflictual happening is announced
// on a condition: "will withdraw its force unless", "will boycott the
// elections unless", "said they would blockade Paris to demand".
func (s *session) conditionalThreat(t trigger, cStart, cEnd int) bool {
	switch t.e.Class {
	case "PROTEST", "COERCE", "ASSAULT", "SANCTION", "REJECT", "RETREAT", "MOBILIZE":
	default:
		return false
	}
	future := false
	for k := t.m.First - 1; k >= max(cStart, t.m.First-4); k-- {
		if s.isWord(k, "will", "would", "shall", "may", "might", "could") && !s.monthMay(k) {
			future = true
			break
		}
	}
	if !future {
		return false
	}
	for k := t.m.Last; k < cEnd+12 && k < len(s.toks); k++ {
		if s.isWord(k, "unless", "if", "until") || s.isWord(k, "to") && s.isWord(k+1, "demand", "press", "force", "protest") {
			return true
		}
		if s.isPunct(k, ".") {
			break
		}
	}
	return false
}

// monthMay reports whether "May" at k is the month, not the modal: written
// with a capital inside a sentence ("On May 7, Pakistan shot down"), or
// before a number ("May 10 was calm").
func (s *session) monthMay(k int) bool {
	if !s.isWord(k, "may") || s.toks[k].Flags&text.Cap == 0 {
		return false
	}
	inside := k > 0 && s.toks[k-1].Kind != text.Quote && s.in.A.SentenceOf(k) == s.in.A.SentenceOf(k-1)
	return inside || k+1 < len(s.toks) && s.toks[k+1].Kind == text.Number
}

// hypothetical reports whether the trigger is only possible: "if he were
// to visit", "could be held", "may impose".
func (s *session) hypothetical(t trigger, cStart, cEnd int) bool {
	for k := t.m.First - 1; k >= max(cStart, t.m.First-5); k-- {
		if m, ok := s.cue(k, "hypothetical"); ok && m.Last <= t.m.First && !s.monthMay(k) {
			return true
		}
	}
	// "if Tehran refused", "in case of any incident": a condition on the clause
	for k := max(0, cStart-1); k < t.m.First; k++ {
		if s.isWord(k, "if", "unless") {
			return true
		}
	}
	// "Pakistan would meet India if the attacks stopped"
	if s.isWord(t.m.First-1, "would") || s.isWord(t.m.First-2, "would") {
		for k := t.m.Last; k < len(s.toks) && k < cEnd+15; k++ {
			if s.isWord(k, "if", "unless", "provided") {
				return true
			}
			if s.isPunct(k, ".", ";") {
				break
			}
		}
	}
	return false
}

// tense reads the tense of a trigger from the words before it.
func (s *session) tense(t trigger, cStart int) accord.Tense {
	reach := 5
	if t.noun() {
		reach = 8 // "are slated to have another counter-terrorism dialogue"
	}
	for k := t.m.First - 1; k >= max(cStart, t.m.First-reach); k-- {
		if m, ok := s.cue(k, "future"); ok && m.Last <= t.m.First+1 {
			if s.isWord(k, "next") && !t.noun() {
				continue
			}
			if s.isWord(k, "due") && s.isWord(k+2, "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those") {
				continue // "not only due to his visit": a cause, not a plan
			}
			return accord.Future
		}
		if s.isCue(k, "ongoing") {
			return accord.Ongoing
		}
		if s.owner[k] >= 0 && !t.noun() {
			break
		}
	}
	if t.e.Form == "gerund" && (s.isWord(t.m.First-1, "is", "are") || s.isWord(t.m.First-2, "is", "are")) {
		return accord.Ongoing
	}
	if t.noun() && s.scheduledAfter(t.m.Last) {
		return accord.Future // "a new round of talks planned for Rome", "the meeting is scheduled for Monday"
	}
	return accord.Past
}

// scheduledAfter reports whether a plan word follows a noun at i within a
// few words (a name counting as one, "the" as none) of its phrase:
// "scheduled for", "planned in", "set to", "due on", "expected next week".
func (s *session) scheduledAfter(i int) bool {
	for k, n := i, 0; k < len(s.toks) && n < 7; k, n = k+1, n+1 {
		if s.toks[k].Kind == text.Punct && !s.isPunct(k, "-") {
			return false
		}
		if s.isWord(k, "the") {
			n-- // "talks between Iran and the United States are scheduled for Saturday"
		}
		if mk := s.owner[k]; mk >= 0 && s.in.Actors.Mentions[mk].Last > k+1 {
			k = s.in.Actors.Mentions[mk].Last - 1 // a name counts as one word
			continue
		}
		if s.isWord(k, "scheduled", "planned", "slated", "set", "expected") && s.isWord(k+1, "for", "on", "to", "in", "next", "later") ||
			s.isWord(k, "due") && s.isWord(k+1, "for", "on", "in", "next", "later") { // not "due to their location"
			return true
		}
	}
	return false
}

// passive reports whether a participle at i is passive: "was arrested",
// "had been arrested", "were martyred".
func (s *session) passive(i, cStart int) bool {
	for k := i - 1; k >= max(cStart, i-4); k-- {
		if s.isCue(k, "be") {
			return true
		}
		if s.isWord(k, "also", "reportedly", "allegedly", "later", "not", "subsequently", "then", "already", "successfully", "formally") ||
			strings.HasSuffix(s.norm(k), "ly") {
			continue
		}
		return false
	}
	return false
}

// complement returns the tokens of what a promise verb promises: "to hold a
// joint dialogue", "on establishing a peace treaty", "that X would Y".
func (s *session) complement(t trigger, cEnd int) [2]int {
	k := t.m.Last
	// "agreed in principle to", "pledged jointly to"
	for n := 0; n < 3 && k < cEnd && !s.isWord(k, "to", "on", "upon", "that") && s.toks[k].Kind == text.Word; n++ {
		if !(s.isWord(k, "in", "principle", "also", "further", "jointly", "firmly", "again") || strings.HasSuffix(s.norm(k), "ly")) {
			break
		}
		k++
	}
	switch {
	case s.isWord(k, "to", "on", "upon", "that"):
		return [2]int{k + 1, s.phraseEnd(k+1, cEnd)}
	case strings.HasSuffix(s.norm(t.m.Last-1), "to"):
		return [2]int{t.m.Last, s.phraseEnd(t.m.Last, cEnd)}
	}
	// "reiterated Pakistan's commitment to strengthening", "expressed the
	// desire to"
	for j := t.m.Last; j < min(cEnd, t.m.Last+6); j++ {
		if s.isWord(j, "to") && j > t.m.Last {
			return [2]int{j + 1, s.phraseEnd(j+1, cEnd)}
		}
		if s.isPunct(j, ",", ";") {
			break
		}
	}
	if t.e.Attr("needs") != "" {
		// "reaffirmed the continuation of counter-terrorism cooperation"
		return [2]int{t.m.Last, s.phraseEnd(t.m.Last, cEnd)}
	}
	return [2]int{-1, -1}
}

// phraseEnd ends a promised thing at the clause's end, or at a comma that
// is followed by a new subject or a reporting clause.
func (s *session) phraseEnd(from, cEnd int) int {
	for k := from; k < cEnd; k++ {
		if s.isPunct(k, ".", ";") {
			return k
		}
		if s.isPunct(k, ",") && (s.isCue(k+1, "report") || s.isWord(k+1, "adding", "saying", "he", "she", "they", "the", "while", "which")) {
			return k
		}
		if k > from && s.isWord(k, "after", "following", "according", "amid") {
			return k
		}
		if k > from && s.isWord(k, "and") && s.verbAt(k+1) {
			return k // "agreed to hold talks, and pledged to boost trade"
		}
	}
	return cEnd
}

// verbAt reports whether an inflected verb trigger (not a base form) starts
// at i, perhaps after an adverb: a new verb phrase.
func (s *session) verbAt(i int) bool {
	if strings.HasSuffix(s.norm(i), "ly") || s.isWord(i, "also") {
		i++
	}
	for _, m := range s.idx.At(i) {
		for _, e := range m.Entries {
			if e.Kind == "event" && e.Attr("pos") == "verb" && (e.Form == "past" || e.Form == "third") {
				return true
			}
		}
	}
	return false
}

// partyOf turns actor mention k into parties (several for "the two sides").
func (s *session) partyOf(k int) []party {
	m := s.in.Actors.Mentions[k]
	sp := m.Span
	p := party{country: m.Country, agent: m.Sector, name: m.Name, person: -1, span: &sp, mention: k}
	switch m.Kind {
	case actors.Person:
		p.person = m.Person
	case actors.Collective:
		return onePerCountry(s.lastPair)
	case actors.Country, actors.Capital:
		if p.agent == "" {
			p.agent = "GOV"
		}
	case actors.Generic, actors.Org:
		if p.country == "" {
			p.country = s.ofCountry(m.Last)
		}
	}
	if p.country == "" {
		p.country = s.in.Home
	}
	return []party{p}
}

// onePerCountry keeps the first party of each country: "the two sides" of
// a meeting of two Pakistani and one Bangladeshi official are two sides.
func onePerCountry(ps []party) []party {
	if len(ps) < 2 {
		return nil
	}
	var out []party
	seen := map[string]bool{}
	for _, p := range ps {
		if !seen[p.country] {
			seen[p.country] = true
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// ofCountry reads "from X" or "of X" after a generic actor ("a delegation
// from Islamabad police"), giving its country.
func (s *session) ofCountry(i int) string {
	for n := 0; n < 3 && i < len(s.toks) && !s.isWord(i, "from", "of") && s.toks[i].Kind == text.Word && s.toks[i].Flags&text.Cap == 0 && s.bareWord(i); n++ {
		i++ // "military and naval leadership of Azerbaijan"
	}
	if !s.isWord(i, "from", "of") {
		return ""
	}
	if k := s.owner[i+1]; k >= 0 {
		return s.in.Actors.Mentions[k].Country
	}
	if s.isWord(i+1, "the") {
		if k := s.owner[i+2]; k >= 0 {
			return s.in.Actors.Mentions[k].Country
		}
	}
	return ""
}

// bareWord reports whether token i is no actor's, or a body's with no
// country of its own ("leadership" in "naval leadership of Azerbaijan").
func (s *session) bareWord(i int) bool {
	k := s.owner[i]
	if k < 0 {
		return true
	}
	m := s.in.Actors.Mentions[k]
	return (m.Kind == actors.Generic || m.Kind == actors.Org) && m.Country == ""
}

// actorKind reports whether mention k can act in an event; places only for
// triggers that take them (visits).
func (s *session) actorKind(k int, places bool) bool {
	switch s.in.Actors.Mentions[k].Kind {
	case actors.Place:
		return places
	case actors.Demonym:
		return true
	}
	return true
}

// prepBefore returns the word before mention k, skipping "the".
func (s *session) prepBefore(k int) string {
	i := s.in.Actors.Mentions[k].First - 1
	if s.isWord(i, "the") {
		i--
	}
	if i >= 0 && s.toks[i].Kind == text.Word {
		return s.toks[i].Norm
	}
	return ""
}

// subject finds the source of a verb: the nearest actor to its left that is
// not inside a prepositional phrase, with any actors coordinated with it.
func (s *session) subject(i, cStart int, sent text.Sentence) []party {
	i = s.skipApposition(i, sent)
	for k := i - 1; k >= sent.First && k >= i-30; k-- {
		if k < cStart && !s.isWord(cStart-1, "who", "which") {
			break
		}
		if s.isWord(k, "that", "which", "who") {
			if s.isWord(k, "that") && s.thatStops(k, i) {
				break
			}
			// a relative clause: its subject is the phrase right before
			// ("the militants who attacked"), or none that is an actor
			j := k - 1
			if s.isPunct(j, ",") {
				j--
			}
			if j < sent.First || s.owner[j] < 0 {
				return nil
			}
			return s.coordinatedLeft(s.owner[j], sent)
		}
		mk := s.owner[k]
		if mk < 0 {
			continue
		}
		m := s.in.Actors.Mentions[mk]
		k = m.First
		if locative[s.prepBefore(mk)] && !s.clauseSubject(mk, i) || m.Possessive || !s.actorKind(mk, false) || m.Kind == actors.Place || s.adjectival(mk) || s.possessivePronoun(mk) {
			continue
		}
		return s.coordinatedLeft(mk, sent)
	}
	// "A group of Moroccan diplomats held", "leaders of the PTI said": the
	// actor in the subject's "of" phrase
	for k := i - 1; k >= max(cStart, sent.First, i-12); k-- {
		mk := s.owner[k]
		if mk < 0 {
			continue
		}
		m := s.in.Actors.Mentions[mk]
		if (s.prepBefore(mk) == "of" || s.prepBefore(mk) == "for") && m.Kind != actors.Place && !m.Possessive && !s.possessivePronoun(mk) {
			return s.partyOf(mk)
		}
		break
	}
	// "Montenegro's prime minister has been indicted", "India's
	// counter-terrorism agency last month arrested": the state that owns a
	// subject no actor names
	for k := i - 1; k >= max(cStart, sent.First, i-8); k-- {
		if mk := s.owner[k]; mk >= 0 {
			if m := s.in.Actors.Mentions[mk]; m.Possessive && !s.possessivePronoun(mk) && m.Kind != actors.Place && m.Kind != actors.Person {
				return s.partyOf(mk)
			}
			break
		}
		if s.toks[k].Kind != text.Word && !s.isPunct(k, "-") || locative[s.norm(k)] || s.isWord(k, "and", "or", "that", "which", "who", "whose") {
			break
		}
	}
	return nil
}

// withSubject reads the actors right before an -ing form at i that follow
// "with": "ended with both sides reaffirming", "with Pakistan and China
// agreeing". It returns nil when the words before are no such phrase, or
// when the -ing form ends a noun phrase ("with US backing and").
func (s *session) withSubject(i, first int) []party {
	j := i - 1
	if j < first || s.owner[j] < 0 {
		return nil
	}
	if n := i + 1; n >= len(s.toks) || s.toks[n].Kind != text.Word || s.isWord(n, "and", "or", "of", "case", "cases", "incident") {
		return nil // "built with US backing and", "in connection with the Amir kidnapping case": a noun
	}
	mk := s.owner[j]
	var ps []party
	for n := 0; n < 5; n++ {
		m := s.in.Actors.Mentions[mk]
		if m.Kind == actors.Place || m.Possessive || !s.actorKind(mk, false) || s.possessivePronoun(mk) {
			return nil
		}
		ps = append(s.partyOf(mk), ps...)
		p := m.First - 1
		if s.isWord(p, "the") {
			p--
		}
		if s.isWord(p, "with") {
			return ps
		}
		if !s.isWord(p, "and") && !s.isPunct(p, ",") {
			return nil
		}
		p--
		if p < first || s.owner[p] < 0 {
			return nil
		}
		mk = s.owner[p]
	}
	return nil
}

// clauseSubject reports whether mention mk, after a word that is both a
// preposition and a conjunction (after, before, since, until), is the
// subject of the verb at i that follows it at once: "after Washington held
// talks", not "after the meeting with Iran, X said".
func (s *session) clauseSubject(mk, i int) bool {
	m := s.in.Actors.Mentions[mk]
	if !s.isWord(m.First-1, "after", "before", "since", "until") {
		return false
	}
	j := m.Last
	for j < i && (s.isCue(j, "have") || s.isCue(j, "be") || strings.HasSuffix(s.norm(j), "ly")) {
		j++
	}
	return j == i
}

// skipApposition moves a verb's position back over an apposition that
// separates it from its subject: "Pakistan, a key U.S. ally in the war
// against terrorism, has refused".
func (s *session) skipApposition(i int, sent text.Sentence) int {
	j := i - 1
	for j > sent.First && (s.isCue(j, "have") || s.isCue(j, "be") || s.isCue(j, "future") || strings.HasSuffix(s.norm(j), "ly")) {
		j--
	}
	if !s.isPunct(j, ",") {
		return i
	}
	for k := j - 1; k > sent.First && k > j-20; k-- {
		if s.isPunct(k, ",") {
			if s.isWord(k+1, "a", "an", "the", "who", "which") && s.owner[k+1] < 0 {
				return k
			}
			return i
		}
	}
	return i
}

// possessivePronoun reports whether mention mk is "his", "its", "their" or
// a possessive "her": a determiner, not an actor.
func (s *session) possessivePronoun(mk int) bool {
	m := s.in.Actors.Mentions[mk]
	if m.Ref != accord.MentionPronoun {
		return false
	}
	if s.isWord(m.First, "his", "its", "their") {
		return true
	}
	n := m.Last
	return s.isWord(m.First, "her") && n < len(s.toks) && s.toks[n].Kind == text.Word && !locative[s.norm(n)] && s.norm(n) != "and"
}

// thatStops reports whether "that" at k ends the search for a subject: it
// does after a verb ("recalled that X had been arrested"), not as a relative
// pronoun right before the verb group ("the accord that was signed").
func (s *session) thatStops(k, trig int) bool {
	for j := k + 1; j < trig; j++ {
		if !(s.isCue(j, "be") || s.isCue(j, "have") || s.isCue(j, "future") || strings.HasSuffix(s.norm(j), "ly") || s.isWord(j, "also", "not")) {
			return true
		}
	}
	return false
}

// adjectival reports whether a state's mention only modifies a name:
// "US-Pakistan Counterterrorism Dialogue", "Pakistan Atomic Energy".
func (s *session) adjectival(mk int) bool {
	m := s.in.Actors.Mentions[mk]
	if m.Kind != actors.Country && m.Kind != actors.Demonym && m.Kind != actors.Capital {
		return false
	}
	j := m.Last
	if j >= len(s.toks) {
		return false
	}
	if s.isPunct(j, "-") && s.toks[j].Flags&text.SpaceBefore == 0 {
		return true
	}
	if m.First > 0 && s.isPunct(m.First-1, "-") && s.toks[m.First-1].Flags&text.SpaceBefore == 0 {
		return true
	}
	t := s.toks[j]
	return t.Kind == text.Word && t.Flags&text.Cap != 0 && s.owner[j] < 0 && !s.isCue(j, "report") && !s.inTime(j)
}

// inTime reports whether token i is part of a time expression: "Israel
// Friday reimposed" names no "Israel Friday".
func (s *session) inTime(i int) bool {
	start := s.toks[i].Start
	for _, te := range s.in.Times {
		if te.Span.Start <= start && start < te.Span.End {
			return true
		}
	}
	return false
}

// coordinatedLeft collects "X, Y and Z" ending with mention mk.
func (s *session) coordinatedLeft(mk int, sent text.Sentence) []party {
	ps := s.partyOf(mk)
	first := s.in.Actors.Mentions[mk].First
	for n := 0; n < 5; n++ {
		j := first - 1
		if s.isWord(j, "the") {
			j--
		}
		if !(s.isWord(j, "and") || s.isPunct(j, ",")) {
			break
		}
		j--
		if s.isPunct(j, ",") {
			j--
		}
		pk := -1
		if j >= sent.First {
			pk = s.owner[j]
		}
		if pk < 0 || pk == mk || locative[s.prepBefore(pk)] || s.in.Actors.Mentions[pk].Kind == actors.Place {
			break
		}
		ps = append(s.partyOf(pk), ps...)
		first = s.in.Actors.Mentions[pk].First
		mk = pk
	}
	return ps
}

// object finds the target of a verb: the first actor to its right in the
// clause, with any actors coordinated with it.
func (s *session) object(t trigger, from, cEnd int, passive bool, sources []party) []party {
	places := t.e.Attr("place") != ""
	reach, generic, adj := 25, -1, -1
	if t.e.Attr("near") != "" {
		reach = 3 // "called on X", not "called on Tuesday for"
	}
	behalf := false // inside "on behalf of X": the source's side, not the target
	for k := from; k < cEnd && k < from+reach; k++ {
		mk := s.owner[k]
		if mk < 0 {
			if s.isWord(k, "behalf") && s.isWord(k-1, "on") && s.isWord(k+1, "of") {
				behalf = true
				continue
			}
			if behalf && s.toks[k].Kind == text.Word && locative[s.norm(k)] && s.norm(k) != "of" {
				behalf = false // "on behalf of the people of X for Y's support": Y
			}
			if behalf && s.isPunct(k, ",") {
				continue // "on behalf of the prime minister, the government and the people of X"
			}
			if s.isWord(k, "that") && k <= from+1 && t.e.Class == "REQUEST" {
				continue // "demanded that the US cancel": the one asked
			}
			if s.isCue(k, "report") && k > from || s.isPunct(k, ",") || s.isWord(k, "that") {
				break
			}
			if k > from && s.isWord(k, "after", "following", "amid", "despite", "since") {
				break // "reimposed blockades ... following the deaths of two Israelis": why, not whom
			}
			if s.isWord(k, "until", "unless", "if", "because", "whereas") {
				break // "vowed to fight until they control the border with X": a condition, not whom
			}
			continue
		}
		if s.possessivePronoun(mk) {
			continue // "meet his counterpart": not him
		}
		m := s.in.Actors.Mentions[mk]
		k = m.Last - 1
		if behalf {
			continue // "conveyed gratitude on behalf of Prime Minister X"
		}
		prep := s.prepBefore(mk)
		if passive && prep == "by" {
			continue
		}
		if t.e.Attr("direct") != "" && (locative[prep] || m.First > from+4) {
			break // "received a request from the British authorities"
		}
		if s.adjectival(mk) {
			// "rejected the French-led initiative", "welcomed the Egyptian
			// Peace Plan": the state whose thing it is, if no actor follows
			if adj < 0 && verbal(t.e.Class) && !s.pairMember(mk) && !sameCountry(sources, s.partyOf(mk)) {
				adj = mk
			}
			continue
		}
		if m.Kind == actors.Place && !places {
			continue
		}
		if places && (m.Kind == actors.Place || m.Kind == actors.Capital || m.Kind == actors.Country) {
			if prep != "to" && prep != "in" && prep != "at" && prep != "" && prep != "visit" && prep != "visited" && prep != "visits" && !strings.HasPrefix(prep, "visit") && prep != "arrived" {
				continue
			}
		} else if (m.Kind == actors.Country || m.Kind == actors.Capital || m.Kind == actors.Demonym) && (prep == "in" || prep == "at" || prep == "from" && !s.offerFrom(mk) || prep == "of" && !s.people(mk) || prep == "near" || prep == "across") {
			continue
		} else if (prep == "on" || prep == "along") && s.isWord(m.Last, "border", "borders", "frontier", "coast", "side") {
			continue // "captured a stronghold on the Thai border": where, not whom
		}
		if m.Possessive && m.Kind != actors.Person && sameCountry(sources, s.partyOf(mk)) {
			continue // "assured UNESCO's continued support": the source's own; a person's is not ("praised the minister's visit")
		}
		if (m.Kind == actors.Generic || m.Kind == actors.Org) && m.Country == "" && s.ofCountry(m.Last) == "" {
			// "offered its troops to Lebanon's President", "mobilized army
			// reservists for a war against Iraq": a bare "troops" or "army" is
			// what is offered or moved; keep it only if no named actor follows
			if generic < 0 {
				generic = mk
			}
			continue
		}
		if generic >= 0 && (!addressee[prep] || m.First > s.in.Actors.Mentions[generic].Last+8 || s.gerundBetween(s.in.Actors.Mentions[generic].Last, m.First)) {
			// "arrested a police officer for spying for Pakistan", "prevented
			// the demonstration staged by students ... sending troops to Iraq"
			continue
		}
		return s.coordinatedRight(mk, cEnd, places)
	}
	if adj >= 0 {
		return s.partyOf(adj)
	}
	if generic >= 0 && (t.e.Class != "AID" || addressee[s.prepBefore(generic)] || s.prepBefore(generic) == "for") {
		// "contribute 4,000 troops to a force in Liberia": aid's bare
		// object is the gift, not who receives it
		return s.coordinatedRight(generic, cEnd, places)
	}
	return nil
}

// people reports whether a nationality names people rather than describing
// a noun: "the rights of Palestinians", not "the fate of Palestinian offices".
func (s *session) people(mk int) bool {
	m := s.in.Actors.Mentions[mk]
	w := s.norm(m.Last - 1)
	return m.Kind == actors.Demonym && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !(m.Last < len(s.toks) && s.toks[m.Last].Kind == text.Word && s.owner[m.Last] < 0 && !locative[s.norm(m.Last)] && !s.isWord(m.Last, "and", "or", "who", "which", "that"))
}

// verbal types are said or decided, not done: their object may be a
// state's proposal, plan or initiative.
func verbal(t string) bool {
	switch t {
	case "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN":
		return true
	}
	return false
}

// pairMember reports whether mention mk is one of a pair of states joined
// by a hyphen: "US-Pakistan", "Pak-Afghan".
func (s *session) pairMember(mk int) bool {
	m := s.in.Actors.Mentions[mk]
	if m.Last < len(s.toks) && s.isPunct(m.Last, "-") && m.Last+1 < len(s.owner) && s.owner[m.Last+1] >= 0 {
		return true
	}
	return m.First >= 2 && s.isPunct(m.First-1, "-") && s.owner[m.First-2] >= 0
}

// offerFrom reports whether a state after "from" is who made what the
// object names: "rejected a fresh offer from Afghanistan", "a request from
// the US for talks".
func (s *session) offerFrom(mk int) bool {
	j := s.in.Actors.Mentions[mk].First - 1
	if s.isWord(j, "the") {
		j--
	}
	return s.isWord(j, "from") && s.isCue(j-1, "refusable") // cues.lex: offer, proposal, request, ...
}

// gerundBetween reports whether a verb in -ing stands in tokens [from, to):
// "arrested people for sympathising with Pakistan" starts another phrase.
func (s *session) gerundBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if w := s.norm(k); s.toks[k].Kind == text.Word && len(w) > 5 && strings.HasSuffix(w, "ing") && !s.isWord(k, "during", "including", "according", "regarding", "concerning", "following", "neighbouring", "neighboring") {
			return true
		}
	}
	return false
}

// addressee prepositions name whom a thing is given, moved or turned
// against after a bare object: "troops to Lebanon", "reservists for a war
// against Iraq".
var addressee = map[string]bool{"to": true, "against": true, "with": true, "toward": true, "towards": true, "on": true, "upon": true, "into": true}

// withTarget reports whether targets were introduced by "with".
func (s *session) withTarget(targets []party) bool {
	for _, p := range targets {
		if p.mention >= 0 && s.prepBefore(p.mention) == "with" {
			return true
		}
	}
	return false
}

// sameCountry reports whether the two lists share a country.
func sameCountry(a, b []party) bool {
	for _, x := range a {
		for _, y := range b {
			if x.country != "" && x.country == y.country {
				return true
			}
		}
	}
	return false
}

// coordinatedRight collects "X and Y" starting with mention mk.
func (s *session) coordinatedRight(mk, cEnd int, places bool) []party {
	ps := s.partyOf(mk)
	last := s.in.Actors.Mentions[mk].Last
	for n := 0; n < 5; n++ {
		j := last
		if !(s.isWord(j, "and") || s.isPunct(j, ",") && !s.isWord(j+1, "who", "which")) {
			break
		}
		j++
		if s.isWord(j, "and") {
			j++
		}
		if s.isWord(j, "the") {
			j++
		}
		if j >= cEnd || s.owner[j] < 0 || s.in.Actors.Mentions[s.owner[j]].First != j {
			break
		}
		nk := s.owner[j]
		if s.in.Actors.Mentions[nk].Kind == actors.Place && !places {
			break
		}
		ps = append(ps, s.partyOf(nk)...)
		last = s.in.Actors.Mentions[nk].Last
	}
	return ps
}

// agent finds "by X" after a passive verb.
func (s *session) agent(from, cEnd int) []party {
	for k := from; k < cEnd && k < from+6; k++ {
		if s.isWord(k, "by") {
			j := k + 1
			if s.isWord(j, "the") {
				j++
			}
			if j < cEnd && s.owner[j] >= 0 {
				return s.coordinatedRight(s.owner[j], cEnd, false)
			}
			return nil
		}
	}
	return nil
}

// nounParties finds the parties of a noun trigger: "a meeting between X
// and Y", "X's visit to Y", "talks with X", "the arrest of X".
func (s *session) nounParties(t trigger, sent text.Sentence, cStart, cEnd int) (sources, targets []party, symmetric bool) {
	places := t.e.Attr("place") != ""
	// "between X and Y", possibly a few words on: "discussions in New York
	// to promote collaboration between A and B"
	for k := t.m.Last; k < min(cEnd, t.m.Last+14); k++ {
		if !s.isWord(k, "between", "among") {
			continue
		}
		var all []party
		for j := k + 1; j < cEnd && len(all) < 6; j++ {
			mk := s.owner[j]
			if mk < 0 {
				if s.isWord(j, "and", "the", "of") || s.isPunct(j, ",") || s.toks[j].Kind == text.Word && j < k+4 {
					continue
				}
				break
			}
			m := s.in.Actors.Mentions[mk]
			j = max(m.Last, m.TitleLast) - 1 // past an apposition: "Donald Blome, the US Ambassador in Islamabad,"
			if m.Kind == actors.Generic && m.Country == "" && (s.isWord(m.Last, "of") || s.isWord(m.Last+1, "of")) {
				continue // "the police forces of Islamabad and New York City"
			}
			if s.adjectival(mk) {
				continue
			}
			all = append(all, s.partyOf(mk)...)
			if m.Kind == actors.Place || m.Kind == actors.Capital {
				all[len(all)-1].agent = ""
			}
		}
		if distinctParties(all) >= 2 {
			if t.e.Attr("mode") == "third-party" {
				// "a mediation mission between Syria and Arafat": the
				// mediator acts on both
				return s.nounSubject(t, sent, cStart), all, false
			}
			return all, nil, true
		}
		break
	}
	// the owner: "X's visit", "Muqam's second visit"
	for k := t.m.First - 1; k >= max(sent.First, t.m.First-4); k-- {
		if s.toks[k].Flags&text.Possessive != 0 && k > 0 && s.owner[k-1] >= 0 {
			sources = s.partyOf(s.owner[k-1])
			break
		}
		if s.owner[k] >= 0 || s.isPunct(k, ",") {
			break
		}
	}
	// the other party: "with X", "to X", "of X", "on X"
	for k := t.m.Last; k < min(cEnd, t.m.Last+10); k++ {
		mk := s.owner[k]
		if mk < 0 {
			continue
		}
		m := s.in.Actors.Mentions[mk]
		prep := s.prepBefore(mk)
		k = m.Last - 1
		switch {
		case places && (prep == "to" || prep == "in") && (m.Kind == actors.Place || m.Kind == actors.Capital || m.Kind == actors.Country):
			targets = s.partyOf(mk)
		case m.Kind == actors.Place:
			continue
		case t.e.Code == "111" && prep != "from" && m.Kind == actors.Demonym && s.isCue(m.Last, "attack"):
			// "strong condemnation of the continued Israeli attacks": the
			// attacker is whom the condemnation is of
			targets = s.partyOf(mk)
		case (prep == "of" || prep == "on") && !violent(t.e.Class) && !(places && m.Kind == actors.Person) || s.adjectival(mk) || m.Kind == actors.Demonym && prep != "with":
			continue // "negotiations on an Israeli pullback": the topic, not a party
		case prep == "with" || prep == "of" || prep == "on" || prep == "against" || prep == "to" || prep == "by":
			if prep == "by" || prep == "of" && places && m.Kind == actors.Person {
				sources = s.partyOf(mk) // "the visit of Ishaq Dar to Kabul"
				continue
			}
			if (m.Kind == actors.Country || m.Kind == actors.Capital) && prep == "of" && places {
				continue
			}
			targets = s.coordinatedRight(mk, cEnd, places)
		default:
			continue
		}
		break
	}
	// "Israeli attacks", "Indian aggression", "a US drone strike"
	if len(sources) == 0 {
		for k := t.m.First - 1; k >= max(sent.First, t.m.First-3); k-- {
			mk := s.owner[k]
			if mk >= 0 {
				if m := s.in.Actors.Mentions[mk]; (m.Kind == actors.Demonym || m.Kind == actors.Country || m.Kind == actors.Org || m.Kind == actors.Group) && !m.Possessive {
					sources = s.partyOf(mk)
				}
				break
			}
			// only adjectives between: "Israeli air strikes", not "Lebanon renewed negotiations"
			if w := s.norm(k); s.toks[k].Kind != text.Word || s.isWord(k, "the", "a", "an", "of", "in", "by") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") {
				break
			}
		}
	}
	if len(targets) == 0 && (t.e.Class == "ASSAULT" || t.e.Class == "COERCE") {
		// "an air strike on Gaza", "attacks in Kurram": where it struck
		for k := t.m.Last; k < min(cEnd, t.m.Last+6); k++ {
			mk := s.owner[k]
			if mk < 0 {
				continue
			}
			m := s.in.Actors.Mentions[mk]
			if (m.Kind == actors.Place || m.Kind == actors.Capital || m.Kind == actors.Country) && (s.prepBefore(mk) == "on" || s.prepBefore(mk) == "in") {
				targets = s.partyOf(mk)
			}
			break
		}
	}
	if len(sources) == 0 {
		sources = s.nounSubject(t, sent, cStart)
	}
	return sources, targets, false
}

func distinctParties(ps []party) int {
	n := 0
	seen := map[string]bool{}
	for _, p := range ps {
		key := p.country + "/" + p.name
		if !seen[key] {
			seen[key] = true
			n++
		}
	}
	return n
}

// nounSubject finds who takes part in a noun trigger when no owner is
// named: the sentence's subject, before the trigger or, when the trigger is
// in an opening phrase ("During a meeting with X, Y said"), after it.
func (s *session) nounSubject(t trigger, sent text.Sentence, cStart int) []party {
	// "called on X during an official visit", "captured a town after five
	// days of fighting": the visit or the fighting is the subject's
	p := t.m.First - 1 - s.detLen(t.m.First)
	if s.isWord(t.m.First-1, "of") {
		q := t.m.First - 2
		if s.isWord(q, "days", "weeks", "months", "hours", "years", "rounds", "decades", "day", "week", "month", "round") {
			q--
			for n := 0; n < 2 && (s.toks[max(q, 0)].Kind == text.Number || s.isWord(q, "a", "an", "the", "several", "few", "many", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "of", "heavy", "fierce")); n++ {
				q--
			}
			p = q
		}
	}
	if s.isWord(p, "during", "on", "at", "amid", "after", "before", "ahead") {
		if s.prev.sentence == s.in.A.SentenceOf(t.m.First) && s.prev.last <= p && s.prev.last > p-12 && len(s.prev.sources) > 0 {
			return s.prev.sources // "X called on Y during an official visit": the verb's subject
		}
		if p < cStart {
			cStart, _ = s.clause(sent, p, p+1) // "after" began the trigger's clause
		}
		if sub := s.subject(p, cStart, sent); len(sub) > 0 && p > sent.First+1 {
			return sub
		}
	} else if sub := s.subject(t.m.First, cStart, sent); len(sub) > 0 {
		return sub
	}
	opening := t.m.First-sent.First <= 4
	if !opening {
		return nil
	}
	for k := t.m.Last; k < sent.Last; k++ {
		if s.isPunct(k, ",") {
			for j := k + 1; j < min(sent.Last, k+8); j++ {
				if mk := s.owner[j]; mk >= 0 && !locative[s.prepBefore(mk)] {
					return s.coordinatedRight(mk, sent.Last, false)
				}
			}
			return nil
		}
	}
	return nil
}

// definite reports whether a noun trigger at i has a definite determiner:
// "the meeting", "this visit".
func (s *session) definite(i int) bool {
	j := i - 1
	for j >= 0 && s.toks[j].Kind == text.Word && (s.isWord(j, "recent", "latest", "said", "same", "today's", "high-level", "bilateral") || strings.HasSuffix(s.norm(j), "ly")) {
		j--
	}
	return s.isWord(j, "the", "this", "that")
}

// detLen is the length of the determiner and adjectives before a noun at i:
// "an official", "the recent".
func (s *session) detLen(i int) int {
	n := 0
	for j := i - 1; j >= 0 && n < 3 && s.toks[j].Kind == text.Word && s.toks[j].Flags&text.Cap == 0 && !locative[s.norm(j)] && s.owner[j] < 0; j-- {
		n++
		if s.isWord(j, "a", "an", "the", "his", "her", "their", "its") {
			break
		}
	}
	return n
}

// attachMention folds "the meeting" into the last event of its type, and
// reports whether there was one.
func (s *session) attachMention(si int, t trigger, ploverType string) bool {
	for k := len(s.out) - 1; k >= 0; k-- {
		if s.out[k].Type == ploverType {
			sent := s.in.A.Sentences[si]
			s.out[k].Mentions = addEvidence(s.out[k].Mentions, s.out[k].Evidence, accord.EvidenceOf(s.in.A.Text, sent.Span()))
			return true
		}
	}
	return false
}

// notePairs remembers two countries named together ("The United States and
// Pakistan recognise"), which "both governments" may later refer to.
func (s *session) notePairs(sent text.Sentence) {
	for k := sent.First; k < sent.Last; k++ {
		mk := s.owner[k]
		if mk < 0 {
			continue
		}
		m := s.in.Actors.Mentions[mk]
		k = m.Last - 1
		if m.Kind != actors.Country && m.Kind != actors.Capital {
			continue
		}
		j := m.Last
		if !s.isWord(j, "and") {
			continue
		}
		j++
		if s.isWord(j, "the") {
			j++
		}
		if nk := s.owner[min(j, len(s.owner)-1)]; j < sent.Last && nk >= 0 {
			n := s.in.Actors.Mentions[nk]
			if (n.Kind == actors.Country || n.Kind == actors.Capital) && n.Country != m.Country {
				s.lastPair = append(s.partyOf(mk), s.partyOf(nk)...)
			}
		}
	}
}

// date gives the event its time: a time expression in its clause, else for
// a perfect ("have agreed") the anchor date.
func (s *session) date(ev *Coded, sent text.Sentence, dateEnd int) {
	start, end := s.toks[sent.First].Start, s.toks[sent.Last-1].End
	own := end // the times of this happening end here
	if dateEnd < sent.Last {
		own = s.toks[dateEnd].Start
	}
	var best *accord.TimeExpr
	bestDist := 1 << 30
	trig := s.toks[ev.First].Start
	inWhat := func(te *accord.TimeExpr) bool {
		return ev.What[0] >= 0 && ev.What[1] > ev.What[0] && te.Span.Start >= s.toks[ev.What[0]].Start && te.Span.End <= s.toks[ev.What[1]-1].End
	}
	for i := range s.in.Times {
		te := &s.in.Times[i]
		if te.Span.Start < start || te.Span.End > end {
			continue
		}
		if ev.Promise && s.onlyTime(ev.What, te) {
			// "a ceasefire was agreed on May 10": the time is all there is
			// after the verb, so it is when it was agreed, and nothing is
			// promised
			ev.Dated = true
		} else if ev.Promise && inWhat(te) {
			if ev.Due == nil && !s.over(te) {
				ev.Due = te // not "a group which last met in 2015": a promise is due later
			}
			continue
		}
		if te.Span.Start >= own {
			continue
		}
		d := te.Span.Start - trig
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = te, d
		}
	}
	if ev.Promise && ev.Due == nil && best != nil && ev.Tense == accord.Future && !s.over(best) {
		ev.Due = best
	}
	if ev.Promise && ev.Tense == accord.Future && ev.Due != nil {
		best = ev.Due
	}
	if best != nil && best.Mod != "since" {
		ev.Time, ev.Date = best, best.Value
		return
	}
	if ev.Tense == accord.Past && s.perfect(ev.First) && !s.in.Anchor.IsZero() {
		d := accord.FormatDate(s.in.Anchor)
		ev.Date = d
		ev.Time = &accord.TimeExpr{Value: d, Start: d, End: d, Precision: accord.Day, Anchor: d}
	}
}

// onlyTime reports whether a time expression is all the words of what a
// promise verb promises: "was agreed on May 10" promises no May 10.
func (s *session) onlyTime(what [2]int, te *accord.TimeExpr) bool {
	first, last := what[0], what[1]
	for first < last && s.toks[first].Kind == text.Punct {
		first++
	}
	for last > first && s.toks[last-1].Kind == text.Punct {
		last--
	}
	if s.isPunct(last, ",") {
		return false // "decided that within two months, the companies will be handed over"
	}
	return last > first && s.toks[first].Start >= te.Span.Start && s.toks[last-1].End <= te.Span.End
}

// over reports whether a time ended before the anchor: it may date a
// promise, not be when the promise is due.
func (s *session) over(te *accord.TimeExpr) bool {
	if s.in.Anchor.IsZero() {
		return false
	}
	end := te.End
	if end == "" {
		if te.Value == "" {
			return false
		}
		end = te.Value + "-99"
	}
	return end < accord.FormatDate(s.in.Anchor)
}

// background reports whether a past event's time ended more than a year
// before the anchor: history the report recalls, which the guidelines leave
// uncoded. The time must be the trigger's own: in its clause, and with no
// punctuation between them unless it opens the clause ("In 2015, a post was
// attacked"; not "praised the forum, launched in 2018").
func (s *session) background(te *accord.TimeExpr, first, last, cStart, cEnd int) bool {
	if te == nil || s.in.Anchor.IsZero() || te.Span.Start < s.toks[cStart].Start || te.Span.End > s.toks[cEnd-1].End {
		return false
	}
	end := te.End
	if end == "" {
		if te.Value == "" {
			return false
		}
		end = te.Value + "-99" // the last day of its month or year
	}
	if end >= accord.FormatDate(s.in.Anchor.AddDate(-1, 0, 0)) {
		return false
	}
	from, to := last, cEnd // the tokens between trigger and time
	if te.Span.Start < s.toks[first].Start {
		from, to = cStart, first
	}
	opens := true
	for k := from; k < to; k++ {
		tk := s.toks[k]
		if tk.Start >= te.Span.Start && tk.End <= te.Span.End {
			continue // the time's own tokens
		}
		if from == last && tk.Start >= te.Span.End {
			break
		}
		if from == cStart && tk.End <= te.Span.Start {
			if k > cStart+1 || tk.Kind != text.Word {
				opens = false // more than "In" before it
			}
			continue
		}
		if tk.Kind == text.Punct && (from == last || !opens) {
			return false
		}
	}
	return true
}

// perfect reports whether a present perfect ("have agreed", "has met")
// leads up to token i.
func (s *session) perfect(i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		if s.isWord(k, "has", "have") {
			return true
		}
		if !(strings.HasSuffix(s.norm(k), "ly") || s.isWord(k, "also", "now", "already", "jointly")) {
			return false
		}
	}
	return false
}

// place is where the event happened: "in X" or "at X" after the trigger,
// before the next trigger.
func (s *session) place(from, end int) string {
	for k := from; k < end; k++ {
		mk := s.owner[k]
		if mk < 0 {
			continue
		}
		m := s.in.Actors.Mentions[mk]
		k = m.Last - 1
		if (m.Kind == actors.Place || m.Kind == actors.Capital || m.Kind == actors.Country) && (s.isWord(m.First-1, "in", "at") || s.isWord(m.First-2, "in", "at") && s.isWord(m.First-1, "the")) {
			return m.Name
		}
	}
	return ""
}
