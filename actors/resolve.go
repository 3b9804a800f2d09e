package actors

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/text"
)

// resolve merges persons named in shorter and longer forms, then finds the
// later mentions of each: shorter names ("Naqvi", "Mr Naqvi"), role
// descriptions ("the interior minister") and pronouns.
func (p *parser) resolve() {
	p.mergePersons()
	p.findAliases()
	p.sortMentions()
	p.findRoles()
	p.findPronouns()
	p.sortMentions()
}

func (p *parser) sortMentions() {
	byStart := func(a, b Mention) int { return cmp.Compare(a.First, b.First) }
	if !slices.IsSortedFunc(p.mentions, byStart) { // mostly they are
		slices.SortStableFunc(p.mentions, byStart)
	}
	p.sorted = len(p.mentions)
	p.reindex()
}

// reindex rebuilds startOf after mentions moved.
func (p *parser) reindex() {
	clear(p.startOf)
	for k, m := range p.mentions {
		p.startOf[m.First] = int32(k + 1)
	}
}

// mergePersons folds a person known by part of a name ("Muqam", "Shehbaz
// Sharif", "Omar Ayub") into the one person whose fuller name holds it. A
// lone word that several fuller names hold ("Mr Khan") goes, mention by
// mention, to the one of them named last before it.
func (p *parser) mergePersons() {
	into := make([]int, len(p.persons))
	for i := range into {
		into[i] = i
	}
	var ambiguous map[int][]int // lone words held by several names: their candidates
	var cands []int
	for i, pr := range p.persons {
		cands = cands[:0]
		best := -1
		for j, other := range p.persons {
			if i != j && other.holds(pr.words) {
				cands = append(cands, j)
				if best < 0 || len(other.words) > len(p.persons[best].words) {
					best = j
				}
			}
		}
		if best < 0 {
			continue
		}
		one := true // every candidate is part of the fullest one
		for _, j := range cands {
			one = one && (j == best || partOf(p.persons[best].words, p.persons[j].words))
		}
		if one {
			into[i] = best
			continue
		}
		if len(pr.words) != 1 {
			continue // two candidates: ambiguous, keep apart
		}
		// "Akram" with "Waqas Akram" and "Salman Akram Raja": the one
		// whose surname it is
		sur := cands[:0:0]
		for _, j := range cands {
			if w := p.persons[j].words; w[len(w)-1] == pr.words[0] {
				sur = append(sur, j)
			}
		}
		if len(sur) == 1 {
			into[i] = sur[0]
			continue
		}
		if pr.title == "" {
			if len(sur) > 1 {
				cands = sur
			}
			if ambiguous == nil {
				ambiguous = map[int][]int{}
			}
			ambiguous[i] = slices.Clone(cands)
		}
	}
	// the same name spelt two ways: "Bilal Kayani" and "Bilal Kiani"
	for j := range p.persons {
		for i := 0; i < j && into[j] == j; i++ {
			if into[i] == i && (sameSpelt(p.persons[i].words, p.persons[j].words) ||
				slices.ContainsFunc(p.persons[i].alt, func(alt []string) bool { return sameSpelt(alt, p.persons[j].words) })) {
				into[j] = i
			}
		}
	}
	for i := range into { // follow chains
		for into[into[i]] != into[i] {
			into[i] = into[into[i]]
		}
	}
	perMention := p.resolveAmbiguous(ambiguous, into)
	remap := make([]int, len(p.persons))
	var kept []*person
	for i, pr := range p.persons {
		if into[i] == i {
			remap[i] = len(kept)
			kept = append(kept, pr)
		}
	}
	for i, pr := range p.persons {
		if into[i] != i {
			dst := p.persons[into[i]]
			if dst.title == "" || titleScore(pr.titleLen, pr.titleRank, pr.titleFormer) > titleScore(dst.titleLen, dst.titleRank, dst.titleFormer) && pr.title != "" {
				dst.title, dst.titleLen, dst.titleRank, dst.titleFormer = pr.title, pr.titleLen, pr.titleRank, pr.titleFormer
				if pr.sector != "" {
					dst.sector = pr.sector
				}
			}
			if dst.country == "" || dst.fromLexicon && pr.country != "" && !pr.fromLexicon {
				dst.country = pr.country
			}
			if dst.org == "" {
				dst.org = pr.org
			}
			if dst.gender == "" {
				dst.gender = pr.gender
			}
		}
	}
	for k := range p.mentions {
		if m := &p.mentions[k]; m.Kind == Person {
			orig := m.Person
			m.Person = remap[into[orig]]
			if to, ok := perMention[k]; ok {
				m.Person = remap[to]
			}
			if m.Person != remap[orig] || into[orig] != orig {
				m.Ref = accord.MentionAlias
			}
		}
	}
	p.persons = kept
}

