package store

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/ledger"
)

// A Report is a coded report to store.
type Report struct {
	Doc    accord.Document
	Record accord.Record
	// Engine names the coder that made Record (its version), kept so a
	// recode can tell old codings from new.
	Engine string
}

// TextHash is the hash under which a report's text is stored: the
// hexadecimal SHA-256 of the text as read.
func TextHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

// Ingested says what storing one report did.
type Ingested struct {
	Stored bool `json:"stored"`
	// Duplicate is the id of the report already stored with the same id
	// or the same text, when Stored is false.
	Duplicate   string `json:"duplicate,omitempty"`
	Persons     int    `json:"persons"`
	NewPersons  int    `json:"new_persons"`
	Events      int    `json:"events"`
	NewEvents   int    `json:"new_events"`
	Mechanisms  int    `json:"mechanisms"`
	Commitments int    `json:"commitments"`
	FollowUps   int    `json:"follow_ups"`
}

// A Failure is a report that could not be read, coded or stored.
type Failure struct {
	// Key identifies the failure across runs: the report id when known,
	// else the origin ("file.jsonl line 7").
	Key      string    `json:"key"`
	ReportID string    `json:"report,omitempty"`
	Origin   string    `json:"origin,omitempty"`
	Stage    string    `json:"stage"` // "read", "code", "store" or "recode"
	Reason   string    `json:"reason"`
	Hash     string    `json:"hash,omitempty"`
	Attempts int       `json:"attempts"`
	First    time.Time `json:"first"`
	Last     time.Time `json:"last"`
}

// A Run is one ingest or recode.
type Run struct {
	ID       int64     `json:"id"`
	Kind     string    `json:"kind"` // "ingest" or "recode"
	Engine   string    `json:"engine"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished"`
	Read     int       `json:"read"`
	Stored   int       `json:"stored"`
	Skipped  int       `json:"skipped"`
	Failed   int       `json:"failed"`
	Args     string    `json:"args,omitempty"`
}

// Counts are the sizes of the record.
type Counts struct {
	Reports     int `json:"reports"`
	Failures    int `json:"failures"`
	Persons     int `json:"persons"`
	Events      int `json:"events"`
	Mentions    int `json:"mentions"` // event mentions: one per report and event
	Mechanisms  int `json:"mechanisms"`
	Sessions    int `json:"sessions"`
	Commitments int `json:"commitments"`
	FollowUps   int `json:"follow_ups"`
	Signals     int `json:"signals"`
	Corrections int `json:"corrections"`
}

// A StoredReport is a report as stored.
type StoredReport struct {
	Seq        int64     `json:"seq"`
	ID         string    `json:"id"`
	Date       string    `json:"date"`
	Title      string    `json:"title,omitempty"`
	URL        string    `json:"url,omitempty"`
	Source     string    `json:"source,omitempty"`
	Origin     string    `json:"origin,omitempty"`
	Hash       string    `json:"hash"`
	Engine     string    `json:"engine"`
	IngestedAt time.Time `json:"ingested_at"`
	CodedAt    time.Time `json:"coded_at"`
	// Text is filled by Report, and by Reports when asked; Record by
	// Report.
	Text   string         `json:"text,omitempty"`
	Record *accord.Record `json:"record,omitempty"`
	// Links ties the record's local ids to the stored record's (Report only).
	Links *Links `json:"links,omitempty"`
}

// Document rebuilds the document the report was read as.
func (r StoredReport) Document() accord.Document {
	d := accord.Document{ID: r.ID, Title: r.Title, Text: r.Text, URL: r.URL, Source: r.Source,
		Origin: accord.Origin{Path: r.Origin}}
	d.Date, _ = accord.ParseDate(r.Date)
	return d
}

// Links maps a report's local ids ("p1", "e3", "m1", "c1") to the stored
// persons, events, mechanisms and commitments they joined.
type Links struct {
	Persons     map[string]string `json:"persons"`
	Events      map[string]string `json:"events"`
	Mechanisms  map[string]string `json:"mechanisms"`
	Commitments map[string]string `json:"commitments"`
}

// A CodedReport is a stored report with its record (Text is empty) and,
// for each of the record's events, the event across reports it joined.
type CodedReport struct {
	StoredReport
	Events map[string]EventRef `json:"events"` // by the record's event id ("e3")
}

// An EventRef is the event across reports one report's event joined.
type EventRef struct {
	ID          string `json:"id"`
	NumMentions int    `json:"num_mentions"`
	NumArticles int    `json:"num_articles"`
	NumSources  int    `json:"num_sources"`
	// First is set for the report that first told the event (its earliest).
	First bool `json:"first"`
}

