package server

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/cameo"
	"github.com/accord-events/accord/ledger"
)

// Reading the query parameters of a request, with 400s that say what was
// wrong.

// dateParam reads a YYYY-MM-DD parameter; def when absent.
func dateParam(r *http.Request, name, def string) (string, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		return def, nil
	}
	if _, err := time.Parse(accord.DateLayout, v); err != nil {
		return "", badRequest("%s=%q is not a date: give YYYY-MM-DD", name, v)
	}
	return v, nil
}

// intParam reads an integer parameter within [lo, hi]; def when absent.
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badRequest("%s=%q: give a whole number from %d to %d", name, v, lo, hi)
	}
	return n, nil
}

// textParam reads a free-text parameter of at most max bytes.
func textParam(r *http.Request, name string, max int) (string, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if len(v) > max {
		return "", badRequest("%s is too long: at most %d bytes", name, max)
	}
	return v, nil
}

// isCountry reports whether c looks like a country code: three capital
// letters (ISO 3166-1 alpha-3, or UNO, EUR, NTO, IGO).
func isCountry(c string) bool {
	if len(c) != 3 {
		return false
	}
	for i := range 3 {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}

// parsePair reads "PAK-USA" (either order, any case) as its two codes in
// order.
func parsePair(v string) (a, b string, err error) {
	x, y, ok := strings.Cut(strings.ToUpper(strings.TrimSpace(v)), "-")
	if !ok || !isCountry(x) || !isCountry(y) {
		return "", "", badRequest("pair %q: give two country codes joined by a hyphen, as PAK-USA", v)
	}
	p := ledger.Pair(x, y)
	a, b, _ = strings.Cut(p, "-")
	return a, b, nil
}

// pairFilter reads a parameter that is a pair ("PAK-USA") or one country
// ("PAK"), as EventFilter.Pair takes it.
func pairFilter(r *http.Request, name string) (string, error) {
	v := strings.ToUpper(strings.TrimSpace(r.URL.Query().Get(name)))
	if v == "" {
		return "", nil
	}
	if isCountry(v) {
		return v, nil
	}
	a, b, err := parsePair(v)
	if err != nil {
		return "", badRequest("%s=%q: give a country code (PAK) or two joined by a hyphen (PAK-USA)", name, v)
	}
	return a + "-" + b, nil
}

// countryParam reads a country code parameter.
func countryParam(r *http.Request, name string) (string, error) {
	v := strings.ToUpper(strings.TrimSpace(r.URL.Query().Get(name)))
	if v != "" && !isCountry(v) {
		return "", badRequest("%s=%q: give a three-letter country code, as PAK", name, v)
	}
	return v, nil
}

// typeParam reads a PLOVER event type.
func typeParam(r *http.Request, name string) (string, error) {
	v := strings.ToUpper(strings.TrimSpace(r.URL.Query().Get(name)))
	if v == "" {
		return "", nil
	}
	for _, t := range cameo.PloverTypes {
		if t == v {
			return v, nil
		}
	}
	return "", badRequest("%s=%q is not a PLOVER type: use one of %s", name, v, strings.Join(cameo.PloverTypes, ", "))
}

// monthBounds returns the first and last day of the month of day.
func monthBounds(day string) (string, string) {
	t, err := time.Parse(accord.DateLayout, day)
	if err != nil {
		return "", ""
	}
	first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	return first.Format(accord.DateLayout), first.AddDate(0, 1, -1).Format(accord.DateLayout)
}

// addDays returns day moved by n days.
func addDays(day string, n int) string {
	t, err := time.Parse(accord.DateLayout, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, n).Format(accord.DateLayout)
}