// partOf reports whether the name short is part of the fuller name long:
// its end ("Shehbaz Sharif" of "Muhammad Shehbaz Sharif"), its start
// ("Omar Ayub" of "Omar Ayub Khan", but not "Muhammad Umar" of "Muhammad
// Umar Farooq": too common a start), or, for one word, any of its words.
func partOf(long, short []string) bool {
	if len(long) <= len(short) {
		return false
	}
	if len(short) == 1 {
		return contains(long, short[0])
	}
	return containsRun(long, short) || !commonFirst[short[0]] && slices.Equal(long[:len(short)], short)
}

// sameSpelt reports whether two names of two words or more are one name
// spelt two ways: the same first word, not a common one, and the other
// words the same but for vowels and the letters y, h and w ("Kayani" and
// "Kiani", "Mandokhail" and "Mandokhel", "Chaudhry" and "Chaudhary").
func sameSpelt(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 || a[0] != b[0] || commonFirst[a[0]] || slices.Equal(a, b) {
		return false
	}
	for k := 1; k < len(a); k++ {
		if a[k] != b[k] && !sameSkeleton(a[k], b[k]) {
			return false
		}
	}
	return true
}

// sameSkeleton reports whether two words of two consonants or more have
// the same consonants, y, h and w left out.
func sameSkeleton(a, b string) bool {
	i, j, n := 0, 0, 0
	for {
		for i < len(a) && strings.IndexByte("aeiouyhw", a[i]) >= 0 {
			i++
		}
		for j < len(b) && strings.IndexByte("aeiouyhw", b[j]) >= 0 {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b) && n >= 2
		}
		if a[i] != b[j] {
			return false
		}
		i, j, n = i+1, j+1, n+1
	}
}

// holds reports whether words are part of the person's name or of another
// of the names a dictionary gives the person ("Erdoğan" of "Recep Tayyip
// Erdoğan" when the report also writes "Recep Tayyip Erdogan").
func (pr *person) holds(words []string) bool {
	if partOf(pr.words, words) {
		return true
	}
	for _, alt := range pr.alt {
		if partOf(alt, words) || slices.Equal(alt, words) {
			return true
		}
	}
	return false
}

// resolveAmbiguous gives each mention of a lone word held by several names
// ("Mr Khan" beside Imran Khan and Aleema Khan) the candidate named last
// before it, or else first after it, of a gender that fits ("Mr" is a man).
// It returns the chosen person (before remapping) by mention index, and
// folds into a candidate each ambiguous person all of whose mentions found one.
func (p *parser) resolveAmbiguous(ambiguous map[int][]int, into []int) map[int]int {
	if len(ambiguous) == 0 {
		return nil
	}
	out := map[int]int{}
	for i, cands := range ambiguous {
		all, first := true, -1
		for k, m := range p.mentions {
			if m.Kind != Person || m.Person != i {
				continue
			}
			gender := p.persons[i].gender
			switch {
			case p.isWord(m.First, "mr"):
				gender = "m"
			case p.isWord(m.First, "mrs", "ms", "miss"):
				gender = "f"
			}
			best, bestAt, after, afterAt := -1, -1, -1, len(p.toks)
			for _, other := range p.mentions {
				if other.Kind != Person || ambiguous[other.Person] != nil {
					continue
				}
				c := into[other.Person]
				if !slices.Contains(cands, c) && !slices.ContainsFunc(cands, func(j int) bool { return into[j] == c }) {
					continue
				}
				if g := p.persons[c].gender; gender != "" && g != "" && g != gender {
					continue
				}
				if other.First < m.First && other.First > bestAt {
					best, bestAt = c, other.First
				} else if other.First > m.First && other.First < afterAt {
					after, afterAt = c, other.First
				}
			}
			if best < 0 {
				best = after
			}
			if best < 0 {
				all = false
				continue
			}
			out[k] = best
			if first < 0 {
				first = best
			}
		}
		if all && first >= 0 {
			into[i] = first
		}
	}
	return out
}

