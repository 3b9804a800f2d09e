package actors

import (
	"slices"
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
)

// person gathers what the report says about one person.
type person struct {
	name     string   // the fullest form seen
	words    []string // its normalised words
	title    string
	titleLen int
	titleRank,
	titleFormer bool
	country, sector, org string
	fromLexicon          bool           // country and title come from a known-person entry
	entry                *lexicon.Entry // the known-person entry the name matched, or nil
	alt                  [][]string     // the words of the entry's other names the report used
	gender               string
	mentions             []int // indices into parser.mentions
}

// titleScore ranks titles: a current office beats a former one, an office
// beats a rank, and a fuller title beats a shorter one.
func titleScore(n int, rank, former bool) int {
	s := n
	if !former {
		s += 100
	}
	if !rank {
		s += 50
	}
	return s
}

// addPerson records a person mention over name tokens [ni, nj), with the
// mention covering [mi, mj) and an optional title.
func (p *parser) addPerson(mi, mj, ni, nj int, t *title) {
	words := p.nameWords(ni, nj)
	if len(words) == 0 {
		return
	}
	name := p.span(ni, nj)
	known, isKnown := p.longest(ni, nj, kPerson)
	isKnown = isKnown && known.First == ni
	idx := p.findPerson(words)
	if idx < 0 && isKnown {
		// another of the known person's names: "Bilal Kayani" after
		// "Bilal Azhar Kayani"
		idx = p.knownPerson(known.Entries[0])
	}
	if idx < 0 {
		idx = len(p.persons)
		p.persons = append(p.persons, &person{name: name, words: words})
		p.indexPerson(idx)
	}
	pr := p.persons[idx]
	if len(words) > len(pr.words) {
		if pr.entry != nil {
			pr.alt = append(pr.alt, pr.words)
		}
		pr.name, pr.words = name, words
		p.indexPerson(idx)
	} else if isKnown && !slices.Equal(words, pr.words) && !containsRun(pr.words, words) {
		pr.alt = append(pr.alt, words) // "Recep Tayyip Erdoğan" beside "Recep Tayyip Erdogan"
	}
	if isKnown {
		e := known.Entries[0]
		pr.entry = e
		if pr.country == "" {
			pr.country, pr.fromLexicon = e.Code, true
		}
		if pr.sector == "" {
			pr.sector = e.Class
		}
		if pr.title == "" && e.Attr("title") != "" {
			pr.title, pr.titleLen = e.Attr("title"), 0
		}
		if pr.gender == "" {
			pr.gender = e.Attr("gender")
		}
	}
	if pr.gender == "" {
		if m, ok := p.longest(ni, ni+1, kGiven); ok {
			pr.gender = m.Entries[0].Attr("gender")
		}
	}
	ref := accord.MentionName
	if nj-ni < len(pr.words) || len(words) < len(pr.words) {
		ref = accord.MentionAlias
	}
	m := Mention{First: mi, Last: mj, Span: p.bytes(mi, mj), Kind: Person, Person: idx, Ref: ref}
	if t != nil {
		m.TitleFirst, m.TitleLast = t.Start, t.Last
		p.giveTitle(pr, *t)
	}
	if pr.country == "" {
		pr.country = p.sideCountry(mi, mj)
	}
	p.addMention(m)
}

// sideCountry is the country a person mention over tokens [mi, mj) is said
// to belong to around it: "the Pakistani delegation was led by X", "X, an
// Afghan national"; or "".
func (p *parser) sideCountry(mi, mj int) string {
	if p.isPunct(mj, ",") && p.isWord(mj+1, "a", "an") {
		if m, ok := p.longest(mj+2, len(p.toks), kNation); ok && p.isWord(m.Last, "national", "citizen", "resident") {
			return entryCode(m)
		}
	}
	if !p.isWord(mi-1, "by") || !p.isWord(mi-2, "led", "headed") {
		return p.memberCountry(mi, mj)
	}
	k := mi - 3
	if p.isWord(k, "was", "were") {
		k--
	}
	if p.isPunct(k, ",") {
		k--
	}
	if !p.isWord(k, "delegation", "side", "team", "contingent") {
		return ""
	}
	// the nationality just before: "the Pakistani delegation", "the Afghan
	// side", "a high-level Chinese delegation"
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if m, ok := p.longest(j, k, kNation); ok && m.Last == k {
			return entryCode(m)
		}
	}
	return ""
}

