package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

// A drop records a city left out, and why, for the review report.
type drop struct {
	Name, Code string
	Population uint64
	Reason     string
}

// A candidate is a city that passed the filters, under one of its phrases.
type candidate struct {
	city  int // index into the selection's cities, or -1 - i for extraCities[i]
	code  string
	pop   uint64
	prime bool // a preferred or hand-added city: wins every clash
}

// cityFilter holds what selectCities compares names against.
type cityFilter struct {
	g *gazetteer
	// regions holds the lower-cased phrases of the hand-written regions
	// file: a name there is a region of its own and not repeated as a city.
	regions map[string]string
	stop    map[string]string // name -> reason
}

func newCityFilter(g *gazetteer, regions map[string]string) *cityFilter {
	f := &cityFilter{g: g, regions: regions, stop: map[string]string{}}
	for _, n := range stopWords {
		f.stop[n] = "an English or Urdu word"
	}
	for _, n := range stopPersons {
		f.stop[n] = "a given name or surname"
	}
	for _, n := range stopPlaces {
		f.stop[n] = "mostly another place or thing in the news"
	}
	return f
}

var numberWords = map[string]bool{
	"One": true, "Two": true, "Three": true, "Four": true, "Five": true, "Six": true,
	"Seven": true, "Eight": true, "Nine": true, "Ten": true, "Eleven": true,
	"Twelve": true, "Twenty": true, "Thirty": true, "Forty": true, "Fifty": true,
	"Hundred": true, "Thousand": true,
}

// threshold reports whether a city is large enough, or a seat that counts
// whatever its size.
func threshold(code, feature string, pop uint64) bool {
	switch {
	case pop >= worldMinPop:
		return true
	case nearCountries[code] && pop >= nearMinPop:
		return true
	case code == "PAK" && (feature == "PPLA" || feature == "PPLA2"):
		return true
	}
	return false
}

// why returns the reason a phrase of a city cannot be used, or "".
func (f *cityFilter) why(p, code string, pop uint64, feature string) string {
	if r, ok := f.stop[p]; ok {
		return r
	}
	if letters(p) <= 3 {
		return "three letters or fewer"
	}
	if code == "IND" && pop < worldMinPop && !strings.Contains(p, " ") && letters(p) <= 4 {
		return "a short Indian town name: too often a word or a name"
	}
	for _, w := range words(p) {
		if numberWords[w] {
			return "a numbered village"
		}
	}
	for _, r := range p {
		if r >= '0' && r <= '9' {
			return "a numbered place"
		}
	}
	k := strings.ToLower(p)
	if t, ok := f.g.taken[k]; ok {
		return "already in countries.lex as " + t
	}
	if _, ok := f.regions[k]; ok {
		return "already in regions.lex"
	}
	if !validPhrase(p) {
		return "not writable as a phrase"
	}
	return ""
}

// selectCities chooses the cities for places.lex and groups them in one
// section per state.
func selectCities(cities []city, f *cityFilter) ([]section, []drop, map[string]int) {
	var drops []drop
	counts := map[string]int{}

	// every name of a Pakistani populated place, whatever its size: a small
	// foreign town that shares one is dropped, since a Pakistani report
	// naming it far more likely means the Pakistani place
	pakNames := map[string]bool{}
	for _, c := range cities {
		if f.g.code[c.Country] == "PAK" {
			if n, ok := fold(c.Name); ok {
				pakNames[n] = true
			}
		}
	}

	byPhrase := map[string][]candidate{}
	phraseOf := map[string]string{} // lower-cased -> as written
	var order []string
	add := func(p string, cand candidate) {
		k := strings.ToLower(p)
		if _, ok := byPhrase[k]; !ok {
			order = append(order, k)
			phraseOf[k] = p
		}
		byPhrase[k] = append(byPhrase[k], cand)
	}
	for i, c := range cities {
		code := f.g.code[c.Country]
		if code == "" || !keptFeatures[c.FeatureCode] || !threshold(code, c.FeatureCode, c.Population) {
			continue
		}
		name, ok := fold(c.Name)
		if !ok {
			drops = append(drops, drop{c.Name, code, c.Population, "not in Latin script"})
			continue
		}
		forms, listed := cityForms[name]
		if listed && forms == nil {
			drops = append(drops, drop{name, code, c.Population, "not a city (cityForms)"})
			continue
		}
		if !listed {
			forms = []string{name}
		}
		if r := f.why(name, code, c.Population, c.FeatureCode); r != "" && !listed {
			drops = append(drops, drop{name, code, c.Population, r})
			continue
		}
		if code != "PAK" && c.Population < worldMinPop && c.FeatureCode != "PPLA" && c.FeatureCode != "PPLC" && pakNames[name] && cityPrefer[name] != code {
			drops = append(drops, drop{name, code, c.Population, "a Pakistani place has the same name"})
			continue
		}
		prime := cityPrefer[name] == code
		for _, p := range forms {
			if r := f.why(p, code, c.Population, c.FeatureCode); r != "" {
				drops = append(drops, drop{p, code, c.Population, r})
				continue
			}
			add(p, candidate{city: i, code: code, pop: c.Population, prime: prime})
		}
	}
	for i, x := range extraCities {
		for _, p := range x.Names {
			if r := f.why(p, x.Code, math.MaxUint64, ""); r != "" {
				drops = append(drops, drop{p, x.Code, 0, r + " (extraCities)"})
				continue
			}
			add(p, candidate{city: -1 - i, code: x.Code, pop: math.MaxUint64, prime: true})
		}
	}

	// settle each phrase to one city: a preferred or hand-added one, else
	// the most populous (capitals are in countries.lex and never reach here)
	chosen := map[int][]string{}
	codeOfCity := map[int]string{}
	for _, k := range order {
		cands := byPhrase[k]
		best := cands[0]
		for _, c := range cands[1:] {
			if c.prime && !best.prime || c.prime == best.prime && c.pop > best.pop {
				best = c
			}
		}
		for _, c := range cands {
			if c.code != best.code {
				drops = append(drops, drop{phraseOf[k], c.code, c.pop, "same name as a city of " + best.code + ", which is kept"})
				counts["clash"]++
			}
		}
		// merge same-code namesakes into the first such city
		chosen[best.city] = append(chosen[best.city], phraseOf[k])
		codeOfCity[best.city] = best.code
	}

	byCode := map[string][]entry{}
	var keys []int
	for k := range chosen {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		code := codeOfCity[k]
		e := entry{Kind: "place", Phrases: chosen[k], Code: code, Attrs: "type=city"}
		if k < 0 {
			e.Comment = "added by hand (extraCities)"
		}
		byCode[code] = append(byCode[code], e)
		counts["city"]++
		counts["city phrases"] += len(e.Phrases)
	}
	var sections []section
	for _, code := range sortedKeys(byCode) {
		es := byCode[code]
		sort.SliceStable(es, func(i, j int) bool { return es[i].Phrases[0] < es[j].Phrases[0] })
		name := f.g.name[code]
		if name == "" {
			name = code
		}
		sections = append(sections, section{Title: fmt.Sprintf("%s (%s)", name, code), Entries: es})
	}
	return sections, drops, counts
}
