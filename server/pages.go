package server

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"slices"
	"sort"
	"strings"
)

//go:embed templates/*.html
var templateFS embed.FS

// A view builds a page's data from the request and the store; the route
// table serves it as a page and as JSON.
type view func(r *http.Request) (any, error)

// data returns a view's data for the request, from the cache when it has
// it.
func (s *Server) data(r *http.Request, v view) (any, error) {
	return s.cache.get(r.Context(), s.cacheKey(r), func() (any, error) { return v(r) })
}

// cacheKey is the key of a request's data: the path and the query, with
// today's date (a view's defaults depend on nothing else).
func (s *Server) cacheKey(r *http.Request) string {
	q := r.URL.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(r.URL.EscapedPath())
	for _, k := range keys {
		for _, v := range q[k] {
			b.WriteString("\x00" + k + "=" + v)
		}
	}
	b.WriteString("\x00" + s.today())
	return b.String()
}

// api serves a view's data as JSON. The JSON is what is cached: encoding
// a large page's data costs more than serving it.
func (s *Server) api(v view) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := s.cache.get(r.Context(), "json\x00"+s.cacheKey(r), func() (any, error) {
			d, err := v(r)
			if err != nil {
				return nil, err
			}
			b, err := json.Marshal(d)
			return append(b, '\n'), err
		})
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
		w.Write(body.([]byte))
	})
}

// page serves a view's data through the template name.
func (s *Server) page(name string, v view) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d, err := s.data(r, v)
		if err != nil {
			s.writeError(w, r, err)
			return
		}
		s.renderStatus(w, r, http.StatusOK, name, d)
	})
}

// pageData is what every template gets: the page's data and what the
// layout needs.
type pageData struct {
	Page     string
	User     string // the signed-in analyst
	ReadOnly bool
	CSRF     string
	Path     string // the request's path and query, to come back to
	Query    url.Values
	Status   int
	API      string // the page's data as JSON
	Data     any
}

// apiPages are the pages whose data /api/ serves too.
var apiPages = map[string]bool{"overview": true, "pair": true, "network": true, "people": true, "person": true, "dialogues": true,
	"dialogue": true, "commitments": true, "commitment": true, "event": true, "reports": true, "report": true, "search": true,
	"corrections": true}

// renderStatus renders the template name with data and sends it with the
// status. The page is rendered whole before anything is sent, so that a
// template error is a clean 500.
func (s *Server) renderStatus(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	user, _ := s.session(r)
	pd := pageData{Page: name, User: user, ReadOnly: s.ReadOnly(), CSRF: s.csrfToken(w, r), Path: r.URL.RequestURI(),
		Query: r.URL.Query(), Status: status, Data: data}
	if status == http.StatusOK && apiPages[name] && r.Method == http.MethodGet {
		pd.API = "/api" + r.URL.RequestURI()
		if r.URL.Path == "/" {
			pd.API = "/api/overview" + strings.TrimPrefix(r.URL.RequestURI(), "/")
		}
	}
	var buf bytes.Buffer
	if err := s.pages.execute(&buf, name, pd); err != nil {
		s.log.Error("render", "page", name, "path", r.URL.Path, "err", err)
		http.Error(w, "internal error: the page could not be rendered", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// pages are the parsed templates: each page is the layout, the shared
// parts and the page's own file.
type pages struct {
	byName map[string]*template.Template
}

func loadPages(funcs template.FuncMap) (*pages, error) {
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/parts.html")
	if err != nil {
		return nil, fmt.Errorf("templates: %w", err)
	}
	files, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	p := &pages{byName: map[string]*template.Template{}}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".html")
		if name == "layout" || name == "parts" {
			continue
		}
		t, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if _, err := t.ParseFS(templateFS, f); err != nil {
			return nil, fmt.Errorf("template %s: %w", f, err)
		}
		p.byName[name] = t
	}
	return p, nil
}

func (p *pages) execute(buf *bytes.Buffer, name string, data pageData) error {
	t, ok := p.byName[name]
	if !ok {
		return fmt.Errorf("no template %q", name)
	}
	return t.ExecuteTemplate(buf, "layout", data)
}

// names lists the page templates, for tests.
func (p *pages) names() []string {
	var out []string
	for n := range p.byName {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}
