package store

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestCorrectionValidate(t *testing.T) {
	for _, c := range []struct {
		c  Correction
		ok bool
	}{
		{Correction{Kind: PersonMerge, Target: "a", Payload: json.RawMessage(`{"into":"b"}`)}, true},
		{Correction{Kind: PersonMerge, Target: "a", Payload: json.RawMessage(`{}`)}, false},
		{Correction{Kind: EventReject, Target: "r@1"}, true},
		{Correction{Kind: EventReject, Target: " "}, false},
		{Correction{Kind: CommitmentStatus, Target: "r@0", Payload: json.RawMessage(`{"status":"held"}`)}, false},
		{Correction{Kind: CommitmentStatus, Target: "r@0", Payload: json.RawMessage(`{"status":"cancelled"}`)}, true},
		{Correction{Kind: PersonEdit, Target: "a", Payload: json.RawMessage(`{`)}, false},
		{Correction{Kind: "person.delete", Target: "a"}, false},
		{Correction{Kind: EventEdit, Target: "r@1", Payload: json.RawMessage(`{"type":"REJECT","cameo":"125"}`)}, true},
		{Correction{Kind: EventEdit, Target: "r@1", Payload: json.RawMessage(`{"type":"AGREE","cameo":"125"}`)}, false}, // 125 is REJECT
		{Correction{Kind: EventEdit, Target: "r@1", Payload: json.RawMessage(`{"cameo":"999"}`)}, false},
		{Correction{Kind: EventEdit, Target: "r@1", Payload: json.RawMessage(`{"type":"DEMAND"}`)}, false},
	} {
		err := c.c.Validate()
		if (err == nil) != c.ok || (err != nil && !errors.Is(err, ErrBadCorrection)) {
			t.Errorf("Validate(%+v) = %v, want ok %v", c.c, err, c.ok)
		}
	}
}

func TestOverlay(t *testing.T) {
	ids := map[string]string{"a": "a", "b": "b", "c": "c", "r1@5": "e1", "r2@9": "e2", "e1": "e1", "e2": "e2"}
	resolve := func(kind, target string) string { return ids[target] }
	o := NewOverlay([]Correction{
		{ID: 1, Kind: PersonMerge, Target: "a", Payload: json.RawMessage(`{"into":"b"}`)},
		{ID: 2, Kind: PersonMerge, Target: "b", Payload: json.RawMessage(`{"into":"a"}`)}, // a cycle ends somewhere
		{ID: 3, Kind: PersonEdit, Target: "c", Payload: json.RawMessage(`{"country":"AFG"}`)},
		{ID: 4, Kind: EventReject, Target: "r2@9", Payload: json.RawMessage(`{}`)},
		{ID: 5, Kind: PersonMerge, Target: "unknown", Payload: json.RawMessage(`{"into":"b"}`)},
	}, resolve)
	ps := o.People([]PersonRecord{
		{ID: "a", Reports: 2, Keys: []string{"x"}, First: "2025-02-01", Last: "2025-03-01",
			Titles: []TitleSpan{{Key: "k", First: "2025-02-01", Last: "2025-03-01", Reports: 2}}},
		{ID: "b", Reports: 1, Keys: []string{"y"}, First: "2025-01-01", Last: "2025-01-01",
			Titles: []TitleSpan{{Key: "k", First: "2025-01-01", Last: "2025-01-01", Reports: 1}}},
		{ID: "c", Reports: 1},
	})
	if len(ps) != 2 || ps[0].Reports != 3 || ps[0].First != "2025-01-01" || len(ps[0].Titles) != 1 || ps[0].Titles[0].Reports != 3 {
		t.Errorf("merged persons %+v", ps)
	}
	if ps[1].Country != "AFG" || len(ps[1].Corrected) != 1 {
		t.Errorf("edited person %+v", ps[1])
	}
	es := o.Events([]EventRecord{{ID: "e2", NumArticles: 2, Mentions: []EventMention{
		{Key: "r2@9", Report: ReportRef{ID: "r2", Source: "APP"}, Sentences: 1},
		{Key: "r3@4", Report: ReportRef{ID: "r3", Source: "Dawn"}, Sentences: 2},
	}}})
	if len(es) != 1 || es[0].NumArticles != 1 || es[0].NumMentions != 2 || es[0].NumSources != 1 {
		t.Errorf("event after a rejected mention %+v", es)
	}
	if !o.EventTouched("e2") || o.EventTouched("e1") {
		t.Error("EventTouched")
	}
	var none *Overlay
	if !none.Empty() || len(none.People([]PersonRecord{{ID: "a"}})) != 1 {
		t.Error("a nil overlay changes nothing")
	}
}

func TestRecode(t *testing.T) {
	meeting := EventRecord{Type: "CONSULT", Cameo: "043", CameoLabel: "Host a visit", QuadClass: 1, Goldstein: 2.8}
	tests := []struct {
		name, typ, code string
		want            EventRecord
	}{
		{"nothing", "", "", meeting},
		{"a type of another code", "REJECT", "", EventRecord{Type: "REJECT", Cameo: "120", QuadClass: 3, Goldstein: -4}},
		{"a type the code already has", "CONSULT", "", meeting},
		{"a code", "", "036", EventRecord{Type: "AGREE", Cameo: "036", QuadClass: 1, Goldstein: 4}},
		{"both", "ASSAULT", "190", EventRecord{Type: "ASSAULT", Cameo: "190", QuadClass: 4, Goldstein: -10}},
	}
	for _, tt := range tests {
		e := meeting
		recode(&e, tt.typ, tt.code)
		got := [4]any{e.Type, e.Cameo, e.QuadClass, e.Goldstein}
		if want := [4]any{tt.want.Type, tt.want.Cameo, tt.want.QuadClass, tt.want.Goldstein}; got != want {
			t.Errorf("%s: got %v, want %v", tt.name, got, want)
		}
	}
}
