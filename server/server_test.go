package server_test

import (
	"context"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/server"
	"github.com/accord-events/accord/server/servertest"
	"github.com/accord-events/accord/store"
)

func TestMain(m *testing.M) {
	code := m.Run()
	servertest.CloseCorpus()
	os.Exit(code)
}

// Ids in the example reports.
const (
	personID     = "tariq mehmood|PAK"
	dialogueID   = "counterterrorism dialogue|PAK-USA"
	commitKey    = "02-agreement-to-meet@0"
	reportID     = "01-meeting"
	eventID      = "01-meeting@43"
	examplesPair = "PAK-USA"
)

// fixture is a server over a new record of the example reports.
type fixture struct {
	t   *testing.T
	st  store.Store
	srv *server.Server
}

func newFixture(t *testing.T, token string, opts server.Options) *fixture {
	t.Helper()
	st := servertest.Examples(t)
	return &fixture{t: t, st: st, srv: servertest.New(t, st, token, opts)}
}

// do serves one request; hdr are header name, value pairs.
func (f *fixture) do(method, target string, body io.Reader, hdr ...string) *httptest.ResponseRecorder {
	f.t.Helper()
	r := httptest.NewRequest(method, target, body)
	for i := 0; i+1 < len(hdr); i += 2 {
		r.Header.Set(hdr[i], hdr[i+1])
	}
	w := httptest.NewRecorder()
	f.srv.ServeHTTP(w, r)
	return w
}

// get fetches an API path, checks the status and decodes the JSON into v.
func (f *fixture) get(target string, status int, v any) {
	f.t.Helper()
	w := f.do("GET", target, nil)
	if w.Code != status {
		f.t.Fatalf("GET %s: %d, want %d: %s", target, w.Code, status, w.Body.String())
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		f.t.Fatalf("GET %s: Content-Type %q", target, ct)
	}
	if v != nil {
		if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
			f.t.Fatalf("GET %s: %v: %s", target, err, w.Body.String())
		}
	}
}

func esc(s string) string { return url.PathEscape(s) }

// TestPages opens every page: each renders, with the security headers, and
// its data is served under /api/ too.
func TestPages(t *testing.T) {
	f := newFixture(t, "", servertest.Options(true))
	pages := []string{
		"/", "/?as_of=2025-05-01", "/pairs/" + examplesPair, "/pairs/usa-pak?since=2025-01-01&until=2025-12-31", "/network",
		"/network?country=PAK", "/people", "/people?country=PAK&name=tariq&page=1", "/people/" + esc(personID),
		"/dialogues", "/dialogues?party=AFG", "/dialogues/" + esc(dialogueID), "/commitments", "/commitments?status=overdue",
		"/commitments/" + esc(commitKey), "/events/" + esc(eventID), "/reports", "/reports/" + reportID,
		"/search", "/search?q=Interpol", "/search?pair=PAK&type=AGREE", "/search?q=minister&person=Tariq+Mehmood",
		"/corrections", "/add", "/login",
	}
	for _, p := range pages {
		w := f.do("GET", p, nil)
		if w.Code != http.StatusOK {
			t.Errorf("GET %s: %d: %s", p, w.Code, w.Body.String())
			continue
		}
		if ct := w.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
			t.Errorf("GET %s: Content-Type %q", p, ct)
		}
		csp := w.Header().Get("Content-Security-Policy")
		if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("GET %s: CSP %q", p, csp)
		}
		if w.Header().Get("X-Content-Type-Options") != "nosniff" || w.Header().Get("X-Frame-Options") != "DENY" {
			t.Errorf("GET %s: headers %v", p, w.Header())
		}
		body := w.Body.String()
		if strings.Contains(body, " style=") || regexp.MustCompile(`<script>|<script [^s]`).MatchString(body) {
			t.Errorf("GET %s: inline style or script in the page", p)
		}
		if !strings.Contains(body, "</html>") {
			t.Errorf("GET %s: the page is cut short", p)
		}
		if p == "/add" || p == "/login" {
			continue
		}
		api := "/api" + p
		if strings.HasPrefix(p, "/?") || p == "/" {
			api = "/api/overview" + strings.TrimPrefix(p, "/")
		}
		if !strings.Contains(html.UnescapeString(body), `href="`+api+`"`) {
			t.Errorf("GET %s: no link to %s", p, api)
		}
		f.get(api, http.StatusOK, nil)
	}
}

