package eval

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/accord-events/accord"
)

func TestReadGoldErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
		format         bool // the error wraps ErrFormat
	}{
		{"not JSON", "{\"id\": \"a\"}\n\n{\"id\": ", "read gold.jsonl line 3: not JSON", false},
		{"not an object", `[1, 2]`, "read gold.jsonl line 1: not in the evaluation format: want a JSON object, got a list", true},
		{"no id", `{"events": []}`, "read gold.jsonl line 1: not in the evaluation format: id: want a string, got null", true},
		{"persons not a list", `{"id": "a", "persons": "none"}`, "line 1: not in the evaluation format: persons: want a list or null, got a string", true},
		{"item not an object", `{"id": "a", "events": [1]}`, "events[0]: want an object, got a number", true},
		{"no type", `{"id": "a", "events": [{"source": "A", "target": "B"}]}`, `events[0]: no "type"`, true},
		{"null source", `{"id": "a", "events": [{"type": "AGREE", "source": null, "target": "B"}]}`, "events[0].source: want a string, got null", true},
		{"number date", `{"id": "a", "events": [{"type": "AGREE", "source": "A", "target": "B", "date": 2024}]}`, "events[0].date: want a string or null, got a number", true},
		{"null aliases", `{"id": "a", "persons": [{"name": "X", "aliases": null}]}`, "persons[0].aliases: want a list, got null", true},
		{"no parties", `{"id": "a", "commitments": [{"due": null}]}`, `commitments[0]: no "parties"`, true},
		{"party a number", `{"id": "a", "commitments": [{"parties": ["A", 1]}]}`, "commitments[0].parties[1]: want a string, got a number", true},
		{"invalid UTF-8", "{\"id\": \"a\"}\r{\"id\": \"\xff\"}", "read gold.jsonl line 2: invalid UTF-8", false},
		{"line count with CR LF", "{\"id\": \"a\"}\r\n\r\n{\"id\": 1}", "read gold.jsonl line 3:", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(strings.NewReader(tt.in), "gold.jsonl")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
			if errors.Is(err, ErrFormat) != tt.format {
				t.Errorf("errors.Is(err, ErrFormat) = %v", !tt.format)
			}
		})
	}
}

