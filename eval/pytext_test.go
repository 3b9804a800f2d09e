package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// python3 returns the path of python3, or skips the test naming what is
// missing.
func python3(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found on PATH; this comparison with Python needs it")
	}
	return p
}

// casingScript prints, for every code point that Python's Unicode database
// assigns, one line: the code point, then flags w (\w), s (\s), i
// (case-ignorable), c (cased and not case-ignorable), then its lower and upper
// case in hex, "-" where it maps to itself. The two sigma flags come from
// str.lower's final-sigma rule: with a capital "A" (cased) before, a
// character lets a following sigma end the word when it is cased or
// ignorable; alone before it, only when it is cased and not ignorable.
const casingScript = `
import re, sys, unicodedata
w = re.compile(r"\w")
s = re.compile(r"\s")
out = []
for i in range(0x110000):
    c = chr(i)
    if unicodedata.category(c) in ("Cn", "Cs"):
        continue
    a = ("A" + c + "\u03a3").lower().endswith("\u03c2")
    b = (c + "\u03a3").lower().endswith("\u03c2")
    flags = ("w" if w.match(c) else "") + ("s" if s.match(c) else "") + ("i" if a and not b else "") + ("c" if b else "")
    lo, up = c.lower(), c.upper()
    hx = lambda t: "-" if t == c else ".".join("%x" % ord(x) for x in t)
    out.append("%x %s %s %s" % (i, flags or "_", hx(lo), hx(up)))
sys.stdout.write("\n".join(out) + "\n")
`

// goAssigned reports whether Go's Unicode tables give r a category, so that
// characters new in one Unicode version and not the other are left out.
func goAssigned(r rune) bool {
	for _, tab := range unicode.Categories {
		if unicode.Is(tab, r) {
			return true
		}
	}
	return false
}

// TestPythonCasing checks the string primitives against Python, code point
// by code point: \w, \s, case-ignorable and cased (through str.lower's
// final-sigma rule), str.lower and str.upper.
func TestPythonCasing(t *testing.T) {
	py := python3(t)
	out, err := exec.Command(py, "-c", casingScript).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	hexRunes := func(f string, self rune) string {
		if f == "-" {
			return string(self)
		}
		var b strings.Builder
		for _, h := range strings.Split(f, ".") {
			n, err := strconv.ParseInt(h, 16, 32)
			if err != nil {
				t.Fatalf("bad hex %q", h)
			}
			b.WriteRune(rune(n))
		}
		return b.String()
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	bad, n := 0, 0
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 4 {
			t.Fatalf("bad line %q", sc.Text())
		}
		cp, err := strconv.ParseInt(f[0], 16, 32)
		if err != nil {
			t.Fatal(err)
		}
		r := rune(cp)
		if !goAssigned(r) {
			continue
		}
		n++
		flags := f[1]
		got := ""
		if isWord(r) {
			got += "w"
		}
		if isSpace(r) {
			got += "s"
		}
		if caseIgnorable(r) {
			got += "i"
		} else if cased(r) {
			got += "c"
		}
		if got == "" {
			got = "_"
		}
		lower, upper := hexRunes(f[2], r), hexRunes(f[3], r)
		if got != flags || pyLower(string(r)) != lower || pyUpper(string(r)) != upper {
			bad++
			if bad <= 20 {
				t.Errorf("U+%04X: python flags %s lower %q upper %q; go flags %s lower %q upper %q",
					r, flags, lower, upper, got, pyLower(string(r)), pyUpper(string(r)))
			}
		}
	}
	if bad > 20 {
		t.Errorf("... %d code points differ in all", bad)
	}
	if n < 100000 {
		t.Errorf("only %d code points compared", n)
	}
}

// TestPythonLower checks str.lower on whole strings, where the final-sigma
// rule looks at the characters around each capital sigma.
func TestPythonLower(t *testing.T) {
	py := python3(t)
	alphabet := []rune("ΣσΑaB '.\u0301\u00ad\u02b0\u0345İ:1_-ς\u2019")
	var inputs []string
	seed := uint32(1)
	for range 3000 {
		var b strings.Builder
		for range 1 + seed%7 {
			seed = seed*1664525 + 1013904223
			b.WriteRune(alphabet[(seed>>16)%uint32(len(alphabet))])
		}
		inputs = append(inputs, b.String())
	}
	in, err := json.Marshal(inputs)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, "-c", "import json, sys; print(json.dumps([s.lower() for s in json.load(sys.stdin)]))")
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil || len(want) != len(inputs) {
		t.Fatalf("python3 gave %d strings for %d (%v)", len(want), len(inputs), err)
	}
	for i, s := range inputs {
		if got := pyLower(s); got != want[i] {
			t.Errorf("pyLower(%q) = %q, python says %q", s, got, want[i])
		}
	}
}

func TestNormalisers(t *testing.T) {
	tests := []struct {
		fn   func(string) string
		name string
		in   string
		want string
	}{
		{normName, "norm_name", "Mr Mohsin Naqvi", "mohsin naqvi"},
		{normName, "norm_name", "Dr. Gen. (retd) Asim", "retd asim"},
		{normName, "norm_name", "the Interior Minister", "interior minister"},
		{normName, "norm_name", "Minister the President", "president"},
		{normName, "norm_name", "The the Man", "the man"},
		{normName, "norm_name", "Syed Haider Shah", "syed haider shah"},
		{normName, "norm_name", "Sir", ""},
		{normName, "norm_name", "O'Brien-Smith", "o brien smith"},
		{normName, "norm_name", "snake_case name", "snake_case name"},
		{normName, "norm_name", "İsmail Erdoğan", "i smail erdoğan"},
		{normName, "norm_name", "ΟΔΥΣΣΕΥΣ", "οδυσσευς"},
		{normName, "norm_name", "Ahmed\u00a0Ali\u001fKhan", "ahmed ali khan"},
		{normName, "norm_name", "Zoë (e\u0308)", "zoë e"},
		{normName, "norm_name", "", ""},
		{normMech, "norm_mech", "the Law-Enforcement  Dialogue!", "the law enforcement dialogue"},
		{normMech, "norm_mech", "JWG (CT)", "jwg ct"},
		{letters, "letters", "Interior Minister", "interiorminister"},
		{letters, "letters", "Chief of Army Staff (COAS)", "chiefofarmystaffcoas"},
		{letters, "letters", "Ministre des Affaires étrangères", "ministredesaffairestrangres"},
		{letters, "letters", "\u212aing", "king"},
		{pyUpper, "upper", "aſſault", "ASSAULT"},
		{pyUpper, "upper", "Straße", "STRASSE"},
		{pyUpper, "upper", "ﬁght", "FIGHT"},
		{pyStrip, "strip", "\u0085\u00a0 x y\u001c\u3000", "x y"},
	}
	for _, tt := range tests {
		if got := tt.fn(tt.in); got != tt.want {
			t.Errorf("%s(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestPyPrefix(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"2024-07-14", 7, "2024-07"},
		{"2024", 7, "2024"},
		{"éé-xx", 2, "éé"},
		{"abc", 0, ""},
	}
	for _, tt := range tests {
		if got := pyPrefix(tt.s, tt.n); got != tt.want {
			t.Errorf("pyPrefix(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}
