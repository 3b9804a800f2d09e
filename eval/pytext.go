package eval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the string functions of score.py, written to give the same
// results as Python's str.lower, str.upper, str.split and the regular
// expression classes \w and \s, which all follow Unicode.

// honorific reports whether a lower-cased word is in score.py's HONORIFICS.
func honorific(w string) bool {
	switch w {
	case "mr", "mrs", "ms", "miss", "dr", "amb", "ambassador", "gen", "general", "sir",
		"prof", "president", "minister", "lt", "col", "maj", "capt", "sen", "rep":
		return true
	}
	return false
}

// normName is score.py's norm_name: lower-case, punctuation to spaces, then
// leading honorifics and one leading "the" dropped.
func normName(s string) string {
	words := pyWords(pyLower(s))
	for len(words) > 0 && honorific(words[0]) {
		words = words[1:]
	}
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// normMech is score.py's norm_mech: lower-case, punctuation to spaces.
func normMech(s string) string {
	return strings.Join(pyWords(pyLower(s)), " ")
}

// letters is score.py's letters: the ASCII letters a-z of the lower-cased s.
func letters(s string) string {
	s = pyLower(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// pyWords is re.sub(r"[^\w\s]", " ", s).split(): every character that is
// neither a word character nor white space becomes a space, so the words are
// the maximal runs of word characters.
func pyWords(s string) []string {
	var words []string
	start := -1
	for i, r := range s {
		if isWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			words = append(words, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, s[start:])
	}
	return words
}

// isWord reports whether Python's re matches r with \w: a character for
// which str.isalnum holds, or the underscore.
func isWord(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isSpace reports whether Python's str.isspace holds for r (and so whether
// \s matches it): Go's unicode.IsSpace plus the separators U+001C..U+001F,
// which Python counts as white space.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || 0x1c <= r && r <= 0x1f
}

// pyStrip is Python's str.strip() with no argument.
func pyStrip(s string) string {
	return strings.TrimFunc(s, isSpace)
}

// pyLower is Python's str.lower: Unicode lower-casing with the one
// unconditional multi-character mapping (U+0130 to "i" and a combining dot
// above) and the final-sigma rule for U+03A3.
func pyLower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s))
	for i, r := range rs {
		switch r {
		case 0x130:
			b.WriteString("i\u0307")
		case 0x3a3:
			if finalSigma(rs, i) {
				b.WriteRune(0x3c2)
			} else {
				b.WriteRune(0x3c3)
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma reports whether the capital sigma at rs[i] ends a word, as
// Python decides it: a cased letter before it and none after it, skipping
// case-ignorable characters both ways.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !cased(rs[j])
}

// cased is the Unicode property Cased.
func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.Is(unicode.Other_Lowercase, r) || unicode.Is(unicode.Other_Uppercase, r)
}

// caseIgnorable is the Unicode property Case_Ignorable: marks, format
// characters, modifier letters and symbols, and the word-break classes
// MidLetter, MidNumLet and Single_Quote.
func caseIgnorable(r rune) bool {
	switch r {
	case 0x27, 0x2e, 0x3a, 0xb7, 0x387, 0x55f, 0x5f4, 0x2018, 0x2019, 0x2024, 0x2027,
		0xfe13, 0xfe52, 0xfe55, 0xff07, 0xff0e, 0xff1a:
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// pyUpper is Python's str.upper, with the multi-character mappings ("ß" to
// "SS").
func pyUpper(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if u := upperSpecial(r); u != "" {
			b.WriteString(u)
			continue
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// pyPrefix is s[:n] for Python strings: the first n code points of s.
func pyPrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
