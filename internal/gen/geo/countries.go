package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

// A wcCountry is the part of a world-countries record the generator reads.
type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	AltSpellings []string `json:"altSpellings"`
	CCA2         string   `json:"cca2"`
	CCA3         string   `json:"cca3"`
	Independent  *bool    `json:"independent"`
	Capital      []string `json:"capital"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// parseCountries reads world-countries' countries.json.
func parseCountries(data []byte) ([]wcCountry, error) {
	var cs []wcCountry
	if err := json.Unmarshal(data, &cs); err != nil {
		return nil, fmt.Errorf("parsing countries: %w", err)
	}
	if len(cs) == 0 {
		return nil, fmt.Errorf("parsing countries: no records")
	}
	return cs, nil
}

// A gazetteer of states: what the country file holds, and what the city
// file must not repeat.
type gazetteer struct {
	// code maps ISO 3166-1 alpha-2 codes to accord's codes, dependencies
	// folded into their state ("" for none).
	code map[string]string
	// name maps accord's codes of states to their common names.
	name map[string]string
	// taken holds the lower-cased phrases of the country file, which the
	// city file leaves out.
	taken map[string]string

	states, dependencies, extra section
	counts                      map[string]int
}

// codeOf returns the code accord uses for a world-countries record, and
// whether the record is a state of its own.
func codeOf(c wcCountry) (code string, state bool, err error) {
	if code, ok := states[c.CCA3]; ok {
		return code, true, nil
	}
	if c.Independent != nil && *c.Independent {
		return c.CCA3, true, nil
	}
	code, ok := sovereign[c.CCA3]
	if !ok {
		return "", false, fmt.Errorf("%s (%s) is not independent and has no entry in the sovereign table", c.CCA3, c.Name.Common)
	}
	return code, false, nil
}

// buildCountries turns world-countries records into country, demonym and
// capital entries.
func buildCountries(cs []wcCountry) (*gazetteer, error) {
	g := &gazetteer{
		code:   map[string]string{},
		name:   map[string]string{},
		taken:  map[string]string{},
		counts: map[string]int{},
	}

	// demonyms are settled before any is written: several records share one
	demonymCode := map[string]string{}
	var demonymOrder []string
	addDemonym := func(d, code string, state bool) {
		if dropDemonyms[d] || !validPhrase(d) {
			return
		}
		if owner, ok := demonymOwner[d]; ok {
			code = owner
		}
		old, seen := demonymCode[d]
		switch {
		case !seen:
			demonymCode[d] = code
			demonymOrder = append(demonymOrder, d)
		case old != code && state:
			// a state's demonym wins over a dependency's ("Indian" is
			// India's, not the British Indian Ocean Territory's)
			if _, owned := demonymOwner[d]; !owned {
				demonymCode[d] = code
			}
		}
	}
	type rec struct {
		c     wcCountry
		code  string
		state bool
	}
	var recs []rec
	for _, c := range cs {
		code, state, err := codeOf(c)
		if err != nil {
			return nil, err
		}
		if c.CCA2 != "" {
			g.code[c.CCA2] = code
		}
		if state {
			g.name[code] = c.Name.Common
		}
		recs = append(recs, rec{c, code, state})
	}
	// in the order of accord's codes (Kosovo is UNK in the data, KSV here)
	sort.SliceStable(recs, func(i, j int) bool {
		return recs[i].code+recs[i].c.CCA3 < recs[j].code+recs[j].c.CCA3
	})
	for _, r := range recs {
		c, code, state := r.c, r.code, r.state
		if code == "" {
			continue
		}
		if eng, ok := c.Demonyms["eng"]; ok {
			for _, d := range splitDemonym(eng.M) {
				addDemonym(d, code, state)
			}
			for _, d := range splitDemonym(eng.F) {
				addDemonym(d, code, state)
			}
		}
	}
	for _, code := range sortedKeys(extraDemonyms) {
		for _, sp := range extraDemonyms[code] {
			if _, seen := demonymCode[sp[0]]; !seen {
				demonymOrder = append(demonymOrder, sp[0])
			}
			demonymCode[sp[0]] = code
		}
	}
	demonymsOf := map[string][]string{}
	for _, d := range demonymOrder {
		code := demonymCode[d]
		demonymsOf[code] = append(demonymsOf[code], withFolds(demonymForms(d, code))...)
	}

	claim := func(kind, code string, phrases []string) ([]string, error) {
		var out []string
		for _, p := range phrases {
			k := strings.ToLower(p)
			if old, ok := g.taken[k]; ok {
				if !strings.HasSuffix(old, " "+code) {
					return nil, fmt.Errorf("phrase %q is both %s and %s %s", p, old, kind, code)
				}
				continue // the same state's: the first use stands
			}
			g.taken[k] = kind + " " + code
			out = append(out, p)
		}
		return out, nil
	}

	g.states.Title = "States: names, demonyms and capitals (world-countries, with the additions of internal/gen/geo/tables.go)"
	g.dependencies.Title = "Dependencies, coded to the state responsible for them, as the gold guidelines do"
	for _, r := range recs {
		if !r.state {
			continue
		}
		names, err := claim("country", r.code, stateNames(r.c, r.code))
		if err != nil {
			return nil, err
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("%s has no usable name", r.c.CCA3)
		}
		g.states.Entries = append(g.states.Entries, entry{Kind: "country", Phrases: names, Code: r.code})
		g.counts["country"]++
		g.counts["country phrases"] += len(names)
		if ds, err := claim("demonym", r.code, demonymsOf[r.code]); err != nil {
			return nil, err
		} else if len(ds) > 0 {
			g.states.Entries = append(g.states.Entries, entry{Kind: "demonym", Phrases: ds, Code: r.code})
			g.counts["demonym"]++
			g.counts["demonym phrases"] += len(ds)
		}
		// a capital named like its state (Singapore, Djibouti) is the state
		var keep []string
		for _, c := range capitals(r.c, r.code) {
			if t, ok := g.taken[strings.ToLower(c)]; !ok || t == "capital "+r.code {
				keep = append(keep, c)
			}
		}
		if caps, err := claim("capital", r.code, keep); err != nil {
			return nil, err
		} else if len(caps) > 0 {
			g.states.Entries = append(g.states.Entries, entry{Kind: "place", Phrases: caps, Code: r.code, Attrs: "type=capital"})
			g.counts["capital"]++
			g.counts["capital phrases"] += len(caps)
		}
	}
	for _, r := range recs {
		if r.state || r.code == "" {
			continue
		}
		var names []string
		for _, n := range stateNames(r.c, "") {
			if _, ok := g.taken[strings.ToLower(n)]; !ok {
				names = append(names, n)
			}
		}
		names, err := claim("dependency", r.code, names)
		if err != nil {
			return nil, err
		}
		if len(names) > 0 {
			g.dependencies.Entries = append(g.dependencies.Entries, entry{Kind: "place", Phrases: names, Code: r.code, Attrs: "type=region", Comment: r.c.Name.Common})
			g.counts["dependency"]++
		}
	}
	g.extra.Title = "Places whose names contain a state's name or demonym, so that the longest match takes them (--- is no state)"
	for _, p := range extraPlaces {
		names, err := claim("place", p.Code, p.Names)
		if err != nil {
			return nil, err
		}
		if len(names) > 0 {
			g.extra.Entries = append(g.extra.Entries, entry{Kind: "place", Phrases: names, Code: p.Code, Attrs: "type=" + p.Type})
			g.counts["extra place"]++
		}
	}
	return g, nil
}

// demonymForms returns a demonym and its plural: the one extraDemonyms
// gives for it, or else the one plural makes.
func demonymForms(d, code string) []string {
	p := plural(d)
	for _, sp := range extraDemonyms[code] {
		if sp[0] == d {
			p = sp[1]
		}
	}
	if p == "" {
		return []string{d}
	}
	return []string{d, p}
}

// stateNames lists the usable names of a record: common and official names,
// the forms extraNames gives for code (empty for a dependency), and those
// alternative spellings that are English; each with its ASCII fold where it
// has diacritics.
func stateNames(c wcCountry, code string) []string {
	nameWords := map[string]bool{}
	for _, n := range []string{c.Name.Common, c.Name.Official} {
		for _, w := range words(n) {
			nameWords[w] = true
			if f, ok := fold(w); ok {
				nameWords[f] = true
			}
		}
	}
	var names []string
	add := func(n string) {
		n = strings.TrimSpace(n)
		n = strings.TrimPrefix(strings.TrimPrefix(n, "The "), "the ")
		if n == "" || dropNames[n] || !validPhrase(n) {
			return
		}
		names = append(names, n)
	}
	add(c.Name.Common)
	if !strings.Contains(c.Name.Official, ",") {
		add(c.Name.Official)
	}
	for _, n := range extraNames[code] {
		if strings.HasPrefix(n, "the ") && validPhrase(n) {
			names = append(names, n) // the article kept on purpose: "the Emirates"
			continue
		}
		add(n)
	}
	for _, a := range c.AltSpellings {
		if englishAlt(a, nameWords) {
			add(a)
		}
	}
	return withFolds(dedupe(names))
}

// englishAlt reports whether an alternative spelling is an English name:
// plain ASCII, not a code or acronym, no inverted form ("Korea, Republic
// of"), and made only of the words of the state's own names and of
// stateWords.
func englishAlt(a string, nameWords map[string]bool) bool {
	if !isASCII(a) || strings.ContainsAny(a, ",()") || strings.ToUpper(a) == a {
		return false
	}
	for _, w := range words(a) {
		if !nameWords[w] && !stateWords[w] {
			return false
		}
	}
	return true
}

// words splits a name at spaces and hyphens.
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
}

// capitals lists a state's capitals, with their folds and the extra names.
func capitals(c wcCountry, code string) []string {
	var out []string
	for _, n := range append(append([]string{}, c.Capital...), extraCapitals[code]...) {
		if dropCapitals[n] || !validPhrase(n) {
			continue
		}
		out = append(out, n)
		if f, ok := fold(n); ok && f != n && !dropCapitals[f] {
			out = append(out, f)
		}
	}
	return dedupe(out)
}

// splitDemonym splits "Antiguan, Barbudan" and "Kittitian or Nevisian".
func splitDemonym(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		for _, d := range strings.Split(part, " or ") {
			if d = strings.TrimSpace(d); d != "" {
				out = append(out, d)
			}
		}
	}
	return out
}

// withFolds follows each phrase with its ASCII fold when that differs and
// is not a word on the drop lists ("Réunion" folds to "Reunion", a word).
func withFolds(ps []string) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p)
		if f, ok := fold(p); ok && f != p && !dropNames[f] && !dropCapitals[f] && validPhrase(f) {
			out = append(out, f)
		}
	}
	return dedupe(out)
}

func dedupe(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
