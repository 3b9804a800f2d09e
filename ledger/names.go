package ledger

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/accord-events/accord/lexicon"
)

// Names tells the ledger which words name a country and which are
// honorifics, so that "Pakistan-China Strategic Dialogue" and "Strategic
// Dialogue" between the same parties are one mechanism, "Pakistani Interior
// Minister" and "Interior Minister" one title, and "Mr Naqvi" is "Naqvi".
type Names interface {
	// Country returns the ISO 3166-1 alpha-3 code of the country a name or
	// demonym denotes ("Pakistan", "Pakistani", "US"), or "".
	Country(phrase string) string
	// Honorific reports whether a word is an honorific ("Mr", "Dr").
	Honorific(word string) bool
}

// LexiconNames answers from a lexicon's country, demonym and honorific
// entries.
func LexiconNames(lex *lexicon.Lexicon) Names { return lexNames{lex} }

type lexNames struct{ lex *lexicon.Lexicon }

func (n lexNames) Country(phrase string) string {
	for _, kind := range [...]string{"country", "demonym"} {
		for _, e := range n.lex.Lookup(kind, phrase) {
			if e.Code != "" {
				return e.Code
			}
		}
	}
	return shortCountries[Fold(phrase)]
}

func (n lexNames) Honorific(word string) bool {
	return len(n.lex.Lookup("honorific", word)) > 0 || builtinHonorifics[Fold(word)]
}

// BasicNames knows only the honorifics and the short country forms that
// mechanism names use ("Pak", "Afghan"); tests and tools without a lexicon
// use it.
type BasicNames map[string]string

// Country looks the folded phrase up in the map, then in the short forms.
func (b BasicNames) Country(phrase string) string {
	f := Fold(phrase)
	if c := b[f]; c != "" {
		return c
	}
	return shortCountries[f]
}

// Honorific reports whether word is one of a few common honorifics.
func (b BasicNames) Honorific(word string) bool { return builtinHonorifics[Fold(word)] }

// shortCountries are clipped forms used in compound names ("Pak-Afghan
// talks", "Indo-Pak"), which no lexicon lists as names.
var shortCountries = map[string]string{
	"pak": "PAK", "afghan": "AFG", "indo": "IND", "sino": "CHN", "us": "USA", "u.s": "USA",
	"u.s.": "USA", "uk": "GBR", "eu": "EUR", "uae": "ARE", "ksa": "SAU", "russo": "RUS",
}

var builtinHonorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "mst": true}

// Fold returns s in lower case with soft hyphens and zero-width characters
// removed, Latin letters stripped of their diacritics, typographic quotes
// made ASCII and every dash made a hyphen.
func Fold(s string) string {
	simple := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			simple = false
			break
		}
	}
	if simple {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff':
		case r == '\u2018' || r == '\u2019' || r == '\u02bc' || r == '`':
			b.WriteByte('\'')
		case r == '\u201c' || r == '\u201d':
			b.WriteByte('"')
		case r >= '\u2010' && r <= '\u2015', r == '\u2212':
			b.WriteByte('-')
		case r == '\u00a0':
			b.WriteByte(' ')
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteRune(r)
		default:
			r = unicode.ToLower(r)
			if a, ok := latin[r]; ok {
				b.WriteString(a)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// latin maps the accented Latin letters that occur in names to ASCII.
var latin = func() map[rune]string {
	m := map[rune]string{}
	for _, row := range []struct{ to, from string }{
		{"a", "àáâãäåāăą"}, {"c", "çćĉċč"}, {"d", "ďđ"}, {"e", "èéêëēĕėęě"},
		{"g", "ĝğġģ"}, {"h", "ĥħ"}, {"i", "ìíîïĩīĭįı"}, {"j", "ĵ"}, {"k", "ķ"},
		{"l", "ĺļľŀł"}, {"n", "ñńņňŉ"}, {"o", "òóôõöøōŏő"}, {"r", "ŕŗř"},
		{"s", "śŝşšș"}, {"t", "ţťŧț"}, {"u", "ùúûüũūŭůűų"}, {"w", "ŵ"},
		{"y", "ýÿŷ"}, {"z", "źżž"}, {"ae", "æ"}, {"oe", "œ"}, {"ss", "ß"},
	} {
		for _, r := range row.from {
			m[r] = row.to
		}
	}
	return m
}()

// Words cuts a folded string into words of letters and digits: hyphens,
// slashes, brackets and spaces separate words; apostrophes and dots inside a
// word are dropped ("U.S." is "us", "O'Brien" "obrien").
func Words(s string) []string {
	s = Fold(s)
	var out []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			out = append(out, w.String())
			w.Reset()
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			w.WriteRune(r)
		case r == '\'' || r == '.':
		default:
			flush()
		}
	}
	flush()
	return out
}

