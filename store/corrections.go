package store

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/accord-events/accord/cameo"
	"github.com/accord-events/accord/ledger"
)

// A Correction is an analyst's change to the record, kept apart from what
// the coder derived and laid over it in every query, so that recoding never
// loses it. Target is a stable key: a person's id or name key ("mohsin
// naqvi"), an event's id or one mention's key ("dawn-123@2036": report id
// and trigger offset), a mechanism's id or key, a commitment's key
// ("dawn-123@0").
type Correction struct {
	ID      int64           `json:"id"`
	Kind    string          `json:"kind"`
	Target  string          `json:"target"`
	Payload json.RawMessage `json:"payload"`
	Author  string          `json:"author"`
	At      time.Time       `json:"at"`
}

// Correction kinds, with the payload each takes.
const (
	PersonMerge      = "person.merge"      // {"into": person id or name key}
	PersonEdit       = "person.edit"       // {"name","country","title","sector"}: any of them
	EventReject      = "event.reject"      // {"reason", "event"}: the mention is not of this event; with "event": true, there is no such event
	EventMerge       = "event.merge"       // {"into": event id or mention key}
	EventEdit        = "event.edit"        // {"type","cameo","mode","source_country","target_country","date","place"}
	MechanismMerge   = "mechanism.merge"   // {"into": mechanism id or key}
	MechanismEdit    = "mechanism.edit"    // {"name","kind","parties"}
	CommitmentStatus = "commitment.status" // {"status", "note", "report"}: the status, why, and the report that shows it
	CommitmentReject = "commitment.reject" // {"reason"}: not a commitment
)

// CorrectionKinds lists the kinds with what they do, for help texts.
var CorrectionKinds = []struct{ Kind, Help string }{
	{PersonMerge, `two person records are one: {"into": "<person id or name key>"}`},
	{PersonEdit, `set a person's display name, country, current title or sector: {"name": ..., "country": ..., "title": ..., "sector": ...}`},
	{EventReject, `a mention (target its key) is wrong: {"reason": ...}; with {"event": true} the whole event it belongs to is`},
	{EventMerge, `two event records are one happening: {"into": "<event id or mention key>"}`},
	{EventEdit, `set an event's type, CAMEO code, mode, countries, date or place: {"type": ..., "cameo": ..., "source_country": ..., "date": ...}; a new type without a code takes the type's general code`},
	{MechanismMerge, `two mechanisms are one: {"into": "<mechanism id or key>"}`},
	{MechanismEdit, `set a mechanism's name, kind or parties: {"name": ..., "kind": ..., "parties": ["PAK","USA"]}`},
	{CommitmentStatus, `set a commitment's status: {"status": "fulfilled|pending|overdue|postponed|cancelled", "note": ..., "report": ...}`},
	{CommitmentReject, `not a commitment: {"reason": ...}`},
}

type correctionPayload struct {
	Into          string   `json:"into"`
	Event         bool     `json:"event"`
	Reason        string   `json:"reason"`
	Name          string   `json:"name"`
	Country       string   `json:"country"`
	Title         string   `json:"title"`
	Sector        string   `json:"sector"`
	Type          string   `json:"type"`
	Cameo         string   `json:"cameo"`
	Mode          string   `json:"mode"`
	SourceCountry string   `json:"source_country"`
	TargetCountry string   `json:"target_country"`
	Date          string   `json:"date"`
	Place         string   `json:"place"`
	Kind          string   `json:"kind"`
	Parties       []string `json:"parties"`
	Status        string   `json:"status"`
	Note          string   `json:"note"`
	Report        string   `json:"report"`
}

// Validate checks a correction's kind, target and payload.
func (c Correction) Validate() error {
	known := false
	for _, k := range CorrectionKinds {
		known = known || k.Kind == c.Kind
	}
	if !known {
		return fmt.Errorf("%w: unknown kind %q", ErrBadCorrection, c.Kind)
	}
	if strings.TrimSpace(c.Target) == "" {
		return fmt.Errorf("%w: %s without a target", ErrBadCorrection, c.Kind)
	}
	p, err := c.payload()
	if err != nil {
		return err
	}
	switch c.Kind {
	case PersonMerge, EventMerge, MechanismMerge:
		if p.Into == "" {
			return fmt.Errorf("%w: %s needs {\"into\": ...}", ErrBadCorrection, c.Kind)
		}
	case EventEdit:
		if err := checkEventCode(p.Type, p.Cameo); err != nil {
			return fmt.Errorf("%w: %s: %v", ErrBadCorrection, c.Kind, err)
		}
	case CommitmentStatus:
		switch p.Status {
		case "pending", "fulfilled", "overdue", "postponed", "cancelled":
		default:
			return fmt.Errorf("%w: %s: status %q is not pending, fulfilled, overdue, postponed or cancelled", ErrBadCorrection, c.Kind, p.Status)
		}
	}
	return nil
}

