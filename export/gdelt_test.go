package export

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/accord-events/accord"
)

// gdeltLines splits a GDELT export into lines of fields, checking that each
// has exactly 61.
func gdeltLines(t testing.TB, out []byte) [][]string {
	t.Helper()
	s := string(out)
	if s == "" {
		return nil
	}
	if !strings.HasSuffix(s, "\n") {
		t.Fatalf("GDELT output does not end with a line end")
	}
	var rows [][]string
	for i, line := range strings.Split(strings.TrimSuffix(s, "\n"), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 61 {
			t.Fatalf("line %d has %d tab-separated fields, want 61: %q", i+1, len(f), line)
		}
		rows = append(rows, f)
	}
	return rows
}

func TestGDELTColumns(t *testing.T) {
	if n := len(GDELTColumns()); n != 61 {
		t.Fatalf("%d GDELT columns, want 61", n)
	}
	for name, i := range map[string]int{
		"GlobalEventID": gID, "Actor1Code": gActor1, "Actor2Code": gActor2, "IsRootEvent": gRoot,
		"EventCode": gEventCode, "QuadClass": gQuad, "GoldsteinScale": gGoldstein, "NumArticles": gArticles,
		"AvgTone": gTone, "Actor1Geo_Type": gActor1Geo, "Actor2Geo_Type": gActor2Geo,
		"ActionGeo_Type": gActionGeo, "DATEADDED": gDateAdded, "SOURCEURL": gSourceURL,
	} {
		if GDELTColumns()[i] != name {
			t.Errorf("column %d is %s, want %s", i, GDELTColumns()[i], name)
		}
	}
}

// TestGDELTFields checks, column by column, the fields accord fills.
func TestGDELTFields(t *testing.T) {
	rows := gdeltLines(t, export(t, GDELT, Options{}, testRecords()))
	if len(rows) != 8 {
		t.Fatalf("%d lines, want 8 (one per event)", len(rows))
	}
	col := map[string]int{}
	for i, c := range GDELTColumns() {
		col[c] = i
	}
	for _, tc := range []struct {
		row    int
		column string
		want   string
	}{
		{0, "GlobalEventID", strconv.FormatInt(EventID("r1-meeting", "e1"), 10)},
		{0, "Day", "20250303"},
		{0, "MonthYear", "202503"},
		{0, "Year", "2025"},
		{0, "FractionDate", "2025.1699"},
		{0, "Actor1Code", "PAKGOV"},
		{0, "Actor1Name", "TARIQ MEHMOOD"},
		{0, "Actor1CountryCode", "PAK"},
		{0, "Actor1Type1Code", "GOV"},
		{0, "Actor2Code", "GBRGOV"},
		{0, "Actor2Name", "JANE MARRIOTT"},
		{0, "IsRootEvent", "1"},
		{0, "EventCode", "040"},
		{0, "EventBaseCode", "040"},
		{0, "EventRootCode", "04"},
		{0, "QuadClass", "1"},
		{0, "GoldsteinScale", "1"},
		{0, "NumMentions", "2"},
		{0, "NumSources", "1"},
		{0, "NumArticles", "1"},
		{0, "AvgTone", ""},
		{0, "Actor1Geo_Type", "0"},
		{0, "Actor1Geo_FullName", ""},
		{0, "ActionGeo_Type", "0"},
		{0, "ActionGeo_FullName", "Islamabad"},
		{0, "ActionGeo_CountryCode", ""},
		{0, "DATEADDED", "20250304000000"},
		{0, "SOURCEURL", "https://example.org/news/r1?a=1&b=2"},
		{1, "Day", "20250304"}, // no date in the text: the report's
		{1, "IsRootEvent", "0"},
		{1, "GoldsteinScale", "3.4"},
		{1, "Actor2Name", "PAKISTAN"},
		{2, "Day", "20250512"},
		{3, "Day", "20250512"}, // promised for June 16: dated to the promise
		{3, "SOURCEURL", "r2-agreement"},
		{4, "Actor1Code", "PAKCOP"},
		{4, "Actor2Code", "PAK"},
		{4, "Actor2Name", ""},
		{4, "Actor2Type1Code", ""},
		{4, "EventCode", "173"},
		{4, "EventRootCode", "17"},
		{4, "GoldsteinScale", "-5"},
		{4, "ActionGeo_FullName", "Torkham, Khyber"},
		{4, "SOURCEURL", "Wire, Inc. (r3-arrest)"},
		{5, "Actor1Code", "UNO"},
		{5, "Actor1CountryCode", ""},
		{5, "Actor1KnownGroupCode", "UNO"},
		{5, "Actor1Type1Code", "IGO"},
		{5, "Actor2Code", "TMPMED"}, // East Timor in CAMEO; PLOVER's JRN is CAMEO's MED
		{5, "Actor2CountryCode", "TMP"},
		{5, "Actor2Type1Code", "MED"},
		{6, "Actor1Code", "NATMIL"},
		{6, "Actor1KnownGroupCode", "NAT"},
		{6, "Actor2Code", "HLH"}, // no country; PLOVER's MED is CAMEO's HLH
		{6, "Actor2CountryCode", ""},
		{6, "QuadClass", "1"}, // from the root when the record has none
		{6, "EventBaseCode", "020"},
		{7, "Day", ""},
		{7, "DATEADDED", ""},
		{7, "Actor1Code", ""},
		{7, "EventCode", "4"},
		{7, "EventBaseCode", "4"},
		{7, "QuadClass", ""},
		{7, "SOURCEURL", "r5-odd"},
	} {
		if got := rows[tc.row][col[tc.column]]; got != tc.want {
			t.Errorf("line %d %s = %q, want %q", tc.row+1, tc.column, got, tc.want)
		}
	}
}

