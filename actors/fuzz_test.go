package actors_test

import (
	"strings"
	"testing"

	"github.com/accord-events/accord/actors"
	"github.com/accord-events/accord/text"
)

// checkResult checks what holds for any text: mentions in order, not
// overlapping, inside the text, and persons that point back at them.
func checkResult(t *testing.T, in string, a *text.Analysis, r *actors.Result) {
	t.Helper()
	prev := -1
	for k, m := range r.Mentions {
		if m.First < 0 || m.Last > len(a.Tokens) || m.First >= m.Last {
			t.Fatalf("mention %d: tokens [%d, %d) outside [0, %d)", k, m.First, m.Last, len(a.Tokens))
		}
		if m.Start != a.Tokens[m.First].Start || m.End != a.Tokens[m.Last-1].End {
			t.Errorf("mention %d: span %d-%d, tokens cover %d-%d", k, m.Start, m.End, a.Tokens[m.First].Start, a.Tokens[m.Last-1].End)
		}
		if m.First < prev {
			t.Errorf("mention %d (%q) starts at token %d, before the end %d of the one before", k, m.Span.In(in), m.First, prev)
		}
		prev = m.Last
		if m.Kind < actors.Person || m.Kind > actors.Generic {
			t.Errorf("mention %d: kind %d", k, m.Kind)
		}
		if m.Kind == actors.Person && (m.Person < 0 || m.Person >= len(r.Persons)) {
			t.Errorf("mention %d: person %d of %d", k, m.Person, len(r.Persons))
		}
		if m.Kind != actors.Person && m.Person != -1 {
			t.Errorf("mention %d: a %s with person %d", k, m.Kind, m.Person)
		}
	}
	for _, p := range r.Persons {
		if p.Name == "" || !strings.HasPrefix(p.ID, "p") {
			t.Errorf("person %+v: no name or id", p)
		}
		if len(p.Mentions) == 0 {
			t.Errorf("person %s %q has no mention", p.ID, p.Name)
		}
		for _, m := range p.Mentions {
			if m.Start < 0 || m.End > len(in) || m.Start >= m.End {
				t.Fatalf("person %s: mention span %d-%d outside the text (%d bytes)", p.ID, m.Start, m.End, len(in))
			}
		}
	}
}

func TestResultShape(t *testing.T) {
	a := text.Analyze(benchReport)
	lex, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	r := actors.New(lex).Find(a, "")
	if len(r.Persons) < 3 {
		t.Errorf("found %d persons in the benchmark report, want at least 3: %v", len(r.Persons), personNames(r))
	}
	checkResult(t, benchReport, a, r)
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Interior Minister Tariq Mehmood met Helen Carter, the British High Commissioner in Islamabad.",
		"the UN's Special Rapporteur on Migration, Helen Carter, said",
		"Senior PTI leaders Tariq Mehmood, Khalid Rashid and Ayesha Siddiqa",
		"Mr. Mehmood said he would visit. The envoy agreed.",
		"Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al-Thani",
		"DPM/FM (retd), NI (M) Syed",
		"Pakistan's \u00adAdditional \u201cForeign\u201d Secretary",
		"PAKISTAN, IRAN\n\nHOLD TALKS",
		"\xff\xfe Naqvi's",
		"",
	} {
		f.Add(s)
	}
	lex, err := loadLexicon()
	if err != nil {
		f.Fatal(err)
	}
	finder := actors.New(lex)
	f.Fuzz(func(t *testing.T, in string) {
		a := text.Analyze(in)
		r := finder.Find(a, "")
		checkResult(t, in, a, r)
	})
}

// benchReport is a short report of a few paragraphs.
const benchReport = `Interior Minister Tariq Mehmood met Helen Carter, the British High Commissioner in Islamabad, on Monday and discussed cooperation against human trafficking.

During the meeting, Mr Mehmood briefed the envoy on the work of the Federal Investigation Agency. Amb Carter praised Pakistan's efforts and said the United Kingdom valued its partnership with Pakistan.

Pakistan's Additional Foreign Secretary for Afghanistan Syed Khalid Rashid, COAS General Asim Munir and police chief Ayesha Siddiqa were also present. Pakistani officials said the two sides agreed to meet again in London.

The TTP, the United Nations and the European Union were named in the joint statement. Rashid said he would brief the Senate.`

func BenchmarkFind(b *testing.B) {
	lex, err := loadLexicon()
	if err != nil {
		b.Fatal(err)
	}
	finder := actors.New(lex)
	a := text.Analyze(benchReport)
	b.SetBytes(int64(len(benchReport)))
	b.ReportAllocs()
	for b.Loop() {
		finder.Find(a, "")
	}
}
