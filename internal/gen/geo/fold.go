package main

import (
	"strings"
	"unicode"
)

// latin maps lower-case Latin letters with diacritics to their plain ASCII
// letters. The standard library has no Unicode normalisation, so the table
// covers the letters that GeoNames and world-countries use in Latin-script
// names; a name with any other non-ASCII letter does not fold.
var latin = func() map[rune]string {
	m := map[rune]string{
		'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d", 'ø': "o", 'ł': "l",
		'đ': "d", 'ħ': "h", 'ı': "i", 'ŀ': "l", 'ŉ': "n", 'ŧ': "t",
	}
	groups := map[string]string{
		"a": "àáâãäåāăąǎạảấầẩẫậắằẳẵặ",
		"c": "çćĉċč",
		"d": "ďḍḏ",
		"e": "èéêëēĕėęěẹẻẽếềểễệ",
		"g": "ĝğġģǧ",
		"h": "ĥḥḩḫẖ",
		"i": "ìíîïĩīĭįǐỉị",
		"j": "ĵ",
		"k": "ķḵ",
		"l": "ĺļľḷ",
		"m": "ṃ",
		"n": "ñńņňṇṉ",
		"o": "òóôõöōŏőǒơọỏốồổỗộớờởỡợ",
		"r": "ŕŗřṛṟ",
		"s": "śŝşšșṣ",
		"t": "ţťțṭṯ",
		"u": "ùúûüũūŭůűųǔưụủứừửữự",
		"w": "ŵ",
		"y": "ýÿŷỳỵỷỹ",
		"z": "źżžẓẕ",
	}
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// isApostrophe reports the marks that transliterations use for apostrophes,
// ayn and hamza.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '’', '‘', 'ʻ', 'ʼ', 'ʿ', 'ʾ', '`', '´':
		return true
	}
	return false
}

// fold returns s in plain ASCII: diacritics removed, apostrophe-like marks
// written ', apostrophes at the edges of words dropped ("Ryazan’" ->
// "Ryazan", "‘Amarah" -> "Amarah"). ok is false when s has a letter that is
// not Latin.
func fold(s string) (string, bool) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80 && r != '\'' && r != '`':
			b.WriteRune(r)
		case isApostrophe(r):
			b.WriteByte('\'')
		case unicode.Is(unicode.Mn, r):
			// a combining mark: dropped
		case r == '\u00a0':
			b.WriteByte(' ')
		default:
			lower := unicode.ToLower(r)
			base, found := latin[lower]
			if !found && lower < 0x80 {
				base, found = string(lower), true // İ lowers to i
			}
			if !found {
				return "", false
			}
			if unicode.IsUpper(r) {
				base = strings.ToUpper(base[:1]) + base[1:]
			}
			b.WriteString(base)
		}
	}
	words := strings.Fields(b.String())
	for i, w := range words {
		words[i] = strings.Trim(w, "'")
	}
	return strings.Join(nonEmpty(words), " "), true
}

func nonEmpty(ss []string) []string {
	out := ss[:0]
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// isASCII reports whether s is plain ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// plural returns the plural of a demonym, or "" when it has none of its own:
// adjectives in -ese, -ish, -ic, -ch, -ss, -sh, -x, -z and -s ("Chinese",
// "British", "Greenlandic", "French", "Swiss") serve as nouns unchanged; every other
// demonym takes -s ("Pakistani" -> "Pakistanis", "Afghan" -> "Afghans"),
// unless irregularPlurals says otherwise.
func plural(d string) string {
	if p, ok := irregularPlurals[d]; ok {
		return p
	}
	last := d
	if i := strings.LastIndexAny(d, " -"); i >= 0 {
		last = d[i+1:]
	}
	if p, ok := irregularPlurals[last]; ok {
		if p == "" {
			return ""
		}
		return d[:len(d)-len(last)] + p
	}
	for _, suffix := range []string{"ese", "ish", "ic", "ch", "ss", "sh", "x", "z", "s"} {
		if strings.HasSuffix(d, suffix) {
			return ""
		}
	}
	return d + "s"
}

// validPhrase reports whether p can be written as a lexicon phrase: the
// separators of the format may not appear in it, and it must have a letter.
func validPhrase(p string) bool {
	return p != "" && !strings.ContainsAny(p, "|;#()\t") && letters(p) > 0
}
