package server

import (
	"net/http"

	"github.com/accord-events/accord/cameo"
	"github.com/accord-events/accord/store"
)

// searchData is the search page: reports found by their text (the best
// textHits), events found by the filters, each narrowed by the other when
// both are given.
type searchData struct {
	Query   string              `json:"q,omitempty"`
	Filter  eventFilter         `json:"filter"`
	Hits    []store.SearchHit   `json:"hits"`
	Events  []store.EventRecord `json:"events"`
	Limited bool                `json:"limited"` // more events match than are listed
	// MoreHits says the words match more reports than the textHits best
	// listed (the filters then look at those only).
	MoreHits bool     `json:"more_hits"`
	Types    []string `json:"-"`
}

func (s *Server) search(r *http.Request) (any, error) {
	ctx := r.Context()
	d := searchData{Types: cameo.PloverTypes, Hits: []store.SearchHit{}, Events: []store.EventRecord{}}
	var err error
	if d.Query, err = textParam(r, "q", maxQuery); err != nil {
		return nil, err
	}
	if d.Filter, err = readEventFilter(r); err != nil {
		return nil, err
	}
	f := d.Filter
	filtered := f.Pair != "" || f.Type != "" || f.Person != "" || f.Mechanism != "" || f.Report != "" || f.Since != "" || f.Until != ""
	if d.Query != "" {
		hits, err := s.st.Search(ctx, d.Query, textHits)
		if err != nil {
			return nil, err
		}
		if hits != nil {
			d.Hits = hits
		}
		d.MoreHits = len(hits) == textHits
	}
	if !filtered {
		return d, nil
	}
	ef := f.store()
	ef.Limit = searchRows + 1
	if d.Query != "" {
		if len(d.Hits) == 0 {
			return d, nil
		}
		for _, h := range d.Hits {
			ef.Reports = append(ef.Reports, h.Report.ID)
		}
		ef.Limit, ef.Mentions = 0, true
	}
	es, err := s.st.Events(ctx, ef)
	if err != nil {
		return nil, err
	}
	if d.Query != "" {
		// Keep the reports that tell one of the events.
		tells := map[string]bool{}
		for _, e := range es {
			for _, m := range e.Mentions {
				tells[m.Report.ID] = true
			}
		}
		kept := d.Hits[:0]
		for _, h := range d.Hits {
			if tells[h.Report.ID] {
				kept = append(kept, h)
			}
		}
		d.Hits = kept
		for i := range es {
			es[i].Mentions = nil
		}
	}
	d.Limited = len(es) > searchRows
	d.Events = es[:min(len(es), searchRows)]
	if d.Events == nil {
		d.Events = []store.EventRecord{}
	}
	return d, nil
}
