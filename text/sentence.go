package text

// MaxSentenceTokens bounds a sentence's length: longer runs (a paragraph with
// no stops) are cut, so that no later stage sees unbounded sentences.
const MaxSentenceTokens = 200

// abbreviations never end a sentence when followed by a stop and then a
// capitalised word: titles before names, months before days, "No." before
// numbers.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "amb": true,
	"gen": true, "lt": true, "col": true, "maj": true, "capt": true, "brig": true,
	"sgt": true, "cdr": true, "cmdr": true, "adm": true, "sen": true, "rep": true,
	"gov": true, "st": true, "jr": true, "sr": true, "no": true, "nos": true,
	"vs": true, "v": true, "hon": true, "rev": true, "mt": true, "ft": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "co": true, "corp": true, "ltd": true, "dept": true, "govt": true,
	"approx": true, "est": true, "fig": true, "art": true, "para": true, "sec": true,
}

// sentenceStarters are capitalised words that, after an abbreviation like
// U.S., show that a new sentence has begun.
var sentenceStarters = map[string]bool{
	"the": true, "he": true, "she": true, "it": true, "they": true, "we": true,
	"i": true, "in": true, "on": true, "a": true, "an": true, "this": true,
	"that": true, "but": true, "however": true, "meanwhile": true, "earlier": true,
	"later": true, "both": true, "his": true, "her": true, "their": true,
	"there": true, "its": true, "these": true, "those": true, "according": true,
}

// Split cuts tokens into sentences and appends them to dst.
func Split(text string, toks []Token, dst []Sentence) []Sentence {
	first, para := 0, 0
	emit := func(last int) {
		for first < last {
			end := min(last, first+MaxSentenceTokens)
			dst = append(dst, Sentence{
				Start: toks[first].Start, End: toks[end-1].End,
				First: first, Last: end, Para: para,
			})
			first = end
		}
	}
	for i := 0; i < len(toks); i++ {
		if i > 0 && toks[i].Flags&LineBefore != 0 {
			if i == first || breaksAtLine(toks, i) {
				emit(i)
				para++
			}
		}
		t := &toks[i]
		if !isTerminal(t) && !(t.Kind == Word && endsWithDot(text, t) && dottedEndsSentence(toks, i)) {
			continue
		}
		end := i + 1
		for end < len(toks) && closes(&toks[end]) {
			end++
		}
		if end == len(toks) {
			break
		}
		if isTerminal(t) && !stopEndsSentence(toks, i, end) {
			continue
		}
		emit(end)
		i = end - 1
	}
	emit(len(toks))
	return dst
}

func isTerminal(t *Token) bool {
	return t.Kind == Punct && (t.Norm == "." || t.Norm == "!" || t.Norm == "?" || t.Norm == "…")
}

func endsWithDot(text string, t *Token) bool { return text[t.End-1] == '.' }

// closes reports whether t closes what the stop ended: a closing quote or
// bracket right after it, or more stops (...).
func closes(t *Token) bool {
	if t.Flags&SpaceBefore != 0 {
		return false
	}
	return t.Kind == Quote || t.Norm == ")" || t.Norm == "]" || isTerminal(t)
}

// stopEndsSentence decides whether the stop at i, closed by tokens up to end,
// ends a sentence.
func stopEndsSentence(toks []Token, i, end int) bool {
	n := toks[end]
	if n.Flags&LineBefore != 0 {
		return true
	}
	if n.Flags&SpaceBefore == 0 && n.Kind != Quote {
		return false // 3.5, .com, a stop glued to the next word
	}
	if toks[i].Norm != "." {
		return startsSentence(n)
	}
	if i > 0 && end == i+1 {
		p := toks[i-1]
		if p.Kind == Word && p.Flags&SpaceBefore != 0 || i == 1 || p.Kind == Word {
			if abbreviations[p.Norm] {
				return false
			}
			// an initial: "Charlotte L. Warakaulle", "J. Smith"
			if len(p.Norm) == 1 && p.Is(Cap) {
				return false
			}
		}
	}
	return startsSentence(n)
}

// dottedEndsSentence decides whether a dotted abbreviation (U.S.) ends a
// sentence: only when a typical sentence opener follows.
func dottedEndsSentence(toks []Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	if n.Flags&LineBefore != 0 {
		return true
	}
	return n.Is(Cap) && sentenceStarters[n.Norm]
}

func startsSentence(t Token) bool {
	switch t.Kind {
	case Word:
		return t.Flags&Cap != 0 || t.Flags&Possessive != 0
	case Number, Quote:
		return true
	case Punct:
		return t.Norm == "(" || t.Norm == "[" || t.Norm == "-"
	}
	return true
}

// breaksAtLine decides whether the line break before token i ends a sentence.
// A line that goes on in lower case is a wrapped line.
func breaksAtLine(toks []Token, i int) bool {
	if toks[i].Flags&ParaBefore != 0 {
		return true
	}
	n := toks[i]
	return n.Kind != Word || n.Flags&Cap != 0 || n.Flags&Possessive != 0
}
