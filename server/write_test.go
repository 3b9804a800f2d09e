package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/server"
	"github.com/accord-events/accord/server/servertest"
	"github.com/accord-events/accord/store"
)

// TestWriteAPI adds reports and corrections with a bearer token.
func TestWriteAPI(t *testing.T) {
	f := newFixture(t, servertest.Token, servertest.Options(true))
	bearer := "Bearer " + servertest.Token
	report := `{"id":"web-1","title":"Ministers meet","date":"2025-06-09","source":"Test",
		"text":"ISLAMABAD: Interior Minister Mohsin Naqvi met US Ambassador Donald Blome in Islamabad on Monday and discussed counter-terrorism cooperation."}`
	for _, c := range []struct {
		name   string
		hdr    []string
		body   string
		status int
	}{
		{"no token", []string{"Content-Type", "application/json"}, report, 401},
		{"wrong token", []string{"Content-Type", "application/json", "Authorization", "Bearer nope"}, report, 401},
		{"not bearer", []string{"Content-Type", "application/json", "Authorization", "Basic " + servertest.Token}, report, 401},
		{"session without CSRF", []string{"Content-Type", "application/json", "Cookie", "accord_session=x.y.z"}, report, 401},
		{"bad JSON", []string{"Content-Type", "application/json", "Authorization", bearer}, `{"text": 1}`, 400},
		{"unknown field", []string{"Content-Type", "application/json", "Authorization", bearer}, `{"txt": "x"}`, 400},
		{"no text", []string{"Content-Type", "application/json", "Authorization", bearer}, `{"text": "  "}`, 400},
		{"bad date", []string{"Content-Type", "application/json", "Authorization", bearer}, `{"text": "x", "date": "June"}`, 400},
		{"form type", []string{"Content-Type", "application/x-www-form-urlencoded", "Authorization", bearer}, "text=x", 415},
		{"added", []string{"Content-Type", "application/json", "Authorization", bearer}, report, 201},
		{"again", []string{"Content-Type", "application/json", "Authorization", bearer}, report, 409},
	} {
		w := f.do("POST", "/api/reports", strings.NewReader(c.body), c.hdr...)
		if w.Code != c.status {
			t.Errorf("%s: %d, want %d: %s", c.name, w.Code, c.status, w.Body.String())
		}
		if c.status == 401 && w.Header().Get("WWW-Authenticate") == "" {
			t.Errorf("%s: 401 without WWW-Authenticate", c.name)
		}
	}
	// The new report is seen at once, though the cache is on.
	var reports struct {
		Reports []store.StoredReport `json:"reports"`
	}
	f.get("/api/reports", 200, &reports)
	if i := slices.IndexFunc(reports.Reports, func(r store.StoredReport) bool { return r.ID == "web-1" }); len(reports.Reports) != 11 ||
		i < 0 || reports.Reports[i].Engine != "servertest" || reports.Reports[i].Title != "Ministers meet" {
		t.Errorf("after adding: %d reports: %+v", len(reports.Reports), reports.Reports)
	}
	w := f.do("POST", "/api/reports?date=2025-06-08&title=Plain", strings.NewReader("KABUL: Afghan Foreign Minister Amir Khan Muttaqi met Pakistan's envoy Muhammad Sadiq on Sunday."),
		"Content-Type", "text/plain; charset=utf-8", "Authorization", bearer)
	var added struct {
		Report   string         `json:"report"`
		URL      string         `json:"url"`
		Ingested store.Ingested `json:"ingested"`
	}
	if err := json.Unmarshal(w.Body.Bytes(), &added); w.Code != 201 || err != nil || !strings.HasPrefix(added.Report, "web-") ||
		w.Header().Get("Location") != added.URL || added.Ingested.Events == 0 {
		t.Errorf("a plain text report: %d %s", w.Code, w.Body.String())
	}
	// An id with a slash is one path segment, escaped.
	w = f.do("POST", "/api/reports?id=wire/7&date=2025-06-01", strings.NewReader("TEHRAN: Iran and Pakistan agreed on Sunday to open two border markets."),
		"Content-Type", "text/plain", "Authorization", bearer)
	if w.Code != 201 || w.Header().Get("Location") != "/reports/wire%2F7" {
		t.Errorf("a report id with a slash: %d %s, Location %q", w.Code, w.Body.String(), w.Header().Get("Location"))
	}
	f.get("/api/reports/wire%2F7", 200, nil)
	if w := f.do("GET", "/reports/wire%2F7", nil); w.Code != 200 {
		t.Errorf("the page of a report id with a slash: %d", w.Code)
	}
	big := strings.Repeat("a", server.DefaultMaxBodyBytes+10)
	if w := f.do("POST", "/api/reports", strings.NewReader(big), "Content-Type", "text/plain", "Authorization", bearer); w.Code != 413 {
		t.Errorf("a report too large: %d %s", w.Code, w.Body.String())
	}

	// Corrections.
	for _, c := range []struct {
		body   string
		status int
	}{
		{`{"kind":"person.delete","target":"x"}`, 400},
		{`{"kind":"commitment.status","target":"` + commitKey + `","payload":{"status":"done"}}`, 400},
		{`{"kind":"event.edit","target":"` + eventID + `","payload":{"type":"ASSAULT"}`, 400},
		{`{"kind":"commitment.status","target":"` + commitKey + `","payload":{"status":"cancelled","note":"called off"},"author":"Ayesha"}`, 201},
		{`{"kind":"event.edit","target":"` + eventID + `","payload":{"target_country":"USA"}}`, 201},
	} {
		w := f.do("POST", "/api/corrections", strings.NewReader(c.body), "Content-Type", "application/json", "Authorization", bearer)
		if w.Code != c.status {
			t.Errorf("correction %s: %d, want %d: %s", c.body, w.Code, c.status, w.Body.String())
		}
	}
	var cs struct {
		Corrections []store.Correction `json:"corrections"`
	}
	f.get("/api/corrections", 200, &cs)
	if len(cs.Corrections) != 2 || cs.Corrections[1].Author != "Ayesha" || cs.Corrections[0].Author != "api" || !cs.Corrections[0].At.Equal(servertest.Today) {
		t.Errorf("the audit list: %+v", cs.Corrections)
	}
	var commitment struct {
		Commitment store.CommitmentRecord `json:"commitment"`
	}
	f.get("/api/commitments/"+esc(commitKey), 200, &commitment)
	if commitment.Commitment.Status.Status != accord.Cancelled || !strings.Contains(commitment.Commitment.Status.Reason, "Ayesha") {
		t.Errorf("the corrected status: %+v", commitment.Commitment.Status)
	}
	var pair struct {
		Events []store.EventRecord `json:"events"`
	}
	f.get("/api/pairs/PAK-USA", 200, &pair)
	if !slices.ContainsFunc(pair.Events, func(e store.EventRecord) bool { return e.ID == eventID }) {
		t.Errorf("the meeting moved to PAK-USA by a correction is not on its page")
	}

	// Corrections survive a recode.
	recode(t, f.st)
	f.get("/api/commitments/"+esc(commitKey), 200, &commitment)
	if commitment.Commitment.Status.Status != accord.Cancelled {
		t.Errorf("after a recode: %+v", commitment.Commitment.Status)
	}
}

