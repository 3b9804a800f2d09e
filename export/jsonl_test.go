package export

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"

	"github.com/accord-events/accord"
)

// decodeJSONL reads records back from a jsonl export.
func decodeJSONL(t testing.TB, out []byte) []accord.Record {
	t.Helper()
	var recs []accord.Record
	rr := NewRecordReader(bytes.NewReader(out), "export")
	for {
		rec, err := rr.Next()
		if err != nil {
			break
		}
		recs = append(recs, rec)
	}
	if n := bytes.Count(out, []byte("\n")); n != len(recs) {
		t.Fatalf("%d lines but %d records read back", n, len(recs))
	}
	return recs
}

// TestJSONLRecords: whole records come back as they went in, reports
// without events included.
func TestJSONLRecords(t *testing.T) {
	in := testRecords()
	got := decodeJSONL(t, export(t, JSONL, Options{}, in))
	if len(got) != len(in) {
		t.Fatalf("%d records, want %d", len(got), len(in))
	}
	for i := range in {
		if !reflect.DeepEqual(got[i], normalize(in[i])) {
			g, _ := json.Marshal(got[i])
			w, _ := json.Marshal(normalize(in[i]))
			t.Errorf("record %d:\n got %s\nwant %s", i+1, g, w)
		}
	}
}

// TestJSONLRows: rows, as a store gives them, gather into one record per
// report with the persons, commitments and mechanisms they carry.
func TestJSONLRows(t *testing.T) {
	var buf bytes.Buffer
	w := NewJSONL(&buf)
	for _, r := range testRows() {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	got := decodeJSONL(t, buf.Bytes())
	for _, tc := range []struct {
		id                                       string
		events, persons, commitments, mechanisms int
	}{
		{"r1-meeting", 2, 2, 0, 0},
		{"r2-agreement", 2, 0, 1, 1},
		{"r3-arrest", 3, 0, 0, 0},
		{"r5-odd", 1, 0, 0, 0},
	} {
		var rec *accord.Record
		for i := range got {
			if got[i].ID == tc.id {
				rec = &got[i]
			}
		}
		if rec == nil {
			t.Errorf("no record %s", tc.id)
			continue
		}
		if len(rec.Events) != tc.events || len(rec.Persons) != tc.persons || len(rec.Commitments) != tc.commitments || len(rec.Mechanisms) != tc.mechanisms {
			t.Errorf("%s: %d events, %d persons, %d commitments, %d mechanisms; want %d, %d, %d, %d", tc.id,
				len(rec.Events), len(rec.Persons), len(rec.Commitments), len(rec.Mechanisms),
				tc.events, tc.persons, tc.commitments, tc.mechanisms)
		}
		if rec.Actors == nil || rec.Quotes == nil || rec.Times == nil {
			t.Errorf("%s: lists written as null", tc.id)
		}
	}
	if len(got) != 4 {
		t.Errorf("%d records from rows, want 4 (the report without events has no rows)", len(got))
	}
	if got[0].Title != "Mehmood, Marriott discuss cooperation" || got[0].URL == "" || len(got[0].Topics) != 3 {
		t.Errorf("report fields lost: %+v", got[0])
	}
}

// TestJSONLAsCoded: a record is written as `accord code` writes it: no HTML
// escaping, [] for empty lists.
func TestJSONLAsCoded(t *testing.T) {
	out := export(t, JSONL, Options{}, []accord.Record{{ID: "a&b", Date: "2025-01-01"}})
	want := `{"id":"a&b","date":"2025-01-01","persons":[],"actors":[],"events":[],"commitments":[],"mechanisms":[],"times":[],"quotes":[],"topics":[]}` + "\n"
	if string(out) != want {
		t.Errorf("got  %s\nwant %s", out, want)
	}
}