func contains(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// aliasKeys are the short forms a person may be referred to by: the
// surname, the name without prefixes like Syed, and a distinctive given
// name ("Shehbaz", "Imran").
func (p *parser) aliasKeys() map[string][]int {
	keys := map[string][]int{}
	add := func(k string, i int) {
		for _, x := range keys[k] {
			if x == i {
				return
			}
		}
		keys[k] = append(keys[k], i)
	}
	firstCount := map[string]int{}
	for _, pr := range p.persons {
		for _, w := range pr.words {
			firstCount[w]++
		}
	}
	for i, pr := range p.persons {
		n := len(pr.words)
		add(strings.Join(pr.words, " "), i)
		if n >= 2 {
			add(pr.words[n-1], i)
			if n >= 3 {
				add(strings.Join(pr.words[n-2:], " "), i)
			}
			first := pr.words[0]
			if !commonFirst[first] && firstCount[first] == 1 && len(first) > 3 {
				add(first, i)
			}
		}
	}
	return keys
}

// commonFirst are first words too common to refer to one person alone.
var commonFirst = map[string]bool{
	"muhammad": true, "mohammad": true, "mohammed": true, "muhammed": true, "syed": true,
	"sayed": true, "ali": true, "ahmed": true, "ahmad": true, "chaudhry": true, "sardar": true,
	"mian": true, "malik": true, "hafiz": true, "maulana": true, "sheikh": true, "khawaja": true,
	"raja": true, "rana": true, "pir": true, "makhdoom": true, "nawab": true, "mir": true,
	"abdul": true, "abu": true, "haji": true, "qazi": true, "mufti": true, "allama": true,
}

// findAliases finds later mentions of persons by a short form, with or
// without a style: "Naqvi", "Mr Naqvi", "Amb Blome", "Minister Muqam".
func (p *parser) findAliases() {
	keys := p.aliasKeys()
	if len(keys) == 0 {
		return
	}
	// an alias's name begins with the first word of a key: the next such
	// word, looked for once per token, tells where no alias can start
	firstWords := make(map[string]bool, len(keys))
	for k := range keys {
		w, _, _ := strings.Cut(k, " ")
		firstWords[w] = true
	}
	nextKey := 0
	for i := 0; i < len(p.toks); i++ {
		// an alias starts with a capital, or with a style or title the
		// dictionaries know ("the interior minister Naqvi", "Mr Naqvi")
		if p.used[i] || p.toks[i].Kind != text.Word || !p.isCap(i) && len(p.idx.At(i)) == 0 {
			continue
		}
		for nextKey < len(p.toks) && (nextKey < i || !p.isCap(nextKey) || !firstWords[p.toks[nextKey].Norm]) {
			nextKey++
		}
		limit := p.sentenceEnd(i)
		if nextKey >= limit {
			continue
		}
		j, _ := p.styleAt(i, limit)
		if j == i {
			if t, ok := p.parseTitle(i, limit); ok && !t.Plural && t.Last < limit && p.free(i, t.Last) {
				j = t.Last
			}
		}
		if !p.isCap(j) || !p.free(j, j+1) {
			continue
		}
		// the longest key: two words, then one
		for n := 2; n >= 1; n-- {
			if j+n > limit || !p.free(j, j+n) {
				continue
			}
			if n == 2 && !p.isCap(j+1) {
				continue
			}
			var key string
			if n == 1 {
				key = p.norm(j)
			} else {
				if p.tok(j+1).Kind != text.Word {
					continue
				}
				key = p.norm(j) + " " + p.norm(j+1)
			}
			cands := keys[key]
			if len(cands) == 0 {
				continue
			}
			if n == 1 && j+1 < limit && p.nameTokenAt(j+1) && j == i {
				break // "Naqvi Khan": part of another name
			}
			idx := p.mostRecent(cands, i)
			p.addMention(Mention{First: i, Last: j + n, Span: p.bytes(i, j+n), Kind: Person,
				Person: idx, Ref: accord.MentionAlias})
			i = j + n - 1
			break
		}
	}
}

// mostRecent picks, among candidate persons, the one mentioned last before
// token i (or the first candidate).
func (p *parser) mostRecent(cands []int, i int) int {
	if len(cands) == 1 {
		return cands[0]
	}
	best, bestAt := cands[0], -1
	for _, m := range p.mentions {
		if m.Kind != Person || m.First >= i {
			continue
		}
		for _, c := range cands {
			if m.Person == c && m.First > bestAt {
				best, bestAt = c, m.First
			}
		}
	}
	return best
}

// titleWords are the words of a person's title, with the synonyms reports
// use for them, for matching role descriptions.
func titleWords(pr *person) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(pr.title), func(r rune) bool {
		return r == ' ' || r == ',' || r == '-' || r == '(' || r == ')' || r == '/'
	}) {
		set[w] = true
	}
	if set["ambassador"] || set["commissioner"] && set["high"] || set["representative"] || set["chargé"] || set["charge"] {
		set["envoy"], set["diplomat"] = true, true
	}
	if set["prime"] && set["minister"] {
		set["premier"] = true
	}
	if set["foreign"] && (set["minister"] || set["secretary"]) || set["secretary"] && set["state"] {
		set["top"], set["diplomat"] = true, true
	}
	if set["staff"] && set["chief"] {
		set["chief"] = true
	}
	return set
}