// nameVariants maps spellings of common name words to one form.
var nameVariants = map[string]string{
	"mohammad": "muhammad", "mohammed": "muhammad", "muhammed": "muhammad", "mohamed": "muhammad",
	"mohd": "muhammad", "muhammadd": "muhammad", "mohamad": "muhammad",
	"sayed": "syed", "sayyid": "syed", "sayyed": "syed", "seyed": "syed", "seyyed": "syed",
	"chaudhary": "chaudhry", "choudhry": "chaudhry", "chaudhri": "chaudhry",
	"khawaja": "khwaja", "khwaja": "khwaja",
}

// NameKey is a person's name folded for matching: lower case, without
// diacritics, honorifics, punctuation or hyphens, with common spelling
// variants merged ("Mohammad"/"Muhammad"). "Bilawal Bhutto-Zardari" and
// "Bilawal Bhutto Zardari" share the key "bilawal bhutto zardari".
func NameKey(name string, names Names) string {
	ws := Words(name)
	out := ws[:0]
	for i, w := range ws {
		if i < len(ws)-1 && (builtinHonorifics[w] || (names != nil && names.Honorific(w))) {
			continue
		}
		if v, ok := nameVariants[w]; ok {
			w = v
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// Surname is the last word of a name key.
func Surname(key string) string {
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		return key[i+1:]
	}
	return key
}

// subsequence reports whether the words of short appear in long, in order.
func subsequence(short, long []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}

// titleAbbrev expands the abbreviations of offices.
var titleAbbrev = map[string][]string{
	"pm": {"prime", "minister"}, "dpm": {"deputy", "prime", "minister"},
	"fm": {"foreign", "minister"}, "coas": {"chief", "army", "staff"},
	"cjp": {"chief", "justice"}, "cj": {"chief", "justice"}, "premier": {"prime", "minister"},
	"ig": {"inspector", "general"}, "igp": {"inspector", "general", "police"},
	"sapm": {"special", "assistant", "prime", "minister"}, "cm": {"chief", "minister"},
	"mna": {"member", "national", "assembly"}, "mpa": {"member", "provincial", "assembly"},
	"secy": {"secretary"}, "govt": {"government"}, "dg": {"director", "general"},
	"ambassador": {"ambassador"}, "envoy": {"ambassador"}, "ministry": {"minister"},
	"interior": {"interior"}, "home": {"interior"},
}

// titleDrop are words that do not tell one office from another.
var titleDrop = map[string]bool{
	"the": true, "of": true, "for": true, "and": true, "in": true, "to": true, "at": true, "on": true,
	"federal": true, "former": true, "then": true, "ex": true, "incoming": true, "outgoing": true,
	"new": true, "newly": true, "appointed": true, "elect": true, "designate": true, "acting": true,
	"caretaker": true, "interim": true, "late": true, "current": true, "sitting": true, "jailed": true,
	"incarcerated": true, "affairs": true, "country": true, "s": true, "senator": true,
}

// formerWords mark a title as one no longer held.
var formerWords = map[string]bool{"former": true, "ex": true, "then": true, "late": true, "outgoing": true}

// IsFormer reports whether a title names an office no longer held.
func IsFormer(title string) bool {
	for _, w := range Words(title) {
		if formerWords[w] {
			return true
		}
	}
	return false
}

// TitleKey folds a title into the sorted set of words that tell the office:
// without country names and demonyms, "former", "federal" and the like,
// with abbreviations expanded. "Federal Minister for Interior" and "Pakistani
// Interior Minister" share the key "interior minister".
func TitleKey(title string, names Names) string {
	ws := Words(title)
	var set []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if names != nil {
			if i+1 < len(ws) && names.Country(ws[i]+" "+ws[i+1]) != "" {
				i++
				continue
			}
			if names.Country(w) != "" {
				continue
			}
		}
		if titleDrop[w] {
			continue
		}
		if exp, ok := titleAbbrev[w]; ok {
			set = append(set, exp...)
			continue
		}
		set = append(set, w)
	}
	slices.Sort(set)
	set = slices.Compact(set)
	return strings.Join(set, " ")
}

// genericTitleWords name the rank of an office, not which one.
var genericTitleWords = map[string]bool{
	"minister": true, "secretary": true, "chief": true, "general": true, "deputy": true,
	"special": true, "assistant": true, "adviser": true, "advisor": true, "director": true,
	"additional": true, "joint": true, "senior": true, "head": true, "member": true,
	"officer": true, "leader": true, "chairman": true, "president": true, "vice": true,
	"spokesperson": true, "spokesman": true, "government": true, "state": true,
}

// rankWords make ranks, which go with any office.
var rankWords = map[string]bool{
	"general": true, "field": true, "marshal": true, "lieutenant": true, "lt": true, "major": true,
	"brigadier": true, "colonel": true, "col": true, "captain": true, "admiral": true, "commodore": true,
	"gen": true, "air": true, "vice": true, "rear": true, "retd": true, "retired": true,
}

// Title compatibility, from TitleMatch.
const (
	TitleConflict = 0 // both known and they name different offices
	TitleUnknown  = 1 // one side gives no title
	TitleAgree    = 2 // one title's words are within the other's, or they share a telling word
)

// TitleMatch compares two title keys. A rank ("General", "Field Marshal")
// or a lone generic word ("Minister") tells too little to conflict with
// another title.
func TitleMatch(a, b string) int {
	if a == "" || b == "" {
		return TitleUnknown
	}
	aw, bw := strings.Fields(a), strings.Fields(b)
	vague := func(ws []string) bool {
		if len(ws) == 1 && genericTitleWords[ws[0]] {
			return true
		}
		for _, w := range ws {
			if !rankWords[w] {
				return false
			}
		}
		return true
	}
	if subset(aw, bw) || subset(bw, aw) {
		return TitleAgree
	}
	for _, w := range aw {
		if !genericTitleWords[w] && slices.Contains(bw, w) {
			return TitleAgree
		}
	}
	if vague(aw) || vague(bw) {
		return TitleUnknown
	}
	return TitleConflict
}

func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// mechanismDrop are words left out of a mechanism's name key.
var mechanismDrop = map[string]bool{
	"the": true, "joint": true, "of": true, "on": true, "and": true, "between": true,
	"round": true, "session": true, "meeting": true, "edition": true, "annual": true, "inaugural": true,
	"s": true, "pakistan's": true,
}

// genericMechanismWords are the words of a name that tells only the kind:
// "Joint Working Group", "Bilateral Consultations".
var genericMechanismWords = map[string]bool{
	"dialogue": true, "commission": true, "committee": true, "working": true, "group": true,
	"groups": true, "consultations": true, "consultation": true, "mechanism": true, "talks": true,
	"forum": true, "council": true, "bilateral": true, "trilateral": true, "political": true,
	"ministerial": true, "intergovernmental": true, "governmental": true, "strategic": true,
	"high": true, "level": true, "sub": true, "subcommittee": true, "conference": true,
	"meeting": true, "standing": true, "regional": true, "expert": true, "experts": true,
}

var ordinalWords = map[string]bool{
	"first": true, "second": true, "third": true, "fourth": true, "fifth": true, "sixth": true,
	"seventh": true, "eighth": true, "ninth": true, "tenth": true, "eleventh": true, "twelfth": true,
	"thirteenth": true, "fourteenth": true, "fifteenth": true, "sixteenth": true, "seventeenth": true,
	"eighteenth": true, "nineteenth": true, "twentieth": true, "next": true, "last": true, "latest": true,
}

func isOrdinal(w string) bool {
	if ordinalWords[w] {
		return true
	}
	i := 0
	for i < len(w) && '0' <= w[i] && w[i] <= '9' {
		i++
	}
	return i > 0 && (i == len(w) || slices.Contains([]string{"st", "nd", "rd", "th"}, w[i:]))
}

// MechanismName folds a mechanism's name for matching: case, punctuation,
// hyphens ("Counter-Terrorism" is "counterterrorism"), the country pair
// ("Pakistan-Afghanistan", "US-Pakistan", "Pak-Afghan"), ordinals ("3rd
// round", "Sixth") and words such as "joint" are dropped; the countries
// named are returned apart. generic reports a name that only tells the kind
// ("Joint Working Group"), which is one mechanism only together with its
// parties.
func MechanismName(name string, names Names) (key string, countries []string, generic bool) {
	f := Fold(name)
	// Cut at hyphens into parts; a hyphenated compound whose parts are not
	// countries is one word ("counter-terrorism", "inter-governmental").
	var ws []string
	for _, field := range strings.FieldsFunc(f, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '/' || r == '(' || r == ')' || r == ','
	}) {
		parts := strings.Split(field, "-")
		if len(parts) > 1 {
			var cs []string
			for _, p := range parts {
				if c := countryOf(names, p); c != "" {
					cs = append(cs, c)
				}
			}
			if len(cs) > 0 {
				countries = append(countries, cs...)
				for _, p := range parts {
					if countryOf(names, p) == "" {
						ws = append(ws, Words(p)...)
					}
				}
				continue
			}
			field = strings.Join(parts, "")
		}
		ws = append(ws, Words(field)...)
	}
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i+1 < len(ws) {
			if c := countryOf(names, ws[i]+" "+ws[i+1]); c != "" {
				countries = append(countries, c)
				i++
				continue
			}
		}
		if c := countryOf(names, w); c != "" {
			countries = append(countries, c)
			continue
		}
		if mechanismDrop[w] || isOrdinal(w) {
			continue
		}
		out = append(out, w)
	}
	generic = true
	for _, w := range out {
		if !genericMechanismWords[w] {
			generic = false
		}
	}
	slices.Sort(countries)
	countries = slices.Compact(countries)
	return strings.Join(out, " "), countries, generic
}

