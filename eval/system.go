package eval

import (
	"fmt"
	"io"

	"github.com/accord-events/accord"
)

// A SystemDoc is what a system reported for one document: only the fields
// the referee reads, plus the evidence and rule shown with misses.
//
// Read from JSON, every field keeps what score.py would see: a value of
// another JSON type than the string the referee expects is kept as its JSON
// text after a 0xFF byte, which no decoded JSON string holds, so it equals no
// gold value (as a number or a list equals no string in Python); null reads
// as "" wherever score.py reads the field with `or ""`.
type SystemDoc struct {
	ID          string
	Persons     []SysPerson
	Events      []SysEvent
	Commitments []SysCommitment
	Mechanisms  []SysMechanism
}

// A SysPerson is a person a system found.
type SysPerson struct {
	Name    string
	Aliases []string
	Country *string // nil when absent or null, which equals a gold null
	Title   string
}

// A SysActor is one side of a system's event.
type SysActor struct {
	// Country is the actor's code; "" reads as "---", as score.py reads a
	// missing actor, a missing code and an empty one.
	Country string
	Name    string // shown only
}

// A SysEvent is an event a system coded.
type SysEvent struct {
	Type   string
	Cameo  string
	Source SysActor
	Target SysActor
	Tense  string
	// Date is the date as a string; from JSON, an object's "start" or else
	// its "date". "" is no date.
	Date     string
	Evidence accord.Evidence
	Rule     string
}

// A SysCommitment is a commitment a system found.
type SysCommitment struct {
	What    string
	Parties []string
	// Due is the due time as a string; from JSON, an object's "start" or
	// else its "date". "" is no due time.
	Due      string
	Evidence accord.Evidence
	Rule     string
}

// A SysMechanism is a mechanism a system found.
type SysMechanism struct {
	Name    string
	Aliases []string // shown only: the referee matches the name alone
	Parties []string // shown only
}

// ReadSystem reads a system's output, one document a line, into documents
// keyed by "id"; name (the file's path) is used in errors. As in score.py, a
// later line with the same id replaces an earlier one; a line whose id is not
// a string can match no gold document and is left out. Fields other than
// those of SystemDoc are ignored; actors may be codes or objects with a
// "country", dates strings or objects with a "start" or "date", evidence a
// string or an object with "start", "end" and "text".
//
// A line that is not a JSON object, a category that is neither a list nor
// null, or an item that is not an object, is an error naming the file and
// the line.
func ReadSystem(r io.Reader, name string) (map[string]SystemDoc, error) {
	docs := make(map[string]SystemDoc)
	err := readLines(r, name, func(line []byte) error {
		m, err := object(line)
		if err != nil {
			return err
		}
		doc, err := systemDoc(m)
		if err != nil {
			return err
		}
		if id, ok := m["id"].(string); ok {
			doc.ID = id
			docs[id] = doc
		}
		return nil
	})
	return docs, err
}

func systemDoc(m map[string]any) (SystemDoc, error) {
	var doc SystemDoc
	persons, err := sysItems(m, "persons")
	if err != nil {
		return doc, err
	}
	for _, it := range persons {
		p := SysPerson{Name: orEmpty(it["name"]), Country: orNil(it["country"]), Title: orEmpty(it["title"])}
		for _, a := range elems(it["aliases"]) {
			p.Aliases = append(p.Aliases, orEmpty(a))
		}
		doc.Persons = append(doc.Persons, p)
	}
	events, err := sysItems(m, "events")
	if err != nil {
		return doc, err
	}
	for _, it := range events {
		doc.Events = append(doc.Events, SysEvent{
			Type:     orEmpty(it["type"]),
			Cameo:    orEmpty(it["cameo"]),
			Source:   sysActor(it["source"]),
			Target:   sysActor(it["target"]),
			Tense:    orEmpty(it["tense"]),
			Date:     dateValue(it["date"]),
			Evidence: evidence(it["evidence"]),
			Rule:     display(it["rule"]),
		})
	}
	commitments, err := sysItems(m, "commitments")
	if err != nil {
		return doc, err
	}
	for _, it := range commitments {
		c := SysCommitment{
			What:     display(it["what"]),
			Due:      dateValue(it["due"]),
			Evidence: evidence(it["evidence"]),
			Rule:     display(it["rule"]),
		}
		for _, p := range elems(it["parties"]) {
			if s, ok := p.(string); ok {
				c.Parties = append(c.Parties, s)
			} else {
				c.Parties = append(c.Parties, other(p))
			}
		}
		doc.Commitments = append(doc.Commitments, c)
	}
	mechanisms, err := sysItems(m, "mechanisms")
	if err != nil {
		return doc, err
	}
	for _, it := range mechanisms {
		mech := SysMechanism{Name: orEmpty(it["name"])}
		for _, a := range elems(it["aliases"]) {
			mech.Aliases = append(mech.Aliases, display(a))
		}
		for _, p := range elems(it["parties"]) {
			mech.Parties = append(mech.Parties, display(p))
		}
		doc.Mechanisms = append(doc.Mechanisms, mech)
	}
	return doc, nil
}