// findRoles resolves role descriptions with no name ("the interior
// minister", "The Minister", "the CNS", "Iran's foreign minister") to the
// person last mentioned whose title fits, or else the next one.
func (p *parser) findRoles() {
	if len(p.persons) == 0 {
		return
	}
	words := make([]map[string]bool, len(p.persons))
	for i, pr := range p.persons {
		words[i] = titleWords(pr)
	}
	for _, s := range p.a.Sentences {
		for i := s.First; i < s.Last; i++ {
			// a role starts with "the", a sentence, or an owner's
			// possessive; the owner's mention is looked at only when needed
			if the := p.isWord(i, "the") || i == s.First; (p.used[i] || !the) && !p.ownerAt(i) {
				continue
			}
			t, ok := p.parseTitle(i, s.Last)
			if !ok || t.Rank || t.Plural || p.hasPerson(i, t.Last) || p.isWord(i, "a", "an") {
				continue
			}
			// "Iran's foreign minister", "the Pakistani PM": the state is
			// part of the role
			p.dropMentions(i, t.Head.Last)
			if !p.free(t.Head.Last, t.Last) {
				// "the Chief Justice of Iran": the state in the complement is
				// part of the role
				p.dropMentions(t.Head.Last, t.Last)
			}
			if !p.free(i, t.Last) {
				continue
			}
			if !p.isWord(i, "the") && t.First == i && i != s.First {
				continue
			}
			role := roleWords(p, t)
			// "the secretary of defence": a domain in lower case after the
			// head is part of the role, so that it does not fit a Secretary
			// of State
			for k := t.Head.Last; k < t.Last+2 && k < s.Last; k++ {
				if k >= t.Last && !(k == t.Last+1 && p.isWord(t.Last, "of")) {
					continue
				}
				if w := p.tok(k); w.Kind == text.Word && w.Flags&(text.Cap|text.AllCaps) == 0 && p.has(k, 0, kTopic) {
					role = append(role, w.Norm)
				}
			}
			// a bare office ("Iran's leader") of a state, not of a body ("the
			// ANP leader")
			bare := genericHead[p.span(t.Head.First, t.Head.Last)]
			idx := p.roleTarget(role, t.Country, bare && t.Org == "", words, i)
			if idx < 0 {
				if t.Country != "" {
					// "the president of Armenia", "Iran's foreign minister":
					// an office of a state, acting for it
					p.addMention(Mention{First: i, Last: t.Last, Span: p.bytes(i, t.Last), Kind: Generic,
						Country: t.Country, Sector: orGOV(t.Sector), Person: -1, Name: p.span(i, t.Last)})
					i = t.Last - 1
				}
				continue
			}
			p.addMention(Mention{First: i, Last: t.Last, Span: p.bytes(i, t.Last), Kind: Person,
				Person: idx, Ref: accord.MentionRole})
			if pr := p.persons[idx]; pr.country == "" && t.Country != "" && !bare {
				// "Ambassador Tukhtaev ... the Uzbek ambassador": the role
				// says whose office it is; not a bare "leader" or
				// "president", which often means someone the report does
				// not name ("Iran's leader")
				pr.country = t.Country
			}
			i = t.Last - 1
		}
	}
}

