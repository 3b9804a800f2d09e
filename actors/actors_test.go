package actors_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/internal/casetest"
	"github.com/accord-events/accord/lexicon"
	"github.com/accord-events/accord/text"
)

// The reports below are written for these tests; the names are fictional
// unless the dictionaries know them (Mohsin Naqvi, Asim Munir).

var loadLexicon = sync.OnceValues(func() (*lexicon.Lexicon, error) { return lexicon.New() })

// find runs the actor finder over in the way pipeline.CodeTimed does, with
// home as the report's home country ("" lets Find choose).
func find(tb testing.TB, in, home string) *actors.Result {
	tb.Helper()
	lex, err := loadLexicon()
	if err != nil {
		tb.Fatalf("load lexicons: %v", err)
	}
	return actors.New(lex).Find(text.Analyze(in), home)
}

func personNamed(r *actors.Result, name string) (accord.Person, bool) {
	for _, p := range r.Persons {
		if p.Name == name {
			return p, true
		}
	}
	return accord.Person{}, false
}

func personNames(r *actors.Result) []string {
	var out []string
	for _, p := range r.Persons {
		out = append(out, fmt.Sprintf("%q (%s, %s)", p.Name, p.Title, p.Country))
	}
	return out
}

// hasWords reports whether s holds every word of key, ignoring case.
func hasWords(s, key string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return r == ' ' || r == ',' || r == '/' || r == '(' || r == ')'
	})
	have := map[string]bool{}
	for _, w := range words {
		have[w] = true
	}
	for _, w := range strings.Fields(strings.ToLower(key)) {
		if !have[w] {
			return false
		}
	}
	return true
}

// A wantPerson is a person a report must yield.
type wantPerson struct {
	name string
	// titleKey are the lower-case words any correct title holds
	// (GUIDELINES.md's title_key); "-" for no title, "" not checked.
	titleKey string
	country  string // "" when the report does not make it clear
	sector   string // "" not checked
	org      string // "" not checked
}

func (w wantPerson) check(c *casetest.Check, r *actors.Result) {
	p, ok := personNamed(r, w.name)
	if !ok {
		c.Errorf("no person %q; persons: %v", w.name, personNames(r))
		return
	}
	switch {
	case w.titleKey == "-" && p.Title != "":
		c.Errorf("%s: title %q, want none", w.name, p.Title)
	case w.titleKey != "" && w.titleKey != "-" && !hasWords(p.Title, w.titleKey):
		c.Errorf("%s: title %q, want one holding %q", w.name, p.Title, w.titleKey)
	}
	if p.Country != w.country {
		c.Errorf("%s: country %q, want %q", w.name, p.Country, w.country)
	}
	if w.sector != "" && p.Sector != w.sector {
		c.Errorf("%s: sector %q, want %q", w.name, p.Sector, w.sector)
	}
	if w.org != "" && p.Org != w.org {
		c.Errorf("%s: org %q, want %q", w.name, p.Org, w.org)
	}
}

