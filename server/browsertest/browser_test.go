package browsertest

import (
	"context"
	"flag"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/accord-events/accord/server/servertest"
)

var updateScreenshots = flag.Bool("update-screenshots", false, "write a screenshot of each page to docs/screenshots/")

// chromium finds the browser, or "" when none is installed.
func chromium() string {
	for _, p := range []string{"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// session is a browser tab on a test server.
type session struct {
	t    *testing.T
	ctx  context.Context
	base string
	shot string // where screenshots go
}

func newSession(t *testing.T) *session {
	path := chromium()
	if path == "" {
		t.Skip("no Chromium: looked for /usr/bin/chromium, chromium-browser and google-chrome (apt-get install -y chromium)")
	}
	st := servertest.Examples(t)
	ts := httptest.NewServer(servertest.New(t, st, servertest.Token, servertest.Options(true)))
	t.Cleanup(ts.Close)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTime(); cancelTab(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", path, err)
	}
	s := &session{t: t, ctx: ctx, base: ts.URL, shot: t.TempDir()}
	if *updateScreenshots {
		s.shot = filepath.Join(servertest.Root(), "docs", "screenshots")
		if err := os.MkdirAll(s.shot, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// run runs browser actions, failing the test on an error.
func (s *session) run(what string, actions ...chromedp.Action[chromedp.Void]) {
	s.t.Helper()
	if err := chromedp.Do(s.ctx, actions...); err != nil {
		s.t.Fatalf("%s: %v", what, err)
	}
}

// open loads a page and waits for its body.
func (s *session) open(path string) {
	s.t.Helper()
	s.run("open "+path, chromedp.Navigate(s.base+path), chromedp.WaitReady(chromedp.CSS("body main")))
}

// follow clicks a link and waits for the page it leads to.
func (s *session) follow(link, page string) {
	s.t.Helper()
	s.run("follow "+link, chromedp.Click(chromedp.CSS(link)), chromedp.WaitReady(chromedp.CSS("body.page-"+page+" main")))
}

// eval evaluates a JavaScript expression.
func eval[T any](s *session, expr string) T {
	s.t.Helper()
	v, err := chromedp.Run(s.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		s.t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// count is the number of elements sel matches.
func (s *session) count(sel string) int {
	s.t.Helper()
	return eval[int](s, `document.querySelectorAll(`+jsString(sel)+`).length`)
}

// text is the text of the first element sel matches.
func (s *session) text(sel string) string {
	s.t.Helper()
	txt, err := chromedp.Run(s.ctx, chromedp.Text(chromedp.CSS(sel), chromedp.NodeVisible))
	if err != nil {
		s.t.Fatalf("text of %s: %v", sel, err)
	}
	return txt
}

// screenshot saves the visible part of the page as name.png.
func (s *session) screenshot(name string) {
	s.t.Helper()
	s.run("wait before "+name, chromedp.Sleep(100*time.Millisecond))
	png, err := chromedp.Run(s.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		s.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(s.shot, name+".png"), png, 0o644); err != nil {
		s.t.Fatal(err)
	}
}

func jsString(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + "'"
}

// TestBrowsing follows links from the overview to each kind of page, and
// opens the rest.
func TestBrowsing(t *testing.T) {
	s := newSession(t)
	s.open("/")
	if h := s.text("h1"); h != "Overview" {
		t.Errorf("the overview's heading: %q", h)
	}
	for _, sel := range []string{"a.pair", "a.person", "a.dialogue-link", ".card .what a", "ul.reports a"} {
		if s.count(sel) == 0 {
			t.Errorf("the overview has no %s link", sel)
		}
	}
	s.screenshot("overview")

	// A pair: the timeline and the monthly chart are drawn.
	s.follow("a.pair", "pair")
	if n := s.count("svg.timeline circle.dot"); n == 0 {
		t.Errorf("the pair's timeline has no events")
	}
	if s.count("svg.goldstein rect.bar") == 0 || s.count("table.events tbody tr") == 0 {
		t.Errorf("the pair page lacks its chart or its events")
	}
	s.screenshot("pair")

	// A person: the title history and the events.
	s.open("/")
	s.follow("a.person", "person")
	if s.count("table.titles tbody tr") == 0 || s.count("table.events tbody tr") == 0 {
		t.Errorf("the person page lacks the title history or the events")
	}
	s.screenshot("person")

	// A dialogue: its sessions with dates, places and chairs.
	s.open("/")
	s.follow("a.dialogue-link", "dialogue")
	if s.count("table.sessions tbody tr") == 0 {
		t.Errorf("the dialogue has no sessions")
	}
	s.screenshot("dialogue")

	// A commitment, and from it the report that made the promise, with the
	// promise selected.
	s.open("/")
	s.follow(".card .what a", "commitment")
	if !strings.Contains(strings.ToLower(s.text(".status-line")), "due soon") {
		t.Errorf("the commitment due soon: %q", s.text(".status-line"))
	}
	s.screenshot("commitment")
	s.follow("a.promise", "report")
	if s.count("#coding-selected article.k-commitment") != 1 {
		t.Errorf("the promise is not selected on the report's page")
	}

	// A report: every kind of span is highlighted; selecting a trigger
	// shows its coding and rule.
	s.open("/")
	s.follow("ul.reports a", "report")
	for _, k := range []string{"person", "actor", "time", "trigger"} {
		if s.count("#report-text a.hl.k-"+k) == 0 {
			t.Errorf("no %s highlighted in the report", k)
		}
	}
	s.run("select a trigger", chromedp.Click(chromedp.CSS("#report-text a.hl.k-trigger")),
		chromedp.WaitVisible(chromedp.CSS("#coding-selected article.k-trigger")))
	if sel := s.text("#coding-selected"); !strings.Contains(sel, "Rule:") || !strings.Contains(sel, "CAMEO") {
		t.Errorf("the selected trigger's coding: %q", sel)
	}
	if s.count("#report-text a.hl.sel") == 0 {
		t.Errorf("the selected span is not marked")
	}
	s.screenshot("report")

	for _, p := range []struct{ path, page, shot, want string }{
		{"/commitments", "commitments", "commitments", ".board .column"},
		{"/people", "people", "people", "table.people tbody tr"},
		{"/dialogues", "dialogues", "dialogues", "section.dialogue-block"},
		{"/network", "network", "network", "svg.network line.edge"},
		{"/search?q=minister&pair=PAK", "search", "search", "ul.hits li"},
		{"/reports", "reports", "", "table.reports tbody tr"},
		{"/corrections", "corrections", "", "main"},
	} {
		s.open(p.path)
		if s.count("body.page-"+p.page) != 1 || s.count(p.want) == 0 {
			t.Errorf("%s: no %s", p.path, p.want)
		}
		if p.shot != "" {
			s.screenshot(p.shot)
		}
	}
}

// TestWriting is refused without the token, then signs in, adds a report
// and a correction.
func TestWriting(t *testing.T) {
	s := newSession(t)
	text := "ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Ambassador Reza Amiri Moghadam on Wednesday " +
		"and agreed to hold the next meeting of the Joint Border Commission in Tehran in July."

	// Not signed in: the form says so, and posting it is refused.
	s.open("/add")
	if s.count("#signin-note") != 1 {
		t.Errorf("the form does not say to sign in")
	}
	s.run("post without the token", chromedp.SetValue(chromedp.CSS("textarea[name=text]"), text),
		chromedp.Click(chromedp.CSS("#add-form button[type=submit]")),
		chromedp.WaitVisible(chromedp.CSS("#error-message")))
	if msg := s.text("#error-message"); !strings.Contains(msg, "sign in") {
		t.Errorf("the refusal: %q", msg)
	}
	if h := s.text("h1"); !strings.Contains(h, "401") {
		t.Errorf("the refusal's heading: %q", h)
	}

	// Sign in, and come back to the form.
	s.open("/login?next=/add")
	s.run("sign in", chromedp.SetValue(chromedp.CSS("input[name=name]"), "Ayesha"),
		chromedp.SetValue(chromedp.CSS("input[name=token]"), servertest.Token),
		chromedp.Click(chromedp.CSS("form.loginform button")),
		chromedp.WaitReady(chromedp.CSS("body.page-add")))
	if u := s.text(".who .user"); u != "Ayesha" {
		t.Errorf("signed in as %q", u)
	}
	s.run("fill the form", chromedp.SetValue(chromedp.CSS("textarea[name=text]"), text),
		chromedp.SetValue(chromedp.CSS("input[name=title]"), "Naqvi meets Iranian envoy"),
		chromedp.SetValue(chromedp.CSS("input[name=source]"), "Test"))
	s.screenshot("add")
	s.run("add the report", chromedp.Click(chromedp.CSS("#add-form button[type=submit]")),
		chromedp.WaitReady(chromedp.CSS("body.page-report #report-text")))
	if h := s.text("h1"); h != "Naqvi meets Iranian envoy" {
		t.Errorf("the added report's page: %q", h)
	}
	if s.count("#report-text a.hl.k-person") == 0 || s.count("#report-text a.hl.k-trigger") == 0 {
		t.Errorf("the added report is not coded")
	}
	s.open("/reports")
	if !strings.Contains(s.text("table.reports"), "Naqvi meets Iranian envoy") {
		t.Errorf("the added report is not listed")
	}

	// Correct an event: it is marked wrong, and the audit list says who.
	s.open("/pairs/IRN-PAK")
	s.follow("table.events tbody tr td a", "event")
	s.run("reject the event", chromedp.SetValue(chromedp.CSS("#fix-reject input[name=reason]"), "a courtesy call, not talks"),
		chromedp.Click(chromedp.CSS("#fix-reject button")),
		chromedp.WaitReady(chromedp.CSS("body.page-corrections #corrected")))
	if row := s.text("table.corrections tbody tr"); !strings.Contains(row, "Ayesha") || !strings.Contains(row, "event.reject") {
		t.Errorf("the audit list's row: %q", row)
	}
	s.screenshot("corrections")
}

// TestUntrustedText stores a report full of markup and script: its page
// shows them as text and runs nothing.
func TestUntrustedText(t *testing.T) {
	s := newSession(t)
	s.open("/login?next=/add")
	s.run("sign in", chromedp.SetValue(chromedp.CSS("input[name=name]"), "Tester"),
		chromedp.SetValue(chromedp.CSS("input[name=token]"), servertest.Token),
		chromedp.Click(chromedp.CSS("form.loginform button")),
		chromedp.WaitReady(chromedp.CSS("body.page-add")))
	text := `ISLAMABAD: Interior Minister Mohsin Naqvi <script>window.__xss = 1</script> met US Ambassador Donald Blome on Monday. ` +
		`<img src=x onerror="window.__xss = 2"> <b onmouseover="window.__xss = 3">bold</b> ` +
		`<a href="javascript:window.__xss = 4" id="evil">a link</a> <style>body { display: none }</style>`
	s.run("add the report", chromedp.SetValue(chromedp.CSS("textarea[name=text]"), text),
		chromedp.SetValue(chromedp.CSS("input[name=title]"), `<img src=y onerror="window.__xss = 5">Markup`),
		chromedp.Click(chromedp.CSS("#add-form button[type=submit]")),
		chromedp.WaitReady(chromedp.CSS("body.page-report #report-text")))
	s.run("let the page settle", chromedp.Sleep(300*time.Millisecond))
	xss := eval[string](s, `typeof window.__xss`)
	injected := s.count("main script, main img, main style, main b, #evil")
	shown := s.text("#report-text")
	if xss != "undefined" {
		t.Errorf("the report's script ran: window.__xss is %s", xss)
	}
	if injected != 0 {
		t.Errorf("%d elements of the report's markup are in the page", injected)
	}
	if !strings.Contains(shown, "<script>window.__xss = 1</script>") || !strings.Contains(shown, `<img src=x onerror=`) {
		t.Errorf("the markup is not shown as text: %q", shown)
	}
	if h := s.text("h1"); !strings.Contains(h, "<img src=y") {
		t.Errorf("the title is not shown as text: %q", h)
	}
	// Hovering and selecting spans runs nothing either.
	s.run("select a span", chromedp.Click(chromedp.CSS("#report-text a.hl")))
	if xss = eval[string](s, `typeof window.__xss`); xss != "undefined" {
		t.Errorf("selecting a span ran the report's script: %v", xss)
	}
	for _, p := range []string{"/", "/reports", "/search?q=Naqvi"} {
		s.open(p)
		if xss = eval[string](s, `typeof window.__xss`); xss != "undefined" {
			t.Errorf("%s ran the report's script: %v", p, xss)
		}
	}
}