// hasPerson reports whether a person mention lies within tokens [i, j).
func (p *parser) hasPerson(i, j int) bool {
	if p.free(i, j) {
		return false
	}
	// mentions do not overlap, so one that reaches into [i, j) starts in it
	// or is the one over token i, which starts within i's run of used tokens
	k := i
	for k > 0 && p.used[k-1] && p.startOf[k] == 0 {
		k--
	}
	for ; k < j; k++ {
		if n := int(p.startOf[k]) - 1; n >= 0 && n < len(p.mentions) && p.mentions[n].First == k {
			if m := &p.mentions[n]; m.Kind == Person && m.First < j && m.Last > i {
				return true
			}
		}
	}
	return false
}

// ownerAt reports whether a state's or body's mention starts at i and is
// followed by 's: the owner of a role ("Iran's foreign minister").
func (p *parser) ownerAt(i int) bool {
	k := p.startOf[i] - 1
	if k < 0 || int(k) >= len(p.mentions) || p.mentions[k].First != i {
		return false
	}
	return p.mentions[k].Kind != Person && p.mentions[k].Possessive
}

// dropMentions forgets the non-person mentions inside tokens [i, j).
func (p *parser) dropMentions(i, j int) {
	if p.free(i, j) {
		return
	}
	// the mentions starting in [i, j), found through startOf
	var drop []int
	for k := i; k < j; k++ {
		if n := int(p.startOf[k]) - 1; n >= 0 && n < len(p.mentions) && p.mentions[n].First == k {
			if m := p.mentions[n]; m.Kind != Person && m.Last <= j {
				drop = append(drop, n)
			}
		}
	}
	if len(drop) == 0 {
		return
	}
	sort.Ints(drop)
	for n := len(drop) - 1; n >= 0; n-- {
		d := drop[n]
		m := p.mentions[d]
		for k := m.First; k < m.Last; k++ {
			p.used[k] = false
		}
		p.startOf[m.First] = 0
		p.mentions = append(p.mentions[:d], p.mentions[d+1:]...)
		if d < p.sorted {
			p.sorted--
		}
	}
	// the mentions after the first dropped one moved down
	for k := drop[0]; k < len(p.mentions); k++ {
		p.startOf[p.mentions[k].First] = int32(k + 1)
	}
}

// genericHead are one-word offices that every state and body has, whose
// holder a role may name without the report naming them.
var genericHead = map[string]bool{
	"leader": true, "Leader": true, "president": true, "President": true, "chairman": true, "Chairman": true,
	"governor": true, "Governor": true, "chief": true, "Chief": true, "head": true, "Head": true,
}

func roleWords(p *parser, t title) []string {
	phrase := p.span(t.Head.First, t.Head.Last)
	if t.Expand != "" {
		phrase = t.Expand + " " + phrase
	}
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(phrase), func(r rune) bool {
		return r == ' ' || r == '-' || r == '/'
	}) {
		if w != "of" && w != "the" && w != "for" && w != "and" {
			out = append(out, w)
		}
	}
	// a plural-free, expanded head: "naval chief" fits "chief of the naval staff"
	return out
}

func (p *parser) roleTarget(role []string, country string, stateOffice bool, words []map[string]bool, at int) int {
	fits := func(idx int) bool {
		if country != "" && p.persons[idx].country != "" && p.persons[idx].country != country {
			return false
		}
		if country != "" && p.persons[idx].country == "" && stateOffice && p.persons[idx].org == "" {
			// "Iran's leader" is seldom a leader the report names with no
			// country: more often one it does not name
			return false
		}
		for _, w := range role {
			if !words[idx][w] && !(w == "cns" || w == "coas" || w == "pm" || w == "fm") {
				return false
			}
		}
		if (words[idx]["deputy"] || words[idx]["vice"] || words[idx]["assistant"] || words[idx]["to"]) && len(role) > 0 &&
			role[0] != "deputy" && role[0] != "vice" && role[0] != "assistant" {
			// "the prime minister" is not the Deputy Prime Minister nor the
			// Special Assistant to the Prime Minister, "the president" not
			// the Vice President
			t, r := strings.ToLower(p.persons[idx].title), strings.Join(role, " ")
			if strings.Contains(t, "deputy "+r) || strings.Contains(t, "vice "+r) || strings.Contains(t, "vice-"+r) || strings.Contains(t, "assistant "+r) ||
				(strings.Contains(t, " to the "+r) || strings.Contains(t, " to "+r)) && !strings.HasPrefix(t, r) {
				return false
			}
		}
		return true
	}
	// the mentions up to p.sorted are in text order: look back from at,
	// then on
	ms := p.mentions[:p.sorted]
	k := sort.Search(len(ms), func(j int) bool { return ms[j].First >= at })
	best := -1
	for j := k - 1; j >= 0; j-- {
		if ms[j].Kind == Person && fits(ms[j].Person) {
			best = ms[j].Person
			break
		}
	}
	if best < 0 {
		for j := k; j < len(ms); j++ {
			if ms[j].Kind == Person && ms[j].First > at && fits(ms[j].Person) {
				best = ms[j].Person
				break
			}
		}
	}
	if best < 0 || country != "" || !p.homeGiven || p.persons[best].country == "" || p.persons[best].country == p.home {
		return best
	}
	// a role with no state ("the prime minister") that fits a foreign
	// person named last and one of the dateline's country (or of none,
	// which is the same): the report's own, as it names the foreign one by
	// their state ("the Belarusian prime minister")
	for j := k - 1; j >= 0; j-- {
		if ms[j].Kind != Person {
			continue
		}
		if c := p.persons[ms[j].Person].country; (c == p.home || c == "") && fits(ms[j].Person) {
			return ms[j].Person
		}
	}
	return best
}

