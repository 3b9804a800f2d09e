package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a buffer written by one goroutine and read by another.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// serve runs accord serve on a free loopback port until the test ends, and
// returns its base URL and what it printed.
func serve(t *testing.T, args ...string) (string, *lockedBuffer) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var stdout, stderr lockedBuffer
	done := make(chan int)
	go func() {
		done <- Run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0", "--quiet"}, args...), strings.NewReader(""), &stdout, &stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != 0 {
				t.Errorf("accord serve: exit %d\n%s", code, stderr.String())
			}
		case <-time.After(10 * time.Second):
			t.Error("accord serve did not stop")
		}
	})
	re := regexp.MustCompile(`http://127\.0\.0\.1:\d+`)
	for start := time.Now(); time.Since(start) < 20*time.Second; time.Sleep(20 * time.Millisecond) {
		if u := re.FindString(stdout.String()); u != "" {
			return u, &stdout
		}
		select {
		case code := <-done:
			t.Fatalf("accord serve: exit %d\n%s", code, stderr.String())
		default:
		}
	}
	t.Fatalf("accord serve printed no address: %q %q", stdout.String(), stderr.String())
	return "", nil
}

func request(t *testing.T, method, url, body string, hdr ...string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		if hdr[i] == "Host" {
			req.Host = hdr[i+1]
			continue
		}
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServe(t *testing.T) {
	db := storyDB(t)
	t.Setenv(TokenEnv, "s3cret-token")
	base, out := serve(t, "--db", db)
	if !strings.Contains(out.String(), "writes need the token") {
		t.Errorf("the banner: %q", out.String())
	}
	code, body := request(t, "GET", base+"/api/overview?as_of=2025-12-31", "")
	var o struct {
		Counts struct{ Reports int } `json:"counts"`
	}
	if err := json.Unmarshal([]byte(body), &o); code != 200 || err != nil || o.Counts.Reports == 0 {
		t.Errorf("GET /api/overview: %d %v %.200s", code, err, body)
	}
	if code, _ := request(t, "GET", base+"/", ""); code != 200 {
		t.Errorf("GET /: %d", code)
	}
	// A loopback server answers to loopback names only.
	if code, _ := request(t, "GET", base+"/api/health", "", "Host", "rebound.example:8080"); code != http.StatusMisdirectedRequest {
		t.Errorf("a foreign Host: %d", code)
	}
	if code, _ := request(t, "GET", base+"/api/health", "", "Host", "localhost:8080"); code != 200 {
		t.Errorf("Host localhost: %d", code)
	}
	report := `{"id":"cli-1","date":"2025-06-01","text":"KABUL: Pakistan and Afghanistan agreed on Sunday to reopen the Torkham crossing."}`
	if code, body := request(t, "POST", base+"/api/reports", report, "Content-Type", "application/json"); code != 401 {
		t.Errorf("adding without the token: %d %s", code, body)
	}
	if code, body := request(t, "POST", base+"/api/reports", report, "Content-Type", "application/json",
		"Authorization", "Bearer s3cret-token"); code != 201 || !strings.Contains(body, `"report":"cli-1"`) {
		t.Errorf("adding with the token: %d %s", code, body)
	}
	if code, _ := request(t, "GET", base+"/api/reports/cli-1", ""); code != 200 {
		t.Errorf("the added report: %d", code)
	}
}

func TestServeReadOnly(t *testing.T) {
	db := storyDB(t)
	t.Setenv(TokenEnv, "")
	base, out := serve(t, "--db", db)
	if !strings.Contains(out.String(), "read-only") {
		t.Errorf("the banner: %q", out.String())
	}
	code, body := request(t, "POST", base+"/api/corrections", `{"kind":"person.edit","target":"x","payload":{"name":"y"}}`,
		"Content-Type", "application/json", "Authorization", "Bearer anything")
	if code != 403 || !strings.Contains(body, "read-only") {
		t.Errorf("a correction on a read-only server: %d %s", code, body)
	}
}

func TestServeUsage(t *testing.T) {
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"serve", "extra"}, ExitUsage, "flags only"},
		{[]string{"serve", "--max-body", "0"}, ExitUsage, "--max-body"},
		{[]string{"serve", "--addr", "127.0.0.1:99999", "--db", t.TempDir() + "/x.db"}, ExitFailure, "listen"},
	} {
		code, _, errs := recordRun(t, c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%q: exit %d, %q", c.args, code, errs)
		}
	}
	if code, _, errs := recordRun(t, "serve", "--help"); code != 0 || !strings.Contains(errs, "ACCORD_TOKEN") {
		t.Errorf("--help: exit %d, %q", code, errs)
	}
}