// memberCountry is the country of a delegation a person at mi is listed
// in: "The Chinese delegation included X, Y", or, after "The CERN task
// force's visit was headed by Z, Director, CERN.", "Other members included
// X, ...; Y, ..." (Z's country); or "".
func (p *parser) memberCountry(mi, mj int) string {
	si := p.a.SentenceOf(mi)
	if si < 0 {
		return ""
	}
	s := p.a.Sentences[si]
	if p.isWord(mj, "said", "says", "told", "added", "stated", "noted") {
		return "" // "... will include X and Y, MSC chair Z told reporters": the speaker
	}
	// not one whose apposition names a state: "Y, Polish Scientific
	// Delegate to the CERN Council"
	for k := mj; k < s.Last && k < mj+12 && !p.isPunct(k, ";"); k++ {
		if p.idx.Starts(k, kNation) {
			return ""
		}
	}
	inc := -1
	for k := mi - 1; k >= s.First && k >= mi-80; k-- {
		if p.isWord(k, "included", "includes", "include", "comprised", "comprising", "comprises") {
			inc = k
			break
		}
	}
	if inc < 0 {
		return ""
	}
	group := -1
	for k := inc - 1; k >= s.First && k >= inc-5; k-- {
		if p.isWord(k, "members", "delegation", "team", "contingent") {
			group = k
			break
		}
	}
	if group < 0 {
		return ""
	}
	// "the Chinese delegation included"
	for j := group - 1; j >= s.First && j >= group-3; j-- {
		if m, ok := p.longest(j, group, kNation); ok && m.Last == group {
			return entryCode(m)
		}
	}
	// the one who led it, in this sentence or the one before
	from := s.First
	if si > 0 {
		from = p.a.Sentences[si-1].First
	}
	for n := len(p.mentions) - 1; n >= 0; n-- {
		m := p.mentions[n]
		if m.First < from {
			break
		}
		if m.Kind == Person && m.First < mi && p.isWord(m.First-1, "by") && p.isWord(m.First-2, "led", "headed") {
			return p.persons[m.Person].country
		}
	}
	return ""
}

// giveTitle keeps the best title seen for a person.
func (p *parser) giveTitle(pr *person, t title) {
	text := p.titleText(t)
	n := t.Last - t.First
	if pr.fromLexicon && pr.titleLen == 0 {
		pr.title = "" // a title from the report beats the dictionary's
	}
	if pr.title == "" || titleScore(n, t.Rank, t.Former) > titleScore(pr.titleLen, pr.titleRank, pr.titleFormer) {
		pr.title, pr.titleLen, pr.titleRank, pr.titleFormer = text, n, t.Rank, t.Former
		if t.Sector != "" {
			pr.sector = t.Sector
		}
		if t.Org != "" {
			pr.org = t.Org
		}
	}
	if t.Country != "" && (pr.country == "" || pr.fromLexicon && !t.Rank) {
		pr.country = t.Country
		pr.fromLexicon = false
	}
	if pr.sector == "" {
		pr.sector = t.Sector
	}
}

// findPerson returns the person whose name has the same words, or whose
// name contains these words in order (or the reverse), or -1.
func (p *parser) findPerson(words []string) int {
	if i, ok := p.byName[strings.Join(words, " ")]; ok {
		return i
	}
	if len(words) < 2 {
		return -1
	}
	// names ending in the same word: "Shehbaz Sharif" and "Muhammad Shehbaz Sharif"
	for _, i := range p.bySurname[words[len(words)-1]] {
		pr := p.persons[i]
		if len(pr.words) >= 2 && (containsRun(pr.words, words) || containsRun(words, pr.words)) {
			return i
		}
	}
	return -1
}

// knownPerson returns the person already named by one of the names on the
// dictionary line of the known-person entry e, or -1.
func (p *parser) knownPerson(e *lexicon.Entry) int {
	for i, pr := range p.persons {
		if pr.entry != nil && pr.entry.Origin == e.Origin {
			return i
		}
	}
	return -1
}

