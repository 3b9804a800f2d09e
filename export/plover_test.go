package export

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/accord-events/accord/cameo"
)

// ploverLines decodes a PLOVER export, checking that every line is one JSON
// object with PLOVER's required fields and their types.
func ploverLines(t testing.TB, out []byte) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for i, line := range bytes.Split(bytes.TrimSuffix(out, []byte("\n")), []byte("\n")) {
		if len(line) == 0 {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		for field, kind := range map[string]string{
			"id": "string", "date": "string", "actor": "list", "recipient": "list", "event": "list",
			"mode": "list", "context": "list", "event_text": "string", "text_info": "object",
			"cite_info": "object", "accord": "object",
		} {
			v, ok := m[field]
			if !ok {
				t.Fatalf("line %d has no %q", i+1, field)
			}
			var okType bool
			switch kind {
			case "string":
				_, okType = v.(string)
			case "list":
				_, okType = v.([]any)
			case "object":
				_, okType = v.(map[string]any)
			}
			if !okType {
				t.Fatalf("line %d: %q is %T, want a %s", i+1, field, v, kind)
			}
		}
		recs = append(recs, m)
	}
	return recs
}

func TestPLOVERRecords(t *testing.T) {
	recs := ploverLines(t, export(t, PLOVER, Options{}, testRecords()))
	if len(recs) != 8 {
		t.Fatalf("%d records, want 8", len(recs))
	}
	for _, tc := range []struct {
		rec  int
		path string
		want string // JSON
	}{
		{0, "id", `"r1-meeting:e1"`},
		{0, "date", `"2025-03-03"`},
		{0, "event", `["CONSULT"]`},
		{0, "quad_code", `1`},
		// A meeting: both parties are actors, there is no recipient.
		{0, "actor", `[{"code":"PAK","sector":"GOV","entity_text":"Interior Minister Tariq Mehmood","entity_name":"Tariq Mehmood","office":"Interior Minister"},{"code":"GBR","sector":"GOV","entity_text":"British High Commissioner Jane Marriott","entity_name":"Jane Marriott","office":"British High Commissioner"}]`},
		{0, "recipient", `[]`},
		{0, "context", `["diplomatic","terrorism"]`},
		{0, "text_info", `{"offset_unit":"byte","start":0,"end":110,"trigger_start":43,"trigger_end":46}`},
		{0, "cite_info", `{"url":"https://example.org/news/r1?a=1&b=2","title":"Mehmood, Marriott discuss cooperation","publication":"Example Daily","pub_date":"2025-03-04","coder":"accord"}`},
		{0, "accord.date_precision", `"day"`},
		{0, "accord.num_mentions", `2`},
		{1, "actor", `[{"code":"GBR","sector":"GOV","entity_text":"The envoy","entity_name":"Jane Marriott","office":"British High Commissioner"}]`},
		{1, "recipient", `[{"code":"PAK","sector":"GOV","entity_text":"Pakistan","entity_name":"Pakistan"}]`},
		{1, "date", `"2025-03-04"`},
		{2, "context", `["economic","disasters","environment","election"]`},
		{2, "accord.mechanism", `{"id":"m1","name":"Joint Coordination Committee","kind":"committee"}`},
		{2, "accord.commitments", `[{"id":"c1","what":"hold the next round of their Joint Coordination Committee in Islamabad on June 16","status":"pending","due":{"span":{"start":113,"end":123},"text":"on June 16","value":"2025-06-16","start":"2025-06-16","end":"2025-06-16","precision":"day","anchor":"2025-05-12"}}]`},
		{3, "date", `"2025-05-12"`},
		{3, "mode", `["multilateral"]`},
		{3, "accord.date", `"2025-06-16"`},
		{3, "accord.tense", `"future"`},
		{4, "recipient", `[{"code":"PAK","sector":"","entity_text":""}]`},
		{4, "quad_code", `4`},
		{4, "context", `[]`},
		{4, "accord.date_precision", `"month"`},
		{5, "actor", `[{"code":"UNO","sector":"IGO","entity_text":"UN Security Council","entity_name":"UN Security Council"}]`},
		{5, "recipient", `[{"code":"TLS","sector":"JRN","entity_text":"-state media","entity_name":"-state media"}]`},
		{6, "actor", `[{"code":"IGO","sector":"MIL","entity_text":"NATO forces","entity_name":"NATO forces"}]`},
		{6, "recipient", `[{"code":"","sector":"MED","entity_text":"doctors","entity_name":"doctors"}]`},
		{6, "accord.source.country", `"NTO"`},
		{7, "actor", `[]`},
		{7, "event", `[]`},
		{7, "date", `""`},
	} {
		got, ok := lookup(recs[tc.rec], tc.path)
		if !ok {
			t.Errorf("record %d has no %s", tc.rec+1, tc.path)
			continue
		}
		var want any
		if err := json.Unmarshal([]byte(tc.want), &want); err != nil {
			t.Fatalf("bad want %s: %v", tc.want, err)
		}
		gb, _ := json.Marshal(got)
		wb, _ := json.Marshal(want)
		if !bytes.Equal(gb, wb) {
			t.Errorf("record %d %s = %s, want %s", tc.rec+1, tc.path, gb, wb)
		}
	}
	if _, ok := recs[4]["quad_code"]; !ok {
		t.Error("quad_code missing for a PLOVER type")
	}
	if _, ok := recs[7]["quad_code"]; ok {
		t.Error("quad_code written for an event with no type")
	}
}

