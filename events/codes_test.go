package events

import (
	"testing"

	"github.com/accord-events/accord/cameo"
	"github.com/accord-events/accord/lexicon"
)

// typeOverrides are triggers whose PLOVER type deliberately differs from the
// type the 2021 CAMEO-to-PLOVER map gives their code, because the 2024
// manual (and the gold annotations) code them so.
var typeOverrides = map[string]string{
	"0841": "CONCEDE: pardons are verbal concessions (PLOVER 2024 CONCEDE)",
	"0871": "CONCEDE: a declared ceasefire not yet observed (PLOVER 2024 CONCEDE)",
	"0831": "RETREAT: a resignation (PLOVER 2024 RETREAT mode resign)",
	"163":  "SANCTION: formal sanctions are a cut in relations (PLOVER 2024 SANCTION)",
	"1712": "COERCE: demolishing homes is coercion short of violence against persons",
}

// TestTriggerCodes checks every trigger of the dictionaries against the
// CAMEO table: the code exists, its PLOVER type is the trigger's (or a
// documented override), and the code a promise turns it into is an AGREE
// code.
func TestTriggerCodes(t *testing.T) {
	lex, err := lexicon.New()
	if err != nil {
		t.Fatal(err)
	}
	tab, err := cameo.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range lex.Entries("event") {
		c, ok := tab.Lookup(e.Code)
		if !ok {
			t.Errorf("%s: %q has CAMEO code %q, which is not in the table", e.Origin, e.Phrase, e.Code)
			continue
		}
		if c.Plover != e.Class && typeOverrides[e.Code] == "" {
			t.Errorf("%s: %q is %s, but CAMEO %s (%s) is %s in the table", e.Origin, e.Phrase, e.Class, e.Code, c.Label, c.Plover)
		}
		if in := e.Attr("intent"); in != "" {
			if ic, ok := tab.Lookup(in); !ok || ic.Plover != "AGREE" {
				t.Errorf("%s: %q promises code %q, which is not an AGREE code", e.Origin, e.Phrase, in)
			}
		}
	}
}

func TestInList(t *testing.T) {
	tests := []struct {
		list, w string
		want    bool
	}{
		{"a,b,c", "b", true},
		{"a,b,c", "a", true},
		{"a,b,c", "c", true},
		{"ab,b", "a", false}, // a prefix of an item is not the item
		{"abc", "b", false},
		{"a,bb", "b", false},
		{"bb,b", "b", true}, // found after a false start
		{"", "a", false},
		{"a,,b", "", true}, // an empty item
		{"a,b", "", false},
	}
	for _, tt := range tests {
		if got := inList(tt.list, tt.w); got != tt.want {
			t.Errorf("inList(%q, %q) = %v, want %v", tt.list, tt.w, got, tt.want)
		}
	}
}
