package text

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Analyze tokenizes text and splits it into sentences.
func Analyze(text string) *Analysis {
	return AnalyzeInto(text, nil, nil)
}

// AnalyzeInto is Analyze appending to the given slices, which a caller
// coding many texts may reuse once it is done with an Analysis.
func AnalyzeInto(text string, toks []Token, sents []Sentence) *Analysis {
	if toks == nil {
		toks = make([]Token, 0, len(text)/5+1)
	}
	a := &Analysis{Text: text, Tokens: Tokenize(text, toks[:0])}
	a.Sentences = Split(text, a.Tokens, sents[:0])
	return a
}

// ignorable runes vanish from tokens: soft hyphen, zero-width spaces and joiners, BOM.
func ignorable(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return false
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '′'
}

func isDoubleQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‟', '″':
		return true
	}
	return false
}

func isHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

func isDash(r rune) bool {
	return r == '–' || r == '—' || r == '\u2012' || r == '\u2015' || r == '−'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// decode reads the rune at i; an invalid byte reads as utf8.RuneError of size 1.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// Tokenize appends the tokens of text to dst and returns it.
func Tokenize(text string, dst []Token) []Token {
	if dst == nil {
		dst = make([]Token, 0, len(text)/5+1)
	} else if need := len(dst) + len(text)/5 + 1; cap(dst) < need {
		dst = append(make([]Token, 0, need), dst...)
	}
	// normalised forms that differ from the raw text are written into one
	// arena, so a token costs no allocation of its own
	ar := arena{buf: make([]byte, 0, len(text)/4+16)}
	var flags Flags
	i := 0
	for i < len(text) {
		r, size := decode(text, i)
		if r < utf8.RuneSelf && asciiClass[r] == asciiLower {
			// fast path: a plain lower-case ASCII word
			start := i
			for i < len(text) && text[i] < utf8.RuneSelf && asciiClass[text[i]]&asciiWord != 0 {
				i++
			}
			if i == len(text) || text[i] < utf8.RuneSelf && asciiClass[text[i]]&(asciiWord|asciiSpecial) == 0 {
				t := Token{Start: start, End: i, Norm: text[start:i], Kind: Word, Flags: flags}
				if asciiHasDigit(t.Norm) {
					t.Flags |= HasDigit
				}
				dst = append(dst, t)
				flags = 0
				continue
			}
			i = start
		}
		switch {
		case r == '\n':
			if flags&LineBefore != 0 {
				flags |= ParaBefore
			}
			flags |= LineBefore | SpaceBefore
			i += size
			continue
		case unicode.IsSpace(r) || ignorable(r):
			if !ignorable(r) {
				flags |= SpaceBefore
			}
			i += size
			continue
		}
		start := i
		var kind Kind
		switch {
		case unicode.IsDigit(r):
			kind, i = Number, scanNumber(text, i)
		case unicode.IsLetter(r):
			kind, i = Word, scanWord(text, i)
		case isApostrophe(r) && possessiveAt(text, i, dst, flags):
			kind, i = Word, scanPossessive(text, i)
			flags |= Possessive
		case isDoubleQuote(r) || isApostrophe(r) || r == '`':
			kind, i = Quote, i+size
			if r == '`' || r == '\'' { // `` and '' as one quote
				if i < len(text) && text[i] == byte(r) {
					i++
				}
			}
		case unicode.IsPunct(r) || isDash(r):
			kind, i = Punct, i+size
		default:
			kind, i = Symbol, i+size
		}
		dst = append(dst, makeToken(&ar, text, start, i, kind, flags))
		flags = 0
	}
	return dst
}

// scanWord reads letters, digits, marks, soft hyphens, inner apostrophes that
// are not possessives, and dotted abbreviations like U.S. or e.g.
func scanWord(s string, i int) int {
	if end, ok := scanDotted(s, i); ok {
		return end
	}
	for i < len(s) {
		r, size := decode(s, i)
		switch {
		case isWordRune(r) || ignorable(r):
			i += size
		case isApostrophe(r):
			// inner apostrophe: don't, O'Brien, Qur'an; but not the possessive 's
			n, nsize := next(s, i+size)
			if !unicode.IsLetter(n) {
				return i
			}
			if (n == 's' || n == 'S') && !wordContinues(s, i+size+nsize) {
				return i
			}
			i += size
		default:
			return i
		}
	}
	return i
}

// scanDotted recognises single letters each followed by a dot: U.S., U.N., e.g.
func scanDotted(s string, i int) (int, bool) {
	j, letters := i, 0
	for j+1 < len(s) {
		r, size := decode(s, j)
		if !unicode.IsLetter(r) || j+size >= len(s) || s[j+size] != '.' {
			break
		}
		n, _ := next(s, j+size+1)
		if letters == 0 && !unicode.IsLetter(n) {
			return i, false // "A." alone is an initial, not an abbreviation
		}
		j += size + 1
		letters++
		if !unicode.IsLetter(n) {
			break
		}
		if r2, size2 := decode(s, j); unicode.IsLetter(r2) && j+size2 < len(s) && s[j+size2] != '.' {
			return i, false // U.Sxyz: not a dotted abbreviation
		}
	}
	return j, letters >= 2
}

func next(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	return decode(s, i)
}

func wordContinues(s string, i int) bool {
	r, _ := next(s, i)
	return isWordRune(r)
}

// possessiveAt reports whether the apostrophe at i starts a possessive 's
// (Pakistan’s) or is a bare plural possessive (officers’) right after a word.
func possessiveAt(s string, i int, toks []Token, flags Flags) bool {
	if flags&SpaceBefore != 0 || len(toks) == 0 || toks[len(toks)-1].Kind != Word {
		return false
	}
	_, size := decode(s, i)
	n, nsize := next(s, i+size)
	if n == 's' || n == 'S' {
		return !wordContinues(s, i+size+nsize)
	}
	prev := s[toks[len(toks)-1].End-1]
	return (prev == 's' || prev == 'S') && !unicode.IsLetter(n)
}

func scanPossessive(s string, i int) int {
	_, size := decode(s, i)
	if n, nsize := next(s, i+size); n == 's' || n == 'S' {
		return i + size + nsize
	}
	return i + size
}

// scanNumber reads digits with inner , . : / between digits, and a trailing
// ordinal or unit suffix of letters (20th, 3rd, 10km).
func scanNumber(s string, i int) int {
	for i < len(s) {
		r, size := decode(s, i)
		switch {
		case unicode.IsDigit(r):
			i += size
		case (r == ',' || r == '.' || r == ':' || r == '/') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			i += size
		case unicode.IsLetter(r):
			for i < len(s) {
				r, size = decode(s, i)
				if !isWordRune(r) {
					break
				}
				i += size
			}
			return i
		default:
			return i
		}
	}
	return i
}

func makeToken(ar *arena, text string, start, end int, kind Kind, flags Flags) Token {
	raw := text[start:end]
	t := Token{Start: start, End: end, Kind: kind, Flags: flags}
	switch kind {
	case Quote:
		if r, _ := decode(raw, 0); isDoubleQuote(r) || len(raw) == 2 {
			t.Norm = `"`
		} else {
			t.Norm = "'"
		}
		return t
	case Symbol:
		t.Norm = raw
		return t
	case Punct:
		r, _ := decode(raw, 0)
		if isDash(r) || isHyphen(r) {
			t.Norm = "-"
			return t
		}
	}
	t.Norm, t.Flags = normalize(ar, raw, t.Flags)
	return t
}

// normalize folds raw for matching and sets the case flags. ASCII words that
// are already lower case are returned as they are, without allocating.
func normalize(ar *arena, raw string, flags Flags) (string, Flags) {
	simple, upper, lower, firstUpper, first := true, 0, 0, false, true
	for _, r := range raw {
		if r >= utf8.RuneSelf || ('A' <= r && r <= 'Z') {
			simple = false
		}
		if unicode.IsLetter(r) {
			if unicode.IsUpper(r) {
				upper++
				if first {
					firstUpper = true
				}
			} else {
				lower++
			}
			first = false
		}
	}
	if firstUpper {
		flags |= Cap
	}
	if upper > 0 && lower == 0 {
		flags |= AllCaps
	}
	prev := rune(0)
	for i, r := range raw {
		if unicode.IsDigit(r) {
			flags |= HasDigit
		}
		if i > 0 && unicode.IsUpper(r) && !unicode.IsUpper(prev) && prev != '-' && !isApostrophe(prev) && unicode.IsLetter(prev) {
			flags |= Mixed
		}
		prev = r
	}
	if simple {
		return raw, flags
	}
	start := ar.reserve(len(raw) + 4)
	for _, r := range raw {
		switch {
		case ignorable(r):
		case isApostrophe(r):
			ar.buf = append(ar.buf, '\'')
		case isDoubleQuote(r):
			ar.buf = append(ar.buf, '"')
		case isDash(r) || isHyphen(r):
			ar.buf = append(ar.buf, '-')
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			ar.buf = append(ar.buf, byte(r))
		default:
			ar.buf = utf8.AppendRune(ar.buf, unicode.ToLower(r))
		}
	}
	return ar.string(start), flags
}

// An arena holds normalised token forms back to back. Strings handed out
// point into its buffer; when the buffer is full a new one is started, and
// the old one lives on for as long as its strings do. Bytes are never
// changed once handed out.
type arena struct{ buf []byte }

// reserve makes room for n more bytes and returns where they will start.
func (a *arena) reserve(n int) int {
	if cap(a.buf)-len(a.buf) < n {
		a.buf = make([]byte, 0, max(4096, 2*n))
	}
	return len(a.buf)
}

func (a *arena) string(start int) string {
	if len(a.buf) == start {
		return ""
	}
	return unsafe.String(&a.buf[start], len(a.buf)-start)
}

const (
	asciiLower   = 1 << iota // a-z
	asciiUpper               // A-Z
	asciiDigit               // 0-9
	asciiSpecial             // ' . which may continue a word
	asciiWord    = asciiLower | asciiUpper | asciiDigit
)

var asciiClass = func() (c [128]uint8) {
	for r := 'a'; r <= 'z'; r++ {
		c[r] = asciiLower
	}
	for r := 'A'; r <= 'Z'; r++ {
		c[r] = asciiUpper
	}
	for r := '0'; r <= '9'; r++ {
		c[r] = asciiDigit
	}
	c['\''], c['.'] = asciiSpecial, asciiSpecial
	return c
}()

func asciiHasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}
