package ledger

import (
	"slices"
	"testing"
)

var testNames = BasicNames{
	"pakistan": "PAK", "pakistani": "PAK", "afghanistan": "AFG", "united states": "USA", "us": "USA",
	"u.s": "USA", "american": "USA", "china": "CHN", "chinese": "CHN", "india": "IND", "indian": "IND",
	"uae": "ARE", "european union": "EUR", "eu": "EUR",
}

func TestNameKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Mohsin Naqvi", "mohsin naqvi"},
		{"Moh\u00adsin  Naqvi", "mohsin naqvi"},
		{"Mr Naqvi", "naqvi"},
		{"Mohammad Ishaq Dar", "muhammad ishaq dar"},
		{"Muhammad Ishaq Dar", "muhammad ishaq dar"},
		{"Bilawal Bhutto-Zardari", "bilawal bhutto zardari"},
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan"},
		{"Dr.", "dr"},
	} {
		if got := NameKey(c.in, testNames); got != c.want {
			t.Errorf("NameKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestTitleKeyAndMatch(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Federal Minister for Interior", "interior minister"},
		{"Pakistani Interior Minister", "interior minister"},
		{"former prime minister", "minister prime"},
		{"Deputy PM", "deputy minister prime"},
		{"US Secretary of State", "secretary state"},
	} {
		if got := TitleKey(c.in, testNames); got != c.want {
			t.Errorf("TitleKey(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	key := func(s string) string { return TitleKey(s, testNames) }
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"Deputy PM", "Deputy Prime Minister and Foreign Minister", TitleAgree},
		{"Interior Minister", "Foreign Minister", TitleConflict},
		{"Interior Minister", "", TitleUnknown},
		{"Chief of Army Staff", "Army Chief", TitleAgree},
		{"Prime Minister", "Chief Minister", TitleConflict},
		{"General", "Chief of Army Staff", TitleUnknown},
		{"Field Marshal", "Army Chief", TitleUnknown},
	} {
		if got := TitleMatch(key(c.a), key(c.b)); got != c.want {
			t.Errorf("TitleMatch(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	if !IsFormer("then-US president") || IsFormer("President") {
		t.Error("IsFormer")
	}
}

func TestMechanismName(t *testing.T) {
	for _, c := range []struct {
		in        string
		key       string
		countries []string
		generic   bool
	}{
		{"US-Pakistan Counterterrorism Dialogue", "counterterrorism dialogue", []string{"PAK", "USA"}, false},
		{"Counter-Terrorism Dialogue", "counterterrorism dialogue", nil, false},
		{"the 3rd round of the Pakistan-Afghanistan talks", "talks", []string{"AFG", "PAK"}, true},
		{"Pakistan–European Union Dialogue", "dialogue", []string{"EUR", "PAK"}, true},
		{"Pak-Afghan Joint Coordination Committee", "coordination committee", []string{"AFG", "PAK"}, false},
		{"Sixth Trilateral Foreign Ministers Dialogue", "trilateral foreign ministers dialogue", nil, false},
		{"Joint Working Group", "working group", nil, true},
		{"Pakistan-UAE Joint Ministerial Commission", "ministerial commission", []string{"ARE", "PAK"}, true},
	} {
		key, cs, gen := MechanismName(c.in, testNames)
		if key != c.key || !slices.Equal(cs, c.countries) || gen != c.generic {
			t.Errorf("MechanismName(%q) = %q %v %v, want %q %v %v", c.in, key, cs, gen, c.key, c.countries, c.generic)
		}
	}
}

func TestPairs(t *testing.T) {
	if got := Pair("USA", "PAK"); got != "PAK-USA" {
		t.Errorf("Pair = %q", got)
	}
	if got := Pair("---", "PAK"); got != "PAK" {
		t.Errorf("Pair with none = %q", got)
	}
	if got := Pairs([]string{"USA", "PAK", "AFG"}); !slices.Equal(got, []string{"AFG-PAK", "AFG-USA", "PAK-USA"}) {
		t.Errorf("Pairs = %v", got)
	}
}

func TestWindows(t *testing.T) {
	if w := ValueWindow("2024-10"); w != (Window{"2024-10-01", "2024-10-31"}) {
		t.Errorf("month window %v", w)
	}
	if w := ValueWindow("2024"); w.Days() != 366 {
		t.Errorf("leap year has %d days", w.Days())
	}
	if AddDays("2024-12-31", 1) != "2025-01-01" || DaysBetween("2024-10-01", "2024-10-31") != 30 {
		t.Error("date arithmetic")
	}
}
