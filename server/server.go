// Package server is accord's web interface and HTTP API over the stored
// record: an http.Handler built from a store.Store (and a pipeline, to code
// reports pasted into it).
//
// Every page has its data as JSON under /api/ (docs/API.md): one function
// builds a page's data from the store, and the route table serves it both
// through an html/template page and as JSON. Pages are rendered on the
// server; charts and the country network are SVG drawn by the templates;
// the CSS and the little JavaScript (selecting a highlighted span of a
// report) are embedded and served under content-hashed URLs. No CDN, no
// Node build step.
//
// Reading needs nothing. Writing (adding a report, a correction) needs the
// token the server was started with, as a bearer token or through a
// session cookie after the login form; without a token the server is
// read-only. Form posts carry a CSRF token, bodies are limited in size,
// the Host header is checked against the names the server answers to (DNS
// rebinding), and every page is sent with a Content-Security-Policy that
// allows no inline script: report texts are untrusted and html/template
// escapes them.
package server

import (
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/store"
)

// Options configure a Server. The zero value is ready to use.
type Options struct {
	// Engine names the coder in reports stored through the server
	// ("accord v1.2"); it is kept with each report, as 'accord ingest' does.
	Engine string
	// Logger receives one line per request and the errors; nil discards.
	Logger *slog.Logger
	// Now is the clock ("today" is the default as-of date); nil is
	// time.Now.
	Now func() time.Time
	// MaxBodyBytes caps a request body (a pasted or uploaded report, a
	// correction); 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// AllowedHosts are the host names (without port) requests may name in
	// their Host header; empty allows any. A server on a loopback address
	// should allow only loopback names, so that a web page cannot reach it
	// through DNS rebinding.
	AllowedHosts []string
	// CountryNames maps country codes to names for display; nil takes them
	// from the pipeline's lexicon.
	CountryNames map[string]string
	// CacheEntries bounds the cache of page data (the record changes only
	// when reports or corrections are stored); 0 means DefaultCacheEntries,
	// a negative value turns the cache off.
	CacheEntries int
	// VersionEvery is how often the record's version is looked at, to
	// notice writes by other processes (an 'accord ingest' running beside
	// the server); 0 means one second. Writes through the server are seen
	// at once.
	VersionEvery time.Duration
}

// Defaults for Options.
const (
	DefaultMaxBodyBytes = 4 << 20
	DefaultCacheEntries = 256
)

// A Server serves the web interface and the API. It is an http.Handler.
type Server struct {
	st      store.Store
	p       *pipeline.Pipeline
	token   string
	opts    Options
	log     *slog.Logger
	now     func() time.Time
	keys    keys
	cache   *cache
	pages   *pages
	assets  *assets
	names   map[string]string
	handler http.Handler
	cop     *http.CrossOriginProtection
}

// New builds a Server over st. p codes the reports added through the
// server (nil refuses them); token is what writing needs ("" makes the
// server read-only).
func New(st store.Store, p *pipeline.Pipeline, token string, opts Options) (*Server, error) {
	if st == nil {
		return nil, errors.New("server: no store")
	}
	s := &Server{st: st, p: p, token: token, opts: opts, log: opts.Logger, now: opts.Now}
	if s.log == nil {
		s.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.opts.MaxBodyBytes <= 0 {
		s.opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	s.opts.AllowedHosts = nil
	for _, h := range opts.AllowedHosts {
		s.opts.AllowedHosts = append(s.opts.AllowedHosts, strings.ToLower(strings.Trim(h, "[]")))
	}
	var err error
	if s.keys, err = newKeys(token); err != nil {
		return nil, err
	}
	if s.assets, err = loadAssets(); err != nil {
		return nil, err
	}
	if s.pages, err = loadPages(s.funcs()); err != nil {
		return nil, err
	}
	s.names = opts.CountryNames
	if s.names == nil {
		s.names = countryNames(p)
	}
	if n := opts.CacheEntries; n >= 0 {
		if n == 0 {
			n = DefaultCacheEntries
		}
		every := opts.VersionEvery
		if every <= 0 {
			every = time.Second
		}
		s.cache = newCache(n, every, st.Version, s.log)
	}
	s.cop = http.NewCrossOriginProtection()
	mux := http.NewServeMux()
	for _, rt := range s.routes() {
		mux.Handle(rt.pattern, rt.handler)
	}
	s.handler = s.middleware(mux)
	return s, nil
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// ReadOnly reports whether the server refuses every write (no token).
func (s *Server) ReadOnly() bool { return s.token == "" }

// today is the default as-of date.
func (s *Server) today() string { return s.now().Format("2006-01-02") }