// indexPerson records person i under its name and surname for findPerson.
func (p *parser) indexPerson(i int) {
	if p.byName == nil {
		p.byName, p.bySurname = map[string]int{}, map[string][]int{}
	}
	pr := p.persons[i]
	key := strings.Join(pr.words, " ")
	if _, ok := p.byName[key]; !ok {
		p.byName[key] = i
	}
	last := pr.words[len(pr.words)-1]
	for _, j := range p.bySurname[last] {
		if j == i {
			return
		}
	}
	p.bySurname[last] = append(p.bySurname[last], i)
}

// containsRun reports whether sub occurs in words as a contiguous run that
// ends at words' last word ("Shehbaz Sharif" in "Muhammad Shehbaz Sharif").
func containsRun(words, sub []string) bool {
	if len(sub) > len(words) {
		return false
	}
	off := len(words) - len(sub)
	for k := range sub {
		if words[off+k] != sub[k] {
			return false
		}
	}
	return true
}

func (p *parser) bytes(i, j int) accord.Span {
	return accord.Span{Start: p.toks[i].Start, End: p.toks[j-1].End}
}

func (p *parser) addMention(m Mention) {
	for k := m.First; k < m.Last; k++ {
		p.used[k] = true
	}
	p.startOf[m.First] = int32(len(p.mentions) + 1)
	if m.Last < len(p.toks) && p.possessiveAt(m.Last) {
		m.Possessive = true
	}
	p.mentions = append(p.mentions, m)
}

// findPersons finds persons named with or without titles, sentence by
// sentence.
func (p *parser) findPersons() {
	for _, s := range p.a.Sentences {
		for i := s.First; i < s.Last; {
			if p.used[i] || p.tok(i).Kind != text.Word {
				i++
				continue
			}
			if next := p.personAt(i, s.Last); next > i {
				i = next
				continue
			}
			i++
		}
	}
}

// personAt tries every person pattern at i and returns the token after what
// it took, or i.
func (p *parser) personAt(i, limit int) int {
	// title first: "Interior Minister Mohsin Naqvi", "the US State
	// Department's Coordinator for counter-terrorism, Elizabeth Richard"
	if t, ok := p.parseTitle(i, limit); ok {
		if t.Plural {
			if end := p.nameList(t, t.Last, limit); end > t.Last {
				return end // "senior PML-N leaders Najib Naqi, Chaudhry Rukhsar and Aitzaz"
			}
		}
		j, rank := p.styleAt(t.Last, limit)
		if rank != nil && t.Rank {
			t = *rank
		}
		// a name after a title: a known given name, or after a style, or
		// capitalised words the dictionaries don't know ("President Todor
		// Zhivkov", "Minister Muqam")
		if p.nameStarts(j) || j > t.Last && p.nameTokenAt(j) || !t.Plural && p.nameTokenAt(j) && !p.has(j, 0, kPlaceGiven) ||
			!t.Plural && p.loneGiven(j, limit) {
			if e := p.parseName(j, limit); e > j && !p.partOfName(j, e) {
				p.addPerson(t.Start, p.skipHonours(e, limit), j, e, &t)
				p.ofCountry(e, limit)
				return e
			}
		}
		if t.Plural {
			// "European Community foreign ministers", "Pakistani officials":
			// a group named by its office
			if t.Country != "" {
				p.addMention(Mention{First: t.Start, Last: t.Last, Span: p.bytes(t.Start, t.Last), Kind: Generic,
					Country: t.Country, Sector: orGOV(t.Sector), Person: -1, Name: p.span(t.Start, t.Last)})
			}
			return t.Last
		}
		// "Coordinator for counter-terrorism, Elizabeth Richard,"
		if p.isPunct(t.Last, ",") {
			j, _ := p.styleAt(t.Last+1, limit)
			if p.nameStarts(j) || p.nameTokenAt(j) && p.nameTokenAt(j+1) {
				if e := p.parseName(j, limit); e > j && p.apposEnds(e, limit) {
					p.addPerson(t.Start, e, j, e, &t)
					return e
				}
			}
		}
		if t.Rank {
			return i
		}
		// a title with no name: a role, resolved later
		return t.Last
	}
	// a style then a name: "Mr. Fuad Pashayev", "Admiral Naveed Ashraf"
	if j, rank := p.styleAt(i, limit); j > i {
		if p.nameTokenAt(j) {
			if e := p.parseName(j, limit); e > j {
				p.addPerson(i, p.skipHonours(e, limit), j, e, rank)
				p.apposition(len(p.persons)-1, e, limit)
				return e
			}
		}
		return i
	}
	// a known name: "Donald Blome, the US Ambassador in Islamabad"; not
	// after "in" or "at", where a name is a place ("in Qila Abbas Saddar")
	if p.nameStarts(i) || p.saidName(i, limit) {
		if p.afterLocative(i) && !p.has(i, 0, kPerson) {
			return i
		}
		if e := p.parseName(i, limit); e > i && (e-i >= 2 || p.has(i, 0, kPerson)) {
			p.addPerson(i, p.skipHonours(e, limit), i, e, nil)
			p.apposition(p.mentions[len(p.mentions)-1].Person, e, limit)
			return e
		}
	}
	// a given name alone after the word for a suspect or a relative:
	// "accused Amer", "suspect Armaghan", "his brother Rashid"
	if p.given(i) && !p.isCap(i+1) && !particles[p.norm(i+1)] && !p.isPunct(i+1, "-") && p.nameTokenAt(i) && !p.has(i, 0, kPlace) && p.roleBefore(i) {
		p.addPerson(i, i+1, i, i+1, nil)
		return i + 1
	}
	return i
}

