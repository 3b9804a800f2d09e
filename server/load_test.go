package server_test

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/accord-events/accord/server"
	"github.com/accord-events/accord/server/servertest"
	"github.com/accord-events/accord/store"
)

// TestLoad runs a bounded load test of the API against a real server on
// 127.0.0.1: a fixed number of requests over a mix of every page's JSON,
// by concurrent clients, first as fast as they go, then paced at 500
// requests a second; and as fast as they go with the cache off. It holds
// the corpus when ../shared/corpora/pk-news-2025 is there, else the
// examples. It runs only when ACCORD_LOAD is set (ACCORD_LOAD=1, or a
// number of requests); docs/PERFORMANCE.md has the figures.
//
//	ACCORD_LOAD=1 go test -run TestLoad -v ./server/
func TestLoad(t *testing.T) {
	total := 0
	switch v := os.Getenv("ACCORD_LOAD"); v {
	case "":
		t.Skip("set ACCORD_LOAD=1 (or a number of requests) to run the load test")
	case "1":
		total = 20000
	default:
		n, err := strconv.Atoi(v)
		if err != nil || n < 100 {
			t.Fatalf("ACCORD_LOAD=%q: give 1 or a number of requests (100 or more)", v)
		}
		total = n
	}
	var st store.Store
	what := "the corpus"
	if _, err := os.Stat(servertest.CorpusDir()); err == nil || os.Getenv("ACCORD_SERVE_CORPUS_DB") != "" {
		st = servertest.Corpus(t)
	} else {
		what = "the examples (" + servertest.CorpusDir() + " is absent)"
		st = servertest.Examples(t)
	}
	urls := loadMix(t, st)
	t.Logf("record: %s; %d URLs in the mix", what, len(urls))

	for _, c := range []struct {
		name    string
		cache   bool
		clients int
		n       int
		rate    float64
	}{
		{"cached, as fast as 16 clients go", true, 16, total, 0},
		{"cached, paced at 500/s", true, 16, min(total, 10000), 500},
		{"no cache, as fast as 16 clients go", false, 16, max(total/20, 300), 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := servertest.Options(c.cache)
			base := serveLoopback(t, servertest.New(t, st, "", opts))
			res := load(base, urls, c.clients, c.n, c.rate)
			t.Logf("%d requests, %d clients: %.0f requests/s, %d errors; latency p50 %v, p95 %v, p99 %v, max %v",
				res.n, c.clients, res.rate, res.errors, res.p(50), res.p(95), res.p(99), res.p(100))
			for _, e := range res.firstErrors {
				t.Log(e)
			}
			if res.errors > 0 {
				t.Errorf("%d errors", res.errors)
			}
			if c.rate > 0 && res.rate < 0.98*c.rate {
				t.Errorf("held %.0f requests/s, under the %.0f asked", res.rate, c.rate)
			}
		})
	}
}

// loadMix is the API URLs the load test requests: each page's JSON, over
// several pairs, persons, reports and dates.
func loadMix(t *testing.T, st store.Store) []string {
	ctx := context.Background()
	var urls []string
	for _, p := range pagesOf(t, st) {
		u := "/api" + p.path
		if p.path == "/" {
			u = "/api/overview"
		}
		urls = append(urls, u)
	}
	pairs, _ := st.Pairs(ctx, store.PairFilter{Limit: 10})
	for _, p := range pairs {
		urls = append(urls, "/api/pairs/"+p.Pair, "/api/network?country="+p.A)
	}
	people, _ := st.People(ctx, store.PersonFilter{Limit: 10})
	for _, p := range people {
		urls = append(urls, "/api/people/"+esc(p.ID))
	}
	rs, _ := st.ListReports(ctx, store.ReportFilter{Limit: 10})
	for _, r := range rs {
		urls = append(urls, "/api/reports/"+esc(r.ID))
	}
	for _, d := range []string{"2025-03-31", "2025-06-30", "2025-09-30"} {
		urls = append(urls, "/api/overview?as_of="+d, "/api/commitments?as_of="+d)
	}
	urls = append(urls, "/api/people?page=2", "/api/reports?page=3", "/api/search?q=counter+terrorism", "/api/health")
	return urls
}

// serveLoopback serves h on a new loopback port until the test ends.
func serveLoopback(t *testing.T, h *server.Server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	return "http://" + ln.Addr().String()
}

type loadResult struct {
	n, errors   int
	rate        float64
	lat         []time.Duration
	firstErrors []string
}

// p is the q-th percentile of the latencies.
func (r loadResult) p(q int) time.Duration {
	if len(r.lat) == 0 {
		return 0
	}
	i := min(len(r.lat)-1, len(r.lat)*q/100)
	return r.lat[i].Round(10 * time.Microsecond)
}

// load makes n requests over urls with clients goroutines, as fast as they
// go or, with rate > 0, the i-th at start + i/rate.
func load(base string, urls []string, clients, n int, rate float64) loadResult {
	tr := &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	lat := make([]time.Duration, n)
	var next, errs atomic.Int64
	var mu sync.Mutex
	var firstErrors []string
	fail := func(msg string) {
		errs.Add(1)
		mu.Lock()
		if len(firstErrors) < 5 {
			firstErrors = append(firstErrors, msg)
		}
		mu.Unlock()
	}
	start := time.Now()
	var wg sync.WaitGroup
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				if rate > 0 {
					time.Sleep(time.Until(start.Add(time.Duration(float64(i) / rate * float64(time.Second)))))
				}
				u := base + urls[i%len(urls)]
				t0 := time.Now()
				resp, err := client.Get(u)
				if err != nil {
					fail(err.Error())
					lat[i] = time.Since(t0)
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				lat[i] = time.Since(t0)
				if resp.StatusCode != http.StatusOK {
					fail(fmt.Sprintf("GET %s: %d", u, resp.StatusCode))
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	slices.Sort(lat)
	return loadResult{n: n, errors: int(errs.Load()), rate: float64(n) / elapsed.Seconds(), lat: lat, firstErrors: firstErrors}
}
