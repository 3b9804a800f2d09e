package cameo

import "testing"

func TestLookup(t *testing.T) {
	tab, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		code, plover string
		quad         int
		goldstein    float64
	}{
		{"036", "AGREE", 1, 4.0},
		{"040", "CONSULT", 1, 1.0},
		{"173", "COERCE", 4, -5.0},
		{"0212", "REQUEST", 1, 3.4},
		{"051", "SUPPORT", 1, 3.4},
		{"010", "", 1, 0},
		{"190", "ASSAULT", 4, -10},
	}
	for _, tt := range tests {
		c, ok := tab.Lookup(tt.code)
		if !ok {
			t.Errorf("Lookup(%q): missing", tt.code)
			continue
		}
		if c.Plover != tt.plover || c.QuadClass != tt.quad || c.Goldstein != tt.goldstein {
			t.Errorf("Lookup(%q) = %+v, want %s quad %d Goldstein %v", tt.code, c, tt.plover, tt.quad, tt.goldstein)
		}
	}
	if _, ok := tab.Lookup("36"); ok {
		t.Error(`Lookup("36") found a code: leading zeros must matter`)
	}
}

func TestEveryPloverTypeHasCodes(t *testing.T) {
	tab, err := New()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range tab.codes {
		seen[c.Plover] = true
	}
	for _, p := range PloverTypes {
		if !seen[p] {
			t.Errorf("no CAMEO code maps to %s", p)
		}
	}
	if tab.Len() < 300 {
		t.Errorf("table has %d codes, want the full CAMEO set", tab.Len())
	}
}

func TestGeneral(t *testing.T) {
	tab, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ typ, want string }{
		{"AGREE", "030"},
		{"CONSULT", "040"},
		{"REQUEST", "020"},
		{"COERCE", "170"},  // not 163, a sanction-like coercion with a mode
		{"ASSAULT", "180"}, // a root's code before a lower specific one (1712)
		{"REJECT", "120"},
		{"ACCUSE", "090"}, // every ACCUSE code has a mode: the lowest root
	}
	for _, tt := range tests {
		c, ok := tab.General(tt.typ)
		if !ok || c.Code != tt.want {
			t.Errorf("General(%s) = %q, %v; want %s", tt.typ, c.Code, ok, tt.want)
		}
	}
	for _, typ := range PloverTypes {
		c, ok := tab.General(typ)
		if !ok || c.Plover != typ {
			t.Errorf("General(%s) = %+v, %v: want a code of that type", typ, c, ok)
		}
	}
	if _, ok := tab.General("DEMAND"); ok {
		t.Error("General(DEMAND): an older name has no code")
	}
}
