package server

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/store"
)

// The charts are SVG drawn by the templates from the geometry computed
// here: no script, nothing to fetch. Colours come from the stylesheet
// (classes q1..q4 for the quad classes, coop/conf for the network).

// quadLabels names GDELT's quad classes.
var quadLabels = [5]string{"", "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"}

type tick struct {
	X, Y  float64
	Label string
}

type lane struct {
	Y, LabelY float64
	Label     string
	Class     string
}

type dot struct {
	X, Y, R float64
	Class   string
	Href    string
	Title   string
}

// timeline places a pair's events by date (x) and quad class (lane).
type timeline struct {
	Width, Height float64
	Left, Right   float64 // the plot's x bounds
	Bottom        float64
	Lanes         []lane
	Ticks         []tick
	Dots          []dot
	Earlier       int // events before the first month shown
}

// maxMonths is how many months the charts show at most (the latest ones),
// minMonths how many at least.
const (
	maxMonths = 24
	minMonths = 6
)

// monthsBetween counts the months from the first of one month to the first
// of another.
func monthsBetween(from, to time.Time) int {
	return (to.Year()-from.Year())*12 + int(to.Month()) - int(from.Month())
}

const (
	tlWidth  = 960.0
	tlLeft   = 150.0
	tlRight  = 950.0
	tlTop    = 8.0
	tlLane   = 38.0
	tlBottom = tlTop + 4*tlLane
)

func day(s string) (time.Time, bool) {
	t, err := time.Parse(accord.DateLayout, s)
	return t, err == nil
}

// newTimeline lays out the events dated to the month or better; month
// dates sit mid-month. With clip, it shows the latest maxMonths only.
func newTimeline(es []store.EventRecord, clip bool) timeline {
	t := timeline{Width: tlWidth, Height: tlBottom + 28, Left: tlLeft, Right: tlRight, Bottom: tlBottom}
	for q := 1; q <= 4; q++ {
		y := tlTop + float64(q-1)*tlLane
		t.Lanes = append(t.Lanes, lane{Y: y, LabelY: y + tlLane/2 + 4, Label: quadLabels[q], Class: fmt.Sprintf("q%d", q)})
	}
	type point struct {
		at time.Time
		e  *store.EventRecord
	}
	var pts []point
	for i := range es {
		e := &es[i]
		if !spansMonth(*e) || e.QuadClass < 1 || e.QuadClass > 4 {
			continue
		}
		a, ok1 := day(e.Start)
		b, ok2 := day(e.End)
		if !ok1 || !ok2 {
			continue
		}
		pts = append(pts, point{a.Add(b.Sub(a) / 2), e})
	}
	if len(pts) == 0 {
		return t
	}
	lo, hi := pts[0].at, pts[0].at
	for _, p := range pts {
		if p.at.Before(lo) {
			lo = p.at
		}
		if p.at.After(hi) {
			hi = p.at
		}
	}
	from := time.Date(lo.Year(), lo.Month(), 1, 0, 0, 0, 0, time.UTC)
	to := time.Date(hi.Year(), hi.Month()+1, 1, 0, 0, 0, 0, time.UTC)
	if earliest := to.AddDate(0, -maxMonths, 0); clip && from.Before(earliest) {
		// Reports recall old events: show the latest two years, say how
		// many are left out.
		from = earliest
		kept := pts[:0]
		for _, p := range pts {
			if p.at.Before(from) {
				t.Earlier++
				continue
			}
			kept = append(kept, p)
		}
		pts = kept
	}
	for n := 0; monthsBetween(from, to) < minMonths; n++ { // a few events: give them room
		if n%2 == 0 {
			to = to.AddDate(0, 1, 0)
		} else {
			from = from.AddDate(0, -1, 0)
		}
	}
	span := to.Sub(from).Hours()
	x := func(at time.Time) float64 { return tlLeft + (tlRight-tlLeft)*at.Sub(from).Hours()/span }
	months := 0
	for m := from; m.Before(to); m = m.AddDate(0, 1, 0) {
		months++
	}
	every := max(1, (months+11)/12)
	i := 0
	for m := from; m.Before(to); m = m.AddDate(0, 1, 0) {
		if i%every == 0 {
			t.Ticks = append(t.Ticks, tick{X: round1(x(m)), Y: tlBottom + 16, Label: m.Format("2006-01")})
		}
		i++
	}
	slices.SortStableFunc(pts, func(a, b point) int { return a.at.Compare(b.at) })
	stack := map[[2]int]int{}
	offsets := []float64{0, -9, 9, -17, 17}
	for _, p := range pts {
		px := x(p.at)
		k := [2]int{p.e.QuadClass, int(px / 7)}
		n := stack[k]
		stack[k]++
		y := tlTop + float64(p.e.QuadClass-1)*tlLane + tlLane/2 + offsets[n%len(offsets)]
		t.Dots = append(t.Dots, dot{X: round1(px), Y: y, R: 5, Class: fmt.Sprintf("q%d", p.e.QuadClass),
			Href: "/events/" + url.PathEscape(p.e.ID), Title: eventTitle(*p.e)})
	}
	return t
}

