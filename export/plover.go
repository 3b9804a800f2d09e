package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/accord-events/accord"
)

// ploverQuads is PLOVER's quad by event type, as the manual's quad table
// has it (it puts SANCTION under verbal conflict; its SANCTION section says
// material conflict).
var ploverQuads = map[string]int{
	"AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
	"COOPERATE": 2, "AID": 2, "RETREAT": 2,
	"REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
	"PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}

// PloverQuad returns the PLOVER quad code of a PLOVER event type: 1 verbal
// cooperation, 2 material cooperation, 3 verbal conflict, 4 material
// conflict; 0 for a type PLOVER does not have.
func PloverQuad(eventType string) int { return ploverQuads[eventType] }

// topicContexts maps accord's topics (lexicon/data/topics.lex) to PLOVER
// contexts. Topics with no PLOVER context (noContext) are left out.
var topicContexts = map[string][]string{
	"counterterrorism":      {"terrorism"},
	"narcotics":             {"illegal_drugs"},
	"policing":              {"crime"},
	"trade":                 {"economic"},
	"energy":                {"natural_resource"},
	"human rights":          {"human_rights"},
	"judiciary":             {"legal"},
	"defence":               {"military"},
	"diplomacy":             {"diplomatic"},
	"nuclear":               {"cbrn"},
	"health":                {"health"},
	"disasters and climate": {"disasters", "environment"},
	"elections":             {"election"},
	"migration":             {"migration"},
	"corruption":            {"corruption"},
	"cyber":                 {"cyber"},
}

// noContext are accord's topics that no PLOVER context fits: PLOVER's
// peacekeeping is about forces, not peace talks.
var noContext = []string{"training", "sport", "education", "peace"}

// PloverContexts returns the PLOVER contexts of a report's topics, in the
// topics' order, without repeats; an empty list when none maps.
func PloverContexts(topics []string) []string {
	var cs []string
	for _, t := range topics {
		cs = append(cs, topicContexts[t]...)
	}
	return uniq(cs)
}

// ploverCountry turns accord's country codes into PLOVER's: NATO, which
// PLOVER does not single out, is IGO, and Kosovo is KOS.
func ploverCountry(c string) string {
	switch c {
	case "NTO":
		return "IGO"
	case "KSV":
		return "KOS"
	}
	return c
}

// ploverRecord is one PLOVER event record.
type ploverRecord struct {
	ID        string         `json:"id"`
	Date      string         `json:"date"`
	Actor     []ploverEntity `json:"actor"`
	Recipient []ploverEntity `json:"recipient"`
	Event     []string       `json:"event"`
	Mode      []string       `json:"mode"`
	Context   []string       `json:"context"`
	QuadCode  int            `json:"quad_code,omitempty"`
	EventText string         `json:"event_text"`
	TextInfo  ploverTextInfo `json:"text_info"`
	CiteInfo  ploverCite     `json:"cite_info"`
	Accord    accordExt      `json:"accord"`
}

// ploverEntity is an actor or recipient.
type ploverEntity struct {
	Code       string `json:"code"`
	Sector     string `json:"sector"`
	EntityText string `json:"entity_text"`
	EntityName string `json:"entity_name,omitempty"`
	Office     string `json:"office,omitempty"`
}

// ploverTextInfo locates event_text in the report. accord records keep byte
// offsets, not the full text, so character offsets cannot be computed.
type ploverTextInfo struct {
	OffsetUnit   string `json:"offset_unit"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
	TriggerStart int    `json:"trigger_start"`
	TriggerEnd   int    `json:"trigger_end"`
}

type ploverCite struct {
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Publication string `json:"publication,omitempty"`
	PubDate     string `json:"pub_date,omitempty"`
	Coder       string `json:"coder"`
}

// accordExt is what accord knows beyond PLOVER, under the record's
// "accord" key.
type accordExt struct {
	Report        string            `json:"report"`
	Event         string            `json:"event"`
	GlobalID      int64             `json:"global_id"`
	Cameo         string            `json:"cameo"`
	CameoLabel    string            `json:"cameo_label,omitempty"`
	QuadClass     int               `json:"quad_class,omitempty"`
	Goldstein     float64           `json:"goldstein"`
	Tense         accord.Tense      `json:"tense,omitempty"`
	Date          string            `json:"date,omitempty"`
	DatePrecision accord.Precision  `json:"date_precision,omitempty"`
	TimeText      string            `json:"time_text,omitempty"`
	Place         string            `json:"place,omitempty"`
	Symmetric     bool              `json:"symmetric"`
	Source        accord.Actor      `json:"source"`
	Target        accord.Actor      `json:"target"`
	Trigger       string            `json:"trigger"`
	Rule          string            `json:"rule"`
	NumMentions   int               `json:"num_mentions"`
	NumSources    int               `json:"num_sources"`
	NumArticles   int               `json:"num_articles"`
	Topics        []string          `json:"topics"`
	Mechanism     *ploverMechanism  `json:"mechanism,omitempty"`
	Commitments   []ploverCommitted `json:"commitments"`
}

type ploverMechanism struct {
	ID   string `json:"id"`
	Name string `json:"name"`
	Kind string `json:"kind,omitempty"`
}

// ploverCommitted is a commitment the event carries, with its due window.
type ploverCommitted struct {
	ID     string           `json:"id"`
	What   string           `json:"what"`
	Status string           `json:"status"`
	Due    *accord.TimeExpr `json:"due"`
}

// ploverWriter writes one PLOVER record a line.
type ploverWriter struct {
	w      *bufio.Writer
	enc    *json.Encoder
	coder  string
	closed bool
}

// NewPLOVER returns a writer of POLECAT/PLOVER-style JSON records to w, one a
// line.
func NewPLOVER(w io.Writer, opts Options) Writer {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	coder := opts.Coder
	if coder == "" {
		coder = "accord"
	}
	return &ploverWriter{w: bw, enc: enc, coder: coder}
}

func (p *ploverWriter) Write(r Row) error {
	if p.closed {
		return ErrClosed
	}
	return p.enc.Encode(p.record(r))
}

func (p *ploverWriter) Close() error {
	if p.closed {
		return nil
	}
	p.closed = true
	return p.w.Flush()
}

// record builds the PLOVER record of r; docs/EXPORT.md maps each field.
func (p *ploverWriter) record(r Row) ploverRecord {
	e := r.Event
	rec := ploverRecord{
		ID:        r.Report.ID + ":" + e.ID,
		Date:      eventDay(r),
		Actor:     []ploverEntity{},
		Recipient: []ploverEntity{},
		Event:     []string{},
		Mode:      []string{},
		Context:   PloverContexts(r.Report.Topics),
		QuadCode:  PloverQuad(e.Type),
		EventText: e.Evidence.Text,
		TextInfo: ploverTextInfo{
			OffsetUnit:   "byte",
			Start:        e.Evidence.Start,
			End:          e.Evidence.End,
			TriggerStart: e.Trigger.Start,
			TriggerEnd:   e.Trigger.End,
		},
		CiteInfo: ploverCite{
			URL:         r.Report.URL,
			Title:       r.Report.Title,
			Publication: r.Report.Source,
			PubDate:     r.Report.Date,
			Coder:       p.coder,
		},
	}
	if e.Type != "" {
		rec.Event = append(rec.Event, e.Type)
	}
	if e.Mode != "" {
		rec.Mode = append(rec.Mode, e.Mode)
	}
	// A joint event puts every party in actor and leaves recipient empty.
	if hasActor(e.Source) {
		rec.Actor = append(rec.Actor, ploverActor(e.Source, r.SourcePerson, e))
	}
	if hasActor(e.Target) {
		ent := ploverActor(e.Target, r.TargetPerson, e)
		if e.Symmetric {
			rec.Actor = append(rec.Actor, ent)
		} else {
			rec.Recipient = append(rec.Recipient, ent)
		}
	}
	m, s, a := r.counts()
	topics := r.Report.Topics
	if topics == nil {
		topics = []string{}
	}
	ext := accordExt{
		Report:        r.Report.ID,
		Event:         e.ID,
		GlobalID:      r.globalID(),
		Cameo:         e.Cameo,
		CameoLabel:    e.CameoLabel,
		QuadClass:     quadClass(e),
		Goldstein:     e.Goldstein,
		Tense:         e.Tense,
		Date:          e.Date,
		DatePrecision: datePrecision(e),
		Place:         e.Place,
		Symmetric:     e.Symmetric,
		Source:        e.Source,
		Target:        e.Target,
		Trigger:       e.Trigger.Text,
		Rule:          e.Rule,
		NumMentions:   m,
		NumSources:    s,
		NumArticles:   a,
		Topics:        topics,
		Commitments:   []ploverCommitted{},
	}
	if e.Time != nil {
		ext.TimeText = e.Time.Text
	}
	if r.Mechanism != nil {
		ext.Mechanism = &ploverMechanism{ID: r.Mechanism.ID, Name: r.Mechanism.Name, Kind: r.Mechanism.Kind}
	} else if e.Mechanism != "" {
		ext.Mechanism = &ploverMechanism{ID: e.Mechanism}
	}
	for _, c := range r.Commitments {
		ext.Commitments = append(ext.Commitments, ploverCommitted{ID: c.ID, What: c.What, Status: c.Status, Due: c.Due})
	}
	rec.Accord = ext
	return rec
}

// ploverActor is the entity object of actor a of event e.
func ploverActor(a accord.Actor, p *accord.Person, e accord.Event) ploverEntity {
	ent := ploverEntity{
		Code:       ploverCountry(country(a.Country)),
		Sector:     a.Agent,
		EntityText: mentionText(a, e),
		EntityName: a.Name,
	}
	if p != nil {
		ent.EntityName = p.Name
		ent.Office = p.Title
	}
	if ent.EntityText == "" {
		ent.EntityText = ent.EntityName
	}
	return ent
}
