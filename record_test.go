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