// eventTitle is an event in one line, for tooltips.
func eventTitle(e store.EventRecord) string {
	date := e.Date
	if date == "" {
		date = e.Start
	}
	return fmt.Sprintf("%s %s %s → %s (%s %s, Goldstein %.1f): %s", date, e.Type, e.Source.Country, e.Target.Country,
		e.Cameo, e.CameoLabel, e.Goldstein, shorten(e.Evidence, 160))
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

type bar struct {
	X, Y, W, H float64
	Class      string
	Title      string
}

// barChart shows the mean Goldstein value of a pair's events by month.
type barChart struct {
	Width, Height float64
	Left, Right   float64
	Zero          float64 // y of the zero line
	Top, Bottom   float64
	Bars          []bar
	YTicks        []tick
	XTicks        []tick
}

func newBarChart(months []monthStat, clip bool) barChart {
	c := barChart{Width: tlWidth, Height: 190, Left: tlLeft, Right: tlRight, Top: 10, Bottom: 160}
	c.Zero = (c.Top + c.Bottom) / 2
	if len(months) == 0 {
		return c
	}
	first, ok1 := day(months[0].Month + "-01")
	last, ok2 := day(months[len(months)-1].Month + "-01")
	if !ok1 || !ok2 {
		return c
	}
	if earliest := last.AddDate(0, 1-maxMonths, 0); clip && first.Before(earliest) {
		first = earliest
	}
	for n := 0; monthsBetween(first, last)+1 < minMonths; n++ {
		if n%2 == 0 {
			last = last.AddDate(0, 1, 0)
		} else {
			first = first.AddDate(0, -1, 0)
		}
	}
	var all []string
	for m := first; !m.After(last); m = m.AddDate(0, 1, 0) {
		all = append(all, m.Format("2006-01"))
	}
	scale := 1.0
	for _, m := range months {
		if m.Month >= all[0] {
			scale = max(scale, math.Abs(m.Goldstein))
		}
	}
	scale = math.Min(10, math.Ceil(scale))
	half := (c.Bottom - c.Top) / 2
	slot := (c.Right - c.Left) / float64(len(all))
	w := math.Min(48, math.Max(1, slot*0.7))
	byMonth := map[string]monthStat{}
	for _, m := range months {
		byMonth[m.Month] = m
	}
	every := max(1, (len(all)+11)/12)
	for i, mo := range all {
		x := c.Left + slot*float64(i) + (slot-w)/2
		if i%every == 0 {
			c.XTicks = append(c.XTicks, tick{X: round1(x + w/2), Y: c.Bottom + 18, Label: mo})
		}
		m, ok := byMonth[mo]
		if !ok {
			continue
		}
		h := half * math.Abs(m.Goldstein) / scale
		b := bar{X: round1(x), W: round1(w), H: round1(math.Max(h, 1)), Class: "pos",
			Title: fmt.Sprintf("%s: mean Goldstein %.2f over %d events", mo, m.Goldstein, m.Events)}
		b.Y = round1(c.Zero - b.H)
		if m.Goldstein < 0 {
			b.Y, b.Class = c.Zero, "neg"
		}
		c.Bars = append(c.Bars, b)
	}
	for _, v := range []float64{scale, scale / 2, 0, -scale / 2, -scale} {
		c.YTicks = append(c.YTicks, tick{X: c.Left - 6, Y: round1(c.Zero - half*v/scale + 4), Label: fmt.Sprintf("%+.1f", v)})
	}
	return c
}

type gnode struct {
	X, Y, R float64
	LX, LY  float64
	Anchor  string
	Country string
	Title   string
	Href    string
}

type gedge struct {
	X1, Y1, X2, Y2, W float64
	Class             string
	Title             string
	Href              string
}

// graph is the country network: countries on a circle (or around the one
// asked for), pairs as lines as wide as their events are many, coloured
// by their share of cooperative events.
type graph struct {
	Width, Height float64
	Nodes         []gnode
	Edges         []gedge
	Hidden        int // countries left out (fewest events)
}

func newGraph(nodes []networkNode, pairs []store.PairStat, limit int, center string) graph {
	g := graph{Width: 900, Height: 700}
	if len(nodes) == 0 {
		return g
	}
	shown := nodes
	if len(shown) > limit {
		shown, g.Hidden = shown[:limit], len(shown)-limit
	}
	maxEvents := 1
	for _, n := range shown {
		maxEvents = max(maxEvents, n.Events)
	}
	cx, cy, radius := g.Width/2, g.Height/2, 270.0
	pos := map[string]int{}
	ring := shown
	if center != "" {
		ring = nil
		for _, n := range shown {
			if n.Country != center {
				ring = append(ring, n)
			}
		}
	}
	place := func(n networkNode, x, y float64, outward float64) {
		r := 4 + 16*math.Sqrt(float64(n.Events)/float64(maxEvents))
		nd := gnode{X: round1(x), Y: round1(y), R: round1(r), Country: n.Country,
			Title: fmt.Sprintf("%s: %d events with %d countries (%d cooperative, %d conflictual)", n.Country, n.Events, n.Partners,
				n.Cooperative, n.Conflictual),
			Href: "/network?country=" + url.QueryEscape(n.Country)}
		nd.LX, nd.LY, nd.Anchor = round1(x), round1(y-r-4), "middle"
		if outward >= 0 {
			lx, ly := cx+(radius+r+8)*math.Cos(outward), cy+(radius+r+8)*math.Sin(outward)+4
			nd.LX, nd.LY = round1(lx), round1(ly)
			switch c := math.Cos(outward); {
			case c > 0.3:
				nd.Anchor = "start"
			case c < -0.3:
				nd.Anchor = "end"
			}
		}
		pos[n.Country] = len(g.Nodes)
		g.Nodes = append(g.Nodes, nd)
	}
	for i, n := range ring {
		a := -math.Pi/2 + 2*math.Pi*float64(i)/float64(len(ring))
		place(n, cx+radius*math.Cos(a), cy+radius*math.Sin(a), a)
	}
	if center != "" {
		for _, n := range shown {
			if n.Country == center {
				place(n, cx, cy, -1)
			}
		}
	}
	maxPair := 1
	for _, p := range pairs {
		maxPair = max(maxPair, p.Events)
	}
	for i := len(pairs) - 1; i >= 0; i-- { // fewest first: the strong lines on top
		p := pairs[i]
		a, okA := pos[p.A]
		b, okB := pos[p.B]
		if !okA || !okB {
			continue
		}
		na, nb := g.Nodes[a], g.Nodes[b]
		g.Edges = append(g.Edges, gedge{X1: na.X, Y1: na.Y, X2: nb.X, Y2: nb.Y,
			W:     round1(1 + 9*math.Sqrt(float64(p.Events)/float64(maxPair))),
			Class: edgeClass(p),
			Title: fmt.Sprintf("%s: %d events, %d cooperative, %d conflictual, mean Goldstein %.2f", p.Pair, p.Events,
				p.Cooperative(), p.Conflictual(), p.Goldstein),
			Href: "/pairs/" + url.PathEscape(p.Pair)})
	}
	return g
}

// edgeClass grades a pair from cooperative to conflictual.
func edgeClass(p store.PairStat) string {
	coop, conf := p.Cooperative(), p.Conflictual()
	if coop+conf == 0 {
		return "mixed"
	}
	share := float64(coop) / float64(coop+conf)
	switch {
	case share >= 0.8:
		return "coop2"
	case share >= 0.55:
		return "coop1"
	case share > 0.45:
		return "mixed"
	case share > 0.2:
		return "conf1"
	}
	return "conf2"
}