func TestPersons(t *testing.T) {
	tests := []struct {
		name, in, home string
		want           []wantPerson
		known          string
	}{
		{
			name: "title before name",
			in:   "Interior Minister Tariq Mehmood chaired a meeting on border security.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "interior minister", country: "PAK", sector: "GOV"}},
		},
		{
			name: "lower-case title",
			in:   "The raid was led by police chief Tariq Mehmood, officials said.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "police chief", country: "PAK", sector: "COP"}},
		},
		{
			name: "apposition",
			in:   "Helen Carter, the British High Commissioner in Islamabad, met the interior secretary.",
			home: "PAK",
			want: []wantPerson{{name: "Helen Carter", titleKey: "high commissioner", country: "GBR", sector: "GOV"}},
		},
		{
			name: "reverse apposition",
			in:   "Speaking in Lahore, the UN's Special Rapporteur on Migration, Helen Carter, praised the police.",
			home: "PAK",
			want: []wantPerson{{name: "Helen Carter", titleKey: "special rapporteur", country: "UNO", org: "UN"}},
		},
		{
			name: "possessive owner gives the country",
			in:   "Pakistan's Additional Foreign Secretary for Afghanistan Tariq Mehmood arrived in Kabul.",
			home: "AFG",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "additional foreign secretary", country: "PAK"}},
		},
		{
			name: "nationality gives the country",
			in:   "Iraqi Interior Minister Abdul Amir al-Shammari arrived in Islamabad on Monday.",
			home: "PAK",
			want: []wantPerson{{name: "Abdul Amir al-Shammari", titleKey: "interior minister", country: "IRQ"}},
		},
		{
			name: "abbreviation PM",
			in:   "PM Tariq Mehmood chaired the cabinet meeting.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "prime minister", country: "PAK"}},
		},
		{
			name: "abbreviation COAS implies the country",
			in:   "COAS General Tariq Mehmood inspected the troops in Kabul.",
			home: "AFG",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "chief of army staff", country: "PAK", sector: "MIL"}},
		},
		{
			name: "abbreviations DPM/FM",
			in:   "DPM/FM Tariq Mehmood received the Turkish envoy.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "foreign minister", country: "PAK"}},
		},
		{
			name: "rank",
			in:   "Field Marshal Tariq Mehmood inspected the troops.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "field marshal", country: "PAK", sector: "MIL"}},
		},
		{
			name: "honorifics are not part of the name",
			in:   "Dr. Ayesha Siddiqa and Mr Khalid Rashid attended the seminar.",
			home: "PAK",
			want: []wantPerson{
				{name: "Ayesha Siddiqa", titleKey: "-", country: "PAK"},
				{name: "Khalid Rashid", titleKey: "-", country: "PAK"},
			},
		},
		{
			name: "name prefixes are kept",
			in:   "Syed Tariq Mehmood and Chaudhry Khalid Rashid attended the session.",
			home: "PAK",
			want: []wantPerson{
				{name: "Syed Tariq Mehmood", country: "PAK"},
				{name: "Chaudhry Khalid Rashid", country: "PAK"},
			},
		},
		{
			name: "particles bin and Al-",
			in:   "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani received the delegation.",
			home: "PAK",
			want: []wantPerson{{name: "Sheikh Mohammed bin Abdulrahman Al-Thani", titleKey: "prime minister", country: "QAT"}},
		},
		{
			name: "given name then bin",
			in:   "Saudi Minister of State Adel bin Ahmed Al-Jubeir arrived in Islamabad.",
			home: "PAK",
			want: []wantPerson{{name: "Adel bin Ahmed Al-Jubeir", titleKey: "minister of state", country: "SAU"}},
		},
		{
			name: "given name then al-",
			in:   "Foreign Minister Omar al-Kassim of Jordan visited Lahore on Monday.",
			home: "PAK",
			want: []wantPerson{{name: "Omar al-Kassim", titleKey: "foreign minister", country: "JOR"}},
		},
		{
			name: "plural title with a list of names",
			in:   "Senior PTI leaders Tariq Mehmood, Khalid Rashid and Ayesha Siddiqa addressed the rally.",
			home: "",
			want: []wantPerson{
				{name: "Tariq Mehmood", titleKey: "leader", country: "PAK", org: "PTI"},
				{name: "Khalid Rashid", titleKey: "leader", country: "PAK", org: "PTI"},
				{name: "Ayesha Siddiqa", titleKey: "leader", country: "PAK", org: "PTI"},
			},
		},
		{
			name: "a list member titled after a body's name",
			in:   "The delegation included senior PTI leaders Tariq Mehmood, Coordination Board Chairman Khalid Rashid and Aitzaz.",
			home: "PAK",
			want: []wantPerson{
				{name: "Khalid Rashid", titleKey: "chairman", country: "PAK"},
				{name: "Aitzaz", titleKey: "leader", country: "PAK"},
			},
		},
		{
			name: "known person from the dictionary",
			in:   "Mohsin Naqvi said the police would act against smugglers.",
			home: "AFG",
			want: []wantPerson{{name: "Mohsin Naqvi", titleKey: "interior minister", country: "PAK", sector: "GOV"}},
		},
		{
			name: "country from the body served",
			in:   "PTI chairman Tariq Mehmood addressed the rally in Kabul.",
			home: "AFG",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "chairman", country: "PAK", sector: "PTY", org: "PTI"}},
		},
		{
			name: "international body",
			in:   "UNESCO Director General Ayesha Siddiqa visited Lahore.",
			home: "PAK",
			want: []wantPerson{{name: "Ayesha Siddiqa", titleKey: "director general", country: "UNO", sector: "IGO", org: "UNESCO"}},
		},
		{
			name: "country from home",
			in:   "Interior Minister Tariq Mehmood chaired a meeting on border security.",
			home: "AFG",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "interior minister", country: "AFG"}},
		},
		{
			name: "former office",
			in:   "Former prime minister Tariq Mehmood was arrested on Monday.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "prime minister", country: "PAK"}},
		},
		{
			name: "two titled names joined by and",
			in:   "Libyan leader Zorbat Kulvani and Bulgarian President Tarvin Oskalo signed a treaty.",
			home: "",
			want: []wantPerson{
				{name: "Zorbat Kulvani", titleKey: "leader", country: "LBY"},
				{name: "Tarvin Oskalo", titleKey: "president", country: "BGR"},
			},
		},
		{
			name: "two titles without nationality joined by and",
			in:   "President Zorbat Kulvani and Prime Minister Tarvin Oskalo held talks.",
			home: "PAK",
			want: []wantPerson{
				{name: "Zorbat Kulvani", titleKey: "president", country: "PAK"},
				{name: "Tarvin Oskalo", titleKey: "prime minister", country: "PAK"},
			},
		},
		{
			name: "a lone given name before and another title",
			in:   "General Tariq and Interior Minister Khalid Rashid visited the border.",
			home: "PAK",
			want: []wantPerson{
				{name: "Tariq", titleKey: "general", country: "PAK"},
				{name: "Khalid Rashid", titleKey: "interior minister", country: "PAK"},
			},
		},
		{
			name: "a portfolio with and is not a name",
			in:   "Additional District and Sessions Judge Tariq Mehmood heard the case.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "additional district and sessions judge", country: "PAK"}},
		},
		{
			name: "a word joined to a name by a hyphen",
			in:   "The Tariq Mehmood-led committee met on Monday. Tariq Mehmood said it would report soon.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "-", country: "PAK"}},
		},
		{
			name: "a name with hyphened syllables",
			in:   "Acting President Choi Sang-mok met the delegation.",
			home: "KOR",
			want: []wantPerson{{name: "Choi Sang-mok", titleKey: "president", country: "KOR"}},
		},
		{
			name: "the delegation a person leads gives the country",
			in:   "The Afghan delegation was led by Director General Tariq Mehmood, while the Pakistani side was headed by Khalid Rashid.",
			home: "PAK",
			want: []wantPerson{
				{name: "Tariq Mehmood", titleKey: "director general", country: "AFG"},
				{name: "Khalid Rashid", country: "PAK"},
			},
		},
		{
			name: "a nationality in apposition",
			in:   "Police arrested Tariq Mehmood, an Afghan national, in Quetta.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", country: "AFG"}},
		},
		{
			name: "a portfolio joined by and after a body",
			in:   "Senior CDA officials including Member Administration and Estate Tariq Mehmood were present.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "member administration and estate", country: "PAK"}},
		},
		{
			name: "two offices of one person joined by and",
			in:   "The meeting was chaired by Chairman CDA and Chief Commissioner Islamabad, Tariq Mehmood, on Tuesday.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "chairman cda and chief commissioner", country: "PAK"}},
		},
		{
			name: "a portfolio joined by an ampersand",
			in:   "The envoy met Federal Minister for Law & Justice and Human Rights, Senator Tariq Mehmood, on Monday.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "minister for law & justice and human rights", country: "PAK"}},
		},
		{
			name: "a given name alone after the word for a suspect or a relative",
			in:   "Police said that accused Tariq had shot Naveed Ahmad and injured his brother Rashid.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq", country: "PAK"}, {name: "Rashid", country: "PAK"}},
		},
		{
			name: "particles van den",
			in:   "Dutch Foreign Minister Hans van den Berk said on Tuesday the talks would go on.",
			home: "",
			want: []wantPerson{{name: "Hans van den Berk", titleKey: "foreign minister", country: "NLD"}},
		},
		{
			name: "the body after a title in apposition",
			in:   "The visit was headed by Ms. Helen Carter, Director for International Relations, CERN. She met officials.",
			home: "PAK",
			want: []wantPerson{{name: "Helen Carter", titleKey: "director for international relations", country: "IGO", org: "CERN"}},
		},
		{
			name: "a one-word name after a title",
			in:   "Minister Muqam said on Monday that President Kulvani's visit went well.",
			home: "PAK",
			want: []wantPerson{{name: "Muqam", titleKey: "minister", country: "PAK"}, {name: "Kulvani", titleKey: "president", country: "PAK"}},
		},
		{
			name: "the country of a role that refers back to a person",
			in:   "Ambassador Zorbat Kulvani called on the minister. The Kyrgyz Ambassador said trade would grow.",
			home: "PAK",
			want: []wantPerson{{name: "Zorbat Kulvani", titleKey: "ambassador", country: "KGZ"}},
		},
		{
			name: "a bare leader in a role gives no country",
			in:   "Party leader Zorbat Kulvani spoke on Monday. He said Iran's leader had erred.",
			home: "PAK",
			want: []wantPerson{{name: "Zorbat Kulvani", titleKey: "leader", country: "PAK"}},
		},
		{
			// a known person whose surname is also a body's word ("gang")
			name: "known person with a body's word in the name",
			in:   "A delegation led by Lieutenant General Wang Gang called on the air chief.",
			home: "PAK",
			want: []wantPerson{{name: "Wang Gang", country: "CHN"}},
		},
		{
			name: "a name before said",
			in:   "Tariq Mehmood said the talks went well.",
			home: "PAK",
			want: []wantPerson{{name: "Tariq Mehmood", titleKey: "-", country: "PAK"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := casetest.New(t)
			r := find(t, tc.in, tc.home)
			for _, w := range tc.want {
				w.check(c, r)
			}
			c.Done(tc.known)
		})
	}
}