func countryOf(names Names, phrase string) string {
	if phrase == "" {
		return ""
	}
	if names == nil {
		return shortCountries[phrase]
	}
	return names.Country(phrase)
}

// Pair joins two country codes in sorted order: "PAK-USA". A missing code
// ("" or "---") leaves the other alone; two missing give "".
func Pair(a, b string) string {
	if a == "---" {
		a = ""
	}
	if b == "---" {
		b = ""
	}
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case b < a:
		a, b = b, a
	}
	return a + "-" + b
}

// Pairs lists every pair of distinct countries among parties.
func Pairs(parties []string) []string {
	var ps []string
	for i, a := range parties {
		for _, b := range parties[i+1:] {
			if a != b && a != "" && b != "" && a != "---" && b != "---" {
				ps = append(ps, Pair(a, b))
			}
		}
	}
	slices.Sort(ps)
	return slices.Compact(ps)
}

// followPairs lists the pairs among parties that follow-up can tell apart:
// not those with IGO, which stands for any international body.
func followPairs(parties []string) []string {
	var ps []string
	for _, p := range parties {
		if p != "IGO" {
			ps = append(ps, p)
		}
	}
	return Pairs(ps)
}

// Parties sorts country codes, dropping blanks, "---" and repeats.
func Parties(codes []string) []string {
	var out []string
	for _, c := range codes {
		if c != "" && c != "---" {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// placeKey folds a place name for comparison.
func placeKey(p string) string { return strings.Join(Words(p), " ") }

// placesAgree reports whether two places may be the same: either unknown,
// equal, or one within the other's words ("Islamabad" and "Islamabad,
// Pakistan").
func placesAgree(a, b string) bool {
	a, b = placeKey(a), placeKey(b)
	if a == "" || b == "" || a == b {
		return true
	}
	return strings.Contains(" "+a+" ", " "+b+" ") || strings.Contains(" "+b+" ", " "+a+" ")
}
