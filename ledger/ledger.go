package ledger

import (
	"context"
	"fmt"

	"github.com/accord-events/accord"
)

// A Ledger links reports into the record. Its fields are the rules' knobs,
// preset by New; it holds no state between calls and may be shared.
type Ledger struct {
	Names Names
	// Grace is how many days after its due window a happening still
	// fulfils a commitment (late).
	Grace int
	// Vague is how many days a commitment with a vague time ("soon") has
	// before it is overdue.
	Vague int
	// Undated is how many days a commitment with no time is watched for its
	// fulfilment; it is never overdue.
	Undated int
	// Late is how many days after the fulfilment window a report of
	// postponement or cancellation still counts.
	Late int
	// Slack is how many days before its report's date an undated past event
	// may have happened ("filed late in the evening").
	Slack int
}

// New returns a Ledger with the default rules.
func New(names Names) *Ledger {
	if names == nil {
		names = BasicNames{}
	}
	return &Ledger{Names: names, Grace: 31, Vague: 90, Undated: 120, Late: 90, Slack: 1}
}

// A Report is one coded report to link.
type Report struct {
	ID string
	// Date is the publication date; Anchor the date relative times were
	// resolved against (the dateline's, else Date).
	Date, Anchor string
	Source       string
	Text         string
	Record       *accord.Record
}

// Lookup answers the ledger's questions about the record stored so far. A
// store implements it over the transaction that will store the report.
type Lookup interface {
	// PersonsByKey returns the persons known under any of the name keys,
	// with all their name keys and title keys.
	PersonsByKey(ctx context.Context, keys []string) ([]Person, error)
	// PersonsByForm returns, with all their keys and title keys, the
	// persons of a country known under a name key whose last word is
	// surname and which shares another word with words, or which is the
	// surname alone. With no words (a one-word name) it returns the persons
	// of that surname; when there are many, it may return only those who
	// held the title key title.
	PersonsByForm(ctx context.Context, surname, country string, words []string, title string) ([]Person, error)
	// EventsNear returns the events of a type between a pair of countries
	// (Pair) whose window overlaps w.
	EventsNear(ctx context.Context, typ, pair string, w Window) ([]Event, error)
	// MechanismsByKey returns the mechanisms known under any of the keys.
	MechanismsByKey(ctx context.Context, keys []string) ([]Mechanism, error)
	// CommitmentsFor returns the commitments carrying any of the tags
	// ("pair:PAK-USA", "mech:<id>") that were made before day and are still
	// watched on day: Date < day <= SignalEnd.
	CommitmentsFor(ctx context.Context, tags []string, day string) ([]Commitment, error)
	// Happenings returns the stored events of the given types between any
	// of the pairs, and the sessions of any of the mechanisms (with the
	// events linked to them), whose windows overlap q.Window.
	Happenings(ctx context.Context, q HappeningQuery) ([]Happening, error)
	// FollowUps returns the stored follow-ups of the commitments.
	FollowUps(ctx context.Context, commitments []string) ([]FollowUp, error)
	// Signals returns the postponement and cancellation signals carrying
	// any of the tags whose report dates fall in w.
	Signals(ctx context.Context, tags []string, w Window) ([]Signal, error)
}

// HappeningQuery selects happenings for Lookup.Happenings.
type HappeningQuery struct {
	Pairs      []string
	Types      []string
	Mechanisms []string
	Window     Window
}

// A Person is a stored person, as matching needs it.
type Person struct {
	ID      string
	Name    string
	Country string
	Keys    []string // name keys of every form seen
	Titles  []string // title keys seen
}

// Side is one party of an event: its country, the stored person's id and
// the actor's name key, each "" when unknown.
type Side struct {
	Country string `json:"country,omitempty"`
	Person  string `json:"person,omitempty"`
	Name    string `json:"name,omitempty"`
}

// An Event is a stored event, as matching needs it.
type Event struct {
	ID     string
	Type   string
	Mode   string
	Cameo  string
	Pair   string
	Source Side
	Target Side
	Window Window
	Place  string
}

// A Mechanism is a stored mechanism, as matching needs it.
type Mechanism struct {
	ID      string
	Name    string
	Parties []string
	Keys    []string
}

