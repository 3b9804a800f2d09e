package eval

import (
	"fmt"
	"io"
)

// A GoldDoc is one annotated report of a gold file. A nil category was not
// annotated and is not scored; an empty one was annotated and holds nothing,
// so whatever a system reports there is a false positive.
type GoldDoc struct {
	ID   string
	Date string
	Text string

	Persons     *[]GoldPerson
	Events      *[]GoldEvent
	Commitments *[]GoldCommitment
	Mechanisms  *[]GoldMechanism
}

// A GoldPerson is a person the report speaks of.
type GoldPerson struct {
	Name     string
	Aliases  []string
	Country  *string // nil when null: the report does not make it clear
	Title    string
	TitleKey string // the words any right title contains; "" for none
	Optional bool
}

// A GoldEvent is one coded happening.
type GoldEvent struct {
	Type      string
	Cameo     *string // nil when null
	AltCameo  []string
	Source    string
	Target    string
	Symmetric bool
	Tense     string // "" when null: tense is not scored
	// HasDate is false when the item has no "date" key at all, and then the
	// date is not scored; Date is nil for "date": null.
	HasDate  bool
	Date     *string
	Evidence string
	Optional bool
}

// A GoldCommitment is a promise to do something later.
type GoldCommitment struct {
	What     string
	Parties  []string
	Due      *string // nil when null: no time, or a vague one
	Evidence string
	Optional bool
}

// A GoldMechanism is a named standing channel between parties.
type GoldMechanism struct {
	Name     string
	Aliases  []string
	Parties  []string
	Optional bool
}

// ReadGold reads a gold file, one document a line; name (the file's path) is
// used in errors. Blank lines are skipped; fields it does not know are
// ignored, and so are the types of the fields score.py does not read (text,
// title, what, evidence: they are only shown). A line that is not JSON, or
// whose scored fields do not have the types FORMAT.md gives (a required field
// missing, a number where a string belongs), is an error naming the file, the
// line and the field.
func ReadGold(r io.Reader, name string) ([]GoldDoc, error) {
	var docs []GoldDoc
	err := readLines(r, name, func(line []byte) error {
		m, err := object(line)
		if err != nil {
			return err
		}
		var g goldReader
		doc := g.doc(m)
		if g.err != nil {
			return g.err
		}
		docs = append(docs, doc)
		return nil
	})
	return docs, err
}

// A goldReader reads the decoded JSON of one gold line and keeps the first
// error it meets.
type goldReader struct {
	err error
}

func (g *goldReader) fail(path, want string, v any) {
	if g.err == nil {
		g.err = fmt.Errorf("%w: %s: want %s, got %s", ErrFormat, path, want, kind(v))
	}
}

func (g *goldReader) doc(m map[string]any) GoldDoc {
	id, ok := m["id"].(string)
	if !ok {
		g.fail("id", "a string", m["id"])
	}
	doc := GoldDoc{ID: id, Date: display(m["date"]), Text: display(m["text"])}
	if items := g.items(m, "persons"); items != nil {
		list := make([]GoldPerson, len(items))
		for i, it := range items {
			p := fmt.Sprintf("persons[%d]", i)
			list[i] = GoldPerson{
				Name:     g.required(it, "name", p, true),
				Aliases:  g.strings(it, "aliases", p, false),
				Country:  g.nullable(it, "country", p),
				Title:    display(it["title"]),
				TitleKey: g.text(it, "title_key", p+".title_key"),
				Optional: truthy(it["optional"]),
			}
		}
		doc.Persons = &list
	}
	if items := g.items(m, "events"); items != nil {
		list := make([]GoldEvent, len(items))
		for i, it := range items {
			p := fmt.Sprintf("events[%d]", i)
			_, hasDate := it["date"]
			list[i] = GoldEvent{
				Type:      g.required(it, "type", p, false),
				Cameo:     g.nullable(it, "cameo", p),
				AltCameo:  g.strings(it, "alt_cameo", p, true),
				Source:    g.required(it, "source", p, false),
				Target:    g.required(it, "target", p, false),
				Symmetric: truthy(it["symmetric"]),
				Tense:     g.text(it, "tense", p+".tense"),
				HasDate:   hasDate,
				Date:      g.nullable(it, "date", p),
				Evidence:  display(it["evidence"]),
				Optional:  truthy(it["optional"]),
			}
		}
		doc.Events = &list
	}
	if items := g.items(m, "commitments"); items != nil {
		list := make([]GoldCommitment, len(items))
		for i, it := range items {
			p := fmt.Sprintf("commitments[%d]", i)
			list[i] = GoldCommitment{
				What:     display(it["what"]),
				Parties:  g.parties(it, p),
				Due:      g.nullable(it, "due", p),
				Evidence: display(it["evidence"]),
				Optional: truthy(it["optional"]),
			}
		}
		doc.Commitments = &list
	}
	if items := g.items(m, "mechanisms"); items != nil {
		list := make([]GoldMechanism, len(items))
		for i, it := range items {
			p := fmt.Sprintf("mechanisms[%d]", i)
			list[i] = GoldMechanism{
				Name:     g.required(it, "name", p, true),
				Aliases:  g.strings(it, "aliases", p, false),
				Optional: truthy(it["optional"]),
			}
			for _, v := range elems(it["parties"]) {
				list[i].Parties = append(list[i].Parties, display(v))
			}
		}
		doc.Mechanisms = &list
	}
	return doc
}

