package accord

import "slices"

// A Record is everything accord codes from one Document. It is what `accord
// code` writes, one JSON object a line; docs/SCHEMA.md documents each field.
type Record struct {
	ID            string `json:"id"`
	Date          string `json:"date"`
	DatelineDate  string `json:"dateline_date,omitempty"`
	DatelinePlace string `json:"dateline_place,omitempty"`
	Title         string `json:"title,omitempty"`
	URL           string `json:"url,omitempty"`
	Source        string `json:"source,omitempty"`
	// Country is the report's home country: the dateline's, else the one it
	// names most. Actors with no country of their own default to it.
	Country string `json:"country,omitempty"`

	Persons     []Person     `json:"persons"`
	Actors      []Actor      `json:"actors"`
	Events      []Event      `json:"events"`
	Commitments []Commitment `json:"commitments"`
	Mechanisms  []Mechanism  `json:"mechanisms"`
	Times       []TimeExpr   `json:"times"`
	Quotes      []Quote      `json:"quotes"`
	Topics      []string     `json:"topics"`
	Issues      []Issue      `json:"issues,omitempty"`
}

// MentionKind says how a mention refers to its entity.
type MentionKind string

const (
	MentionName    MentionKind = "name"    // the full name, "Mohsin Naqvi"
	MentionAlias   MentionKind = "alias"   // a shorter name, "Naqvi", "Mr Naqvi"
	MentionRole    MentionKind = "role"    // a description, "the interior minister"
	MentionPronoun MentionKind = "pronoun" // "he", "she"
	MentionGroup   MentionKind = "group"   // "the two sides", "both governments"
)

// A Mention is one place in the text that refers to a person or actor.
type Mention struct {
	Span
	Text string      `json:"text"`
	Kind MentionKind `json:"kind"`
}