// findPronouns resolves he, she, his, her and him to the person last
// mentioned as a subject, checking gender where it is known.
func (p *parser) findPronouns() {
	p.sortMentions()
	n := len(p.mentions) // antecedents are searched among these, in text order
	for i, t := range p.toks {
		if t.Kind != text.Word || p.used[i] {
			continue
		}
		var gender string
		switch t.Norm {
		case "he", "his", "him":
			gender = "m"
		case "she", "her":
			gender = "f"
		default:
			continue
		}
		idx := p.antecedent(i, gender, n)
		if idx < 0 {
			continue
		}
		p.addMention(Mention{First: i, Last: i + 1, Span: p.bytes(i, i+1), Kind: Person,
			Person: idx, Ref: accord.MentionPronoun})
	}
}

// antecedent is the person a pronoun at i refers to: the last person
// mentioned before it in its sentence, else the first person mentioned in
// the closest earlier sentence that names one (up to four back). The first
// n mentions are in text order, and so are the pronouns resolved after them.
func (p *parser) antecedent(i int, gender string, n int) int {
	si := p.a.SentenceOf(i)
	if si < 0 {
		return -1
	}
	ok := func(idx int) bool {
		g := p.persons[idx].gender
		return g == "" || g == gender
	}
	lists := [2][]Mention{p.mentions[:n], p.mentions[n:]}
	// in [from, to): person mentions, in text order, of both lists
	// (the result is valid until the next call: it reuses one buffer)
	in := func(from, to int) []Mention {
		var parts [2][]Mention
		for li, l := range lists {
			lo := sort.Search(len(l), func(k int) bool { return l[k].First >= from })
			hi := lo
			for hi < len(l) && l[hi].First < to {
				hi++
			}
			parts[li] = l[lo:hi]
		}
		out := p.nearBuf[:0]
		for a, b := parts[0], parts[1]; len(a) > 0 || len(b) > 0; {
			var m *Mention
			if len(b) == 0 || len(a) > 0 && a[0].First <= b[0].First {
				m, a = &a[0], a[1:]
			} else {
				m, b = &b[0], b[1:]
			}
			if m.Kind == Person {
				out = append(out, *m)
			}
		}
		p.nearBuf = out
		return out
	}
	same := in(p.a.Sentences[si].First, i)
	for k := len(same) - 1; k >= 0; k-- {
		// not someone met "with", or named "of" or "to" something: the
		// subject is who "he" goes on about
		if ok(same[k].Person) && !p.isWord(same[k].First-1, "with", "of", "to", "by", "from", "for", "on") {
			return same[k].Person
		}
	}
	for k := si - 1; k >= 0 && k >= si-4; k-- {
		ms := in(p.a.Sentences[k].First, p.a.Sentences[k].Last)
		for _, m := range ms {
			if m.Ref != accord.MentionPronoun && ok(m.Person) {
				return m.Person
			}
		}
		if len(ms) > 0 {
			// a sentence naming only a person of the other gender breaks the chain
			return ms[0].Person
		}
	}
	return -1
}