// recode codes every stored report again and rebuilds the record, as
// accord recode does.
func recode(t *testing.T, st store.Store) {
	t.Helper()
	ctx := context.Background()
	p := servertest.Pipeline(t)
	var docs []accord.Document
	if err := st.Reports(ctx, true, func(r store.StoredReport) error { docs = append(docs, r.Document()); return nil }); err != nil {
		t.Fatal(err)
	}
	b, err := st.Rebuild(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		rec, err := p.Code(d)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.Add(ctx, store.Report{Doc: d, Record: rec, Engine: "recoded"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := st.LogRun(ctx, store.Run{Kind: "recode", Started: time.Now(), Finished: time.Now()}); err != nil {
		t.Fatal(err)
	}
}

// browser is a client with cookies that does not follow redirects.
func browser(t *testing.T) *http.Client {
	jar, _ := cookiejar.New(nil)
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([^"]+)"`)

// csrfOf fetches a page and returns the CSRF token of its forms.
func csrfOf(t *testing.T, c *http.Client, u string) string {
	t.Helper()
	resp, err := c.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	m := csrfRE.FindSubmatch(b)
	if m == nil {
		t.Fatalf("no CSRF token on %s", u)
	}
	return string(m[1])
}

func post(t *testing.T, c *http.Client, u string, form url.Values, hdr ...string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", u, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// TestForms signs in through the login form and posts forms with the
// session cookie: the CSRF token is required, cross-site posts refused.
func TestForms(t *testing.T) {
	f := newFixture(t, servertest.Token, servertest.Options(true))
	ts := httptest.NewServer(f.srv)
	defer ts.Close()
	c := browser(t)

	text := "ISLAMABAD: Foreign Minister Ishaq Dar met Chinese Ambassador Jiang Zaidong on Tuesday."
	addForm := url.Values{"text": {text}, "title": {"Dar meets Jiang"}, "date": {"2025-06-10"}}
	// Not signed in: refused.
	tok := csrfOf(t, c, ts.URL+"/add")
	addForm.Set("csrf", tok)
	if resp, body := post(t, c, ts.URL+"/add", addForm); resp.StatusCode != 401 || !strings.Contains(body, "sign in") {
		t.Errorf("adding without signing in: %d", resp.StatusCode)
	}
	// A wrong token, then the right one.
	login := url.Values{"csrf": {csrfOf(t, c, ts.URL+"/login")}, "name": {"Ayesha"}, "token": {"guess"}, "next": {"/add"}}
	if resp, body := post(t, c, ts.URL+"/login", login); resp.StatusCode != 401 || !strings.Contains(body, "Wrong token") {
		t.Errorf("a wrong token: %d", resp.StatusCode)
	}
	login.Set("token", servertest.Token)
	login.Set("csrf", "forged")
	if resp, _ := post(t, c, ts.URL+"/login", login); resp.StatusCode != 403 {
		t.Errorf("login without the CSRF token: %d", resp.StatusCode)
	}
	login.Set("csrf", csrfOf(t, c, ts.URL+"/login"))
	login.Set("next", "//evil.example/")
	resp, _ := post(t, c, ts.URL+"/login", login)
	if resp.StatusCode != 303 || resp.Header.Get("Location") != "/" {
		t.Fatalf("login: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	var session *http.Cookie
	for _, ck := range resp.Cookies() {
		if ck.Name == "accord_session" {
			session = ck
		}
	}
	if session == nil || !session.HttpOnly || session.SameSite != http.SameSiteLaxMode {
		t.Fatalf("session cookie %+v", session)
	}
	// Signed in: the CSRF token is still needed, and a cross-site post is
	// refused whatever it carries.
	addForm.Set("csrf", "forged")
	if resp, _ := post(t, c, ts.URL+"/add", addForm); resp.StatusCode != 403 {
		t.Errorf("adding with a forged CSRF token: %d", resp.StatusCode)
	}
	addForm.Set("csrf", csrfOf(t, c, ts.URL+"/add"))
	if resp, _ := post(t, c, ts.URL+"/add", addForm, "Sec-Fetch-Site", "cross-site"); resp.StatusCode != 403 {
		t.Errorf("a cross-site post: %d", resp.StatusCode)
	}
	resp, _ = post(t, c, ts.URL+"/add", addForm, "Sec-Fetch-Site", "same-origin")
	if resp.StatusCode != 303 || !strings.HasPrefix(resp.Header.Get("Location"), "/reports/web-") {
		t.Fatalf("adding: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	page, _ := c.Get(ts.URL + resp.Header.Get("Location"))
	b, _ := io.ReadAll(page.Body)
	page.Body.Close()
	if page.StatusCode != 200 || !strings.Contains(string(b), "Dar meets Jiang") || !strings.Contains(string(b), "k-person") {
		t.Errorf("the added report's page: %d", page.StatusCode)
	}
	// A file uploaded, in the seed format.
	var body bytes.Buffer
	mw := multipart.NewWriter(&body)
	mw.WriteField("csrf", csrfOf(t, c, ts.URL+"/add"))
	mw.WriteField("title", "Uploaded")
	fw, _ := mw.CreateFormFile("file", "upload-1.txt")
	io.WriteString(fw, "date 2025-06-09\nKABUL: Afghan Foreign Minister Amir Khan Muttaqi met Pakistan's envoy Muhammad Sadiq on Sunday.\n")
	mw.Close()
	req, _ := http.NewRequest("POST", ts.URL+"/add", &body)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	if resp, err := c.Do(req); err != nil || resp.StatusCode != 303 || resp.Header.Get("Location") != "/reports/upload-1" {
		t.Errorf("uploading a file: %v %v", err, resp)
	} else {
		resp.Body.Close()
	}
	var up struct {
		Report store.StoredReport `json:"report"`
	}
	f.get("/api/reports/upload-1", 200, &up)
	if up.Report.Date != "2025-06-09" || up.Report.Title != "Uploaded" || strings.HasPrefix(up.Report.Text, "date") {
		t.Errorf("the uploaded report: %+v", up.Report)
	}
	// The same again: the form says it is stored already.
	addForm.Set("csrf", csrfOf(t, c, ts.URL+"/add"))
	if resp, body := post(t, c, ts.URL+"/add", addForm); resp.StatusCode != 409 || !strings.Contains(body, "already stored") {
		t.Errorf("adding the same report again: %d", resp.StatusCode)
	}
	// A correction through a form, kept with the analyst's name.
	fix := url.Values{"csrf": {csrfOf(t, c, ts.URL+"/people/"+esc(personID))}, "kind": {"person.edit"}, "target": {personID},
		"title": {"Federal Interior Minister"}, "back": {"/people/" + esc(personID)}}
	resp, _ = post(t, c, ts.URL+"/corrections", fix)
	if resp.StatusCode != 303 || !strings.HasPrefix(resp.Header.Get("Location"), "/people/") {
		t.Errorf("a correction: %d to %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	fix.Set("kind", "event.edit")
	fix.Set("target", eventID)
	fix.Set("source_country", "Pakistan")
	if resp, body := post(t, c, ts.URL+"/corrections", fix); resp.StatusCode != 400 || !strings.Contains(body, "country code") {
		t.Errorf("a correction with a bad country: %d", resp.StatusCode)
	}
	var cs struct {
		Corrections []store.Correction `json:"corrections"`
	}
	f.get("/api/corrections", 200, &cs)
	if len(cs.Corrections) != 1 || cs.Corrections[0].Author != "Ayesha" || string(cs.Corrections[0].Payload) != `{"title":"Federal Interior Minister"}` {
		t.Errorf("the audit list: %+v", cs.Corrections)
	}
	// Signing out ends the session.
	resp, _ = post(t, c, ts.URL+"/logout", url.Values{"csrf": {csrfOf(t, c, ts.URL+"/")}})
	if resp.StatusCode != 303 {
		t.Errorf("logout: %d", resp.StatusCode)
	}
	addForm.Set("csrf", csrfOf(t, c, ts.URL+"/add"))
	addForm.Set("text", text+" Again.")
	if resp, _ := post(t, c, ts.URL+"/add", addForm); resp.StatusCode != 401 {
		t.Errorf("adding after signing out: %d", resp.StatusCode)
	}
}

// TestEscaping stores a report full of markup: its page shows the markup
// as text.
func TestEscaping(t *testing.T) {
	f := newFixture(t, servertest.Token, servertest.Options(false))
	body, _ := json.Marshal(map[string]string{"id": "xss-1", "title": `<img src=x onerror="alert(1)">Title`, "date": "2025-06-09",
		"url": "javascript:alert(3)",
		"text": `ISLAMABAD: Interior Minister Mohsin Naqvi <script>alert(1)</script> met US Ambassador Donald Blome on Monday. ` +
			`<img src=x onerror="alert(2)"> "</a><a href=javascript:alert(4)>" & more.`})
	if w := f.do("POST", "/api/reports", strings.NewReader(string(body)), "Content-Type", "application/json", "Authorization", "Bearer "+servertest.Token); w.Code != 201 {
		t.Fatalf("adding: %d %s", w.Code, w.Body.String())
	}
	for _, p := range []string{"/reports/xss-1", "/", "/reports", "/search?q=Naqvi", "/people"} {
		page := f.do("GET", p, nil).Body.String()
		for _, bad := range []string{"<script>alert", "<img src=x", "onerror=\"alert", "<a href=javascript", `href="javascript`} {
			if strings.Contains(page, bad) {
				t.Errorf("%s holds %q unescaped", p, bad)
			}
		}
		if n := strings.Count(page, "<script"); n != 1 {
			t.Errorf("%s: %d script elements, want the one of app.js", p, n)
		}
	}
	page := f.do("GET", "/reports/xss-1", nil).Body.String()
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") || !strings.Contains(page, "#ZgotmplZ") {
		t.Errorf("the report's markup is not shown as text, or its URL not neutralised")
	}
}
