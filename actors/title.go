package actors

import (
	"strings"

	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
)

// A title is a parsed title phrase: "the US Ambassador in Islamabad",
// "Pakistan's Additional Foreign Secretary for the UN", "police chief".
type title struct {
	Start       int // first token, with any determiner or possessive owner
	First, Last int // the title proper [First, Last)
	Head        lexicon.Match
	Country     string
	Sector      string
	Org         string
	Former      bool
	Plural      bool
	Rank        bool   // the phrase is a rank or style ("General", "Field Marshal")
	Expand      string // the full form of an abbreviated head (PM: Prime Minister)
}

// Text is the title as it should read in the record.
func (p *parser) titleText(t title) string {
	if t.Expand != "" && t.Head.Last-t.Head.First == t.Last-t.First {
		return t.Expand + " (" + p.span(t.First, t.Last) + ")"
	}
	s := p.expandedSpan(t.First, t.Last)
	if t.Plural {
		s = singular(s, p.span(t.Head.First, t.Head.Last))
	}
	return s
}

// expandedSpan is the text of tokens [i, j) with each title abbreviation
// written out: "DPM/FM" reads "Deputy Prime Minister/Foreign Minister".
func (p *parser) expandedSpan(i, j int) string {
	expanded := false
	for k := i; k < j; k++ {
		if m, ok := p.longest(k, j, kTitleRank); ok && m.Last == k+1 && m.Entries[0].Attr("expand") != "" && p.tok(k).Flags&text.AllCaps != 0 && !p.isPunct(k-1, "(") {
			expanded = true
			break
		}
	}
	if !expanded {
		return p.span(i, j)
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		t := p.toks[k]
		if k > i && t.Flags&text.SpaceBefore != 0 {
			b.WriteByte(' ')
		}
		if m, ok := p.longest(k, j, kTitleRank); ok && m.Last == k+1 && m.Entries[0].Attr("expand") != "" && t.Flags&text.AllCaps != 0 && !p.isPunct(k-1, "(") {
			b.WriteString(m.Entries[0].Attr("expand"))
			if j-i > 1 && !p.isPunct(k+1, "/") && !p.isPunct(k-1, "/") {
				b.WriteString(" (" + p.raw(k) + ")") // keep "CPO" beside "City Police Officer"
			}
			continue
		}
		b.WriteString(clean(p.a.Text[t.Start:t.End]))
	}
	return b.String()
}

// singular turns the plural head inside s into its singular.
func singular(s, head string) string {
	i := strings.LastIndex(s, head)
	if i < 0 || !strings.HasSuffix(head, "s") {
		return s
	}
	return s[:i] + strings.TrimSuffix(head, "s") + s[i+len(head):]
}

func entryCode(m lexicon.Match) string {
	for _, e := range m.Entries {
		if e.Code != "" {
			return e.Code
		}
	}
	return ""
}

func entryClass(m lexicon.Match) string {
	for _, e := range m.Entries {
		if e.Class != "" {
			return e.Class
		}
	}
	return ""
}

// headAt finds a title or rank head at i: the longest title phrase, or a
// plural of a one-word title ("leaders", "ministers").
func (p *parser) headAt(i, limit int) (lexicon.Match, bool, bool) {
	if !p.idx.Starts(i, kTitleRank) {
		if e := p.pluralTitle(i); e != nil && i < limit {
			return lexicon.Match{First: i, Last: i + 1, Entries: []*lexicon.Entry{e}}, true, true
		}
		return lexicon.Match{}, false, false
	}
	if m, ok := p.longest(i, limit, kTitleRank); ok {
		// "leaders", "ministers": a plural the dictionary lists as a phrase
		last := p.norm(m.Last - 1)
		plural := len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") &&
			len(p.lex.Lookup("title", strings.TrimSuffix(p.span(m.First, m.Last), "s"))) > 0
		return m, plural, true
	}
	if e := p.pluralTitle(i); e != nil && i < limit {
		return lexicon.Match{First: i, Last: i + 1, Entries: []*lexicon.Entry{e}}, true, true
	}
	return lexicon.Match{}, false, false
}

