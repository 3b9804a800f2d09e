package server

import "net/http"

// A route is one pattern of the ServeMux and what serves it.
type route struct {
	pattern string
	handler http.Handler
}

// routes is every route of the server, in one table. Each page has its data
// as JSON under /api/ (the same function builds both); docs/API.md
// documents the API.
func (s *Server) routes() []route {
	return []route{
		// Reading: pages and their data.
		{"GET /{$}", s.page("overview", s.overview)},
		{"GET /api/overview", s.api(s.overview)},
		{"GET /pairs/{pair}", s.page("pair", s.pair)},
		{"GET /api/pairs/{pair}", s.api(s.pair)},
		{"GET /network", s.page("network", s.network)},
		{"GET /api/network", s.api(s.network)},
		{"GET /people", s.page("people", s.people)},
		{"GET /api/people", s.api(s.people)},
		{"GET /people/{id}", s.page("person", s.person)},
		{"GET /api/people/{id}", s.api(s.person)},
		{"GET /dialogues", s.page("dialogues", s.dialogues)},
		{"GET /api/dialogues", s.api(s.dialogues)},
		{"GET /dialogues/{id}", s.page("dialogue", s.dialogue)},
		{"GET /api/dialogues/{id}", s.api(s.dialogue)},
		{"GET /commitments", s.page("commitments", s.commitments)},
		{"GET /api/commitments", s.api(s.commitments)},
		{"GET /commitments/{key}", s.page("commitment", s.commitment)},
		{"GET /api/commitments/{key}", s.api(s.commitment)},
		{"GET /api/events", s.api(s.events)},
		{"GET /events/{id}", s.page("event", s.event)},
		{"GET /api/events/{id}", s.api(s.event)},
		{"GET /reports", s.page("reports", s.reports)},
		{"GET /api/reports", s.api(s.reports)},
		{"GET /reports/{id}", s.page("report", s.report)},
		{"GET /api/reports/{id}", s.api(s.report)},
		{"GET /search", s.page("search", s.search)},
		{"GET /api/search", s.api(s.search)},
		{"GET /corrections", s.page("corrections", s.corrections)},
		{"GET /api/corrections", s.api(s.corrections)},
		{"GET /api/health", http.HandlerFunc(s.health)},

		// Writing: the token, as a bearer token or a session with a CSRF
		// token.
		{"GET /add", s.page("add", s.addForm)},
		{"POST /add", s.form(s.addReportForm)},
		{"POST /api/reports", s.write(s.addReportAPI)},
		{"POST /corrections", s.form(s.addCorrectionForm)},
		{"POST /api/corrections", s.write(s.addCorrectionAPI)},
		{"GET /login", s.page("login", s.loginForm)},
		{"POST /login", http.HandlerFunc(s.login)},
		{"POST /logout", http.HandlerFunc(s.logout)},

		// Assets, under content-hashed names.
		{"GET /static/{name}", s.assets},
	}
}
