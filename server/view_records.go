package server

import (
	"fmt"
	"net/http"
	"slices"

	"github.com/accord-events/accord/cameo"
	"github.com/accord-events/accord/store"
)

// peopleData is the directory of persons.
type peopleData struct {
	Country string               `json:"country,omitempty"`
	Name    string               `json:"name,omitempty"`
	Page    int                  `json:"page"`
	People  []store.PersonRecord `json:"people"`
	More    bool                 `json:"more"`
}

func (s *Server) people(r *http.Request) (any, error) {
	var d peopleData
	var err error
	if d.Country, err = countryParam(r, "country"); err != nil {
		return nil, err
	}
	if d.Name, err = textParam(r, "name", 200); err != nil {
		return nil, err
	}
	if d.Page, err = intParam(r, "page", 1, 1, 100000); err != nil {
		return nil, err
	}
	ps, err := s.st.People(r.Context(), store.PersonFilter{Country: d.Country, Name: d.Name, Limit: pageRows + 1,
		Offset: (d.Page - 1) * pageRows})
	if err != nil {
		return nil, err
	}
	d.More = len(ps) > pageRows
	d.People = ps[:min(len(ps), pageRows)]
	if d.People == nil {
		d.People = []store.PersonRecord{}
	}
	return d, nil
}

// personData is one person's page.
type personData struct {
	Person      store.PersonRecord `json:"person"`
	Corrections []store.Correction `json:"corrections"`
}