// pluralTitle is the one-word title whose plural token i is ("leaders"), or
// nil.
func (p *parser) pluralTitle(i int) *lexicon.Entry {
	t := p.tok(i)
	if t.Kind != text.Word || len(t.Norm) <= 3 || !strings.HasSuffix(t.Norm, "s") {
		return nil
	}
	for _, e := range p.lex.WordEntries(strings.TrimSuffix(t.Norm, "s")) {
		if e.Kind == "title" {
			return e
		}
	}
	return nil
}

// headsAhead fills nextHead: for each token, the first token at or after it
// where a title or rank head starts, so that parseTitle can give up at once
// where no head is near.
func (p *parser) headsAhead() {
	next, pair := int32(len(p.toks)+1000), int32(len(p.toks)+1000)
	p.nextHead[len(p.toks)], p.nextPair[len(p.toks)] = next, pair
	for i := len(p.toks) - 1; i >= 0; i-- {
		if p.has(i, 0, kTitleRank) || p.pluralTitle(i) != nil {
			next = int32(i)
		}
		p.nextHead[i] = next
		if t := &p.toks[i]; t.Kind == text.Word && strings.HasSuffix(t.Norm, "s") && p.pairHead(i) { // pair cues are plurals
			pair = int32(i)
		}
		p.nextPair[i] = pair
	}
}

func (p *parser) isModifier(i int) bool {
	return p.has(i, 1, kCue) && p.cueRole(i) == "titlemod"
}

func (p *parser) cueRole(i int) string {
	if m, ok := p.longest(i, len(p.toks), kCue); ok {
		return m.Entries[0].Class
	}
	return ""
}

// actorEntry returns a country, demonym, place, igo, org or group phrase at i.
func (p *parser) actorEntry(i, limit int) (lexicon.Match, bool) {
	if !p.idx.Starts(i, kActorEntry) {
		return lexicon.Match{}, false // most words: answered without a call
	}
	return p.longest(i, limit, kActorEntry)
}

// mayStartTitle is a cheap test that rules out most tokens before
// parseTitle looks at them: a title starts with a determiner, a capital, or
// a word the dictionaries know.
func (p *parser) mayStartTitle(i int) bool {
	if p.nextHead != nil && int(p.nextHead[i]) > i+10 {
		return false // no head near enough for a title to reach
	}
	t := p.tok(i)
	return t.Kind == text.Word && (t.Flags&(text.Cap|text.AllCaps) != 0 || len(p.idx.At(i)) > 0 ||
		t.Norm == "the" || t.Norm == "a" || t.Norm == "an")
}