func TestReadGold(t *testing.T) {
	in := "\ufeff{\"id\": \"a\", \"text\": \"T\", \"persons\": null, \"events\": [], " +
		"\"commitments\": [{\"parties\": [\"A\", null], \"due\": \"2024\", \"what\": 5, \"optional\": 1}], " +
		"\"mechanisms\": [{\"name\": null, \"aliases\": [\"M\", null]}]}\n" +
		"\u00a0 \u2003\n" +
		"{\"id\": \"b\", \"events\": [{\"type\": \"AGREE\", \"source\": \"A\", \"target\": \"B\", \"alt_cameo\": null, \"date\": null, \"symmetric\": \"yes\"}," +
		" {\"type\": \"AGREE\", \"source\": \"A\", \"target\": \"B\", \"cameo\": \"036\", \"alt_cameo\": [\"030\", null], \"tense\": null}]}\n"
	docs, err := ReadGold(strings.NewReader(in), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	cameo := "036"
	due := "2024"
	want := []GoldDoc{
		{ID: "a", Text: "T", Events: &[]GoldEvent{},
			Commitments: &[]GoldCommitment{{What: "5", Parties: []string{"A", otherMark + "null"}, Due: &due, Optional: true}},
			Mechanisms:  &[]GoldMechanism{{Aliases: []string{"M", ""}}}},
		{ID: "b", Events: &[]GoldEvent{
			{Type: "AGREE", Source: "A", Target: "B", HasDate: true, Symmetric: true},
			{Type: "AGREE", Source: "A", Target: "B", Cameo: &cameo, AltCameo: []string{"030"}},
		}},
	}
	if !reflect.DeepEqual(docs, want) {
		g, _ := json.Marshal(docs)
		w, _ := json.Marshal(want)
		t.Errorf("got  %s\nwant %s", g, w)
	}
}

func TestReadSystem(t *testing.T) {
	in := `{"id": "a", "persons": [{"name": null, "aliases": "Xi", "country": 5, "title": false}], ` +
		`"events": [{"type": "agree", "source": {"country": "PAK", "name": "Pakistan"}, "target": 0, "cameo": ["036"], ` +
		`"date": {"start": "", "date": "2024-07"}, "tense": "past", "evidence": {"start": 1, "end": 4, "text": "abc"}, "rule": "r1"}, ` +
		`{"type": "AGREE", "source": {"country": {"country": "PAK"}}, "target": {"country": null}, "date": false}], ` +
		`"commitments": [{"parties": {"USA": 1, "PAK": 2}, "due": {"text": "soon"}, "evidence": "by then"}], ` +
		`"mechanisms": [{"name": 0, "parties": ["A"]}], "other": {"x": 1}}
{"id": 7, "events": []}
{"persons": null}
{"id": "b", "events": null, "persons": [], "commitments": false}
`
	docs, err := ReadSystem(strings.NewReader(in), "system.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	five := otherMark + "5"
	want := map[string]SystemDoc{
		"a": {ID: "a",
			Persons: []SysPerson{{Aliases: []string{"X", "i"}, Country: &five}},
			Events: []SysEvent{
				{Type: "agree", Cameo: otherMark + `["036"]`, Source: SysActor{Country: "PAK", Name: "Pakistan"},
					Target: SysActor{Country: "---"}, Tense: "past", Date: "2024-07",
					Evidence: accord.Evidence{Span: accord.Span{Start: 1, End: 4}, Text: "abc"}, Rule: "r1"},
				{Type: "AGREE", Source: SysActor{Country: otherMark + `{"country":"PAK"}`}, Target: SysActor{Country: "---"},
					Date: otherMark + "false"},
			},
			Commitments: []SysCommitment{{Parties: []string{"PAK", "USA"}, Evidence: accord.Evidence{Text: "by then"}}},
			Mechanisms:  []SysMechanism{{Parties: []string{"A"}}},
		},
		"b": {ID: "b"},
	}
	if !reflect.DeepEqual(docs, want) {
		t.Errorf("got  %+v\nwant %+v", docs, want)
	}

	bad := []struct{ name, in, want string }{
		{"not an object", "{\"id\": \"a\"}\n\"x\"", "read system.jsonl line 2: not in the evaluation format: want a JSON object, got a string"},
		{"category not a list", `{"id": "a", "events": {"type": "AGREE"}}`, "line 1: not in the evaluation format: events: want a list or null, got an object"},
		{"item not an object", `{"id": "a", "persons": ["Naqvi"]}`, "persons[0]: want an object, got a string"},
		{"NaN", `{"id": "a", "x": NaN}`, "read system.jsonl line 1: not JSON"},
	}
	for _, tt := range bad {
		if _, err := ReadSystem(strings.NewReader(tt.in), "system.jsonl"); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}

// TestFromRecord wants FromRecord to give what ReadSystem reads from the
// record's JSON.
func TestFromRecord(t *testing.T) {
	recs := []accord.Record{
		{ID: "empty"},
		{
			ID: "full",
			Persons: []accord.Person{
				{ID: "p1", Name: "Mohsin Naqvi", Title: "Interior Minister", Country: "PAK", Aliases: []string{"Naqvi"}},
				{ID: "p2", Name: "Someone"},
			},
			Events: []accord.Event{
				{Type: "AGREE", Cameo: "036", Source: accord.Actor{Country: "PAK", Name: "Pakistan"},
					Target: accord.Actor{Country: "USA"}, Tense: accord.Future, Date: "2024-10",
					Evidence: accord.Evidence{Span: accord.Span{Start: 3, End: 9}, Text: "agreed"}, Rule: "agree-to"},
				{Type: "CONSULT", Source: accord.Actor{Country: ""}, Target: accord.Actor{}, Rule: "r"},
			},
			Commitments: []accord.Commitment{
				{What: "hold talks", Parties: []string{"PAK", "USA"}, Status: accord.Pending,
					Due: &accord.TimeExpr{Text: "in October", Value: "2024-10", Start: "2024-10-01", End: "2024-10-31", Precision: accord.Month}},
				{What: "visit", Parties: []string{"PAK"}, Due: &accord.TimeExpr{Text: "soon", Precision: accord.Unspecified}},
				{What: "meet"},
			},
			Mechanisms: []accord.Mechanism{{ID: "m1", Name: "Law Enforcement Dialogue", Aliases: []string{"LED"}, Parties: []string{"PAK", "USA"}}},
		},
	}
	for _, rec := range recs {
		b, err := json.Marshal(rec)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := ReadSystem(strings.NewReader(string(b)), "record.jsonl")
		if err != nil {
			t.Fatal(err)
		}
		if got, want := FromRecord(rec), docs[rec.ID]; !reflect.DeepEqual(got, want) {
			t.Errorf("%s:\nFromRecord %+v\nfrom JSON  %+v", rec.ID, got, want)
		}
	}
}