// sysItems returns the objects of a category; as score.py reads it with
// `or []`, null, absence and any false value are no items.
func sysItems(m map[string]any, key string) ([]map[string]any, error) {
	v := m[key]
	if !truthy(v) {
		return nil, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%w: %s: want a list or null, got %s", ErrFormat, key, kind(v))
	}
	out := make([]map[string]any, len(list))
	for i, it := range list {
		obj, ok := it.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%w: %s[%d]: want an object, got %s", ErrFormat, key, i, kind(it))
		}
		out[i] = obj
	}
	return out, nil
}

func sysActor(v any) SysActor {
	a := SysActor{Country: actorCountry(v)}
	if m, ok := v.(map[string]any); ok {
		a.Name = display(m["name"])
	}
	return a
}

// evidence reads an evidence object, or a bare string.
func evidence(v any) accord.Evidence {
	switch v := v.(type) {
	case string:
		return accord.Evidence{Text: v}
	case map[string]any:
		return accord.Evidence{
			Span: accord.Span{Start: intValue(v["start"]), End: intValue(v["end"])},
			Text: display(v["text"]),
		}
	}
	return accord.Evidence{}
}

// FromRecord turns a record of the engine into what the referee reads, as
// ReadSystem reads the record's JSON but with no JSON in between.
func FromRecord(rec accord.Record) SystemDoc {
	doc := SystemDoc{ID: rec.ID}
	for _, p := range rec.Persons {
		sp := SysPerson{Name: p.Name, Aliases: clone(p.Aliases), Title: p.Title}
		if p.Country != "" { // written with omitempty: "" is absent
			c := p.Country
			sp.Country = &c
		}
		doc.Persons = append(doc.Persons, sp)
	}
	for _, e := range rec.Events {
		doc.Events = append(doc.Events, SysEvent{
			Type:     e.Type,
			Cameo:    e.Cameo,
			Source:   SysActor{Country: actorCode(e.Source.Country), Name: e.Source.Name},
			Target:   SysActor{Country: actorCode(e.Target.Country), Name: e.Target.Name},
			Tense:    string(e.Tense),
			Date:     e.Date,
			Evidence: e.Evidence,
			Rule:     e.Rule,
		})
	}
	for _, c := range rec.Commitments {
		sc := SysCommitment{What: c.What, Parties: clone(c.Parties), Evidence: c.Evidence, Rule: c.Rule}
		if c.Due != nil {
			sc.Due = c.Due.Start // the "start" score.py reads; the TimeExpr has no "date"
		}
		doc.Commitments = append(doc.Commitments, sc)
	}
	for _, m := range rec.Mechanisms {
		doc.Mechanisms = append(doc.Mechanisms, SysMechanism{Name: m.Name, Aliases: clone(m.Aliases), Parties: clone(m.Parties)})
	}
	return doc
}

// actorCode is a country code as score.py reads it: "" is "---".
func actorCode(c string) string {
	if c == "" {
		return noActor
	}
	return c
}

// noActor is the code of a missing actor.
const noActor = accord.NoCountry

func clone(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return append([]string(nil), s...)
}