func TestErrors(t *testing.T) {
	f := newFixture(t, "", servertest.Options(true))
	for _, c := range []struct {
		method, path string
		status       int
		msg          string
	}{
		{"GET", "/api/people/" + esc("nobody known"), 404, "not found"},
		{"GET", "/api/nothing", 404, "no such page"},
		{"GET", "/api/reports/none", 404, "not found"},
		{"GET", "/api/events/none@1", 404, "not found"},
		{"GET", "/api/dialogues/none", 404, "not found"},
		{"GET", "/api/commitments/nokey", 404, "not found"},
		{"GET", "/api/overview?as_of=yesterday", 400, "as_of"},
		{"GET", "/api/pairs/PAKUSA", 400, "two country codes"},
		{"GET", "/api/search?type=HUG", 400, "PLOVER"},
		{"GET", "/api/people?page=0", 400, "page"},
		{"GET", "/api/commitments?status=late", 400, "status"},
		{"GET", "/api/network?country=Pakistan", 400, "country"},
		{"GET", "/api/search?q=" + strings.Repeat("x", 600), 400, "too long"},
		{"DELETE", "/api/overview", 405, "not allowed"},
		{"PUT", "/api/reports", 405, "not allowed"},
		{"POST", "/api/reports", 403, "read-only"},
		{"POST", "/api/corrections", 403, "read-only"},
	} {
		w := f.do(c.method, c.path, nil)
		var e struct {
			Status int    `json:"status"`
			Error  string `json:"error"`
		}
		if err := json.Unmarshal(w.Body.Bytes(), &e); err != nil || w.Code != c.status || e.Status != c.status || !strings.Contains(e.Error, c.msg) {
			t.Errorf("%s %s: %d %q (%v), want %d with %q", c.method, c.path, w.Code, w.Body.String(), err, c.status, c.msg)
		}
		if c.status == 405 && w.Header().Get("Allow") == "" {
			t.Errorf("%s %s: 405 without Allow", c.method, c.path)
		}
	}
	w := f.do("GET", "/nothing/here", nil)
	if w.Code != 404 || !strings.Contains(w.Header().Get("Content-Type"), "text/html") || !strings.Contains(w.Body.String(), "no such page") {
		t.Errorf("a page that is not there: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	w = f.do("GET", "/people/"+esc("nobody known"), nil)
	if w.Code != 404 || !strings.Contains(w.Body.String(), "not found") {
		t.Errorf("a person who is not there: %d", w.Code)
	}
}

func TestHostCheck(t *testing.T) {
	opts := servertest.Options(false)
	opts.AllowedHosts = []string{"127.0.0.1", "localhost", "::1"}
	f := newFixture(t, "", opts)
	for host, status := range map[string]int{"127.0.0.1:8080": 200, "localhost": 200, "[::1]:8080": 200, "evil.example": 421,
		"evil.example:8080": 421} {
		r := httptest.NewRequest("GET", "/api/health", nil)
		r.Host = host
		w := httptest.NewRecorder()
		f.srv.ServeHTTP(w, r)
		if w.Code != status {
			t.Errorf("Host %s: %d, want %d", host, w.Code, status)
		}
	}
}

func TestAssets(t *testing.T) {
	f := newFixture(t, "", servertest.Options(false))
	page := f.do("GET", "/", nil).Body.String()
	for _, re := range []string{`/static/app\.[0-9a-f]{12}\.css`, `/static/app\.[0-9a-f]{12}\.js`} {
		u := regexp.MustCompile(re).FindString(page)
		if u == "" {
			t.Fatalf("no %s in the page", re)
		}
		w := f.do("GET", u, nil)
		if w.Code != 200 || !strings.Contains(w.Header().Get("Cache-Control"), "immutable") || w.Body.Len() < 100 {
			t.Errorf("%s: %d %v", u, w.Code, w.Header())
		}
	}
	if w := f.do("GET", "/static/app.css", nil); w.Code != 404 {
		t.Errorf("an unhashed name: %d", w.Code)
	}
}

// TestCache checks that what another process stores shows once the
// record's version is looked at again.
func TestCache(t *testing.T) {
	opts := servertest.Options(true)
	opts.VersionEvery = time.Millisecond
	f := newFixture(t, "", opts)
	var before, after struct {
		Counts store.Counts `json:"counts"`
	}
	f.get("/api/overview", 200, &before)
	p := servertest.Pipeline(t)
	doc := accord.Document{ID: "elsewhere", Text: "KABUL: Pakistan and Afghanistan agreed to reopen the Torkham border on Monday.",
		Date: servertest.Today}
	rec, err := p.Code(doc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.st.Ingest(context.Background(), store.Report{Doc: doc, Record: rec}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * time.Millisecond)
	f.get("/api/overview", 200, &after)
	if after.Counts.Reports != before.Counts.Reports+1 {
		t.Errorf("reports before %d, after %d", before.Counts.Reports, after.Counts.Reports)
	}
}
