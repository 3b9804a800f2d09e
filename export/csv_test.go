package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"testing"
)

// readCSV parses a CSV export with encoding/csv, after its BOM if any.
func readCSV(t testing.TB, out []byte) [][]string {
	t.Helper()
	out = bytes.TrimPrefix(out, []byte("\uFEFF"))
	r := csv.NewReader(bytes.NewReader(out))
	r.FieldsPerRecord = len(csvColumns)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("the export does not parse as CSV: %v", err)
	}
	if len(recs) == 0 || !slices.Equal(recs[0], csvColumns) {
		t.Fatalf("header = %q, want %q", recs[0], csvColumns)
	}
	return recs[1:]
}

// TestCSVRoundTrip reads the export back with encoding/csv and finds every
// value as written, however awkward its text.
func TestCSVRoundTrip(t *testing.T) {
	rows := testRows()
	got := readCSV(t, export(t, CSV, Options{}, testRecords()))
	if len(got) != len(rows) {
		t.Fatalf("%d CSV rows, want %d", len(got), len(rows))
	}
	for i, r := range rows {
		e := r.Event
		want := map[string]string{
			"report_id": r.Report.ID, "report_date": r.Report.Date, "event_id": e.ID, "type": e.Type,
			"cameo": e.Cameo, "cameo_label": e.CameoLabel,
			"source_country": country(e.Source.Country), "source_sector": e.Source.Agent, "source_name": e.Source.Name,
			"target_country": country(e.Target.Country), "target_sector": e.Target.Agent, "target_name": e.Target.Name,
			"symmetric": strconv.FormatBool(e.Symmetric), "tense": string(e.Tense), "date": e.Date, "place": e.Place,
			"evidence": e.Evidence.Text, "trigger": e.Trigger.Text, "rule": e.Rule, "url": r.Report.URL,
		}
		for j, c := range csvColumns {
			w, ok := want[c]
			if !ok {
				continue
			}
			if got[i][j] != w {
				t.Errorf("row %d %s = %q, want %q", i+1, c, got[i][j], w)
			}
		}
	}
	// Numbers as a spreadsheet reads them.
	if got[4][6] != "4" || got[4][7] != "-5" {
		t.Errorf("arrest quad, goldstein = %q, %q, want 4, -5", got[4][6], got[4][7])
	}
	if got[7][7] != "0" {
		t.Errorf("goldstein of an event with a CAMEO code and no value = %q, want 0", got[7][7])
	}
}

func TestCSVOptions(t *testing.T) {
	for _, tc := range []struct {
		name   string
		opts   Options
		bom    bool
		cameo  string // of the arrest
		rule   string // of the arrest: "=SUM(A1) ..."
		target string // of the UN's criticism: "-state media"
		goldst string // of the arrest, a negative number: never guarded
	}{
		{"plain", Options{}, false, "173", "=SUM(A1) -> COERCE 173", "-state media", "-5"},
		{"bom", Options{BOM: true}, true, "173", "=SUM(A1) -> COERCE 173", "-state media", "-5"},
		{"excel", Options{Excel: true}, true, `="173"`, "'=SUM(A1) -> COERCE 173", "'-state media", "-5"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := export(t, CSV, tc.opts, testRecords())
			if got := bytes.HasPrefix(out, []byte("\uFEFF")); got != tc.bom {
				t.Errorf("BOM = %v, want %v", got, tc.bom)
			}
			if !bytes.Contains(out, []byte("\r\n")) || bytes.Count(out, []byte("\r\n")) < 9 {
				t.Errorf("line ends are not CRLF")
			}
			rows := readCSV(t, out)
			if got := rows[4][4]; got != tc.cameo {
				t.Errorf("cameo = %q, want %q", got, tc.cameo)
			}
			if got := rows[4][20]; got != tc.rule {
				t.Errorf("rule = %q, want %q", got, tc.rule)
			}
			if got := rows[5][13]; got != tc.target {
				t.Errorf("target_name = %q, want %q", got, tc.target)
			}
			if got := rows[4][7]; got != tc.goldst {
				t.Errorf("goldstein = %q, want %q", got, tc.goldst)
			}

			// An export with no rows is a header (after the BOM, if any).
			empty := export(t, CSV, tc.opts, nil)
			if len(readCSV(t, empty)) != 0 {
				t.Error("an empty export has rows")
			}
		})
	}
}

func TestFormulaSafe(t *testing.T) {
	for in, want := range map[string]string{
		"=1+1": "'=1+1", "+92 300": "'+92 300", "-x": "'-x", "@SUM": "'@SUM", "\tx": "'\tx",
		"Police": "Police", "": "", "'quoted": "'quoted", "2025-02": "2025-02",
	} {
		if got := formulaSafe(in); got != want {
			t.Errorf("formulaSafe(%q) = %q, want %q", in, got, want)
		}
	}
}