func TestGDELTDateAdded(t *testing.T) {
	r := testRows()[0]
	r.Report.Added = time.Date(2025, 3, 4, 17, 45, 9, 0, time.FixedZone("PKT", 5*3600))
	f := gdeltRow(r)
	if got := f[gDateAdded]; got != "20250304124509" {
		t.Errorf("DATEADDED = %q, want the store's time in UTC, 20250304124509", got)
	}
	r.GlobalID = 987654321
	if got := gdeltRow(r)[gID]; got != "987654321" {
		t.Errorf("GlobalEventID = %q, want the store's 987654321", got)
	}
	r.NumMentions, r.NumSources, r.NumArticles = 0, -1, 7
	f = gdeltRow(r)
	if f[gMentions] != "1" || f[gSources] != "1" || f[gArticles] != "7" {
		t.Errorf("counts %s/%s/%s, want 1/1/7", f[gMentions], f[gSources], f[gArticles])
	}
}

func TestFractionDate(t *testing.T) {
	for _, tc := range []struct {
		date string
		want string
	}{
		{"1979-01-01", "1979.0027"},
		{"2025-03-03", "2025.1699"},
		{"2025-07-02", "2025.5014"},
		{"2025-12-30", "2025.9973"},
		{"2025-12-31", "2025.9999"},
		{"2024-12-31", "2024.9999"}, // day 366 of a leap year
	} {
		d, _ := accord.ParseDate(tc.date)
		if got := fractionDate(d.Year(), d.YearDay()); got != tc.want {
			t.Errorf("fractionDate(%s) = %s, want %s", tc.date, got, tc.want)
		}
	}
}

func TestGDELTActor(t *testing.T) {
	for _, tc := range []struct {
		a                                 accord.Actor
		p                                 *accord.Person
		code, name, country, group, type1 string
	}{
		{accord.Actor{Country: "PAK", Agent: "GOV", Name: "Shehbaz Sharif"}, nil, "PAKGOV", "SHEHBAZ SHARIF", "PAK", "", "GOV"},
		{accord.Actor{Country: "PAK"}, nil, "PAK", "", "PAK", "", ""},
		{accord.Actor{Country: accord.NoCountry, Agent: "CRM", Name: "smugglers"}, nil, "CRM", "SMUGGLERS", "", "", "CRM"},
		{accord.Actor{Country: "", Agent: "", Name: ""}, nil, "", "", "", "", ""},
		{accord.Actor{Country: "UNO", Agent: "IGO", Name: "UNESCO"}, nil, "UNO", "UNESCO", "", "UNO", "IGO"},
		{accord.Actor{Country: "EUR", Agent: "IGO"}, nil, "EEC", "", "", "EEC", "IGO"},
		{accord.Actor{Country: "NTO", Agent: "MIL"}, nil, "NATMIL", "", "", "NAT", "MIL"},
		{accord.Actor{Country: "IGO", Agent: "IGO", Name: "SCO"}, nil, "IGO", "SCO", "", "", "IGO"},
		{accord.Actor{Country: "KSV", Agent: "GOV"}, nil, "KSVGOV", "", "KSV", "", "GOV"},
		{accord.Actor{Country: "TLS", Agent: "JRN"}, nil, "TMPMED", "", "TMP", "", "MED"},
		{accord.Actor{Country: "IRN", Agent: "GOV", Person: "p1"}, &accord.Person{Name: "Abbas Araghchi"}, "IRNGOV", "ABBAS ARAGHCHI", "IRN", "", "GOV"},
		{accord.Actor{Country: "DEU", Agent: "GOV", Name: "Außenministerin Baerbock"}, nil, "DEUGOV", "AUßENMINISTERIN BAERBOCK", "DEU", "", "GOV"},
	} {
		f := gdeltActor(tc.a, tc.p)
		got := [5]string{f[0], f[1], f[2], f[3], f[7]}
		want := [5]string{tc.code, tc.name, tc.country, tc.group, tc.type1}
		if got != want {
			t.Errorf("gdeltActor(%+v) = %q, want %q", tc.a, got, want)
		}
		for _, i := range []int{4, 5, 6, 8, 9} {
			if f[i] != "" {
				t.Errorf("gdeltActor(%+v) field %d = %q, want empty", tc.a, i, f[i])
			}
		}
	}
}

func TestTSVField(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                 "plain",
		"a\tb":                  "a b",
		"line\r\nbreak":         "line  break",
		"para\u2029graph\u0085": "para graph ",
		"":                      "",
	} {
		if got := tsvField(in); got != want {
			t.Errorf("tsvField(%q) = %q, want %q", in, got, want)
		}
	}
}