func TestFormerTitle(t *testing.T) {
	r := find(t, "Former prime minister Tariq Mehmood was arrested on Monday.", "PAK")
	p, ok := personNamed(r, "Tariq Mehmood")
	if !ok {
		t.Fatalf("no person; persons: %v", personNames(r))
	}
	if !p.Former {
		t.Errorf("Former = false for title %q", p.Title)
	}
}

// TestCoreference follows two persons through surnames, styles, roles and
// pronouns.
func TestCoreference(t *testing.T) {
	const in = "Helen Carter, the British High Commissioner in Islamabad, called on Interior Minister " +
		"Tariq Mehmood on Monday. Amb Carter praised the police. Mehmood thanked the envoy. " +
		"Mr Mehmood said he would visit London. The interior minister also met reporters."
	r := find(t, in, "PAK")
	tests := []struct {
		person, mention string
		kind            accord.MentionKind
	}{
		{"Helen Carter", "Helen Carter", accord.MentionName},
		{"Helen Carter", "Amb Carter", accord.MentionAlias},
		{"Helen Carter", "the envoy", accord.MentionRole},
		{"Tariq Mehmood", "Interior Minister Tariq Mehmood", accord.MentionName},
		{"Tariq Mehmood", "Mehmood", accord.MentionAlias},
		{"Tariq Mehmood", "Mr Mehmood", accord.MentionAlias},
		{"Tariq Mehmood", "he", accord.MentionPronoun},
		{"Tariq Mehmood", "The interior minister", accord.MentionRole},
	}
	for _, tc := range tests {
		t.Run(tc.mention, func(t *testing.T) {
			p, ok := personNamed(r, tc.person)
			if !ok {
				t.Fatalf("no person %q; persons: %v", tc.person, personNames(r))
			}
			var kinds []string
			for _, m := range p.Mentions {
				if m.Text == tc.mention {
					if m.Kind != tc.kind {
						t.Errorf("mention %q of %s is a %s, want %s", tc.mention, tc.person, m.Kind, tc.kind)
					}
					if got := m.Span.In(in); got != tc.mention {
						t.Errorf("mention %q has span %d-%d covering %q", tc.mention, m.Start, m.End, got)
					}
					return
				}
				kinds = append(kinds, fmt.Sprintf("%q/%s", m.Text, m.Kind))
			}
			t.Errorf("%s has no mention %q; mentions: %v", tc.person, tc.mention, kinds)
		})
	}
	if len(r.Persons) != 2 {
		t.Errorf("got %d persons, want 2: %v", len(r.Persons), personNames(r))
	}
}