// roleBefore reports whether the word before token i names a suspect or a
// relative, which a lone given name may follow. "accused" counts only as a
// noun: after a determiner, a number, "that" or a comma ("Pakistan accused
// India" is a verb).
func (p *parser) roleBefore(i int) bool {
	switch {
	case p.cueWord(i-1, "kin") || p.isWord(i-1, "son"): // cues.lex: suspect, brother, wife, ...
		// "son" is no cue: a cue is never part of a name, and "Bui Thanh Son" is one
		return true
	case p.isWord(i-1, "accused"):
		return p.determinedAt(i-1) || p.isWord(i-2, "that") || p.isPunct(i-2, ",", ":")
	}
	return false
}

// partOfName reports whether the one word [j, e) after a title, which the
// dictionaries know neither as a given name nor as a person, is part of a
// longer capitalised name that is not a person's: "the Official Secrets
// Act", "Assistant Director Safe City", "the Chairman Prime Minister's".
func (p *parser) partOfName(j, e int) bool {
	return e == j+1 && !p.given(j) && !p.has(j, 0, kPerson) && p.isCap(e) && !timeWord[p.norm(e)]
}

// loneGiven reports whether token i is a given name standing alone before
// "and" and another title: "General Munir and Interior Minister Naqvi".
func (p *parser) loneGiven(i, limit int) bool {
	return p.given(i) && !p.has(i, 0, kPlace) && p.nameTokenAt(i) && p.isWord(i+1, "and") && p.titleFollows(i+2, limit)
}

// ofCountry reads "of Jordan" right after the name of the person just
// added ("Foreign Minister Omar al-Kassim of Jordan"), when the title named
// no state.
func (p *parser) ofCountry(e, limit int) {
	if !p.isWord(e, "of") || e+1 >= limit || len(p.mentions) == 0 {
		return
	}
	m, ok := p.longest(e+1, limit, kCountry)
	if !ok {
		return
	}
	pr := p.persons[p.mentions[len(p.mentions)-1].Person]
	if pr.country == "" || pr.country == p.home || pr.fromLexicon {
		pr.country, pr.fromLexicon = m.Entries[0].Code, false
	}
}

// afterLocative reports whether the capitalised run holding token i follows
// "in", "at", "near", "from", "to" or "of": a place's name ("in Qila Abbas
// Saddar"), not a person's.
func (p *parser) afterLocative(i int) bool {
	j := i
	for j > 0 && p.isCap(j-1) && !p.has(j-1, 0, kTitleStyle) && i-j < 4 {
		j--
	}
	return p.isWord(j-1, "in", "at", "near", "from", "to", "of")
}

