package eval

import (
	"reflect"
	"strings"
	"testing"

	"github.com/accord-events/accord"
)

const missesGold = `{"id": "m1", "text": "ISLAMABAD: Pakistan and the United States agreed to hold talks. Mr Naqvi met Blome! The JWG will meet soon.\nA second line.", ` +
	`"persons": [{"name": "Mohsin Naqvi", "aliases": ["Mr Naqvi"], "country": "PAK"}], ` +
	`"events": [{"type": "AGREE", "cameo": "036", "source": "PAK", "target": "USA", "symmetric": true, "tense": "future", "date": "2024-10", "evidence": "agreed to hold talks"}, ` +
	`{"type": "CONSULT", "source": "PAK", "target": "USA", "symmetric": true, "evidence": "Mr Naqvi met Blome"}], ` +
	`"commitments": [], ` +
	`"mechanisms": [{"name": "Joint Working Group", "aliases": ["JWG"], "parties": ["PAK", "USA"]}]}
{"id": "m2", "text": "Nothing.", "events": [{"type": "COERCE", "source": "PAK", "target": "---", "evidence": "Nothing"}]}
`

const missesSystem = `{"id": "m1", "persons": [{"name": "Donald Blome", "aliases": ["Blome"], "country": "USA", "title": "Ambassador"}], ` +
	`"events": [{"type": "CONSULT", "cameo": "040", "source": {"country": "USA"}, "target": {"country": "PAK"}, "rule": "consult.meet", "evidence": {"start": 67, "end": 82, "text": "Naqvi met Blome"}}, ` +
	`{"type": "AGREE", "cameo": "036", "source": "PAK", "target": "CHN", "tense": "future", "rule": "agree.to", "evidence": {"start": 0, "end": 5, "text": "agreed to hold"}}, ` +
	`{"type": "support", "cameo": "051", "source": "PAK", "target": "USA", "rule": "support.x", "evidence": {"start": 67, "end": 82, "text": "Naqvi met Blome"}}], ` +
	`"commitments": [{"what": "hold talks", "parties": ["PAK"], "due": {"start": "2024-10-01"}, "rule": "commit.agree", "evidence": "agreed to hold talks"}], ` +
	`"mechanisms": []}
`

func TestMisses(t *testing.T) {
	res := scoreText(t, missesGold, missesSystem, Options{Misses: true, Confusion: true})
	first := "ISLAMABAD: Pakistan and the United States agreed to hold talks."
	want := []Miss{
		{Kind: FalsePositive, Doc: "m1", Category: Persons, Item: `"Donald Blome" (Blome) USA "Ambassador"`,
			Sentence: "Mr Naqvi met Blome!"},
		{Kind: Missed, Doc: "m1", Category: Persons, Item: `"Mohsin Naqvi" (Mr Naqvi) PAK`,
			Sentence: "Mr Naqvi met Blome!"},
		{Kind: FalsePositive, Doc: "m1", Category: Events, Item: "AGREE 036 PAK->CHN future",
			Evidence: "agreed to hold", Rule: "agree.to", Sentence: first},
		{Kind: FalsePositive, Doc: "m1", Category: Events, Item: "support 051 PAK->USA",
			Evidence: "Naqvi met Blome", Rule: "support.x", Sentence: "Mr Naqvi met Blome!"},
		{Kind: Missed, Doc: "m1", Category: Events, Item: "AGREE 036 PAK<->USA future 2024-10",
			Evidence: "agreed to hold talks", Sentence: first},
		{Kind: FalsePositive, Doc: "m1", Category: Commitments, Item: `"hold talks" PAK due 2024-10-01`,
			Evidence: "agreed to hold talks", Rule: "commit.agree", Sentence: first},
		{Kind: Missed, Doc: "m1", Category: Mechanisms, Item: `"Joint Working Group" (JWG) PAK+USA`,
			Sentence: "The JWG will meet soon."},
		{Kind: Missed, Doc: "m2", Category: Events, Item: "COERCE PAK->---",
			Evidence: "Nothing", Sentence: "Nothing."},
	}
	if len(res.Misses) != len(want) {
		t.Fatalf("got %d misses, want %d: %+v", len(res.Misses), len(want), res.Misses)
	}
	for i := range want {
		if !reflect.DeepEqual(res.Misses[i], want[i]) {
			t.Errorf("miss %d:\ngot  %+v\nwant %+v", i, res.Misses[i], want[i])
		}
	}

	var b strings.Builder
	if err := res.WriteMisses(&b); err != nil {
		t.Fatal(err)
	}
	wantText := `== m1
  false positive  persons      "Donald Blome" (Blome) USA "Ambassador"
      sentence: Mr Naqvi met Blome!
  missed          persons      "Mohsin Naqvi" (Mr Naqvi) PAK
      sentence: Mr Naqvi met Blome!
  false positive  events       AGREE 036 PAK->CHN future  [rule agree.to]
      evidence: agreed to hold
      sentence: ISLAMABAD: Pakistan and the United States agreed to hold talks.
  false positive  events       support 051 PAK->USA  [rule support.x]
      evidence: Naqvi met Blome
      sentence: Mr Naqvi met Blome!
  missed          events       AGREE 036 PAK<->USA future 2024-10
      evidence: agreed to hold talks
      sentence: ISLAMABAD: Pakistan and the United States agreed to hold talks.
  false positive  commitments  "hold talks" PAK due 2024-10-01  [rule commit.agree]
      evidence: agreed to hold talks
      sentence: ISLAMABAD: Pakistan and the United States agreed to hold talks.
  missed          mechanisms   "Joint Working Group" (JWG) PAK+USA
      sentence: The JWG will meet soon.
== m2
  missed          events       COERCE PAK->---
      evidence: Nothing
      sentence: Nothing.
`
	if b.String() != wantText {
		t.Errorf("WriteMisses:\n%s\nwant\n%s", b.String(), wantText)
	}

	wantConf := Confusion{{"CONSULT", "CONSULT"}: 1, {"AGREE", "SUPPORT"}: 1}
	if !reflect.DeepEqual(res.Confusion, wantConf) {
		t.Errorf("confusion %v, want %v", res.Confusion, wantConf)
	}
}

