package server

import (
	"context"
	"net/http"
	"slices"
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/store"
)

// The views: each builds one page's data (served as JSON under /api/ too).

// How many rows pages show at most.
const (
	overviewRows = 10
	pageRows     = 50
	boardRows    = 20
	pairRows     = 300
	searchRows   = 200 // events found by the filters
	textHits     = 100 // reports found by their words (each with a snippet, which is what a search costs)
	maxQuery     = 500
)

// dueSoonDays is how far ahead "due soon" looks.
const dueSoonDays = 30

// dueBy is the day a pending commitment falls due: the end of its due
// window, or for a vague time the day after which it is overdue.
func dueBy(c store.CommitmentRecord) string {
	if c.Due.End != "" {
		return c.Due.End
	}
	return c.OverdueAfter
}

// dueSoon reports whether a pending commitment falls due within
// dueSoonDays of asOf.
func dueSoon(c store.CommitmentRecord, asOf string) bool {
	d := dueBy(c)
	return c.Status.Status == accord.Pending && d != "" && d >= asOf && d <= addDays(asOf, dueSoonDays)
}

// overviewData is the overview page.
type overviewData struct {
	AsOf         string                   `json:"as_of"`
	Month        string                   `json:"month"` // the month of as_of, for active pairs
	Counts       store.Counts             `json:"counts"`
	Newest       string                   `json:"newest_report_date,omitempty"`
	Latest       []store.StoredReport     `json:"latest_reports"`
	DueSoon      []store.CommitmentRecord `json:"due_soon"`
	Overdue      []store.CommitmentRecord `json:"overdue"`
	OverdueTotal int                      `json:"overdue_total"`
	Pairs        []store.PairStat         `json:"active_pairs"`
	People       []store.PersonRecord     `json:"people"`
	Dialogues    []store.MechanismRecord  `json:"dialogues"`
}

func (s *Server) overview(r *http.Request) (any, error) {
	ctx := r.Context()
	asOf, err := dateParam(r, "as_of", s.today())
	if err != nil {
		return nil, err
	}
	d := overviewData{AsOf: asOf, Month: asOf[:7]}
	if d.Counts, err = s.st.Counts(ctx); err != nil {
		return nil, err
	}
	if d.Latest, err = s.st.ListReports(ctx, store.ReportFilter{Limit: overviewRows}); err != nil {
		return nil, err
	}
	if len(d.Latest) > 0 {
		d.Newest = d.Latest[0].Date
	}
	cs, err := s.st.Commitments(ctx, store.CommitmentFilter{AsOf: asOf})
	if err != nil {
		return nil, err
	}
	d.DueSoon, d.Overdue = []store.CommitmentRecord{}, []store.CommitmentRecord{}
	for _, c := range cs {
		switch {
		case dueSoon(c, asOf):
			d.DueSoon = append(d.DueSoon, c)
		case c.Status.Status == accord.Overdue:
			d.Overdue = append(d.Overdue, c)
		}
	}
	slices.SortStableFunc(d.DueSoon, func(a, b store.CommitmentRecord) int { return strings.Compare(dueBy(a), dueBy(b)) })
	slices.SortStableFunc(d.Overdue, func(a, b store.CommitmentRecord) int { return strings.Compare(dueBy(b), dueBy(a)) })
	d.OverdueTotal = len(d.Overdue)
	d.Overdue = d.Overdue[:min(len(d.Overdue), overviewRows)]
	first, last := monthBounds(asOf)
	if d.Pairs, err = s.st.Pairs(ctx, store.PairFilter{Since: first, Until: last, Limit: overviewRows}); err != nil {
		return nil, err
	}
	if d.People, err = s.st.People(ctx, store.PersonFilter{Limit: overviewRows}); err != nil {
		return nil, err
	}
	ms, err := s.st.Mechanisms(ctx, store.MechanismFilter{})
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(ms, func(a, b store.MechanismRecord) int { return strings.Compare(b.Last, a.Last) })
	d.Dialogues = ms[:min(len(ms), overviewRows)]
	return d, nil
}

// correctionsByID returns the corrections with these ids.
func (s *Server) correctionsByID(ctx context.Context, ids []int64) ([]store.Correction, error) {
	out := []store.Correction{}
	if len(ids) == 0 {
		return out, nil
	}
	all, err := s.st.Corrections(ctx, "")
	if err != nil {
		return nil, err
	}
	for _, c := range all {
		if slices.Contains(ids, c.ID) {
			out = append(out, c)
		}
	}
	return out, nil
}

// correctionsData is the audit list of corrections, newest first.
type correctionsData struct {
	Target      string             `json:"target,omitempty"`
	Corrections []store.Correction `json:"corrections"`
	Kinds       []kindHelp         `json:"kinds"`
}

// kindHelp describes a correction kind.
type kindHelp struct {
	Kind string `json:"kind"`
	Help string `json:"help"`
}

func (s *Server) corrections(r *http.Request) (any, error) {
	target, err := textParam(r, "target", 300)
	if err != nil {
		return nil, err
	}
	cs, err := s.st.Corrections(r.Context(), target)
	if err != nil {
		return nil, err
	}
	slices.Reverse(cs)
	if cs == nil {
		cs = []store.Correction{}
	}
	d := correctionsData{Target: target, Corrections: cs}
	for _, k := range store.CorrectionKinds {
		d.Kinds = append(d.Kinds, kindHelp{k.Kind, k.Help})
	}
	return d, nil
}

// health says the server is up and the record readable.
func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	c, err := s.st.Counts(r.Context())
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"ok": true, "read_only": s.ReadOnly(), "reports": c.Reports})
}