// parseTitle reads a title phrase starting at i and ending before limit.
func (p *parser) parseTitle(i, limit int) (t title, ok bool) {
	if !p.mayStartTitle(i) {
		return t, false
	}
	if p.isPunct(i-1, "-") && p.tok(i).Flags&text.SpaceBefore == 0 && (p.tok(i-2).Kind == text.Number ||
		p.isWord(i-2, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")) {
		return t, false // "the 10-member Eurasian bloc": a count, not an office
	}
	t.Start = i
	j := i
	if p.isWord(j, "the", "a", "an") {
		j++
	}
	if p.isWord(j, "former", "ex") || p.isWord(j, "then") && p.isPunct(j+1, "-") {
		t.Former = true
	}
	t.First = j
	// owner and nationality: "Pakistan's", "US", "UNESCO", "PPP", "foreign ministry"
	for n := 0; n < 3 && j < limit; n++ {
		m, found := p.actorEntry(j, limit)
		if !found {
			break
		}
		if p.possessiveAt(m.Last) {
			p.noteOwner(&t, m)
			j = m.Last + 1
			t.First = j
			continue
		}
		// a nationality or body only counts when a title follows
		if !p.titleFollows(m.Last, limit) {
			break
		}
		p.noteOwner(&t, m)
		j = m.Last
	}
	// modifiers and portfolio words before the head: "Federal", "Additional
	// Foreign", "Information", "Planning and Development"
	k := j
	for steps := 0; k < limit && steps < 6; steps++ {
		if head, plural, found := p.headAt(k, limit); found {
			// "Deputy Prime Minister and Foreign Minister": take the last head
			t.Head, t.Plural = head, plural
			k = head.Last
			if p.isWord(k, "and") || p.isPunct(k, "/") {
				if h2, pl2, ok2 := p.headAt(k+1, limit); ok2 {
					t.Head, t.Plural, k = h2, pl2, h2.Last
				}
			}
			break
		}
		if m, ok := p.actorEntry(k, limit); ok && !p.nameStarts(k) && !p.possessiveAt(m.Last) {
			// "Senior PTI leaders", "Federal PPP Secretary-General": the body
			p.noteOwner(&t, m)
			k = m.Last - 1
			continue
		}
		switch {
		case p.isModifier(k), p.isPunct(k, "-") && steps > 0:
			if p.isWord(k, "former", "ex") {
				t.Former = true
			}
		case p.isCap(k) && !p.nameStarts(k) && !p.has(k, 0, kNonname) && !(p.given(k) && p.isWord(k+1, "and")):
			// not a given name before "and": "Munir and Interior Minister"
			// is a name, then another title
		case p.isAnd(k) && steps > 0 && p.isCap(k+1):
		default:
			return t, false
		}
		k++
	}
	if t.Head.Last == 0 {
		return t, false
	}
	if e := t.Head.Entry("rank"); e != nil && t.Head.Entry("title") == nil {
		t.Rank = true
	}
	if e := t.Head.Entries[0]; e.Attr("expand") != "" {
		t.Expand = e.Attr("expand")
	}
	if c := entryCode(t.Head); c != "" && t.Country == "" {
		t.Country = c
	}
	if t.Sector == "" {
		t.Sector = entryClass(t.Head)
	}
	t.Last = p.complement(t.Head.Last, limit, &t)
	t.Last = p.portfolioAfter(t.Last, limit)
	// an abbreviation in brackets: "(CNS)", "(DPM/FM)", "(PAEC)"
	if p.isPunct(t.Last, "(") {
		for e := t.Last + 1; e < min(limit, t.Last+7); e++ {
			if p.isPunct(e, ")") {
				if e > t.Last+1 && p.tok(t.Last+1).Flags&text.AllCaps != 0 {
					t.Last = e + 1
				}
				break
			}
		}
	}
	return t, true
}

// portfolioAfter extends a title over capitalised words after it that are
// not a name, when a name or the end of an apposition follows them:
// "Member Administration and Estate Talat Mehmood", "District and Sessions
// Judge Gwadar,", "Senior Civil Judge District Lakhi Marwat,".
func (p *parser) portfolioAfter(end, limit int) int {
	k := end
	if p.isAnd(end) && p.isCap(end-1) && p.isCap(end+1) {
		if p.titleFollows(end+1, limit) {
			// "Chairman CDA and Chief Commissioner Islamabad, Muhammad Ali
			// Randhawa": two offices of the one person named after them
			if t2, ok := p.parseTitle(end+1, limit); ok && !t2.Plural && !t2.Rank && t2.First == end+1 {
				n := t2.Last + boolInt(p.isPunct(t2.Last, ","))
				if p.nameStarts(n) || p.nameTokenAt(n) && p.nameTokenAt(n+1) || p.isPunct(t2.Last, ",") && p.apposEnds(n, limit) {
					return t2.Last
				}
			}
			return end
		}
		k++ // "Member Administration and Estate Talat Mehmood"
	}
	for k < limit && k-end < 5 && (p.isCap(k) && !p.nameStarts(k) && !timeWord[p.norm(k)] || k > end && p.isAnd(k) && p.isCap(k+1)) {
		if k > end && p.isAnd(k) && p.titleFollows(k+1, limit) && p.nameRun(end, k) {
			// "President Zorbat Kulvani and Prime Minister ...": the words
			// before "and" are a name, and another titled person follows
			return end
		}
		k++
	}
	if k == end || p.isAnd(k-1) {
		return end
	}
	if k >= limit || p.isPunct(k, ",", ".", ";", ":") || p.nameStarts(k) {
		return k
	}
	return end
}

// officeFollows reports whether another office starts after the "and" at
// token i in a title's complement ("of the IDCPC & Director General of
// ..."): a title of two words or more, or any title after an acronym. A
// one-word title after a word is a portfolio ("for Law and Justice").
func (p *parser) officeFollows(i, limit int) bool {
	for k := i + 1; k < limit && k < i+5; k++ {
		if h, _, ok := p.headAt(k, limit); ok {
			return h.Last-h.First > 1 || p.tok(i-1).Flags&text.AllCaps != 0
		}
		if !(p.isModifier(k) || p.isCap(k) || p.isPunct(k, "-")) {
			return false
		}
	}
	return false
}

// isAnd reports whether token i is "and" or "&".
func (p *parser) isAnd(i int) bool { return p.isWord(i, "and") || p.isPunct(i, "&") }

// nameRun reports whether tokens [i, j) may all be words of a name, none a
// title modifier ("Additional District" is not a name).
func (p *parser) nameRun(i, j int) bool {
	for k := i; k < j; k++ {
		if !p.nameTokenAt(k) || p.isModifier(k) {
			return false
		}
	}
	return true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// noteOwner records the country, sector and body an owner or nationality
// phrase gives a title.
func (p *parser) noteOwner(t *title, m lexicon.Match) {
	e := m.Entries[0]
	for _, x := range m.Entries {
		if x.Kind == "igo" || x.Kind == "org" || x.Kind == "group" {
			e = x
			break
		}
	}
	if e.Code != "" && t.Country == "" {
		t.Country = e.Code
	}
	switch e.Kind {
	case "igo", "org", "group":
		t.Org = p.span(m.First, m.Last)
		if e.Class != "" {
			t.Sector = e.Class
		}
	}
}

// titleFollows reports whether a title head follows token i, after at most a
// few modifiers or portfolio words.
func (p *parser) titleFollows(i, limit int) bool {
	for k := i; k < limit && k < i+5; k++ {
		if _, _, ok := p.headAt(k, limit); ok {
			return true
		}
		if !(p.isModifier(k) || p.isCap(k) || p.isWord(k, "and") || p.isPunct(k, "-")) {
			return false
		}
	}
	return false
}

// complement extends a title over "for the UN", "of Azerbaijan Naval
// Forces", "to the Prime Minister on Commerce and Industries", "in
// Islamabad" (for envoys) and returns the new end.
func (p *parser) complement(end, limit int, t *title) int {
	diplomatic := t.Head.Entries[0].Attr("envoy") != "" || isEnvoyHead(t.Head.Entries[0].Phrase)
	// a body right after the head, with no preposition: "Chairman Pakistan
	// Atomic Energy Commission (PAEC)", "Secretary National Heritage and
	// Culture Division"
	if m, ok := p.actorEntry(end, limit); ok && !p.nameStarts(end) && (m.Entry("org") != nil || m.Entry("igo") != nil) {
		p.noteComplement(t, m, "of")
		end = m.Last
	} else if e, _ := p.capitalOrg(end, limit); e > end && !p.nameStarts(end) {
		if c := p.innerCountry(end, e); c != "" && t.Country == "" {
			t.Country = c
		}
		end = e
	}
	for chain := 0; chain < 3 && end < limit; chain++ {
		prep := p.norm(end)
		switch prep {
		case "for", "of", "on", "to", "with":
		case "in", "at":
			body := false
			if m, ok := p.actorEntry(end+1+boolInt(p.isWord(end+1, "the")), limit); ok && (m.Entry("org") != nil || m.Entry("igo") != nil) {
				body = true // "Director General ... at the Afghan Ministry of Foreign Affairs"
			}
			if !diplomatic && !isHeadOfHead(t.Head.Entries[0].Phrase) && !body {
				return end
			}
		case "(":
			// "Additional Secretary (Afghanistan and West Asia)", "Member (Science)"
			q := end + 1
			for q < limit && q-end < 8 && (p.isCap(q) || p.isWord(q, "and", "of") || p.isPunct(q, "&") || p.isPunct(q, "-", ",")) {
				q++
			}
			if q > end+1 && p.isPunct(q, ")") && !(q == end+2 && p.tok(end+1).Flags&text.AllCaps != 0) {
				end = q + 1
				continue
			}
			return end
		default:
			return end
		}
		k := end + 1
		if p.isWord(k, "the") {
			k++
		}
		np := k
		for k < limit && k-np < 8 {
			if k > np && p.nameStarts(k) || timeWord[p.norm(k)] {
				break // a name, or "on Friday"
			}
			if m, ok := p.actorEntry(k, limit); ok && !p.nameStarts(k) {
				p.noteComplement(t, m, prep)
				k = m.Last
				continue
			}
			if p.isCap(k) || p.tok(k).Kind == text.Word && p.tok(k).Flags&text.AllCaps != 0 {
				k++
				continue
			}
			if (p.isWord(k, "and", "of", "the") || p.isPunct(k, "-", "&")) && k > np && (p.isCap(k+1) || p.isWord(k+1, "the") && p.isCap(k+2)) &&
				!(p.isAnd(k) && p.officeFollows(k, limit)) {
				k++
				continue
			}
			// a lower-case domain right after the preposition: "for counter-terrorism"
			if k == np && p.tok(k).Kind == text.Word && p.has(k, 0, kTopic) {
				for k < limit && (p.tok(k).Kind == text.Word && p.tok(k).Flags&text.Cap == 0 || p.isPunct(k, "-")) && !p.isWord(k, "and", "said", "was", "is", "who", "will") {
					k++
				}
				break
			}
			break
		}
		if k == np {
			return end
		}
		end = k
		// a list of portfolios: ", Gilgit-Baltistan and SAFRON"
		if p.isPunct(end, ",") && p.isCap(end+1) && !p.nameStarts(end+1) {
			q := end + 1
			for q < limit && q-end < 6 && (p.isCap(q) || p.isPunct(q, "-") || p.tok(q).Flags&text.AllCaps != 0) && !(q > end+1 && p.nameStarts(q)) {
				q++
			}
			if p.isWord(q, "and") && (p.isCap(q+1) || p.tok(q+1).Flags&text.AllCaps != 0) && !p.nameStarts(q+1) {
				q++
				for q < limit && (p.isCap(q) || p.tok(q).Flags&text.AllCaps != 0 || p.isPunct(q, "-")) && !p.nameStarts(q) {
					q++
				}
				end = q
			}
		}
	}
	return end
}

// noteComplement records what "of Azerbaijan", "for the UN" or "to
// Pakistan" says about a title's country.
func (p *parser) noteComplement(t *title, m lexicon.Match, prep string) {
	if t.Country != "" {
		return
	}
	code := entryCode(m)
	if code == "" {
		return
	}
	// an envoy "to Pakistan" or "in Islamabad" serves another country;
	// an official "for the UN" serves their own
	if prep == "of" || prep == "at" {
		t.Country = code
		if e := m.Entry("igo"); e != nil {
			t.Sector = "IGO"
		}
	}
}

// timeWord are the capitalised words of times, which end a title's
// complement: "Indian diplomats on Friday".
var timeWord = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true,
}

func isEnvoyHead(phrase string) bool {
	s := strings.ToLower(phrase)
	for _, w := range []string{"ambassador", "envoy", "high commissioner", "representative", "consul", "chargé", "charge", "delegate", "attaché", "attache", "head of mission", "coordinator"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func isHeadOfHead(phrase string) bool {
	s := strings.ToLower(phrase)
	return s == "head" || s == "director" || s == "chief" || s == "professor"
}
