package accord

import (
	"slices"
	"testing"
)

func TestJoinCountries(t *testing.T) {
	cases := []struct {
		a, b, want []string
	}{
		{nil, nil, nil},
		{[]string{"PAK"}, nil, []string{"PAK"}},
		{[]string{"PAK", "USA"}, []string{"USA", "CHN"}, []string{"PAK", "USA", "CHN"}},
		{[]string{"", NoCountry, "PAK"}, []string{NoCountry, "PAK", ""}, []string{"PAK"}},
		{nil, []string{"AFG", "AFG", "IRN"}, []string{"AFG", "IRN"}},
	}
	for _, tc := range cases {
		if got := JoinCountries(tc.a, tc.b); !slices.Equal(got, tc.want) {
			t.Errorf("JoinCountries(%q, %q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestJoinCountriesLeavesInputsAlone(t *testing.T) {
	a := make([]string, 1, 4)
	a[0] = "PAK"
	JoinCountries(a, []string{"USA"})
	if got := a[:2]; got[1] != "" {
		t.Errorf("JoinCountries wrote into its first argument's spare capacity: %q", got)
	}
}

func TestLegacyType(t *testing.T) {
	cases := []struct{ typ, cameo, want string }{
		{"REQUEST", "101", "DEMAND"},
		{"REQUEST", "", "DEMAND"},
		{"ACCUSE", "090", "INVESTIGATE"},
		{"ACCUSE", "092", "INVESTIGATE"},
		{"ACCUSE", "112", "DISAPPROVE"},
		{"ACCUSE", "", "DISAPPROVE"},
		{"ASSAULT", "190", "FIGHT"},
		{"ASSAULT", "202", "FIGHT"},
		{"ASSAULT", "180", "ASSAULT"},
		{"AGREE", "036", "AGREE"},
		{"CONSULT", "04", "CONSULT"},
	}
	for _, tc := range cases {
		if got := LegacyType(tc.typ, tc.cameo); got != tc.want {
			t.Errorf("LegacyType(%q, %q) = %q, want %q", tc.typ, tc.cameo, got, tc.want)
		}
		if got := IsLegacyType(LegacyType(tc.typ, tc.cameo)); got != (tc.want != tc.typ) {
			t.Errorf("IsLegacyType(%q) = %v", tc.want, got)
		}
	}
}