// lookup follows a dotted path into decoded JSON.
func lookup(m map[string]any, path string) (any, bool) {
	var v any = m
	for _, k := range strings.Split(path, ".") {
		obj, ok := v.(map[string]any)
		if !ok {
			return nil, false
		}
		if v, ok = obj[k]; !ok {
			return nil, false
		}
	}
	return v, true
}

func TestPloverQuad(t *testing.T) {
	want := map[string]int{
		"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
		"COOPERATE": 2, "AID": 2, "RETREAT": 2,
		"REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
		"PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
		"": 0, "FIGHT": 0, "consult": 0,
	}
	for typ, q := range want {
		if got := PloverQuad(typ); got != q {
			t.Errorf("PloverQuad(%q) = %d, want %d", typ, got, q)
		}
	}
	// Every type the coder knows has a quad.
	for _, typ := range cameo.PloverTypes {
		if PloverQuad(typ) == 0 {
			t.Errorf("PLOVER type %s has no quad", typ)
		}
	}
}

func TestPloverContexts(t *testing.T) {
	for _, tc := range []struct {
		topics []string
		want   []string
	}{
		{nil, []string{}},
		{[]string{"sport", "training", "education", "peace"}, []string{}},
		{[]string{"counterterrorism"}, []string{"terrorism"}},
		{[]string{"policing", "narcotics", "judiciary"}, []string{"crime", "illegal_drugs", "legal"}},
		{[]string{"disasters and climate", "nuclear", "cyber"}, []string{"disasters", "environment", "cbrn", "cyber"}},
		{[]string{"defence", "diplomacy", "defence"}, []string{"military", "diplomatic"}},
		{[]string{"trade", "energy", "human rights", "health", "elections", "migration", "corruption"},
			[]string{"economic", "natural_resource", "human_rights", "health", "election", "migration", "corruption"}},
	} {
		if got := PloverContexts(tc.topics); !slices.Equal(got, tc.want) || got == nil {
			t.Errorf("PloverContexts(%q) = %#v, want %q", tc.topics, got, tc.want)
		}
	}
}

// TestTopicsMapped keeps the topic map in step with the topics lexicon:
// every topic there is mapped or listed as having no context.
func TestTopicsMapped(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "lexicon", "data", "topics.lex"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Split(line, "|")
		if len(f) < 4 || strings.TrimSpace(f[0]) != "topic" {
			continue
		}
		topic := strings.TrimSpace(f[len(f)-1])
		if _, ok := topicContexts[topic]; !ok && !slices.Contains(noContext, topic) {
			t.Errorf("topic %q has no PLOVER context and is not listed in noContext", topic)
		}
	}
}

func TestPloverCoder(t *testing.T) {
	recs := ploverLines(t, export(t, PLOVER, Options{Coder: "accord v1.2"}, testRecords()[:1]))
	if got, _ := lookup(recs[0], "cite_info.coder"); got != "accord v1.2" {
		t.Errorf("coder = %v, want accord v1.2", got)
	}
}
