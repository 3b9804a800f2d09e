package ledger

import (
	"context"
	"slices"
	"strings"

	"github.com/accord-events/accord"
)

// PersonID is the id a new person gets: the name key and the country.
func PersonID(key, country string) string { return key + "|" + country }

// linkPerson finds the stored person a person of the report is, by the
// rules of docs/STORE.md:
//
//  1. the same name key (name variants folded), in a compatible country
//     (the same, or either unknown);
//  2. a short form ("Ishaq Dar" for "Mohammad Ishaq Dar", or the reverse):
//     the words of one name appear in order in the other's fullest name (a
//     short form is never kept as a key of its own), the surname and
//     the country are the same and the titles do not conflict; the best
//     title agreement wins, and two equally good candidates leave the
//     person apart; a one-word name ("Naqvi") needs an agreeing title or
//     to fit one stored person only;
//  3. otherwise a new person; a name of one word that fits nobody makes a
//     person of this report only (id "name|country@report"), never found
//     again by name.
func (l *Ledger) linkPerson(ctx context.Context, lk Lookup, p *Plan, rp *accord.Person) (PersonLink, error) {
	key := NameKey(rp.Name, l.Names)
	country := rp.Country
	if country == accord.NoCountry {
		country = ""
	}
	pl := PersonLink{Local: rp.ID, Name: strings.Join(strings.Fields(rp.Name), " "), Key: key, Surname: Surname(key),
		Country: country, Title: rp.Title, TitleKey: TitleKey(rp.Title, l.Names), Former: rp.Former || IsFormer(rp.Title),
		Sector: rp.Sector, Org: rp.Org, Aliases: rp.Aliases, Mentions: len(rp.Mentions)}
	if key == "" {
		return pl, nil
	}
	if pl.Mentions == 0 {
		pl.Mentions = 1
	}
	local := p.newPersons()

	words := strings.Fields(key)

	// 1. The same name key (not for a surname alone: many share it).
	var stored []Person
	if len(words) > 1 {
		var err error
		if stored, err = lk.PersonsByKey(ctx, []string{key}); err != nil {
			return pl, err
		}
		stored = append(stored, local...)
	}
	var best *Person
	for i := range stored {
		c := &stored[i]
		if !slices.Contains(c.Keys, key) {
			continue
		}
		if country != "" && c.Country != "" && c.Country != country {
			continue
		}
		if best == nil || (c.Country == country && best.Country != country) {
			best = c
		}
	}
	if best != nil {
		pl.known(best)
		pl.ID, pl.Why = best.ID, "same name"
		pl.Rename = len(strings.Fields(key)) > len(strings.Fields(NameKey(best.Name, l.Names)))
		return pl, nil
	}

	// 2. A short or long form of a stored name.
	if country != "" {
		stored, err := lk.PersonsByForm(ctx, pl.Surname, country, words[:len(words)-1], pl.TitleKey)
		if err != nil {
			return pl, err
		}
		stored = append(stored, local...)
		var cands []Person
		for _, c := range stored {
			if c.Country == country && slices.ContainsFunc(c.Keys, func(k string) bool { return Surname(k) == pl.Surname }) {
				cands = append(cands, c)
			}
		}
		type fit struct {
			c     *Person
			title int
		}
		var fits []fit
		for i := range cands {
			c := &cands[i]
			if c.Country != country || slices.ContainsFunc(fits, func(f fit) bool { return f.c.ID == c.ID }) {
				continue
			}
			// Compare with the fullest name only: a short form once seen
			// ("Ali Khan") must not pull in every longer name holding it.
			full := strings.Fields(NameKey(c.Name, l.Names))
			if !subsequence(words, full) && !subsequence(full, words) {
				continue
			}
			title := TitleUnknown
			if pl.TitleKey != "" && len(c.Titles) > 0 {
				title = TitleConflict
				for _, t := range c.Titles {
					title = max(title, TitleMatch(pl.TitleKey, t))
				}
			}
			if title != TitleConflict {
				fits = append(fits, fit{c, title})
			}
		}
		// The best title agreement wins; a tie between persons leaves the
		// person apart. A one-word name needs agreeing titles, or to be
		// the only person it can be.
		var best *fit
		ambiguous := false
		for i := range fits {
			f := &fits[i]
			switch {
			case best == nil || f.title > best.title:
				best, ambiguous = f, false
			case f.title == best.title:
				ambiguous = true
			}
		}
		if best != nil && len(words) == 1 && best.title != TitleAgree && len(fits) > 1 {
			best = nil
		}
		// A person known by surname alone ("Khan") takes a fuller name only
		// with an agreeing title: else every Khan would join it.
		if best != nil && len(words) > 1 && len(strings.Fields(NameKey(best.c.Name, l.Names))) == 1 && best.title != TitleAgree {
			best = nil
		}
		if best != nil && !ambiguous {
			pl.known(best.c)
			pl.ID, pl.Why = best.c.ID, "short form of "+best.c.Name
			if len(words) == 1 {
				pl.Why = "surname and country of " + best.c.Name
			}
			pl.Rename = len(words) > len(strings.Fields(NameKey(best.c.Name, l.Names)))
			if pl.Rename {
				pl.Why = "fuller form of " + best.c.Name
			} else {
				pl.KeyKnown = true // a short form is matched by this rule each time, never as a key
			}
			return pl, nil
		}
	}

	// 3. A new person; one known by surname alone stays with its report,
	// where nothing else can find it.
	pl.ID, pl.New, pl.Why = PersonID(key, country), true, "new"
	if len(words) == 1 {
		pl.ID, pl.KeyKnown, pl.Why = pl.ID+"@"+p.Report.ID, true, "new: a surname alone stays with its report"
	}
	return pl, nil
}

// known notes which of the link's key and title the stored person has.
func (pl *PersonLink) known(p *Person) {
	pl.KeyKnown = slices.Contains(p.Keys, pl.Key)
	pl.TitleKnown = pl.TitleKey == "" || slices.Contains(p.Titles, pl.TitleKey)
	pl.FillCountry = p.Country == "" && pl.Country != ""
}

// newPersons are the persons this plan adds, as candidates for the
// report's later persons.
func (p *Plan) newPersons() []Person {
	var out []Person
	for _, pl := range p.Persons {
		if pl.New {
			out = append(out, Person{ID: pl.ID, Name: pl.Name, Country: pl.Country, Keys: []string{pl.Key},
				Titles: nonEmpty(pl.TitleKey)})
		}
	}
	return out
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, x := range s {
		if x != "" {
			out = append(out, x)
		}
	}
	return out
}