// bylineOnly marks the persons named only in sentences that give an email
// address: a writer's byline or biography ("Ishtiaq Ahmed, APP's Foreign
// Editor, leads coverage of ... Reach out at ...@gmail.com"), not a person
// the report speaks of. It returns nil when there are none.
func (p *parser) bylineOnly() []bool {
	if strings.IndexByte(p.a.Text, '@') < 0 || len(p.persons) == 0 {
		return nil // most reports
	}
	inside := make([]int8, len(p.persons)) // 1: only in such sentences so far, -1: elsewhere too
	for _, m := range p.mentions {
		if m.Kind != Person || m.Person < 0 || m.Person >= len(p.persons) || inside[m.Person] < 0 {
			continue
		}
		si := p.a.SentenceOf(m.First)
		if si >= 0 && hasEmail(p.a.Text[p.a.Sentences[si].Start:p.a.Sentences[si].End]) {
			inside[m.Person] = 1
		} else {
			inside[m.Person] = -1
		}
	}
	var drop []bool
	for i, in := range inside {
		if in == 1 {
			if drop == nil {
				drop = make([]bool, len(p.persons))
			}
			drop[i] = true
		}
	}
	return drop
}

// hasEmail reports whether s holds an email address: a word, @, and a
// domain with a dot.
func hasEmail(s string) bool {
	for {
		at := strings.IndexByte(s, '@')
		if at < 0 {
			return false
		}
		before, after := s[:at], s[at+1:]
		s = after
		if before == "" || !isWordByte(before[len(before)-1]) {
			continue
		}
		n := 0
		for n < len(after) && (isWordByte(after[n]) || after[n] == '.' || after[n] == '-') {
			n++
		}
		if dot := strings.IndexByte(after[:n], '.'); dot > 0 && dot < n-1 {
			return true
		}
	}
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// dropPersons forgets the persons marked in drop and their mentions.
func (p *parser) dropPersons(drop []bool) {
	remap := make([]int, len(p.persons))
	kept := p.persons[:0]
	for i, pr := range p.persons {
		remap[i] = -1
		if !drop[i] {
			remap[i] = len(kept)
			kept = append(kept, pr)
		}
	}
	p.persons = kept
	ms := p.mentions[:0]
	for _, m := range p.mentions {
		if m.Kind == Person && m.Person >= 0 && m.Person < len(remap) {
			if remap[m.Person] < 0 {
				for k := m.First; k < m.Last; k++ {
					p.used[k] = false
				}
				continue
			}
			m.Person = remap[m.Person]
		}
		ms = append(ms, m)
	}
	p.mentions = ms
	p.reindex()
}

// result builds the records.
func (p *parser) result() *Result {
	if drop := p.bylineOnly(); drop != nil {
		p.dropPersons(drop)
	}
	r := &Result{Home: p.home, Mentions: p.mentions}
	of := make([][]int, len(p.persons)) // each person's mentions, in text order
	for k, m := range p.mentions {
		if m.Kind == Person && m.Person >= 0 && m.Person < len(of) {
			of[m.Person] = append(of[m.Person], k)
		}
	}
	for i, pr := range p.persons {
		ap := accord.Person{
			ID: "p" + itoa(i+1), Name: pr.name, Title: pr.title, Country: pr.country,
			Sector: pr.sector, Org: pr.org, Former: pr.titleFormer && pr.title != "",
			Aliases: []string{}, Mentions: []accord.Mention{},
		}
		if ap.Country == "" {
			ap.Country = p.home
		}
		if ap.Sector == "" && ap.Title != "" {
			ap.Sector = "GOV"
		}
		seen := map[string]bool{strings.ToLower(pr.name): true}
		for _, k := range of[i] {
			m := &p.mentions[k]
			m.Name, m.Country, m.Sector = ap.Name, ap.Country, ap.Sector
			// the mention's text is the text as read; aliases are cleaned
			ap.Mentions = append(ap.Mentions, accord.Mention{Span: m.Span, Text: m.Span.In(p.a.Text), Kind: m.Ref})
			txt := p.span(m.First, m.Last)
			if m.Ref == accord.MentionPronoun {
				continue
			}
			if m.TitleLast > m.TitleFirst && m.TitleFirst == m.First {
				txt = p.span(m.TitleLast, m.Last) // the name after the title
				txt = strings.TrimLeft(txt, ", ")
			}
			if !seen[strings.ToLower(txt)] && txt != "" {
				seen[strings.ToLower(txt)] = true
				ap.Aliases = append(ap.Aliases, txt)
			}
		}
		r.Persons = append(r.Persons, ap)
	}
	for k := range r.Mentions {
		m := &r.Mentions[k]
		if m.Kind != Person {
			m.Person = -1
		}
	}
	return r
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