func TestAliases(t *testing.T) {
	const in = "Interior Minister Tariq Mehmood met the delegation. Mr Mehmood said Mehmood's ministry would help."
	r := find(t, in, "PAK")
	p, ok := personNamed(r, "Tariq Mehmood")
	if !ok {
		t.Fatalf("no person; persons: %v", personNames(r))
	}
	for _, want := range []string{"Mr Mehmood"} {
		found := false
		for _, a := range p.Aliases {
			found = found || a == want
		}
		if !found {
			t.Errorf("aliases %q lack %q", p.Aliases, want)
		}
	}
	for _, a := range p.Aliases {
		if a == p.Name {
			t.Errorf("the full name %q is listed among the aliases", a)
		}
	}
}

// TestSamePerson checks that the forms a report uses for one person make one
// person, and that different persons stay apart.
func TestSamePerson(t *testing.T) {
	tests := []struct {
		name, in string
		// want maps each person's full name to mentions it must hold
		want  map[string][]string
		count int // the number of persons
	}{
		{
			name:  "a name without its last word",
			in:    "Omar Tariq Khan addressed the rally. Later Omar Tariq said the party would protest.",
			want:  map[string][]string{"Omar Tariq Khan": {"Omar Tariq"}},
			count: 1,
		},
		{
			name:  "a common first word does not make a short name part of a longer one",
			in:    "Police arrested Muhammad Umar Farooq and Muhammad Umar on Monday.",
			count: 2,
		},
		{
			name:  "another of a known person's names",
			in:    "Minister of State for Railways Bilal Azhar Kayani met officials. Officials thanked Bilal Kayani for his visit.",
			want:  map[string][]string{"Bilal Azhar Kayani": {"Bilal Kayani"}},
			count: 1,
		},
		{
			name: "Mr and a surname several persons share: the one named last",
			in: "Imran Khan's sister, Aleema Khan, sought Mr Khan's release. " +
				"Senator Gohar Khan spoke next. Mr Khan said the party would appeal.",
			want:  map[string][]string{"Imran Khan": {"Mr Khan"}, "Gohar Khan": {"Mr Khan"}},
			count: 3,
		},
		{
			name:  "one name spelt two ways",
			in:    "Senator Tariq Mandokhail spoke first. Later Tariq Mandokhel said the bill would pass.",
			want:  map[string][]string{"Tariq Mandokhail": {"Tariq Mandokhel"}},
			count: 1,
		},
		{
			name:  "a spelling of another of a known person's names",
			in:    "Minister of State for Railways Bilal Azhar Kayani met officials. Bilal Kiani thanked them, and they thanked Bilal Kayani.",
			want:  map[string][]string{"Bilal Azhar Kayani": {"Bilal Kiani", "Bilal Kayani"}},
			count: 1,
		},
		{
			name:  "different surnames stay apart",
			in:    "Tariq Mehmood met Tariq Masood in Lahore.",
			count: 2,
		},
		{
			name:  "a lone word that is one candidate's surname",
			in:    "Waqas Akram and Salman Akram Raja spoke. Mr Akram said the party would appeal.",
			want:  map[string][]string{"Waqas Akram": {"Mr Akram"}},
			count: 2,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := find(t, tc.in, "PAK")
			if len(r.Persons) != tc.count {
				t.Errorf("got %d persons, want %d: %v", len(r.Persons), tc.count, personNames(r))
			}
			for name, mentions := range tc.want {
				p, ok := personNamed(r, name)
				if !ok {
					t.Errorf("no person %q; persons: %v", name, personNames(r))
					continue
				}
				for _, want := range mentions {
					found := false
					for _, m := range p.Mentions {
						found = found || m.Text == want
					}
					if !found {
						t.Errorf("%s has no mention %q: %v", name, want, p.Mentions)
					}
				}
			}
		})
	}
}

// TestRoleComplement checks that a portfolio in lower case after "of" is
// part of a role: "the secretary of defence" is not the Secretary of State.
func TestRoleComplement(t *testing.T) {
	const in = "US Secretary of State Helen Carter called Tariq Mehmood. He asked her to tell the secretary of defence."
	r := find(t, in, "PAK")
	p, ok := personNamed(r, "Helen Carter")
	if !ok {
		t.Fatalf("no person Helen Carter; persons: %v", personNames(r))
	}
	for _, m := range p.Mentions {
		if m.Text == "the secretary of defence" || m.Text == "the secretary" {
			t.Errorf("%q is taken for Helen Carter, the Secretary of State", m.Text)
		}
	}
}