func (s *Server) person(r *http.Request) (any, error) {
	p, err := s.st.Person(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	if p.Events == nil {
		p.Events = []store.EventRecord{}
	}
	cs, err := s.correctionsByID(r.Context(), p.Corrected)
	return personData{Person: p, Corrections: cs}, err
}

// dialogueView is a mechanism with its commitments.
type dialogueView struct {
	Mechanism   store.MechanismRecord    `json:"mechanism"`
	Commitments []store.CommitmentRecord `json:"commitments"`
}

// dialoguesData lists the mechanisms.
type dialoguesData struct {
	AsOf      string         `json:"as_of"`
	Party     string         `json:"party,omitempty"`
	Name      string         `json:"name,omitempty"`
	Dialogues []dialogueView `json:"dialogues"`
}

func (s *Server) dialogues(r *http.Request) (any, error) {
	var d dialoguesData
	var err error
	if d.AsOf, err = dateParam(r, "as_of", s.today()); err != nil {
		return nil, err
	}
	if d.Party, err = countryParam(r, "party"); err != nil {
		return nil, err
	}
	if d.Name, err = textParam(r, "name", 200); err != nil {
		return nil, err
	}
	ms, err := s.st.Mechanisms(r.Context(), store.MechanismFilter{Party: d.Party, Name: d.Name})
	if err != nil {
		return nil, err
	}
	cs, err := s.st.Commitments(r.Context(), store.CommitmentFilter{AsOf: d.AsOf})
	if err != nil {
		return nil, err
	}
	byMech := map[string][]store.CommitmentRecord{}
	for _, c := range cs {
		if c.Mechanism != "" {
			byMech[c.Mechanism] = append(byMech[c.Mechanism], c)
		}
	}
	d.Dialogues = make([]dialogueView, 0, len(ms))
	for _, m := range ms {
		mc := byMech[m.ID]
		if mc == nil {
			mc = []store.CommitmentRecord{}
		}
		d.Dialogues = append(d.Dialogues, dialogueView{Mechanism: m, Commitments: mc})
	}
	return d, nil
}

// dialogueData is one mechanism's page.
type dialogueData struct {
	AsOf        string                   `json:"as_of"`
	Mechanism   store.MechanismRecord    `json:"mechanism"`
	Commitments []store.CommitmentRecord `json:"commitments"`
	Events      []store.EventRecord      `json:"events"`
	Corrections []store.Correction       `json:"corrections"`
}

func (s *Server) dialogue(r *http.Request) (any, error) {
	ctx := r.Context()
	id := r.PathValue("id")
	var d dialogueData
	var err error
	if d.AsOf, err = dateParam(r, "as_of", s.today()); err != nil {
		return nil, err
	}
	ms, err := s.st.Mechanisms(ctx, store.MechanismFilter{Name: id})
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(ms, func(m store.MechanismRecord) bool { return m.ID == id || slices.Contains(m.Keys, id) })
	switch {
	case i >= 0:
		d.Mechanism = ms[i]
	case len(ms) == 1:
		d.Mechanism = ms[0]
	case len(ms) == 0:
		return nil, fmt.Errorf("dialogue %q: %w", id, store.ErrNotFound)
	default:
		return nil, fmt.Errorf("dialogue %q: %w: %d dialogues match", id, store.ErrAmbiguous, len(ms))
	}
	if d.Commitments, err = s.st.Commitments(ctx, store.CommitmentFilter{Mechanism: d.Mechanism.ID, AsOf: d.AsOf}); err != nil {
		return nil, err
	}
	if d.Events, err = s.st.Events(ctx, store.EventFilter{Mechanism: d.Mechanism.ID}); err != nil {
		return nil, err
	}
	if d.Events == nil {
		d.Events = []store.EventRecord{}
	}
	d.Corrections, err = s.correctionsByID(ctx, d.Mechanism.Corrected)
	return d, err
}

// eventsData is a list of events (the API's /api/events).
type eventsData struct {
	Filter eventFilter         `json:"filter"`
	Events []store.EventRecord `json:"events"`
}

// eventFilter is store.EventFilter as the API shows it.
type eventFilter struct {
	Pair      string `json:"pair,omitempty"`
	Type      string `json:"type,omitempty"`
	Person    string `json:"person,omitempty"`
	Mechanism string `json:"mechanism,omitempty"`
	Report    string `json:"report,omitempty"`
	Since     string `json:"since,omitempty"`
	Until     string `json:"until,omitempty"`
	Limit     int    `json:"limit"`
	Mentions  bool   `json:"mentions,omitempty"`
}

// readEventFilter reads the event filters shared by /api/events and search.
func readEventFilter(r *http.Request) (eventFilter, error) {
	var f eventFilter
	var err error
	if f.Pair, err = pairFilter(r, "pair"); err != nil {
		return f, err
	}
	if f.Type, err = typeParam(r, "type"); err != nil {
		return f, err
	}
	if f.Person, err = textParam(r, "person", 200); err != nil {
		return f, err
	}
	if f.Mechanism, err = textParam(r, "mechanism", 300); err != nil {
		return f, err
	}
	if f.Report, err = textParam(r, "report", 300); err != nil {
		return f, err
	}
	if f.Since, err = dateParam(r, "since", ""); err != nil {
		return f, err
	}
	if f.Until, err = dateParam(r, "until", ""); err != nil {
		return f, err
	}
	return f, nil
}

func (f eventFilter) store() store.EventFilter {
	return store.EventFilter{Pair: f.Pair, Type: f.Type, Person: f.Person, Mechanism: f.Mechanism, Report: f.Report,
		Since: f.Since, Until: f.Until, Limit: f.Limit, Mentions: f.Mentions}
}

func (s *Server) events(r *http.Request) (any, error) {
	f, err := readEventFilter(r)
	if err != nil {
		return nil, err
	}
	if f.Limit, err = intParam(r, "limit", 100, 0, 100000); err != nil {
		return nil, err
	}
	switch r.URL.Query().Get("mentions") {
	case "", "0", "false":
	case "1", "true":
		f.Mentions = true
	default:
		return nil, badRequest("mentions=%q: give true or false", r.URL.Query().Get("mentions"))
	}
	es, err := s.st.Events(r.Context(), f.store())
	if err != nil {
		return nil, err
	}
	if es == nil {
		es = []store.EventRecord{}
	}
	return eventsData{Filter: f, Events: es}, nil
}

// eventData is one event's page.
type eventData struct {
	Event       store.EventRecord  `json:"event"`
	Corrections []store.Correction `json:"corrections"`
	Types       []string           `json:"-"`
}

func (s *Server) event(r *http.Request) (any, error) {
	id := r.PathValue("id")
	es, err := s.st.Events(r.Context(), store.EventFilter{IDs: []string{id}, Mentions: true})
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(es, func(e store.EventRecord) bool { return e.ID == id })
	if i < 0 {
		return nil, fmt.Errorf("event %q: %w (merged into another, or rejected, by a correction?)", id, store.ErrNotFound)
	}
	d := eventData{Event: es[i], Types: cameo.PloverTypes}
	d.Corrections, err = s.correctionsByID(r.Context(), es[i].Corrected)
	return d, err
}

// reportsData is a page of the stored reports.
type reportsData struct {
	Page    int                  `json:"page"`
	Reports []store.StoredReport `json:"reports"`
	More    bool                 `json:"more"`
}

func (s *Server) reports(r *http.Request) (any, error) {
	page, err := intParam(r, "page", 1, 1, 100000)
	if err != nil {
		return nil, err
	}
	rs, err := s.st.ListReports(r.Context(), store.ReportFilter{Limit: pageRows + 1, Offset: (page - 1) * pageRows})
	if err != nil {
		return nil, err
	}
	return reportsData{Page: page, Reports: rs[:min(len(rs), pageRows)], More: len(rs) > pageRows}, nil
}

// reportData is one report's page: its text, coding and the annotations
// that highlight it.
type reportData struct {
	Report      store.StoredReport `json:"report"`
	Annotations []annotation       `json:"annotations"`
	Segments    []segment          `json:"-"`
	Kinds       []kindCount        `json:"-"`
}

func (s *Server) report(r *http.Request) (any, error) {
	rep, err := s.st.Report(r.Context(), r.PathValue("id"))
	if err != nil {
		return nil, err
	}
	anns := annotate(rep)
	return reportData{Report: rep, Annotations: anns, Segments: segments(rep.Text, anns), Kinds: countKinds(anns)}, nil
}