// Commitment kinds: what a later report must show to fulfil it.
const (
	KindSession = "session" // a session of the mechanism
	KindMeeting = "meeting" // a meeting between the parties
	KindVisit   = "visit"   // a visit between the parties
	KindSign    = "sign"    // the signing of an agreement between the parties
	KindOther   = "other"   // nothing an event shows: only postponement, cancellation or overdue
)

// A Commitment is a stored commitment, as follow-up needs it.
type Commitment struct {
	Key      string
	ReportID string
	// Date is the day the promise was made (the report's anchor).
	Date      string
	Kind      string
	Parties   []string
	Mechanism string
	// Due is the window the text gives; unknown when it gives none.
	Due Window
	// Watch is when a happening fulfils it: from the day after the promise
	// (or the start of the due window) to Grace days after the due window.
	Watch Window
	// OverdueAfter is the last day before it is overdue; "" for never.
	OverdueAfter string
	// SignalEnd is the last report date at which a postponement or
	// cancellation still counts.
	SignalEnd string
}

// Tags are the index entries under which the commitment is found again.
func (c Commitment) Tags() []string {
	var tags []string
	for _, p := range followPairs(c.Parties) {
		tags = append(tags, "pair:"+p)
	}
	if c.Mechanism != "" {
		tags = append(tags, "mech:"+c.Mechanism)
	}
	return tags
}

// A Happening is something that took place and may fulfil a commitment: a
// stored event or a session of a mechanism.
type Happening struct {
	Kind       string `json:"kind"` // "event" or "session"
	Ref        string `json:"ref"`  // the event's id, or the session's key
	ReportID   string `json:"report"`
	ReportDate string `json:"report_date"`
	Window     Window `json:"window"`
	Type       string `json:"type,omitempty"`
	Mode       string `json:"mode,omitempty"`
	Cameo      string `json:"cameo,omitempty"`
	Pair       string `json:"pair,omitempty"`
	Mechanism  string `json:"mechanism,omitempty"`
	Text       string `json:"text"`
}

// Signal kinds.
const (
	SignalPostponed = "postponed"
	SignalCancelled = "cancelled"
)