// TestRoleOfAnotherState checks that a bare office of a state ("Iran's
// leader") is not taken for a person the report names with no country, but
// an office of a body is ("the ANP leader").
func TestRoleOfAnotherState(t *testing.T) {
	const in = "House leader Zorbat Kulvani spoke on Monday. He said Iran's leader had erred. " +
		"ANP leader Tarvin Oskalo agreed. The ANP leader said so."
	r := find(t, in, "USA")
	if p, ok := personNamed(r, "Zorbat Kulvani"); !ok {
		t.Errorf("no person Zorbat Kulvani; persons: %v", personNames(r))
	} else {
		for _, m := range p.Mentions {
			if m.Text == "Iran's leader" {
				t.Errorf("%q is taken for Zorbat Kulvani", m.Text)
			}
		}
	}
	p, ok := personNamed(r, "Tarvin Oskalo")
	if !ok {
		t.Fatalf("no person Tarvin Oskalo; persons: %v", personNames(r))
	}
	for _, m := range p.Mentions {
		if m.Text == "The ANP leader" {
			return
		}
	}
	t.Errorf("\"The ANP leader\" is not a mention of Tarvin Oskalo: %v", p.Mentions)
}

// TestPronounGender resolves she and he to the person of that gender.
func TestPronounGender(t *testing.T) {
	const in = "Ayesha Siddiqa met Khalid Rashid in Lahore. She said the talks went well."
	r := find(t, in, "PAK")
	p, ok := personNamed(r, "Ayesha Siddiqa")
	if !ok {
		t.Fatalf("no person Ayesha Siddiqa; persons: %v", personNames(r))
	}
	for _, m := range p.Mentions {
		if m.Kind == accord.MentionPronoun && m.Text == "She" {
			return
		}
	}
	t.Errorf("\"She\" is not a mention of Ayesha Siddiqa: %v", p.Mentions)
}

// TestNotPersons lists capitalised words that name places, bodies or
// headlines, not persons.
func TestNotPersons(t *testing.T) {
	tests := []struct {
		name, in string
		known    string
	}{
		{name: "a name after in is a place", in: "A curfew was imposed in Tariq Abad on Friday."},
		{
			name: "a three-word place after in",
			in:   "Security was tight in Qila Abbas Saddar after the attack.",
		},
		{name: "a council", in: "The Special Investment Facilitation Council approved the plan on Monday."},
		{name: "a commission", in: "The Pakistan Atomic Energy Commission welcomed the decision."},
		{name: "a headline in title case", in: "Pakistan, Iran Hold Border Talks In Tehran\n\nThe talks ended on Sunday."},
		{name: "a headline in capitals", in: "SECURITY FORCES KILL FIVE TERRORISTS\n\nThe operation ended on Sunday."},
		{name: "a prize", in: "The Quaid-e-Azam Human Rights Award was given to a charity."},
		{name: "a letter after a title", in: "A post on the official X account of the party urged calm."},
		{name: "a count before a title word", in: "The discord was rare for the 10-member Eurasian bloc and the five-member Gulf panel."},
		{name: "accused as a verb before a given name", in: "Police accused Tariq of smuggling, officials said."},
		{name: "an acronym after a title", in: "Two officials were killed, the official SPA news agency said."},
		{name: "a title before a body's or a place's name", in: "The Official Secrets Act was cited. SP Swan Zone said the raid was over, and Assistant Director Safe City briefed them."},
		{name: "a rank before an event's name", in: "Countries reserve slots for the General Debate at the assembly."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := casetest.New(t)
			r := find(t, tc.in, "PAK")
			if len(r.Persons) > 0 {
				c.Errorf("found persons %v in %q", personNames(r), tc.in)
			}
			c.Done(tc.known)
		})
	}
}