// A ReportRef names a report where a record needs to cite it.
type ReportRef struct {
	ID     string `json:"id"`
	Date   string `json:"date"`
	Source string `json:"source,omitempty"`
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
}

// A TitleSpan is one title a person held, with the first and last report
// dates it was seen.
type TitleSpan struct {
	Title   string `json:"title"`
	Key     string `json:"key"`
	Former  bool   `json:"former,omitempty"`
	First   string `json:"first"`
	Last    string `json:"last"`
	Reports int    `json:"reports"`
}

// A PersonRecord is one person across reports.
type PersonRecord struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country,omitempty"`
	Sector  string `json:"sector,omitempty"`
	// Title is the latest title held (not a former one), when any.
	Title string `json:"title,omitempty"`
	// Keys are the name keys the person is known under; Names every form
	// reports gave (names and aliases).
	Keys    []string    `json:"keys"`
	Names   []string    `json:"names"`
	Titles  []TitleSpan `json:"titles"`
	Reports int         `json:"reports"`
	First   string      `json:"first"`
	Last    string      `json:"last"`
	// Events are the events the person took part in (Person only).
	Events []EventRecord `json:"events,omitempty"`
	// Corrected lists the corrections applied to this record.
	Corrected []int64 `json:"corrected,omitempty"`
}

// A Party is an event's source or target.
type Party struct {
	Country    string `json:"country"`
	Agent      string `json:"agent,omitempty"`
	Name       string `json:"name,omitempty"`
	Person     string `json:"person,omitempty"` // stored person id
	PersonName string `json:"person_name,omitempty"`
}

// An EventRecord is one happening across reports, with GDELT-style counts.
type EventRecord struct {
	ID         string  `json:"id"`
	Type       string  `json:"type"`
	Mode       string  `json:"mode,omitempty"`
	Cameo      string  `json:"cameo"`
	CameoLabel string  `json:"cameo_label,omitempty"`
	QuadClass  int     `json:"quad_class"`
	Goldstein  float64 `json:"goldstein"`
	Source     Party   `json:"source"`
	Target     Party   `json:"target"`
	Symmetric  bool    `json:"symmetric,omitempty"`
	Tense      string  `json:"tense"`
	// Date is the date at the precision reports gave; Start and End the
	// window it denotes.
	Date          string `json:"date,omitempty"`
	Start         string `json:"start,omitempty"`
	End           string `json:"end,omitempty"`
	Place         string `json:"place,omitempty"`
	Pair          string `json:"pair,omitempty"`
	Mechanism     string `json:"mechanism,omitempty"`
	MechanismName string `json:"mechanism_name,omitempty"`
	// NumMentions counts the sentences that report it, NumArticles the
	// reports, NumSources the distinct sources (GDELT's fields).
	NumMentions int       `json:"num_mentions"`
	NumArticles int       `json:"num_articles"`
	NumSources  int       `json:"num_sources"`
	FirstReport ReportRef `json:"first_report"`
	// Evidence is the sentence of the first report that told it.
	Evidence string `json:"evidence"`
	// Mentions are filled when EventFilter.Mentions is set.
	Mentions  []EventMention `json:"mentions,omitempty"`
	Corrected []int64        `json:"corrected,omitempty"`
}

// An EventMention is one report's telling of an event.
type EventMention struct {
	Key       string          `json:"key"` // report id "@" trigger offset
	Local     string          `json:"local"`
	Report    ReportRef       `json:"report"`
	Tense     string          `json:"tense"`
	Date      string          `json:"date,omitempty"`
	Evidence  accord.Evidence `json:"evidence"`
	Trigger   accord.Evidence `json:"trigger"`
	Rule      string          `json:"rule"`
	Sentences int             `json:"sentences"`
	Source    Party           `json:"source"`
	Target    Party           `json:"target"`
}

// A MechanismRecord is one dialogue, commission or working group across
// reports, with its sessions lined up.
type MechanismRecord struct {
	ID        string                `json:"id"`
	Name      string                `json:"name"`
	Kind      string                `json:"kind"`
	Parties   []string              `json:"parties"`
	Names     []string              `json:"names"`
	Keys      []string              `json:"keys"`
	Reports   int                   `json:"reports"`
	First     string                `json:"first"`
	Last      string                `json:"last"`
	Sessions  []ledger.SessionGroup `json:"sessions"`
	Corrected []int64               `json:"corrected,omitempty"`
}