// items returns the objects of a category, or nil when it is null or absent
// (not annotated). An annotated empty category is an empty, non-nil slice.
func (g *goldReader) items(m map[string]any, key string) []map[string]any {
	v, ok := m[key]
	if !ok || v == nil {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		g.fail(key, "a list or null", v)
		return nil
	}
	out := make([]map[string]any, 0, len(list))
	for i, it := range list {
		obj, ok := it.(map[string]any)
		if !ok {
			g.fail(fmt.Sprintf("%s[%d]", key, i), "an object", it)
			return nil
		}
		out = append(out, obj)
	}
	return out
}

// text reads an optional string; null and absence read as "".
func (g *goldReader) text(m map[string]any, key, path string) string {
	switch v := m[key].(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		g.fail(path, "a string or null", v)
		return ""
	}
}

// nullable reads an optional string, keeping null (or absence) as nil.
func (g *goldReader) nullable(m map[string]any, key, path string) *string {
	switch v := m[key].(type) {
	case nil:
		return nil
	case string:
		return &v
	default:
		g.fail(path+"."+key, "a string or null", v)
		return nil
	}
}

// required reads a field that score.py reads with item[key]; when orNull,
// null reads as "" (score.py treats a null name as empty).
func (g *goldReader) required(m map[string]any, key, path string, orNull bool) string {
	v, ok := m[key]
	if !ok {
		if g.err == nil {
			g.err = fmt.Errorf("%w: %s: no %q", ErrFormat, path, key)
		}
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	if v == nil && orNull {
		return ""
	}
	if orNull {
		g.fail(path+"."+key, "a string or null", v)
	} else {
		g.fail(path+"."+key, "a string", v)
	}
	return ""
}

// strings reads a list of strings. An absent list is empty, and so is a null
// one when nullOK (score.py reads it with `or []`); null items read as "",
// or are dropped when nullOK (a null CAMEO code matches nothing).
func (g *goldReader) strings(m map[string]any, key, path string, nullOK bool) []string {
	v, ok := m[key]
	if !ok || v == nil && nullOK {
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		if nullOK {
			g.fail(path+"."+key, "a list or null", v)
		} else {
			g.fail(path+"."+key, "a list", v)
		}
		return nil
	}
	var out []string
	for i, it := range list {
		switch it := it.(type) {
		case string:
			out = append(out, it)
		case nil:
			if !nullOK {
				out = append(out, "")
			}
		default:
			g.fail(fmt.Sprintf("%s.%s[%d]", path, key, i), "a string", it)
		}
	}
	return out
}

// parties reads a commitment's parties, which score.py compares as a set.
func (g *goldReader) parties(m map[string]any, path string) []string {
	v, ok := m["parties"]
	if !ok {
		if g.err == nil {
			g.err = fmt.Errorf("%w: %s: no \"parties\"", ErrFormat, path)
		}
		return nil
	}
	list, ok := v.([]any)
	if !ok {
		g.fail(path+".parties", "a list", v)
		return nil
	}
	out := make([]string, 0, len(list))
	for i, it := range list {
		switch it := it.(type) {
		case string:
			out = append(out, it)
		case nil:
			out = append(out, other(nil)) // equal to a system's null only
		default:
			g.fail(fmt.Sprintf("%s.parties[%d]", path, i), "a string", it)
		}
	}
	return out
}