// TestMentions checks the actors that are not persons: states, peoples,
// capitals, international bodies, groups, collectives and generic actors.
func TestMentions(t *testing.T) {
	tests := []struct {
		name, in, home string
		mention        string // the mention's text
		kind           actors.Kind
		country        string
		sector         string // "" not checked
		count          int    // for collectives; 0 not checked
		known          string
	}{
		{name: "country", in: "Pakistan welcomed the decision.", mention: "Pakistan", kind: actors.Country, country: "PAK"},
		{name: "country short form", in: "The US welcomed the decision.", mention: "US", kind: actors.Country, country: "USA"},
		{name: "demonym", in: "Two Afghans were arrested in Quetta.", mention: "Afghans", kind: actors.Demonym, country: "AFG"},
		{name: "demonym with a body", in: "Afghan traders crossed the border.", home: "PAK", mention: "Afghan traders", kind: actors.Org, country: "AFG"},
		{name: "capital", in: "Tehran welcomed the decision.", mention: "Tehran", kind: actors.Capital, country: "IRN"},
		{name: "UN", in: "The United Nations welcomed the decision.", mention: "The United Nations", kind: actors.IGO, country: "UNO", sector: "IGO"},
		{name: "EU", in: "The European Union welcomed the decision.", mention: "The European Union", kind: actors.IGO, country: "EUR", sector: "IGO"},
		{name: "NATO", in: "NATO welcomed the decision.", mention: "NATO", kind: actors.IGO, country: "NTO", sector: "IGO"},
		{name: "other IGO", in: "The SCO welcomed the decision.", mention: "SCO", kind: actors.IGO, country: "IGO", sector: "IGO"},
		{name: "group", in: "The TTP claimed the attack.", home: "AFG", mention: "TTP", kind: actors.Group, country: "PAK", sector: "REB"},
		{name: "collective", in: "Pakistan and Iran met. The two sides agreed to cooperate.", mention: "The two sides", kind: actors.Collective, count: 2},
		// descriptive words between the determiner and the head
		{name: "collective with words between", in: "Chile and Peru fought in May. The two nuclear-armed neighbours agreed to talk.",
			mention: "The two nuclear-armed neighbours", kind: actors.Collective, count: 2},
		{name: "collective of both", in: "Chile and Peru met. Both brotherly countries pledged to trade.",
			mention: "Both brotherly countries", kind: actors.Collective, count: 2},
		{name: "collective of rivals", in: "Chile and Peru met. The United Nations urged the arch-rivals to talk.",
			mention: "the arch-rivals", kind: actors.Collective, count: 2},
		{name: "collective of foes", in: "Chile and Peru will meet, ahead of talks between the foes in Rome.",
			mention: "the foes", kind: actors.Collective, count: 2},
		{name: "collective with a regional name", in: "Chile and Peru met. The South American neighbours agreed to talk.",
			mention: "The South American neighbours", kind: actors.Collective, count: 2},
		{name: "generic after a nationality and words between", in: "A Bahraini parliamentary delegation visited Lahore.", home: "PAK",
			mention: "Bahraini parliamentary delegation", kind: actors.Generic, country: "BHR", sector: "GOV"},
		{name: "no generic after a clause", in: "He met a Salvadoran man who the government deported.", home: "USA",
			mention: "Salvadoran", kind: actors.Demonym, country: "SLV"},
		{name: "no generic after a participle", in: "Indian sponsored militants attacked a post.", home: "PAK",
			mention: "Indian", kind: actors.Demonym, country: "IND"},
		{name: "generic with a nationality", in: "Pakistani officials denied the report.", mention: "Pakistani officials", kind: actors.Generic, country: "PAK", sector: "GOV"},
		{name: "police of a city", in: "Islamabad Police arrested two men.", mention: "Islamabad Police", kind: actors.Org, country: "PAK", sector: "COP"},
		{name: "capitalised body", in: "The Special Investment Review Council approved the plan.", home: "PAK",
			mention: "The Special Investment Review Council", kind: actors.Org, sector: "GOV"},
		{name: "capitalised body with an ampersand", in: "The Federal Oversight & Reform Commission approved the plan.", home: "PAK",
			mention: "The Federal Oversight & Reform Commission", kind: actors.Org, sector: "GOV"},
		// a sentence's "The" before a name the dictionary knows is not
		// the start of an unknown body's name ("The Tehreek", "The ... Agency")
		{name: "known body after a sentence's The", in: "The Federal Investigation Agency (FIA) arrested two men.", home: "",
			mention: "Federal Investigation Agency", kind: actors.Org, country: "PAK", sector: "COP"},
		{name: "known group after a sentence's The", in: "The Tehreek-i-Taliban Pakistan claimed the attack.", home: "AFG",
			mention: "Tehreek-i-Taliban Pakistan", kind: actors.Group, country: "PAK", sector: "REB"},
		// a body's name the dictionary knows is read before a role word
		// that starts it ("people")
		{name: "body name over a role word", in: "A general of the People's Liberation Army Air Force visited Lahore.", home: "PAK",
			mention: "People's Liberation Army Air Force", kind: actors.Org, country: "CHN", sector: "MIL"},
		{name: "LeT in mixed case", in: "Delhi blames LeT for the attack.", home: "IND", mention: "LeT", kind: actors.Group, country: "PAK", sector: "REB"},
		{name: "SDF", in: "Ankara warned the SDF on Monday.", home: "TUR", mention: "SDF", kind: actors.Group, country: "SYR", sector: "REB"},
		{name: "Zainebiyoun Brigade", in: "The government banned the Zainebiyoun Brigade.", home: "PAK", mention: "Zainebiyoun Brigade", kind: actors.Group, country: "PAK", sector: "REB"},
		{name: "opposition alliance", in: "The Tehreek Tahafuz Ayeen-i-Pakistan held a rally in Quetta.", home: "AFG",
			mention: "Tehreek Tahafuz Ayeen-i-Pakistan", kind: actors.Org, country: "PAK"},
		{name: "Sindhi party", in: "On Monday, the Qaumi Awami Tehreek blocked the road.", home: "AFG",
			mention: "Qaumi Awami Tehreek", kind: actors.Org, country: "PAK", sector: "PTY"},
		{name: "the accused", in: "Police produced the accused before the court.", home: "PAK", mention: "accused", kind: actors.Generic, sector: "CRM"},
		{name: "accused as a verb", in: "Pakistan accused India of sponsoring terrorism.", mention: "Pakistan", kind: actors.Country, country: "PAK"},
		{name: "accused after a nationality", in: "Police arrested two Afghan accused.", home: "PAK", mention: "Afghan accused", kind: actors.Generic, country: "AFG", sector: "CRM"},
		{name: "an ethnic group is no state", in: "Ethnic Albanians demonstrated in Skopje on Tuesday.", home: "MKD",
			mention: "Albanians", kind: actors.Generic, country: ""},
		{name: "plural office with a nationality", in: "Pakistan expelled two Indian diplomats on Friday.", mention: "Indian diplomats",
			kind: actors.Generic, country: "IND", sector: "GOV",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := casetest.New(t)
			defer c.Done(tc.known)
			r := find(t, tc.in, tc.home)
			var all []string
			for _, m := range r.Mentions {
				if m.Span.In(tc.in) != tc.mention {
					all = append(all, fmt.Sprintf("%q/%s/%s", m.Span.In(tc.in), m.Kind, m.Country))
					continue
				}
				if m.Kind != tc.kind {
					c.Errorf("%q is a %s, want %s", tc.mention, m.Kind, tc.kind)
				}
				if m.Country != tc.country {
					c.Errorf("%q has country %q, want %q", tc.mention, m.Country, tc.country)
				}
				if tc.sector != "" && m.Sector != tc.sector {
					c.Errorf("%q has sector %q, want %q", tc.mention, m.Sector, tc.sector)
				}
				if tc.count != 0 && m.Count != tc.count {
					c.Errorf("%q stands for %d parties, want %d", tc.mention, m.Count, tc.count)
				}
				if m.Person != -1 {
					c.Errorf("%q is not a person but has Person %d", tc.mention, m.Person)
				}
				return
			}
			c.Errorf("no mention %q; mentions: %v", tc.mention, all)
		})
	}
}