func orGOV(sector string) string {
	if sector == "" {
		return "GOV"
	}
	return sector
}

// saidName reports whether two or three capitalised words at i are
// followed by "said" or "told": a name the dictionaries don't know.
func (p *parser) saidName(i, limit int) bool {
	if !p.nameTokenAt(i) || !p.nameTokenAt(i+1) {
		return false
	}
	for k := i + 2; k < min(limit, i+4); k++ {
		if p.isWord(k, "said", "told", "says", "added", "stated", "noted") {
			return true
		}
		if !p.nameTokenAt(k) {
			return false
		}
	}
	return false
}

// apposEnds reports whether an apposition ends at i: a comma, a stop, a
// bracket, or the end of the sentence.
func (p *parser) apposEnds(i, limit int) bool {
	return i >= limit || p.isPunct(i, ",", ".", ")", ";", ":", "(") || p.tok(i).Kind == text.Quote ||
		p.isWord(i, "and", "said", "says", "has", "had", "was", "is", "who", "on", "in", "at", "also")
}

// apposition reads ", the US Ambassador in Islamabad," after the name of
// person idx.
func (p *parser) apposition(idx, end, limit int) {
	if !p.isPunct(end, ",") || idx < 0 {
		return
	}
	t, ok := p.parseTitle(end+1, limit)
	if !ok || t.Rank || !p.apposEnds(t.Last, limit) {
		return
	}
	// "Director for International Relations, CERN": the body after a comma
	// is the one the office belongs to
	if p.isPunct(t.Last, ",") {
		if m, ok := p.actorEntry(t.Last+1, limit); ok && (m.Entry("igo") != nil || m.Entry("org") != nil) &&
			!p.possessiveAt(m.Last) && p.apposEnds(m.Last, limit) && !p.isWord(m.Last, "and") {
			p.noteComplement(&t, m, "of")
			if t.Org == "" {
				t.Org = p.span(m.First, m.Last)
			}
			t.Last = m.Last
		}
	}
	p.giveTitle(p.persons[idx], t)
	m := &p.mentions[len(p.mentions)-1]
	m.TitleFirst, m.TitleLast = t.Start, t.Last
	for k := end + 1; k < t.Last; k++ {
		p.used[k] = true
	}
}

// titledAfterCaps reads a titled name that starts one or two capitalised
// words after j, and returns its end, or j.
func (p *parser) titledAfterCaps(j, limit int) int {
	for s := j + 1; s < j+3 && p.isCap(s-1); s++ {
		if nt, ok := p.parseTitle(s, limit); ok && !nt.Rank && !nt.Plural {
			k, _ := p.styleAt(nt.Last, limit)
			if e := p.parseName(k, limit); e > k {
				p.addPerson(s, e, k, e, &nt)
				return e
			}
		}
	}
	return j
}

// nameList reads names after a plural title: "senior PML-N leaders Najib
// Naqi, Chaudhry Rukhsar ... and Aitzaz".
func (p *parser) nameList(t title, i, limit int) int {
	j := i
	for n := 0; n < 12 && j < limit; n++ {
		start := j
		if nt, ok := p.parseTitle(j, limit); ok && !nt.Rank {
			// a member of the list with a title of their own
			k, _ := p.styleAt(nt.Last, limit)
			if e := p.parseName(k, limit); e > k {
				p.addPerson(start, e, k, e, &nt)
				j = e
			} else {
				return j
			}
		} else if k, _ := p.styleAt(j, limit); p.parseName(k, limit) == k {
			// "Coordination Board Chairman Sardar Tariq": a title after
			// capitalised words the title does not take
			if j = p.titledAfterCaps(j, limit); j == start {
				return j
			}
		} else {
			k, rank := p.styleAt(j, limit)
			e := p.parseName(k, limit)
			tt := t
			if rank != nil {
				tt.Rank = false
			}
			p.addPerson(start, e, k, e, &tt)
			j = e
		}
		switch {
		case p.isPunct(j, ",") && p.isWord(j+1, "and"):
			j += 2
		case p.isPunct(j, ","), p.isWord(j, "and"):
			j++
		default:
			return j
		}
	}
	return j
}
