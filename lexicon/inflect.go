package lexicon

import "strings"

// inflect returns the inflected forms of a verb entry's first word, with the
// rest of the phrase kept: "agree to" gives "agrees to", "agreed to",
// "agreeing to". Irregular forms come from verb entries.
func inflect(e *Entry, irregular map[string]*Entry) []*Entry {
	head, rest, _ := strings.Cut(e.Phrase, " ")
	forms := map[string]string{
		"third":  third(head),
		"past":   past(head),
		"gerund": gerund(head),
	}
	participle := forms["past"]
	if irr := irregular[strings.ToLower(head)]; irr != nil {
		for _, k := range []string{"third", "past", "gerund"} {
			if v := irr.Attrs[k]; v != "" {
				forms[k] = v
			}
		}
		participle = forms["past"]
		if v := irr.Attrs["participle"]; v != "" {
			participle = v
		}
	}
	var out []*Entry
	add := func(form, word string) {
		for _, w := range strings.Split(word, ",") { // past=dreamt,dreamed
			w = strings.TrimSpace(w)
			if w == "" || strings.EqualFold(w, head) {
				continue
			}
			p := w
			if rest != "" {
				p += " " + rest
			}
			f := &Entry{Kind: e.Kind, Phrase: p, Code: e.Code, Class: e.Class, Attrs: e.Attrs,
				Origin: e.Origin, Base: e.Phrase, Form: form, bit: e.bit}
			if f.compile(p) == nil {
				out = append(out, f)
			}
		}
	}
	add("third", forms["third"])
	add("past", forms["past"])
	if participle != forms["past"] {
		add("participle", participle)
	}
	add("gerund", forms["gerund"])
	return out
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func third(v string) string {
	switch {
	case strings.HasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ies"
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	}
	return v + "s"
}

func past(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && len(v) > 1 && !isVowel(v[len(v)-2]):
		return v[:len(v)-1] + "ied"
	case doubles(v):
		return v + v[len(v)-1:] + "ed"
	}
	return v + "ed"
}

func gerund(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "ee"), strings.HasSuffix(v, "ye"), strings.HasSuffix(v, "oe"):
		return v + "ing"
	case strings.HasSuffix(v, "e") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	case doubles(v):
		return v + v[len(v)-1:] + "ing"
	}
	return v + "ing"
}

// doubles reports whether a one-syllable consonant-vowel-consonant verb
// doubles its last letter (stop, plan, ban), as well as a few stressed
// two-syllable ones the lexicon marks through irregular entries instead.
func doubles(v string) bool {
	n := len(v)
	if n < 3 || n > 4 {
		return false
	}
	c1, vw, c2 := v[n-3], v[n-2], v[n-1]
	if isVowel(c1) || !isVowel(vw) || isVowel(c2) || strings.IndexByte("wxy", c2) >= 0 {
		return false
	}
	// one vowel group only: "stop", "plan", not "visit" (too long anyway)
	for i := 0; i < n-2; i++ {
		if isVowel(v[i]) {
			return false
		}
	}
	return true
}