func TestPossessiveMention(t *testing.T) {
	const in = "Pakistan's foreign office welcomed the decision."
	r := find(t, in, "")
	for _, m := range r.Mentions {
		if m.Span.In(in) == "Pakistan" {
			if !m.Possessive {
				t.Errorf("Pakistan's: Possessive = false")
			}
			return
		}
	}
	t.Errorf("no mention of Pakistan in %q", in)
}

// TestHome checks the home country Find picks when none is given: the
// country named most, the first on a tie.
func TestHome(t *testing.T) {
	tests := []struct {
		in, home, want string
	}{
		{"Iran and Pakistan met. Pakistan said Lahore was ready.", "", "PAK"},
		{"Iran and Pakistan met.", "", "IRN"},
		{"Iran and Pakistan met.", "AFG", "AFG"},
		{"The talks went well.", "", ""},
		// a country named only as the target of "against" is not home
		{"President Tariq Mehmood threatened action against India.", "", ""},
		{"The anti-Iran alliance met in Baghdad.", "", "IRQ"},
		{"The warning against the United States and Israel came from Iran.", "", "IRN"},
	}
	for _, tc := range tests {
		if got := find(t, tc.in, tc.home).Home; got != tc.want {
			t.Errorf("Find(%q, %q).Home = %q, want %q", tc.in, tc.home, got, tc.want)
		}
	}
}

// TestNoCollective checks words like those of a collective that do not
// stand for two parties named before.
func TestNoCollective(t *testing.T) {
	for _, in := range []string{
		"The neighbours of Chile met on Monday.",
		"Chile, Peru and Bolivia met. The three neighbours agreed to talk.",
		"Chile and Peru met. The neighbours' house was destroyed.",
		"Terrorists are the enemies of peace.",
		"The rivals Chile and Peru met on Monday.",
	} {
		for _, m := range find(t, in, "").Mentions {
			if m.Kind == actors.Collective {
				t.Errorf("%q: %q is a collective", in, m.Span.In(in))
			}
		}
	}
}

// TestLetIsNoGroup checks that the group LeT, written in mixed case, is not
// read in a sentence starting "Let".
func TestLetIsNoGroup(t *testing.T) {
	const in = "Let us pray for peace. LET US PRAY."
	for _, m := range find(t, in, "PAK").Mentions {
		if m.Kind == actors.Group {
			t.Errorf("%q is a group", m.Span.In(in))
		}
	}
}

// TestRoleOfHome checks that a role with no state ("the prime minister")
// that fits a foreign person named last and one of the dateline's country
// is the home country's: the report names the foreign one by their state.
func TestRoleOfHome(t *testing.T) {
	tests := []struct {
		name, in, home, mention, want string
	}{
		{"home person named first", "Prime Minister Tariq Mehmood arrived in Minsk. He was received by Belarus Prime Minister " +
			"Ivan Petrov. The prime minister thanked his host.", "PAK", "The prime minister", "Tariq Mehmood"},
		{"a state in the role", "Prime Minister Tariq Mehmood arrived in Minsk. He was received by Belarus Prime Minister " +
			"Ivan Petrov. The Belarusian prime minister thanked his guest.", "PAK", "The Belarusian prime minister", "Ivan Petrov"},
		{"no dateline: the last named", "Prime Minister Tariq Mehmood arrived in Minsk. He was received by Belarus Prime Minister " +
			"Ivan Petrov. The prime minister thanked his guest.", "", "The prime minister", "Ivan Petrov"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := find(t, tc.in, tc.home)
			for _, p := range r.Persons {
				for _, m := range p.Mentions {
					if m.Text == tc.mention && p.Name != tc.want {
						t.Errorf("%q is %s, want %s", tc.mention, p.Name, tc.want)
					}
					if m.Text == tc.mention {
						return
					}
				}
			}
			t.Errorf("no person mention %q; persons: %v", tc.mention, personNames(r))
		})
	}
}

