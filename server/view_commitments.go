package server

import (
	"fmt"
	"net/http"
	"slices"
	"strings"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/store"
)

// Board columns, in order.
var boardColumns = []struct{ status, label, help string }{
	{"due_soon", "Due soon", fmt.Sprintf("pending, due within %d days", dueSoonDays)},
	{accord.Pending, "Pending", "not yet due, or with no due date"},
	{accord.Overdue, "Overdue", "the due window is past and no report says it was done, postponed or cancelled"},
	{accord.Fulfilled, "Fulfilled", "a later report tells of the promised meeting, visit, signing or session"},
	{accord.Postponed, "Postponed", "a later report says it was postponed"},
	{accord.Cancelled, "Cancelled", "a later report says it was cancelled"},
}

// boardColumn is one column of the commitments board.
type boardColumn struct {
	Status string                   `json:"status"`
	Label  string                   `json:"label"`
	Help   string                   `json:"help"`
	Total  int                      `json:"total"`
	Items  []store.CommitmentRecord `json:"items"`
	More   bool                     `json:"more"`
}

// boardData is the commitments board.
type boardData struct {
	AsOf      string        `json:"as_of"`
	Status    string        `json:"status,omitempty"`
	Pair      string        `json:"pair,omitempty"`
	Mechanism string        `json:"mechanism,omitempty"`
	Total     int           `json:"total"`
	Columns   []boardColumn `json:"columns"`
}

func (s *Server) commitments(r *http.Request) (any, error) {
	var d boardData
	var err error
	if d.AsOf, err = dateParam(r, "as_of", s.today()); err != nil {
		return nil, err
	}
	if d.Pair, err = pairFilter(r, "pair"); err != nil {
		return nil, err
	}
	if d.Mechanism, err = textParam(r, "mechanism", 300); err != nil {
		return nil, err
	}
	d.Status = r.URL.Query().Get("status")
	if d.Status != "" && !slices.ContainsFunc(boardColumns, func(c struct{ status, label, help string }) bool { return c.status == d.Status }) {
		return nil, badRequest("status=%q: use due_soon, pending, overdue, fulfilled, postponed or cancelled", d.Status)
	}
	cs, err := s.st.Commitments(r.Context(), store.CommitmentFilter{AsOf: d.AsOf, Pair: d.Pair, Mechanism: d.Mechanism})
	if err != nil {
		return nil, err
	}
	d.Total = len(cs)
	by := map[string][]store.CommitmentRecord{}
	for _, c := range cs {
		st := c.Status.Status
		if dueSoon(c, d.AsOf) {
			st = "due_soon"
		}
		by[st] = append(by[st], c)
	}
	for _, bc := range boardColumns {
		if d.Status != "" && bc.status != d.Status {
			continue
		}
		items := by[bc.status]
		sortBoard(bc.status, items)
		col := boardColumn{Status: bc.status, Label: bc.label, Help: bc.help, Total: len(items), Items: items}
		if d.Status == "" && len(items) > boardRows {
			col.Items, col.More = items[:boardRows], true
		}
		if col.Items == nil {
			col.Items = []store.CommitmentRecord{}
		}
		d.Columns = append(d.Columns, col)
	}
	return d, nil
}

// sortBoard orders a column: what falls due first, what went overdue
// last, what was settled last.
func sortBoard(status string, cs []store.CommitmentRecord) {
	settled := func(c store.CommitmentRecord) string {
		if c.Status.Evidence != nil && c.Status.Evidence.ReportDate != "" {
			return c.Status.Evidence.ReportDate
		}
		return c.Date
	}
	slices.SortStableFunc(cs, func(a, b store.CommitmentRecord) int {
		switch status {
		case "due_soon", accord.Pending:
			x, y := dueBy(a), dueBy(b)
			if x == "" || y == "" {
				return strings.Compare(y, x) // undated last
			}
			return strings.Compare(x, y)
		case accord.Overdue:
			return strings.Compare(dueBy(b), dueBy(a))
		}
		return strings.Compare(settled(b), settled(a))
	})
}

// commitmentData is one commitment's page.
type commitmentData struct {
	AsOf        string                 `json:"as_of"`
	Commitment  store.CommitmentRecord `json:"commitment"`
	DueSoon     bool                   `json:"due_soon"`
	Corrections []store.Correction     `json:"corrections"`
}

func (s *Server) commitment(r *http.Request) (any, error) {
	key := r.PathValue("key")
	asOf, err := dateParam(r, "as_of", s.today())
	if err != nil {
		return nil, err
	}
	at := strings.LastIndex(key, "@")
	if at <= 0 {
		return nil, fmt.Errorf("commitment %q: %w (a key is <report id>@<offset>)", key, store.ErrNotFound)
	}
	cs, err := s.st.Commitments(r.Context(), store.CommitmentFilter{Report: key[:at], AsOf: asOf})
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(cs, func(c store.CommitmentRecord) bool { return c.Key == key })
	if i < 0 {
		return nil, fmt.Errorf("commitment %q as of %s: %w", key, asOf, store.ErrNotFound)
	}
	d := commitmentData{AsOf: asOf, Commitment: cs[i], DueSoon: dueSoon(cs[i], asOf)}
	d.Corrections, err = s.correctionsByID(r.Context(), cs[i].Corrected)
	return d, err
}