// A Person is a named, real person the report speaks of, with every mention
// of them in the report (coreference is resolved within the report).
type Person struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Title   string `json:"title,omitempty"`
	Country string `json:"country,omitempty"`
	// Sector is the CAMEO-style role of the office held: GOV, MIL, COP, ...
	Sector string `json:"sector,omitempty"`
	// Org is the body the person serves, where the report names it.
	Org string `json:"org,omitempty"`
	// Former is set when the only title the report gives is a past one.
	Former   bool      `json:"former,omitempty"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
}

// An Actor is a party to an event: a country, a body or a person, coded by
// country and sector.
type Actor struct {
	// Country is an ISO 3166-1 alpha-3 code, UNO, EUR, NTO or IGO for
	// international bodies, or "---" for none.
	Country string `json:"country"`
	// Agent is the sector: GOV, MIL, COP, JUD, LEG, IGO, REB, PTY, ...
	Agent string `json:"agent,omitempty"`
	// Name is the text that names the actor, or the person's full name.
	Name   string `json:"name,omitempty"`
	Person string `json:"person,omitempty"` // Person.ID when the actor is a person
	Span   *Span  `json:"span,omitempty"`
}

// LegacyType returns an event type by the older PLOVER names that the
// PLOVER gold standard records and early PLOVER data use: DEMAND for
// REQUEST, INVESTIGATE (CAMEO 09) or DISAPPROVE (CAMEO 11, and any other)
// for ACCUSE, FIGHT for ASSAULT by conventional or mass force (CAMEO 19,
// 20). Other types keep their names.
func LegacyType(typ, cameo string) string {
	root := cameo
	if len(root) > 2 {
		root = root[:2]
	}
	switch typ {
	case "REQUEST":
		return "DEMAND"
	case "ACCUSE":
		if root == "09" {
			return "INVESTIGATE"
		}
		return "DISAPPROVE"
	case "ASSAULT":
		if root == "19" || root == "20" {
			return "FIGHT"
		}
	}
	return typ
}

// IsLegacyType reports whether typ is one of the older PLOVER names that
// LegacyType writes and no current type uses.
func IsLegacyType(typ string) bool {
	switch typ {
	case "DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT":
		return true
	}
	return false
}

// UseLegacyTypes renames the record's event types by LegacyType, for
// comparison with data coded in the older PLOVER names.
func (r *Record) UseLegacyTypes() {
	for i := range r.Events {
		r.Events[i].Type = LegacyType(r.Events[i].Type, r.Events[i].Cameo)
	}
}

// NoCountry is the country code of an actor that belongs to no state, or of
// a missing actor.
const NoCountry = "---"

// JoinCountries returns the country codes of a then b, each once, in order
// of first appearance, leaving out blanks and NoCountry: the parties of a
// record built from several events.
func JoinCountries(a, b []string) []string {
	var out []string
	for _, x := range a {
		out = addCountry(out, x)
	}
	for _, x := range b {
		out = addCountry(out, x)
	}
	return out
}

func addCountry(list []string, c string) []string {
	if c == "" || c == NoCountry || slices.Contains(list, c) {
		return list
	}
	return append(list, c)
}

// Tense says whether an event happened, is going on, or is still to come.
type Tense string

const (
	Past    Tense = "past"
	Ongoing Tense = "ongoing"
	Future  Tense = "future"
)

// An Event is one real-world happening, coded with a PLOVER type and the
// closest CAMEO code, however many sentences of the report mention it.
type Event struct {
	ID         string  `json:"id"`
	Type       string  `json:"type"`
	Mode       string  `json:"mode,omitempty"`
	Cameo      string  `json:"cameo"`
	CameoLabel string  `json:"cameo_label,omitempty"`
	QuadClass  int     `json:"quad_class"`
	Goldstein  float64 `json:"goldstein"`

	Source    Actor `json:"source"`
	Target    Actor `json:"target"`
	Symmetric bool  `json:"symmetric,omitempty"`

	Tense Tense `json:"tense"`
	// Date is the event's date at the precision the text gives
	// (YYYY-MM-DD, YYYY-MM or YYYY), empty when the text gives none.
	Date  string    `json:"date,omitempty"`
	Time  *TimeExpr `json:"time,omitempty"`
	Place string    `json:"place,omitempty"`

	Evidence Evidence `json:"evidence"`
	Trigger  Evidence `json:"trigger"`
	// Rule names the pattern that produced the event, so users can see why.
	Rule string `json:"rule"`
	// Mentions are further sentences that report the same happening.
	Mentions  []Evidence `json:"mentions,omitempty"`
	Mechanism string     `json:"mechanism,omitempty"` // Mechanism.ID
}

// Commitment statuses. A report alone only ever yields Pending; the others are
// set by following a commitment through later reports.
const (
	Pending   = "pending"
	Fulfilled = "fulfilled"
	Overdue   = "overdue"
	Postponed = "postponed"
	Cancelled = "cancelled"
)

// A Commitment is a promise, plan or decision to do something later.
type Commitment struct {
	ID      string   `json:"id"`
	What    string   `json:"what"`
	Parties []string `json:"parties"`
	// Due is when the promised thing is to happen; nil when the text gives no
	// time, and with no Start when it gives only a vague one ("soon").
	Due       *TimeExpr `json:"due"`
	Status    string    `json:"status"`
	Event     string    `json:"event,omitempty"`     // the AGREE event that carries it
	Mechanism string    `json:"mechanism,omitempty"` // Mechanism.ID it concerns
	Evidence  Evidence  `json:"evidence"`
	Rule      string    `json:"rule"`
}

// A Mechanism is a named, standing channel between parties: a dialogue, joint
// commission, working group or committee.
type Mechanism struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Kind     string    `json:"kind"`
	Aliases  []string  `json:"aliases"`
	Parties  []string  `json:"parties"`
	New      bool      `json:"new,omitempty"` // the report says it is newly agreed or formed
	Sessions []Session `json:"sessions,omitempty"`
	Mentions []Mention `json:"mentions"`
}

// A Session is one meeting of a mechanism that the report speaks of.
type Session struct {
	Ordinal  int       `json:"ordinal,omitempty"` // 3 for "the 3rd round"
	Tense    Tense     `json:"tense"`
	Date     string    `json:"date,omitempty"`
	Time     *TimeExpr `json:"time,omitempty"`
	Place    string    `json:"place,omitempty"`
	Chairs   []string  `json:"chairs,omitempty"` // Person.IDs
	Event    string    `json:"event,omitempty"`
	Evidence Evidence  `json:"evidence"`
}

// A Quote is a quotation with its speaker, where the report names one.
type Quote struct {
	Evidence
	Speaker     string `json:"speaker,omitempty"` // Person.ID
	SpeakerName string `json:"speaker_name,omitempty"`
}

// Precision of a resolved time expression.
type Precision string

const (
	Day         Precision = "day"
	Week        Precision = "week"
	Month       Precision = "month"
	Year        Precision = "year"
	Unspecified Precision = "unspecified" // "soon", "in the near future"
)

// A TimeExpr is a time expression found in the text and resolved against the
// report's date (or its dateline's, where that differs).
type TimeExpr struct {
	// Span locates the expression in the text. It is not embedded: Start and
	// End below are the window's dates, as FORMAT.md's "due" object has them.
	Span Span   `json:"span"`
	Text string `json:"text"`
	// Value is the time at its precision: "2024-10-25", "2024-10" or "2024";
	// empty when unspecified.
	Value string `json:"value,omitempty"`
	// Start and End bound the window the expression denotes, as YYYY-MM-DD;
	// "by the end of 2025" starts at the anchor and ends on 2025-12-31.
	Start     string    `json:"start,omitempty"`
	End       string    `json:"end,omitempty"`
	Precision Precision `json:"precision"`
	// Anchor is the date relative expressions were resolved against.
	Anchor string `json:"anchor,omitempty"`
	// Mod qualifies the window: "by" for a deadline ("by the end of 2025",
	// "within a month"), "since", "until", "before", "after", "around";
	// empty for a plain time.
	Mod string `json:"mod,omitempty"`
}