// TestRoleNotDeputy checks that a role does not name a deputy, a vice or
// an assistant of its office, nor one serving it ("Special Assistant to
// the Prime Minister").
func TestRoleNotDeputy(t *testing.T) {
	tests := []struct {
		name, in, mention, want string
	}{
		{"deputy", "Prime Minister Tariq Mehmood chaired the meeting. Deputy Prime Minister Ali Raza attended. " +
			"The prime minister said the talks went well.", "The prime minister", "Tariq Mehmood"},
		{"assistant to", "Prime Minister Tariq Mehmood chaired the meeting. Special Assistant to the Prime Minister Ali Raza attended. " +
			"The prime minister said the talks went well.", "The prime minister", "Tariq Mehmood"},
		{"vice", "President Tariq Mehmood chaired the meeting. Vice President Ali Raza attended. " +
			"The president said the talks went well.", "The president", "Tariq Mehmood"},
		{"the deputy itself", "Prime Minister Tariq Mehmood chaired the meeting. Deputy Prime Minister Ali Raza attended. " +
			"The deputy prime minister said the talks went well.", "The deputy prime minister", "Ali Raza"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := find(t, tc.in, "PAK")
			for _, p := range r.Persons {
				for _, m := range p.Mentions {
					if m.Text == tc.mention {
						if p.Name != tc.want {
							t.Errorf("%q is %s, want %s", tc.mention, p.Name, tc.want)
						}
						return
					}
				}
			}
			t.Errorf("no person mention %q; persons: %v", tc.mention, personNames(r))
		})
	}
}

// TestNoBodyInAThingsName checks that a body's head inside a longer
// capitalised name of a thing makes no body ("Extended Fund Facility",
// "Rayburn House Office Building"), while a place or weekday after a body leaves it be.
func TestNoBodyInAThingsName(t *testing.T) {
	tests := []struct {
		in, body string // body: the body mention wanted, or "" for none
	}{
		{"Pakistan met the targets under the Extended Fund Facility on Friday.", ""},
		{"Lawmakers met in the Rayburn House Office Building on Monday.", ""},
		{"The minister told the Senate Tuesday that talks would resume.", "Senate"},
		{"The Anti-Terrorism Court Rawalpindi granted bail.", "Anti-Terrorism Court"},
	}
	for _, tc := range tests {
		r := find(t, tc.in, "PAK")
		var got string
		for _, m := range r.Mentions {
			if m.Kind == actors.Org {
				got = m.Span.In(tc.in)
			}
		}
		if got != tc.body {
			t.Errorf("%q: body %q, want %q", tc.in, got, tc.body)
		}
	}
}

// TestByline checks that a person named only in a sentence giving an email
// address (a writer's biography) is no person of the report.
func TestByline(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Interior Minister Tariq Mehmood met the envoy. Ali Raza, APP's Foreign Editor, leads coverage of the Foreign Office " +
			"– Reach out at 0333/ aliraza@example.com/ X: aliraza", []string{"Tariq Mehmood"}},
		{"Interior Minister Tariq Mehmood met the envoy. Mehmood wrote to the council at info@example.org on Monday.", []string{"Tariq Mehmood"}},
		{"Spokesman Ali Raza said on X (@alira) that the talks went well.", []string{"Ali Raza"}},
	}
	for _, tc := range tests {
		r := find(t, tc.in, "PAK")
		var got []string
		for _, p := range r.Persons {
			got = append(got, p.Name)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: persons %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDelegationMembers checks that the members listed for a delegation
// take its country: from the nationality before it, or from the one who led
// it.
func TestDelegationMembers(t *testing.T) {
	tests := []struct {
		name, in string
		want     []wantPerson
	}{
		{"a nationality before the delegation", "Interior Minister Tariq Mehmood met the visitors. The Saudi delegation included " +
			"Brigadier Fahd Qarshan and others.", []wantPerson{{name: "Fahd Qarshan", country: "SAU"}}},
		{"the leader's body", "The visit was headed by Ms. Lina Vorskaya, Director for Relations, CERN. Other members included " +
			"Prof. Olaf Brennick, Director for Computing; Dr. Ivo Starek, from the Physics Department; and Prof. Tomasz Wilk, " +
			"Polish Delegate to the CERN Council.", []wantPerson{{name: "Olaf Brennick", country: "IGO"}, {name: "Ivo Starek", country: "IGO"},
			{name: "Tomasz Wilk", country: "POL"}}},
		{"the speaker after the list", "The Saudi delegation will include Brigadier Fahd Qarshan, conference chair Tariq Mehmood told reporters.",
			[]wantPerson{{name: "Fahd Qarshan", country: "SAU"}, {name: "Tariq Mehmood", country: "PAK"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := casetest.New(t)
			r := find(t, tc.in, "PAK")
			for _, w := range tc.want {
				w.check(c, r)
			}
			c.Done("")
		})
	}
}