func (c Correction) payload() (correctionPayload, error) {
	var p correctionPayload
	if len(c.Payload) == 0 {
		return p, nil
	}
	if err := json.Unmarshal(c.Payload, &p); err != nil {
		return p, fmt.Errorf("%w: %s payload: %v", ErrBadCorrection, c.Kind, err)
	}
	return p, nil
}

// Resolver maps a correction's target to the stored id it names: person
// name keys to person ids, mention keys to event ids, mechanism keys to
// mechanism ids. It returns the target itself when it is already an id, and
// "" when nothing is known under it.
type Resolver func(kind, target string) string

// An Overlay is a set of corrections ready to lay over query results.
type Overlay struct {
	personInto  map[string]string
	personEdit  map[string][]entry
	eventDrop   map[string][]int64
	mentionDrop map[string][]int64
	eventInto   map[string]string
	eventEdit   map[string][]entry
	mechInto    map[string]string
	mechEdit    map[string][]entry
	commitEdit  map[string][]entry
	commitDrop  map[string][]int64
	ids         map[string][]int64 // merged-into records: the corrections that fed them
	touched     map[string]bool    // events with a rejected mention
}

type entry struct {
	id     int64
	author string
	at     time.Time
	p      correctionPayload
}

// NewOverlay prepares corrections, resolving their targets with resolve.
// Corrections whose target is unknown are kept for when it becomes known
// (a later ingest) and do nothing now.
func NewOverlay(cs []Correction, resolve Resolver) *Overlay {
	o := &Overlay{personInto: map[string]string{}, personEdit: map[string][]entry{}, eventDrop: map[string][]int64{},
		mentionDrop: map[string][]int64{}, eventInto: map[string]string{}, eventEdit: map[string][]entry{},
		mechInto: map[string]string{}, mechEdit: map[string][]entry{}, commitEdit: map[string][]entry{},
		commitDrop: map[string][]int64{}, ids: map[string][]int64{}, touched: map[string]bool{}}
	for _, c := range cs {
		p, err := c.payload()
		if err != nil {
			continue
		}
		e := entry{c.ID, c.Author, c.At, p}
		switch c.Kind {
		case PersonMerge:
			if from, to := resolve("person", c.Target), resolve("person", p.Into); merge(o.personInto, from, to) {
				o.ids[to] = append(o.ids[to], c.ID)
			}
		case PersonEdit:
			if id := resolve("person", c.Target); id != "" {
				o.personEdit[id] = append(o.personEdit[id], e)
			}
		case EventReject:
			if ev := resolve("mention", c.Target); ev != "" {
				if p.Event {
					o.eventDrop[ev] = append(o.eventDrop[ev], c.ID)
				} else {
					o.mentionDrop[c.Target] = append(o.mentionDrop[c.Target], c.ID)
					o.touched[ev] = true
				}
			}
		case EventMerge:
			if from, to := resolve("event", c.Target), resolve("event", p.Into); merge(o.eventInto, from, to) {
				o.ids[to] = append(o.ids[to], c.ID)
			}
		case EventEdit:
			if id := resolve("event", c.Target); id != "" {
				o.eventEdit[id] = append(o.eventEdit[id], e)
			}
		case MechanismMerge:
			if from, to := resolve("mechanism", c.Target), resolve("mechanism", p.Into); merge(o.mechInto, from, to) {
				o.ids[to] = append(o.ids[to], c.ID)
			}
		case MechanismEdit:
			if id := resolve("mechanism", c.Target); id != "" {
				o.mechEdit[id] = append(o.mechEdit[id], e)
			}
		case CommitmentStatus:
			o.commitEdit[c.Target] = append(o.commitEdit[c.Target], e)
		case CommitmentReject:
			o.commitDrop[c.Target] = append(o.commitDrop[c.Target], c.ID)
		}
	}
	return o
}

