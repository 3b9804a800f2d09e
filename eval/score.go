package eval

import (
	"strings"
	"unicode/utf8"

	"github.com/accord-events/accord"
)

// The categories, in the order score.py prints them.
const (
	Persons     = "persons"
	Events      = "events"
	Commitments = "commitments"
	Mechanisms  = "mechanisms"
)

// Categories lists the categories in the order score.py prints them.
func Categories() []string { return []string{Persons, Events, Commitments, Mechanisms} }

// The extra accuracies, measured over true positives only.
const (
	CountryAccuracy   = "country_accuracy"    // persons: equal country codes (null equals null)
	TitleAccuracy     = "title_accuracy"      // persons with a title_key: the key's letters lie in the title's
	CameoAccuracy     = "cameo_accuracy"      // events: the code is the gold cameo or an alt_cameo
	CameoRootAccuracy = "cameo_root_accuracy" // events: the first two characters are the gold cameo's
	TenseAccuracy     = "tense_accuracy"      // events with a gold tense: equal tenses
	DateAccuracy      = "date_accuracy"       // events with a "date" key: equal at the gold's precision
)

// Options says what Score gathers besides the figures, and so what
// Result.WriteText prints after them.
type Options struct {
	Misses    bool // list every missed gold item and every false positive
	Confusion bool // count gold type by system type among actor-matching events
}

// Score holds the system's documents against the gold ones and returns the
// figures score.py reports for them. A gold document with no system document
// is scored as if the system found nothing in it.
func Score(gold []GoldDoc, sys map[string]SystemDoc, opts Options) Result {
	res := Result{Documents: len(gold), Options: opts, Categories: make(map[string]Tally)}
	if opts.Confusion {
		res.Confusion = make(Confusion)
	}
	tallies := make(map[string]*Tally)
	for _, c := range Categories() {
		tallies[c] = &Tally{}
	}
	for _, doc := range gold {
		out, ok := sys[doc.ID]
		if !ok {
			res.DocumentsWithoutOutput++
		}
		s := scorer{doc: doc, out: out, res: &res}
		if doc.Persons != nil {
			s.persons(*doc.Persons, tallies[Persons])
		}
		if doc.Events != nil {
			s.events(*doc.Events, tallies[Events])
			if opts.Confusion {
				confuse(*doc.Events, out.Events, res.Confusion)
			}
		}
		if doc.Commitments != nil {
			s.commitments(*doc.Commitments, tallies[Commitments])
		}
		if doc.Mechanisms != nil {
			s.mechanisms(*doc.Mechanisms, tallies[Mechanisms])
		}
	}
	for c, t := range tallies {
		if t.TP+t.FP+t.FN > 0 {
			res.Categories[c] = *t
		}
	}
	return res
}

// A scorer scores one document.
type scorer struct {
	doc GoldDoc
	out SystemDoc
	res *Result
}

// match is score.py's match_items: each system item, in order, takes the
// first unmatched gold item it matches, required gold items before optional
// ones. A match with a required item is a true positive (and onMatch
// measures the extras); with an optional one it counts neither way. A system
// item that matches no free gold item but some gold item is a duplicate;
// one that matches none is a false positive. Unmatched required gold items
// are false negatives.
func match(nGold, nSys int, optional func(g int) bool, same func(g, s int) bool,
	t *Tally, onMatch func(g, s int), miss func(kind string, i int)) {
	matched := make([]bool, nGold)
	order := make([]int, 0, nGold)
	for pass := 0; pass < 2; pass++ {
		for i := 0; i < nGold; i++ {
			if optional(i) == (pass == 1) {
				order = append(order, i)
			}
		}
	}
	for s := 0; s < nSys; s++ {
		hit := -1
		for _, g := range order {
			if !matched[g] && same(g, s) {
				hit = g
				break
			}
		}
		if hit >= 0 {
			matched[hit] = true
			if optional(hit) {
				continue
			}
			t.TP++
			if onMatch != nil {
				onMatch(hit, s)
			}
			continue
		}
		dup := false
		for g := 0; g < nGold && !dup; g++ {
			dup = same(g, s)
		}
		if dup {
			t.Duplicates++
			continue
		}
		t.FP++
		miss(FalsePositive, s)
	}
	for g := 0; g < nGold; g++ {
		if !matched[g] && !optional(g) {
			t.FN++
			miss(Missed, g)
		}
	}
}

func (sc *scorer) persons(gold []GoldPerson, t *Tally) {
	sys := sc.out.Persons
	goldName := make([]string, len(gold))
	goldNames := make([]map[string]bool, len(gold))
	for i, g := range gold {
		goldName[i] = normName(g.Name)
		goldNames[i] = map[string]bool{}
		for _, n := range append([]string{g.Name}, g.Aliases...) {
			if n := normName(n); n != "" {
				goldNames[i][n] = true
			}
		}
	}
	sysName := make([]string, len(sys))
	sysNames := make([]map[string]bool, len(sys))
	for j, s := range sys {
		sysName[j] = normName(s.Name)
		sysNames[j] = map[string]bool{sysName[j]: true}
		for _, a := range s.Aliases {
			sysNames[j][normName(a)] = true
		}
	}
	match(len(gold), len(sys),
		func(g int) bool { return gold[g].Optional },
		func(g, s int) bool { return sysNames[s][goldName[g]] || goldNames[g][sysName[s]] },
		t,
		func(gi, si int) {
			g, s := gold[gi], sys[si]
			t.addExtra(CountryAccuracy, sameOptional(g.Country, s.Country))
			if g.TitleKey != "" {
				t.addExtra(TitleAccuracy, strings.Contains(letters(s.Title), letters(g.TitleKey)))
			}
		},
		func(kind string, i int) {
			if kind == Missed {
				sc.goldMiss(Persons, goldPersonItem(gold[i]), "", append([]string{gold[i].Name}, gold[i].Aliases...))
			} else {
				sc.sysMiss(Persons, sysPersonItem(sys[i]), accord.Evidence{}, "", append([]string{sys[i].Name}, sys[i].Aliases...))
			}
		})
}