func TestMissesOff(t *testing.T) {
	res := scoreText(t, missesGold, missesSystem, Options{})
	if res.Misses != nil || res.Confusion != nil {
		t.Errorf("misses %v, confusion %v; want neither", res.Misses, res.Confusion)
	}
}

func TestSentence(t *testing.T) {
	text := "First one. Second: the U.S. side agreed!\nThird line without end"
	tests := []struct {
		name  string
		ev    accord.Evidence
		names []string
		want  string
	}{
		{"by offsets", accord.Evidence{Span: accord.Span{Start: 11, End: 17}, Text: "Second"}, nil, "Second: the U.S. side agreed!"}, // "U.S." does not end it
		{"offsets that do not hold the text", accord.Evidence{Span: accord.Span{Start: 0, End: 5}, Text: "Third"}, nil, "Third line without end"},
		{"by search", accord.Evidence{Text: "side agreed"}, nil, "Second: the U.S. side agreed!"},
		{"by name", accord.Evidence{}, []string{"Nobody", "First"}, "First one."},
		{"not found", accord.Evidence{Text: "absent"}, []string{"", " "}, ""},
		{"offsets out of range", accord.Evidence{Span: accord.Span{Start: 50, End: 500}, Text: "x"}, nil, ""},
	}
	for _, tt := range tests {
		if got := sentence(text, tt.ev, tt.names); got != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestConfusion(t *testing.T) {
	ev := func(typ, src, tgt string, sym, opt bool) GoldEvent {
		return GoldEvent{Type: typ, Source: src, Target: tgt, Symmetric: sym, Optional: opt}
	}
	sev := func(typ, src, tgt string) SysEvent {
		return SysEvent{Type: typ, Source: SysActor{Country: src}, Target: SysActor{Country: tgt}}
	}
	tests := []struct {
		name string
		gold []GoldEvent
		sys  []SysEvent
		want Confusion
	}{
		{"same type first, then any",
			[]GoldEvent{ev("AGREE", "PAK", "USA", true, false), ev("CONSULT", "PAK", "USA", true, false)},
			[]SysEvent{sev("CONSULT", "USA", "PAK"), sev("consult", "PAK", "USA")},
			Confusion{{"CONSULT", "CONSULT"}: 1, {"AGREE", "CONSULT"}: 1}},
		{"directed gold wants the same order",
			[]GoldEvent{ev("COERCE", "PAK", "AFG", false, false)},
			[]SysEvent{sev("ASSAULT", "AFG", "PAK"), sev("ASSAULT", "PAK", "AFG")},
			Confusion{{"COERCE", "ASSAULT"}: 1}},
		{"required before optional; extra system events left out",
			[]GoldEvent{ev("AGREE", "PAK", "---", false, true), ev("SUPPORT", "PAK", "---", false, false)},
			[]SysEvent{sev("REQUEST", "PAK", ""), sev("REQUEST", "PAK", "---"), sev("REQUEST", "PAK", "---")},
			Confusion{{"SUPPORT", "REQUEST"}: 1, {"AGREE", "REQUEST"}: 1}},
		{"no actor match", []GoldEvent{ev("AGREE", "PAK", "USA", false, false)}, []SysEvent{sev("AGREE", "IND", "USA")}, Confusion{}},
	}
	for _, tt := range tests {
		c := Confusion{}
		confuse(tt.gold, tt.sys, c)
		if !reflect.DeepEqual(c, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, c, tt.want)
		}
	}

	res := Result{Confusion: Confusion{{"AGREE", "AGREE"}: 12, {"AGREE", "CONSULT"}: 3, {"CONSULT", ""}: 1}}
	var b strings.Builder
	if err := res.WriteConfusion(&b); err != nil {
		t.Fatal(err)
	}
	want := `event types, among events with matching actors (rows: gold, columns: system)
gold \ system  -  AGREE  CONSULT
AGREE          .     12        3
CONSULT        1      .        .
`
	if b.String() != want {
		t.Errorf("WriteConfusion:\n%s\nwant\n%s", b.String(), want)
	}
}