// Empty reports whether the overlay changes nothing.
func (o *Overlay) Empty() bool {
	return o == nil || len(o.personInto)+len(o.personEdit)+len(o.eventDrop)+len(o.mentionDrop)+len(o.eventInto)+
		len(o.eventEdit)+len(o.mechInto)+len(o.mechEdit)+len(o.commitEdit)+len(o.commitDrop) == 0
}

// merge records that from is shown as to, unless that would close a cycle
// (a later correction undoing an earlier one is ignored).
func merge(into map[string]string, from, to string) bool {
	if from == "" || to == "" || from == to || follow(into, to) == from {
		return false
	}
	into[from] = to
	return true
}

func follow(into map[string]string, id string) string {
	for range 32 { // a cycle of merges stops somewhere
		next, ok := into[id]
		if !ok {
			break
		}
		id = next
	}
	return id
}

// PersonID is the id a person's record is shown under after merges.
func (o *Overlay) PersonID(id string) string { return follow(o.personInto, id) }

// EventID is the id an event is shown under after merges.
func (o *Overlay) EventID(id string) string { return follow(o.eventInto, id) }

// MechanismID is the id a mechanism is shown under after merges.
func (o *Overlay) MechanismID(id string) string { return follow(o.mechInto, id) }

// EventTouched reports whether corrections change the event's mentions
// (some rejected, or events merged into it), so its counts must be
// recomputed from its mentions.
func (o *Overlay) EventTouched(id string) bool {
	return len(o.ids[id]) > 0 || o.touched[id]
}

