package text

import "github.com/accord-events/accord"

// Kind classifies a token.
type Kind uint8

const (
	Word   Kind = iota + 1 // letters, possibly with digits, inner apostrophes or dots (U.S.)
	Number                 // digits, possibly with inner , . or / (1,000 2.5 12/3), or 20th
	Punct                  // one punctuation mark: . , ; : ! ? ( ) [ ] - / & and so on
	Quote                  // an opening or closing quotation mark, straight or curly
	Symbol                 // anything else, one rune (or one invalid byte)
)

// Flags describe a token's shape and layout.
type Flags uint16

const (
	Cap         Flags = 1 << iota // first letter is upper case
	AllCaps                       // every letter is upper case (a lone capital counts)
	SpaceBefore                   // white space precedes the token
	LineBefore                    // a line break precedes the token
	ParaBefore                    // a blank line (paragraph break) precedes the token
	HasDigit                      // contains a digit
	Possessive                    // the token is the possessive 's (or ’s, or a lone ' after s)
	Mixed                         // a capital after the first letter, not after - or ' (LeT, McDonald)
)

// A Token is one word, number or mark of the text.
type Token struct {
	Start, End int
	// Norm is the token folded for matching: lower case, soft hyphens and
	// zero-width characters removed, ’ ‘ → ', “ ” → ", – — → -.
	Norm  string
	Kind  Kind
	Flags Flags
}

// Span returns the token's byte range.
func (t Token) Span() accord.Span { return accord.Span{Start: t.Start, End: t.End} }

// Is reports whether all of f are set.
func (t Token) Is(f Flags) bool { return t.Flags&f == f }

// IsWord reports whether the token is a word whose normal form is w.
func (t Token) IsWord(w string) bool { return t.Kind == Word && t.Norm == w }

// A Sentence is a run of tokens [First, Last) covering bytes [Start, End).
type Sentence struct {
	Start, End  int
	First, Last int
	// Para is the index of the paragraph the sentence is in, counting from 0.
	Para int
}

// Span returns the sentence's byte range.
func (s Sentence) Span() accord.Span { return accord.Span{Start: s.Start, End: s.End} }

// Len is the number of tokens in the sentence.
func (s Sentence) Len() int { return s.Last - s.First }

// An Analysis is a text cut into tokens and sentences.
type Analysis struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
}

// SentenceOf returns the index of the sentence holding token i, or -1.
func (a *Analysis) SentenceOf(i int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		switch s := a.Sentences[m]; {
		case i < s.First:
			hi = m
		case i >= s.Last:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}

// Raw returns the text of token i as it stands in the document.
func (a *Analysis) Raw(i int) string { return a.Text[a.Tokens[i].Start:a.Tokens[i].End] }

// SpanText returns the text from the start of token i to the end of token j-1.
func (a *Analysis) SpanText(i, j int) string {
	if i >= j {
		return ""
	}
	return a.Text[a.Tokens[i].Start:a.Tokens[j-1].End]
}
