package server

import (
	"encoding/json"
	"fmt"
	"html/template"
	"net/url"
	"reflect"
	"strings"

	"github.com/accord-events/accord/ledger"
	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/store"
)

// funcs are the templates' functions.
func (s *Server) funcs() template.FuncMap {
	return template.FuncMap{
		"asset":   func(name string) string { return s.assets.url(name) },
		"country": s.countryName,
		"pairURL": func(a, b string) string {
			if a == "" || a == "---" || b == "" || b == "---" || a == b {
				return ""
			}
			return "/pairs/" + url.PathEscape(ledger.Pair(a, b))
		},
		"personURL":     func(id string) string { return "/people/" + url.PathEscape(id) },
		"eventURL":      func(id string) string { return "/events/" + url.PathEscape(id) },
		"reportURL":     func(id string) string { return "/reports/" + url.PathEscape(id) },
		"dialogueURL":   func(id string) string { return "/dialogues/" + url.PathEscape(id) },
		"commitmentURL": func(key string) string { return "/commitments/" + url.PathEscape(key) },
		"mentionURL": func(report, local string) string {
			return "/reports/" + url.PathEscape(report) + "#ann-" + local
		},
		"quad":     quadLabel,
		"f1":       func(x float64) string { return fmt.Sprintf("%.1f", x) },
		"f2":       func(x float64) string { return fmt.Sprintf("%.2f", x) },
		"join":     strings.Join,
		"shorten":  shorten,
		"add":      func(a, b int) int { return a + b },
		"dueBy":    dueBy,
		"statusOf": statusOf,
		"snippet":  snippetParts,
		"label":    func(s string) string { return strings.ReplaceAll(s, "_", " ") },
		"json":     func(raw json.RawMessage) string { return string(raw) },
		"payload":  payloadText,
		"kinds":    func() []string { return correctionKinds() },
		"date":     func(t interface{ Format(string) string }) string { return t.Format("2006-01-02 15:04 MST") },
		"query": func(base string, kv ...string) string {
			q := url.Values{}
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i+1] != "" {
					q.Set(kv[i], kv[i+1])
				}
			}
			if len(q) == 0 {
				return base
			}
			return base + "?" + q.Encode()
		},
		"card": func(c store.CommitmentRecord, asOf string) commitmentCard { return commitmentCard{c, asOf} },
		"fix": func(kind, target string, pd pageData) fixForm {
			return fixForm{Kind: kind, Target: target, CSRF: pd.CSRF, Back: pd.Path, User: pd.User, ReadOnly: pd.ReadOnly}
		},
		"pager": func(pd pageData, page int, more bool) pager {
			p := pager{Page: page, More: more}
			at := func(n int) string {
				q := url.Values{}
				for k, v := range pd.Query {
					q[k] = v
				}
				q.Set("page", fmt.Sprint(n))
				u, _ := url.Parse(pd.Path)
				return u.Path + "?" + q.Encode()
			}
			p.Prev, p.Next = at(page-1), at(page+1)
			return p
		},
		"first": func(list any, n int) any {
			v := reflect.ValueOf(list)
			if v.Kind() != reflect.Slice || v.Len() <= n {
				return list
			}
			return v.Slice(0, n).Interface()
		},
		"statuses": func() []string { return []string{"pending", "fulfilled", "overdue", "postponed", "cancelled"} },
		"window": func(w ledger.Window) string {
			switch {
			case w.Start == "" && w.End == "":
				return ""
			case w.Start == w.End:
				return w.Start
			}
			return w.Start + " .. " + w.End
		},
	}
}

// statusOf is the class and label of a commitment's status on a page.
func statusOf(c store.CommitmentRecord, asOf string) string {
	if dueSoon(c, asOf) {
		return "due_soon"
	}
	return c.Status.Status
}

func correctionKinds() []string {
	out := make([]string, len(store.CorrectionKinds))
	for i, k := range store.CorrectionKinds {
		out[i] = k.Kind
	}
	return out
}

// payloadText shows a correction's payload as "key: value" pairs.
func payloadText(raw json.RawMessage) string {
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil || len(m) == 0 {
		return string(raw)
	}
	var parts []string
	for _, k := range []string{"into", "status", "type", "mode", "source_country", "target_country", "date", "place", "name",
		"country", "title", "sector", "kind", "parties", "event", "reason", "note", "report"} {
		if v, ok := m[k]; ok {
			parts = append(parts, fmt.Sprintf("%s: %v", strings.ReplaceAll(k, "_", " "), v))
			delete(m, k)
		}
	}
	for k, v := range m {
		parts = append(parts, fmt.Sprintf("%s: %v", k, v))
	}
	return strings.Join(parts, "; ")
}

// countryName is "Pakistan" for "PAK", the code itself when unknown.
func (s *Server) countryName(code string) string {
	if n, ok := s.names[code]; ok {
		return n
	}
	return code
}

// countryNames reads the names of countries and international bodies from
// the pipeline's lexicon.
func countryNames(p *pipeline.Pipeline) map[string]string {
	names := map[string]string{"UNO": "United Nations", "EUR": "European Union", "NTO": "NATO", "IGO": "International organisation",
		"---": "no country"}
	if p == nil || p.Lex == nil {
		return names
	}
	for _, e := range p.Lex.Entries("country") {
		if _, ok := names[e.Code]; !ok && e.Code != "" {
			names[e.Code] = e.Phrase
		}
	}
	return names
}

// commitmentCard is a commitment with the day its status is as of.
type commitmentCard struct {
	C    store.CommitmentRecord
	AsOf string
}

// fixForm is what a correction form needs.
type fixForm struct {
	Kind, Target, CSRF, Back string
	User                     string
	ReadOnly                 bool
}

// pager links the pages of a list.
type pager struct {
	Page       int
	More       bool
	Prev, Next string
}

// snipPart is a piece of a search snippet: a word that matched, or the text
// between.
type snipPart struct {
	Text string
	Hit  bool
}

// snippetParts cuts a snippet at the brackets the store puts around the
// words that matched, so that the page can mark them.
func snippetParts(s string) []snipPart {
	var out []snipPart
	for s != "" {
		i := strings.IndexByte(s, '[')
		j := strings.IndexByte(s[max(i, 0):], ']') + max(i, 0)
		if i < 0 || j < i {
			out = append(out, snipPart{Text: s})
			break
		}
		if i > 0 {
			out = append(out, snipPart{Text: s[:i]})
		}
		out = append(out, snipPart{Text: s[i+1 : j], Hit: true})
		s = s[j+1:]
	}
	return out
}
