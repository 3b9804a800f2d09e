package server

import (
	"net/http"
	"slices"
	"strings"

	"github.com/accord-events/accord/store"
)

// monthStat is one month of a pair's events.
type monthStat struct {
	Month            string  `json:"month"`
	Events           int     `json:"events"`
	VerbalCoop       int     `json:"verbal_coop"`
	MaterialCoop     int     `json:"material_coop"`
	VerbalConflict   int     `json:"verbal_conflict"`
	MaterialConflict int     `json:"material_conflict"`
	Goldstein        float64 `json:"goldstein"` // the mean
}

// pairData is the page of a country pair.
type pairData struct {
	Pair  string `json:"pair"`
	A     string `json:"a"`
	B     string `json:"b"`
	AsOf  string `json:"as_of"`
	Since string `json:"since,omitempty"`
	Until string `json:"until,omitempty"`
	// Stats counts the events; Months are those dated to the month or
	// better, by month (Unplotted counts the others).
	Stats       store.PairStat           `json:"stats"`
	Months      []monthStat              `json:"months"`
	Unplotted   int                      `json:"unplotted"`
	Events      []store.EventRecord      `json:"events"`
	Dialogues   []store.MechanismRecord  `json:"dialogues"`
	Commitments []store.CommitmentRecord `json:"commitments"`
	Timeline    timeline                 `json:"-"`
	Chart       barChart                 `json:"-"`
}

func (s *Server) pair(r *http.Request) (any, error) {
	ctx := r.Context()
	a, b, err := parsePair(r.PathValue("pair"))
	if err != nil {
		return nil, err
	}
	d := pairData{Pair: a + "-" + b, A: a, B: b}
	if d.AsOf, err = dateParam(r, "as_of", s.today()); err != nil {
		return nil, err
	}
	if d.Since, err = dateParam(r, "since", ""); err != nil {
		return nil, err
	}
	if d.Until, err = dateParam(r, "until", ""); err != nil {
		return nil, err
	}
	if d.Events, err = s.st.Events(ctx, store.EventFilter{Pair: d.Pair, Since: d.Since, Until: d.Until}); err != nil {
		return nil, err
	}
	if d.Events == nil {
		d.Events = []store.EventRecord{}
	}
	d.Stats, d.Months, d.Unplotted = pairStats(d.Pair, d.Events)
	clip := d.Since == "" && d.Until == ""
	d.Timeline = newTimeline(d.Events, clip)
	d.Chart = newBarChart(d.Months, clip)
	ms, err := s.st.Mechanisms(ctx, store.MechanismFilter{Party: a})
	if err != nil {
		return nil, err
	}
	d.Dialogues = []store.MechanismRecord{}
	for _, m := range ms {
		if slices.Contains(m.Parties, b) {
			d.Dialogues = append(d.Dialogues, m)
		}
	}
	if d.Commitments, err = s.st.Commitments(ctx, store.CommitmentFilter{Pair: d.Pair, AsOf: d.AsOf}); err != nil {
		return nil, err
	}
	return d, nil
}

// spansMonth reports whether an event is dated to the month or better.
func spansMonth(e store.EventRecord) bool {
	return len(e.Start) == 10 && len(e.End) == 10 && e.Start[:7] == e.End[:7]
}

// pairStats counts a pair's events, all of them and by month.
func pairStats(pair string, es []store.EventRecord) (store.PairStat, []monthStat, int) {
	a, b, _ := strings.Cut(pair, "-")
	st := store.PairStat{Pair: pair, A: a, B: b}
	months := map[string]*monthStat{}
	var gold float64
	unplotted := 0
	for _, e := range es {
		st.Events++
		st.Articles += e.NumArticles
		gold += e.Goldstein
		countQuad(e.QuadClass, &st.VerbalCoop, &st.MaterialCoop, &st.VerbalConflict, &st.MaterialConflict)
		if e.Start != "" && (st.First == "" || e.Start < st.First) {
			st.First = e.Start
		}
		st.Last = max(st.Last, e.Start)
		if !spansMonth(e) {
			unplotted++
			continue
		}
		m := months[e.Start[:7]]
		if m == nil {
			m = &monthStat{Month: e.Start[:7]}
			months[m.Month] = m
		}
		m.Events++
		m.Goldstein += e.Goldstein
		countQuad(e.QuadClass, &m.VerbalCoop, &m.MaterialCoop, &m.VerbalConflict, &m.MaterialConflict)
	}
	if st.Events > 0 {
		st.Goldstein = round2(gold / float64(st.Events))
	}
	out := make([]monthStat, 0, len(months))
	for _, m := range months {
		m.Goldstein = round2(m.Goldstein / float64(m.Events))
		out = append(out, *m)
	}
	slices.SortFunc(out, func(x, y monthStat) int { return strings.Compare(x.Month, y.Month) })
	return st, out, unplotted
}

func countQuad(q int, vc, mc, vf, mf *int) {
	switch q {
	case 1:
		*vc++
	case 2:
		*mc++
	case 3:
		*vf++
	case 4:
		*mf++
	}
}

func round2(x float64) float64 {
	if x < 0 {
		return -round2(-x)
	}
	return float64(int64(x*100+0.5)) / 100
}

// networkData is the country network.
type networkData struct {
	Since   string           `json:"since,omitempty"`
	Until   string           `json:"until,omitempty"`
	Country string           `json:"country,omitempty"`
	Nodes   []networkNode    `json:"nodes"`
	Pairs   []store.PairStat `json:"pairs"`
	Graph   graph            `json:"-"`
}

// networkNode is one country of the network.
type networkNode struct {
	Country     string `json:"country"`
	Events      int    `json:"events"`
	Partners    int    `json:"partners"`
	Cooperative int    `json:"cooperative"`
	Conflictual int    `json:"conflictual"`
}

func (s *Server) network(r *http.Request) (any, error) {
	var d networkData
	var err error
	if d.Since, err = dateParam(r, "since", ""); err != nil {
		return nil, err
	}
	if d.Until, err = dateParam(r, "until", ""); err != nil {
		return nil, err
	}
	if d.Country, err = countryParam(r, "country"); err != nil {
		return nil, err
	}
	nodes, err := intParam(r, "nodes", 30, 2, 200)
	if err != nil {
		return nil, err
	}
	limit, err := intParam(r, "limit", 0, 0, 100000)
	if err != nil {
		return nil, err
	}
	if d.Pairs, err = s.st.Pairs(r.Context(), store.PairFilter{Country: d.Country, Since: d.Since, Until: d.Until, Limit: limit}); err != nil {
		return nil, err
	}
	byCountry := map[string]*networkNode{}
	for _, p := range d.Pairs {
		for _, c := range []string{p.A, p.B} {
			n := byCountry[c]
			if n == nil {
				n = &networkNode{Country: c}
				byCountry[c] = n
			}
			n.Events += p.Events
			n.Partners++
			n.Cooperative += p.Cooperative()
			n.Conflictual += p.Conflictual()
		}
	}
	d.Nodes = make([]networkNode, 0, len(byCountry))
	for _, n := range byCountry {
		d.Nodes = append(d.Nodes, *n)
	}
	slices.SortFunc(d.Nodes, func(a, b networkNode) int {
		if a.Events != b.Events {
			return b.Events - a.Events
		}
		return strings.Compare(a.Country, b.Country)
	})
	d.Graph = newGraph(d.Nodes, d.Pairs, nodes, d.Country)
	return d, nil
}