// sameOptional is Python's == between two values that may be None.
func sameOptional(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// sameEvent is score.py's same_event.
func sameEvent(g GoldEvent, s SysEvent) bool {
	if pyUpper(s.Type) != g.Type {
		return false
	}
	return sameActors(g, s)
}

// sameActors is the actor half of same_event: same source and target, or
// the reverse when the gold event is symmetric.
func sameActors(g GoldEvent, s SysEvent) bool {
	src, tgt := actorCode(s.Source.Country), actorCode(s.Target.Country)
	if src == g.Source && tgt == g.Target {
		return true
	}
	return g.Symmetric && src == g.Target && tgt == g.Source
}

func (sc *scorer) events(gold []GoldEvent, t *Tally) {
	sys := sc.out.Events
	match(len(gold), len(sys),
		func(g int) bool { return gold[g].Optional },
		func(g, s int) bool { return sameEvent(gold[g], sys[s]) },
		t,
		func(gi, si int) {
			g, s := gold[gi], sys[si]
			code := s.Cameo
			ok := g.Cameo != nil && *g.Cameo == code
			for _, alt := range g.AltCameo {
				ok = ok || alt == code
			}
			t.addExtra(CameoAccuracy, ok)
			goldCode := ""
			if g.Cameo != nil {
				goldCode = *g.Cameo
			}
			t.addExtra(CameoRootAccuracy, pyPrefix(code, 2) == pyPrefix(goldCode, 2))
			if g.Tense != "" {
				t.addExtra(TenseAccuracy, s.Tense == g.Tense)
			}
			if g.HasDate {
				t.addExtra(DateAccuracy, dateMatches(g.Date, s.Date))
			}
		},
		func(kind string, i int) {
			if kind == Missed {
				sc.goldMiss(Events, goldEventItem(gold[i]), gold[i].Evidence, nil)
			} else {
				sc.sysMiss(Events, sysEventItem(sys[i]), sys[i].Evidence, sys[i].Rule, nil)
			}
		})
}

// dateMatches is score.py's date_matches: equal at the gold's precision; a
// null gold date matches no system date only.
func dateMatches(gold *string, sys string) bool {
	if gold == nil {
		return sys == ""
	}
	if sys == "" || strings.HasPrefix(sys, otherMark) {
		return false
	}
	return pyPrefix(sys, utf8.RuneCountInString(*gold)) == *gold
}

func (sc *scorer) commitments(gold []GoldCommitment, t *Tally) {
	sys := sc.out.Commitments
	goldSets := make([]map[string]bool, len(gold))
	for i, g := range gold {
		goldSets[i] = set(g.Parties)
	}
	sysSets := make([]map[string]bool, len(sys))
	for j, s := range sys {
		sysSets[j] = set(s.Parties)
	}
	match(len(gold), len(sys),
		func(g int) bool { return gold[g].Optional },
		func(g, s int) bool {
			return sameSet(goldSets[g], sysSets[s]) && dateMatches(gold[g].Due, sys[s].Due)
		},
		t, nil,
		func(kind string, i int) {
			if kind == Missed {
				sc.goldMiss(Commitments, goldCommitmentItem(gold[i]), gold[i].Evidence, nil)
			} else {
				sc.sysMiss(Commitments, sysCommitmentItem(sys[i]), sys[i].Evidence, sys[i].Rule, nil)
			}
		})
}

func set(items []string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, it := range items {
		m[it] = true
	}
	return m
}

func sameSet(a, b map[string]bool) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if !b[k] {
			return false
		}
	}
	return true
}

func (sc *scorer) mechanisms(gold []GoldMechanism, t *Tally) {
	sys := sc.out.Mechanisms
	names := make([]map[string]bool, len(gold))
	for i, g := range gold {
		names[i] = map[string]bool{normMech(g.Name): true}
		for _, a := range g.Aliases {
			names[i][normMech(a)] = true
		}
	}
	sysName := make([]string, len(sys))
	for j, s := range sys {
		sysName[j] = normMech(s.Name)
	}
	match(len(gold), len(sys),
		func(g int) bool { return gold[g].Optional },
		func(g, s int) bool { return names[g][sysName[s]] },
		t, nil,
		func(kind string, i int) {
			if kind == Missed {
				sc.goldMiss(Mechanisms, goldMechanismItem(gold[i]), "", append([]string{gold[i].Name}, gold[i].Aliases...))
			} else {
				sc.sysMiss(Mechanisms, sysMechanismItem(sys[i]), accord.Evidence{}, "", append([]string{sys[i].Name}, sys[i].Aliases...))
			}
		})
}