// EditedEvents lists the events whose fields corrections set (event.edit),
// sorted: a query that filters on those fields must look at them again.
func (o *Overlay) EditedEvents() []string {
	if o == nil {
		return nil
	}
	out := make([]string, 0, len(o.eventEdit))
	for id := range o.eventEdit {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// CorrectedEvents lists, sorted, every stored event a correction concerns:
// rejected, with a mention rejected, merged (either side) or edited.
// Figures computed from the stored events can be corrected by taking these
// out as stored and putting them back as corrected.
func (o *Overlay) CorrectedEvents() []string {
	if o == nil {
		return nil
	}
	set := map[string]bool{}
	for id := range o.eventDrop {
		set[id] = true
	}
	for id := range o.touched {
		set[id] = true
	}
	for from, to := range o.eventInto {
		set[from], set[to] = true, true
	}
	for id := range o.eventEdit {
		set[id] = true
	}
	out := make([]string, 0, len(set))
	for id := range set {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// MergedInto lists the events merged into id.
func (o *Overlay) MergedInto(id string) []string {
	var out []string
	for from := range o.eventInto {
		if o.EventID(from) == id {
			out = append(out, from)
		}
	}
	slices.Sort(out)
	return out
}

// People lays the corrections over person records: merged records become
// one (names, keys and title histories joined), edits set fields.
func (o *Overlay) People(ps []PersonRecord) []PersonRecord {
	if o.Empty() {
		return ps
	}
	index := map[string]int{}
	var out []PersonRecord
	for _, p := range ps {
		id := o.PersonID(p.ID)
		if i, ok := index[id]; ok {
			out[i] = mergePersons(out[i], p)
			continue
		}
		p.ID = id
		index[id] = len(out)
		out = append(out, p)
	}
	for i := range out {
		p := &out[i]
		p.Corrected = append(p.Corrected, o.ids[p.ID]...)
		for _, e := range o.personEdit[p.ID] {
			setIf(&p.Name, e.p.Name)
			setIf(&p.Country, e.p.Country)
			setIf(&p.Title, e.p.Title)
			setIf(&p.Sector, e.p.Sector)
			p.Corrected = append(p.Corrected, e.id)
		}
	}
	return out
}

func setIf(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

func mergePersons(a, b PersonRecord) PersonRecord {
	a.Keys = union(a.Keys, b.Keys)
	a.Names = union(a.Names, b.Names)
	for _, t := range b.Titles {
		i := slices.IndexFunc(a.Titles, func(x TitleSpan) bool { return x.Key == t.Key })
		if i < 0 {
			a.Titles = append(a.Titles, t)
			continue
		}
		x := &a.Titles[i]
		x.First, x.Last, x.Reports = minStr(x.First, t.First), max(x.Last, t.Last), x.Reports+t.Reports
	}
	slices.SortStableFunc(a.Titles, func(x, y TitleSpan) int { return strings.Compare(x.First, y.First) })
	a.Reports += b.Reports
	a.First, a.Last = minStr(a.First, b.First), max(a.Last, b.Last)
	if a.Country == "" {
		a.Country = b.Country
	}
	a.Events = append(a.Events, b.Events...)
	return a
}

func minStr(a, b string) string {
	if a == "" || (b != "" && b < a) {
		return b
	}
	return a
}

func union(a, b []string) []string {
	for _, x := range b {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}

// Events lays the corrections over event records: rejected events and
// mentions go, merged events become one, edits set fields. Events whose
// mentions change must come with their Mentions (EventTouched); their
// counts are recomputed.
func (o *Overlay) Events(es []EventRecord) []EventRecord {
	if o.Empty() {
		return es
	}
	index := map[string]int{}
	var out []EventRecord
	for _, e := range es {
		if len(o.eventDrop[e.ID]) > 0 {
			continue
		}
		touched := false
		if len(e.Mentions) > 0 {
			kept := e.Mentions[:0:0]
			for _, m := range e.Mentions {
				if len(o.mentionDrop[m.Key]) > 0 {
					e.Corrected = append(e.Corrected, o.mentionDrop[m.Key]...)
					touched = true
					continue
				}
				kept = append(kept, m)
			}
			if len(kept) == 0 {
				continue
			}
			e.Mentions = kept
		}
		id := o.EventID(e.ID)
		if i, ok := index[id]; ok {
			out[i].Mentions = append(out[i].Mentions, e.Mentions...)
			out[i].Corrected = append(out[i].Corrected, e.Corrected...)
			recount(&out[i])
			continue
		}
		if id != e.ID || touched {
			e.ID = id
			recount(&e)
		}
		index[id] = len(out)
		out = append(out, e)
	}
	for i := range out {
		e := &out[i]
		e.Corrected = append(e.Corrected, o.ids[e.ID]...)
		for _, c := range o.eventEdit[e.ID] {
			recode(e, c.p.Type, c.p.Cameo)
			setIf(&e.Mode, c.p.Mode)
			setIf(&e.Source.Country, c.p.SourceCountry)
			setIf(&e.Target.Country, c.p.TargetCountry)
			setIf(&e.Place, c.p.Place)
			if c.p.Date != "" {
				w := ledger.ValueWindow(c.p.Date)
				e.Date, e.Start, e.End = c.p.Date, w.Start, w.End
			}
			if c.p.SourceCountry != "" || c.p.TargetCountry != "" {
				e.Pair = ledger.Pair(e.Source.Country, e.Target.Country)
			}
			e.Corrected = append(e.Corrected, c.id)
		}
	}
	return out
}

// cameoTable is the CAMEO table corrections check codes against and take
// labels, quad classes and Goldstein values from.
var cameoTable = sync.OnceValues(cameo.New)

// checkEventCode checks an event correction's type and code: a PLOVER type,
// a CAMEO code in the table, and, given both, a code of that type.
func checkEventCode(typ, code string) error {
	if typ != "" && !slices.Contains(cameo.PloverTypes, typ) {
		return fmt.Errorf("type %q is not one of the 16 PLOVER types", typ)
	}
	if code == "" {
		return nil
	}
	tab, err := cameoTable()
	if err != nil {
		return err
	}
	c, ok := tab.Lookup(code)
	if !ok {
		return fmt.Errorf("CAMEO code %q is not in the table", code)
	}
	if typ != "" && c.Plover != typ {
		return fmt.Errorf("CAMEO code %s is %s, not %s", code, orNone(c.Plover), typ)
	}
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "no PLOVER type"
	}
	return s
}

// recode applies a corrected type and CAMEO code to an event, keeping its
// code, label, quad class and Goldstein value in step: a code given is
// taken with its type; a new type alone keeps the code if it is of that
// type, else takes the type's general code (cameo.Table.General).
func recode(e *EventRecord, typ, code string) {
	tab, err := cameoTable()
	if err != nil || typ == "" && code == "" {
		setIf(&e.Type, typ)
		return
	}
	if code == "" && typ != "" {
		if cur, ok := tab.Lookup(e.Cameo); !ok || cur.Plover != typ {
			if g, ok := tab.General(typ); ok {
				code = g.Code
			}
		}
	}
	setIf(&e.Type, typ)
	c, ok := tab.Lookup(code)
	if !ok {
		return
	}
	e.Cameo, e.CameoLabel, e.QuadClass, e.Goldstein = c.Code, c.Label, c.QuadClass, c.Goldstein
	if typ == "" && c.Plover != "" {
		e.Type = c.Plover
	}
}

// recount sets an event's counts from its mentions.
func recount(e *EventRecord) {
	if len(e.Mentions) == 0 {
		return
	}
	reports, sources := map[string]bool{}, map[string]bool{}
	e.NumMentions = 0
	for _, m := range e.Mentions {
		reports[m.Report.ID] = true
		sources[sourceOf(m.Report)] = true
		e.NumMentions += max(m.Sentences, 1)
	}
	e.NumArticles, e.NumSources = len(reports), len(sources)
	first := e.Mentions[0].Report
	for _, m := range e.Mentions {
		if m.Report.Date < first.Date {
			first = m.Report
		}
	}
	e.FirstReport = first
}

// sourceOf is what counts as a report's source: its Source, else its id.
func sourceOf(r ReportRef) string {
	if r.Source != "" {
		return strings.ToLower(r.Source)
	}
	return "report:" + r.ID
}

// Mechanisms lays the corrections over mechanism records.
func (o *Overlay) Mechanisms(ms []MechanismRecord) []MechanismRecord {
	if o.Empty() {
		return ms
	}
	index := map[string]int{}
	var out []MechanismRecord
	for _, m := range ms {
		id := o.MechanismID(m.ID)
		if i, ok := index[id]; ok {
			x := &out[i]
			x.Names = union(x.Names, m.Names)
			x.Keys = union(x.Keys, m.Keys)
			x.Parties = union(x.Parties, m.Parties)
			slices.Sort(x.Parties)
			x.Reports += m.Reports
			x.First, x.Last = minStr(x.First, m.First), max(x.Last, m.Last)
			var all []ledger.SessionMention
			for _, g := range append(x.Sessions, m.Sessions...) {
				all = append(all, g.Mentions...)
			}
			x.Sessions = ledger.GroupSessions(all)
			continue
		}
		m.ID = id
		index[id] = len(out)
		out = append(out, m)
	}
	for i := range out {
		m := &out[i]
		m.Corrected = append(m.Corrected, o.ids[m.ID]...)
		for _, e := range o.mechEdit[m.ID] {
			setIf(&m.Name, e.p.Name)
			setIf(&m.Kind, e.p.Kind)
			if len(e.p.Parties) > 0 {
				m.Parties = ledger.Parties(e.p.Parties)
			}
			m.Corrected = append(m.Corrected, e.id)
		}
	}
	return out
}

// Commitments lays the corrections over commitment records: rejected ones
// go; a status correction replaces the computed status, with its note and
// author as the reason.
func (o *Overlay) Commitments(cs []CommitmentRecord) []CommitmentRecord {
	if o.Empty() {
		return cs
	}
	out := cs[:0:0]
	for _, c := range cs {
		if len(o.commitDrop[c.Key]) > 0 {
			continue
		}
		if c.Mechanism != "" {
			c.Mechanism = o.MechanismID(c.Mechanism)
		}
		for _, e := range o.commitEdit[c.Key] {
			reason := fmt.Sprintf("corrected by %s on %s", orUnknown(e.author), e.at.UTC().Format("2006-01-02"))
			if e.p.Note != "" {
				reason += ": " + e.p.Note
			}
			c.Status = ledger.Status{Status: e.p.Status, AsOf: c.Status.AsOf, Reason: reason}
			if e.p.Report != "" {
				c.Status.Evidence = &ledger.FollowUp{Commitment: c.Key, Kind: "correction", ReportID: e.p.Report, Note: e.p.Note}
			}
			c.Corrected = append(c.Corrected, e.id)
		}
		out = append(out, c)
	}
	return out
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}