// A Signal is a sentence reporting that something was postponed or
// cancelled, with the parties and mechanisms it names.
type Signal struct {
	Key        string   `json:"key"`
	ReportID   string   `json:"report"`
	ReportDate string   `json:"report_date"`
	Kind       string   `json:"kind"`
	Pairs      []string `json:"pairs,omitempty"`
	Mechanisms []string `json:"mechanisms,omitempty"`
	// Topics are the words near the trigger that say what was put off.
	Topics  []string `json:"topics,omitempty"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Text    string   `json:"text"`
	Trigger string   `json:"trigger"`
}

// Tags are the index entries of a signal.
func (s Signal) Tags() []string {
	var tags []string
	for _, p := range s.Pairs {
		tags = append(tags, "pair:"+p)
	}
	for _, m := range s.Mechanisms {
		tags = append(tags, "mech:"+m)
	}
	return tags
}

// Follow-up relations.
const (
	Fulfils   = "fulfils"
	Postpones = "postpones"
	Cancels   = "cancels"
)

// A FollowUp links a commitment to a later report that fulfils, postpones
// or cancels it.
type FollowUp struct {
	Commitment string `json:"commitment"`
	Relation   string `json:"relation"`
	Kind       string `json:"kind"` // "event", "session" or "signal"
	Ref        string `json:"ref"`
	ReportID   string `json:"report"`
	ReportDate string `json:"report_date"`
	// Date is when the happening took place (its window's start), or the
	// signal's report date.
	Date string `json:"date"`
	Text string `json:"text"`
	Note string `json:"note"`
}

// A Plan is what linking one report decided, for the store to write.
type Plan struct {
	Report      Report
	Persons     []PersonLink
	Mechanisms  []MechanismLink
	Events      []EventLink
	Sessions    []SessionLink
	Commitments []CommitmentLink
	Signals     []Signal
	FollowUps   []FollowUp
}

// A PersonLink ties a person of the report to a stored person.
type PersonLink struct {
	Local    string // Person.ID in the record ("p1")
	ID       string // the stored person's id
	New      bool   // the person is new to the record
	Rename   bool   // Name is fuller than the stored name and replaces it
	Name     string
	Key      string
	Surname  string
	Country  string
	Title    string
	TitleKey string
	Former   bool
	Sector   string
	Org      string
	Aliases  []string
	Mentions int
	// KeyKnown and TitleKnown say the stored person has Key and TitleKey
	// already; FillCountry that it has no country and Country is one.
	KeyKnown, TitleKnown, FillCountry bool
	Why                               string // how the match was made
}

// An EventLink ties an event of the report to a stored event.
type EventLink struct {
	Local     string // Event.ID in the record ("e1")
	Key       string // the mention's stable key: report id "@" trigger offset
	ID        string // the stored event's id
	New       bool
	Event     *accord.Event
	Pair      string
	Window    Window
	Source    Side
	Target    Side
	Mechanism string // the stored mechanism's id
	Sentences int    // sentences of the report that mention it
	// Narrower is set when the report dates a stored event more exactly:
	// the stored event takes this window.
	Narrower bool
	Why      string
}

// A MechanismLink ties a mechanism of the report to a stored one.
type MechanismLink struct {
	Local   string
	ID      string
	New     bool
	Name    string
	Kind    string
	Parties []string
	Keys    []string // every key to index it under
	Why     string
}

// A SessionLink is one session of a mechanism the report speaks of.
type SessionLink struct {
	Key        string // report id "@" evidence offset
	Mechanism  string // stored id
	Local      string // the mechanism's local id
	Index      int
	Session    *accord.Session
	Window     Window
	Chairs     []string // stored person ids
	ChairNames []string
	Event      string // stored event id
}

// A CommitmentLink is one commitment of the report.
type CommitmentLink struct {
	Commitment
	Local      string
	C          *accord.Commitment
	Event      string // the stored id of the event that carries it
	EventLocal string
}

// Link decides how one report joins the record.
func (l *Ledger) Link(ctx context.Context, lk Lookup, r Report) (*Plan, error) {
	if r.Record == nil {
		return nil, fmt.Errorf("link report %s: no record", r.ID)
	}
	if r.Anchor == "" {
		r.Anchor = r.Date
	}
	p := &Plan{Report: r}
	persons := map[string]string{}
	for i := range r.Record.Persons {
		pl, err := l.linkPerson(ctx, lk, p, &r.Record.Persons[i])
		if err != nil {
			return nil, fmt.Errorf("link report %s person %s: %w", r.ID, r.Record.Persons[i].ID, err)
		}
		if pl.ID == "" {
			continue
		}
		p.Persons = append(p.Persons, pl)
		persons[pl.Local] = pl.ID
	}
	mechs := map[string]string{}
	for i := range r.Record.Mechanisms {
		ml, err := l.linkMechanism(ctx, lk, p, &r.Record.Mechanisms[i])
		if err != nil {
			return nil, fmt.Errorf("link report %s mechanism %s: %w", r.ID, r.Record.Mechanisms[i].ID, err)
		}
		p.Mechanisms = append(p.Mechanisms, ml)
		mechs[ml.Local] = ml.ID
	}
	events := map[string]string{}
	keys := map[string]bool{}
	for i := range r.Record.Events {
		el, err := l.linkEvent(ctx, lk, p, &r.Record.Events[i], persons, mechs)
		if err != nil {
			return nil, fmt.Errorf("link report %s event %s: %w", r.ID, r.Record.Events[i].ID, err)
		}
		for keys[el.Key] {
			el.Key += "+"
		}
		keys[el.Key] = true
		if el.New {
			el.ID = el.Key
		}
		p.Events = append(p.Events, el)
		events[el.Local] = el.ID
	}
	l.sessions(p, persons, mechs, events)
	l.commitments(p, mechs, events)
	p.Signals = l.FindSignals(r, mechs)
	if err := l.followUps(ctx, lk, p); err != nil {
		return nil, fmt.Errorf("link report %s: %w", r.ID, err)
	}
	return p, nil
}

// keyAt is the stable key of something of report id found at a byte offset.
func keyAt(report string, offset int) string { return fmt.Sprintf("%s@%d", report, offset) }