// A CommitmentRecord is a commitment with its status as of a date and the
// evidence that set it.
type CommitmentRecord struct {
	Key           string          `json:"key"` // report id "@" evidence offset
	Local         string          `json:"local"`
	Report        ReportRef       `json:"report"`
	Date          string          `json:"date"` // the day it was made
	What          string          `json:"what"`
	Parties       []string        `json:"parties"`
	Kind          string          `json:"kind"`
	DueText       string          `json:"due_text,omitempty"`
	Due           ledger.Window   `json:"due"`
	Watch         ledger.Window   `json:"watch"`
	OverdueAfter  string          `json:"overdue_after,omitempty"`
	Mechanism     string          `json:"mechanism,omitempty"`
	MechanismName string          `json:"mechanism_name,omitempty"`
	Event         string          `json:"event,omitempty"`
	Evidence      accord.Evidence `json:"evidence"`
	Rule          string          `json:"rule,omitempty"`
	// Status is as of Status.AsOf, with its reason and evidence.
	Status    ledger.Status     `json:"status"`
	FollowUps []ledger.FollowUp `json:"follow_ups"`
	Corrected []int64           `json:"corrected,omitempty"`
}

// Ledger returns the commitment as the ledger's rules see it.
func (c CommitmentRecord) Ledger() ledger.Commitment {
	return ledger.Commitment{Key: c.Key, ReportID: c.Report.ID, Date: c.Date, Kind: c.Kind, Parties: c.Parties,
		Mechanism: c.Mechanism, Due: c.Due, Watch: c.Watch, OverdueAfter: c.OverdueAfter}
}

// A SearchHit is a report found by Search.
type SearchHit struct {
	Report  ReportRef `json:"report"`
	Snippet string    `json:"snippet"`
	Rank    float64   `json:"rank"`
}

// EventFilter selects events. Zero fields select everything.
type EventFilter struct {
	Pair        string   // "PAK-USA" (either order), or one country "PAK"
	Type        string   // PLOVER type
	Since       string   // events whose window ends on or after this day
	Until       string   // events whose window starts on or before this day
	Person      string   // a person's id, name key or name
	Mechanism   string   // a mechanism's id or name
	Report      string   // events a report mentions
	Reports     []string // events any of these reports mention
	IDs         []string
	MinArticles int  // events told by at least this many reports
	Mentions    bool // fill EventRecord.Mentions
	Limit       int
}

// PersonFilter selects persons.
type PersonFilter struct {
	Country string
	Name    string // a part of the name, any case
	Limit   int
	Offset  int // skip this many of the persons selected (for pages of Limit)
}

// MechanismFilter selects mechanisms.
type MechanismFilter struct {
	Party string // a country among the parties
	Name  string // a part of the name, any case
}

// CommitmentFilter selects commitments.
type CommitmentFilter struct {
	Status    string // pending, fulfilled, overdue, postponed, cancelled; "" for all
	AsOf      string // YYYY-MM-DD; "" for today
	Pair      string
	Mechanism string // id or name
	Report    string
}

// ReportFilter selects stored reports for ListReports.
type ReportFilter struct {
	Since  string // reports dated on or after this day
	Until  string // reports dated on or before this day
	Limit  int    // 0 for all
	Offset int
}

// PairFilter selects the events Pairs counts. Zero fields select
// everything.
type PairFilter struct {
	Country string // pairs with this country
	// Since and Until bound the events counted: those whose date window
	// lies within [Since, Until] (a month's events, not the year-precision
	// ones that overlap it).
	Since string
	Until string
	Limit int
}

// A PairStat counts the events between two countries (in either
// direction).
type PairStat struct {
	Pair   string `json:"pair"` // "PAK-USA": the two codes in order
	A      string `json:"a"`
	B      string `json:"b"`
	Events int    `json:"events"`
	// Articles sums the events' NumArticles: how much was written.
	Articles int `json:"articles"`
	// The events by GDELT quad class: 1 verbal cooperation, 2 material
	// cooperation, 3 verbal conflict, 4 material conflict.
	VerbalCoop       int `json:"verbal_coop"`
	MaterialCoop     int `json:"material_coop"`
	VerbalConflict   int `json:"verbal_conflict"`
	MaterialConflict int `json:"material_conflict"`
	// Goldstein is the mean Goldstein value of the events.
	Goldstein float64 `json:"goldstein"`
	First     string  `json:"first"` // the earliest event's start
	Last      string  `json:"last"`  // the latest event's start
}

// Cooperative counts the events of quad classes 1 and 2.
func (p PairStat) Cooperative() int { return p.VerbalCoop + p.MaterialCoop }

// Conflictual counts the events of quad classes 3 and 4.
func (p PairStat) Conflictual() int { return p.VerbalConflict + p.MaterialConflict }
