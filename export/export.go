// Package export writes coded events in the formats analysts open in their
// other tools: the GDELT 2.0 event table (gdelt), POLECAT/PLOVER JSON records
// (plover), a spreadsheet CSV (csv) and accord's own JSON Lines (jsonl).
//
// In: Rows, one per event, each with the report it comes from. RowsFromRecord
// makes them from a coded accord.Record (what `accord code` writes); a store
// makes them from its tables, with counts over many reports and its own ids.
// Out: bytes in the chosen format, one event a line or row (jsonl: one
// report a line). docs/EXPORT.md maps every column and field.
//
// Guarantees: output depends only on the rows written (no clock, no
// randomness); a writer never emits a line break or separator inside a field
// that would split a record (GDELT fields lose tabs and line breaks, CSV is
// quoted by encoding/csv, JSON is escaped); any Row, however malformed,
// writes without panicking.
package export

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/accord-events/accord"
)

// Sentinel errors.
var (
	// ErrUnknownFormat is returned by NewWriter for a format it does not know.
	ErrUnknownFormat = errors.New("unknown export format")
	// ErrClosed is returned by Write on a closed writer.
	ErrClosed = errors.New("export writer is closed")
)

// ReportInfo is what an export says about the report an event comes from.
type ReportInfo struct {
	ID            string
	Date          string // publication date, YYYY-MM-DD
	DatelineDate  string
	DatelinePlace string
	Title         string
	URL           string
	Source        string // the publication
	Country       string // the report's home country, ISO3
	Topics        []string
	// Added is when the report entered the store (GDELT DATEADDED); zero for
	// coded files, whose rows use the publication date instead.
	Added time.Time
}

// ReportOf returns the report fields of rec.
func ReportOf(rec accord.Record) ReportInfo {
	return ReportInfo{
		ID:            rec.ID,
		Date:          rec.Date,
		DatelineDate:  rec.DatelineDate,
		DatelinePlace: rec.DatelinePlace,
		Title:         rec.Title,
		URL:           rec.URL,
		Source:        rec.Source,
		Country:       rec.Country,
		Topics:        rec.Topics,
	}
}

// A Row is one event to export, with what the formats need from around it.
type Row struct {
	Report ReportInfo
	Event  accord.Event
	// SourcePerson and TargetPerson are the persons the event's actors are,
	// when they are persons (Actor.Person); nil otherwise.
	SourcePerson, TargetPerson *accord.Person
	// Commitments are the commitments the event carries (Commitment.Event
	// is the event's ID).
	Commitments []accord.Commitment
	// Mechanism is the mechanism whose session the event is (Event.Mechanism).
	Mechanism *accord.Mechanism
	// NumMentions, NumSources and NumArticles count, as GDELT does, the
	// sentences that report the event, the distinct publications and the
	// reports. For one report they are 1+len(Event.Mentions), 1 and 1; a
	// store sums them over reports. A count below 1 is written as 1.
	NumMentions, NumSources, NumArticles int
	// GlobalID identifies the event across reports: the store's id, or
	// EventID(Report.ID, Event.ID). Zero means EventID.
	GlobalID int64
	// Root marks an event reported in the report's lead sentence (GDELT
	// IsRootEvent).
	Root bool
}

// RowsFromRecord returns one Row per event of rec, in the record's order.
func RowsFromRecord(rec accord.Record) []Row {
	if len(rec.Events) == 0 {
		return nil
	}
	report := ReportOf(rec)
	persons := map[string]*accord.Person{}
	for i := range rec.Persons {
		persons[rec.Persons[i].ID] = &rec.Persons[i]
	}
	mechs := map[string]*accord.Mechanism{}
	for i := range rec.Mechanisms {
		mechs[rec.Mechanisms[i].ID] = &rec.Mechanisms[i]
	}
	rows := make([]Row, 0, len(rec.Events))
	for _, e := range rec.Events {
		r := Row{
			Report:      report,
			Event:       e,
			NumMentions: 1 + len(e.Mentions),
			NumSources:  1,
			NumArticles: 1,
			GlobalID:    EventID(rec.ID, e.ID),
			Root:        inLead(e),
		}
		if e.Source.Person != "" {
			r.SourcePerson = persons[e.Source.Person]
		}
		if e.Target.Person != "" {
			r.TargetPerson = persons[e.Target.Person]
		}
		if e.Mechanism != "" {
			r.Mechanism = mechs[e.Mechanism]
		}
		for _, c := range rec.Commitments {
			if c.Event != "" && c.Event == e.ID {
				r.Commitments = append(r.Commitments, c)
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// inLead reports whether the event is reported in the report's first
// sentence: its evidence or one of its mentions starts at offset 0.
func inLead(e accord.Event) bool {
	if e.Evidence.Start == 0 && e.Evidence.End > 0 {
		return true
	}
	for _, m := range e.Mentions {
		if m.Start == 0 && m.End > 0 {
			return true
		}
	}
	return false
}

// EventID is the GDELT GlobalEventID of event eventID of report reportID
// when no store gives one: the FNV-1a 64-bit hash of the report id, a NUL
// byte and the event id, cut to its low 53 bits so that it stays exact in
// every tool that reads numbers as doubles (R, JavaScript, pandas with gaps).
// It is never 0. It is stable as long as the coding is: recoding a report
// can renumber its events.
func EventID(reportID, eventID string) int64 {
	h := fnv.New64a()
	io.WriteString(h, reportID)
	h.Write([]byte{0})
	io.WriteString(h, eventID)
	id := int64(h.Sum64() & (1<<53 - 1))
	if id == 0 {
		id = 1
	}
	return id
}

// globalID is the row's GlobalID, or EventID when it has none.
func (r Row) globalID() int64 {
	if r.GlobalID != 0 {
		return r.GlobalID
	}
	return EventID(r.Report.ID, r.Event.ID)
}

// counts returns the row's counts, each at least 1.
func (r Row) counts() (mentions, sources, articles int) {
	return max(1, r.NumMentions), max(1, r.NumSources), max(1, r.NumArticles)
}

// A Writer writes rows in one format. Close flushes what is buffered; it
// does not close the io.Writer underneath. Write after Close returns
// ErrClosed.
type Writer interface {
	Write(Row) error
	Close() error
}

// A RecordWriter is a Writer that can also take a whole record, keeping the
// parts of a report that are not events (persons, quotes, times...). The
// jsonl writer is one.
type RecordWriter interface {
	Writer
	WriteRecord(accord.Record) error
}

// WriteRecord writes rec to w: whole if w is a RecordWriter, else as its
// rows. A record without events writes nothing to a row format.
func WriteRecord(w Writer, rec accord.Record) error {
	if rw, ok := w.(RecordWriter); ok {
		return rw.WriteRecord(rec)
	}
	for _, r := range RowsFromRecord(rec) {
		if err := w.Write(r); err != nil {
			return err
		}
	}
	return nil
}

// Options tune the writers. The zero value is the plain format.
type Options struct {
	// BOM starts CSV output with a UTF-8 byte-order mark, which Excel needs
	// to read the file as UTF-8.
	BOM bool
	// Excel makes CSV cells safe and faithful in Excel: a text cell that
	// would start a formula (=, +, -, @) gets a leading apostrophe, and the
	// CAMEO code is written ="040" so that Excel keeps its leading zero. Use
	// it only for files opened in a spreadsheet.
	Excel bool
	// Coder names the coder in PLOVER cite_info; "accord" when empty.
	Coder string
}

// Format names, as NewWriter takes them.
const (
	GDELT  = "gdelt"
	PLOVER = "plover"
	CSV    = "csv"
	JSONL  = "jsonl"
)

// Formats lists the formats NewWriter knows.
func Formats() []string { return []string{GDELT, PLOVER, CSV, JSONL} }

// NewWriter returns a writer of format to w.
func NewWriter(format string, w io.Writer, opts Options) (Writer, error) {
	switch format {
	case GDELT:
		return NewGDELT(w), nil
	case PLOVER:
		return NewPLOVER(w, opts), nil
	case CSV:
		return NewCSV(w, opts), nil
	case JSONL:
		return NewJSONL(w), nil
	}
	return nil, fmt.Errorf("%w %q: want one of %s", ErrUnknownFormat, format, strings.Join(Formats(), ", "))
}

// eventDay is the day an event is dated to in the formats that need a full
// day (GDELT Day, PLOVER date): the event's own date when the text gives the
// day and it is not after the report's date, else the report's date. A date
// after the report's is that of a promised thing ("will meet on June 16"),
// not of the event reported (the promise). It is "" when neither is a valid
// YYYY-MM-DD date.
func eventDay(r Row) string {
	rep, repOK := parseDay(r.Report.Date)
	if ev, ok := parseDay(r.Event.Date); ok && (!repOK || !ev.After(rep)) {
		return r.Event.Date
	}
	if repOK {
		return r.Report.Date
	}
	return ""
}

func parseDay(s string) (time.Time, bool) {
	if len(s) != len(accord.DateLayout) {
		return time.Time{}, false
	}
	t, err := accord.ParseDate(s)
	return t, err == nil
}

// datePrecision is the precision of the event's date: its time expression's
// when there is one, else what the date's form gives.
func datePrecision(e accord.Event) accord.Precision {
	if e.Date == "" {
		return ""
	}
	if e.Time != nil && e.Time.Precision != "" {
		return e.Time.Precision
	}
	for _, f := range []struct {
		layout string
		p      accord.Precision
	}{{accord.DateLayout, accord.Day}, {"2006-01", accord.Month}, {"2006", accord.Year}} {
		if len(e.Date) == len(f.layout) {
			if _, err := time.Parse(f.layout, e.Date); err == nil {
				return f.p
			}
		}
	}
	return ""
}

// hasActor reports whether a names anybody: a country, a sector or a name.
func hasActor(a accord.Actor) bool {
	return country(a.Country) != "" || a.Agent != "" || a.Name != ""
}

// country is c, or "" for none.
func country(c string) string {
	if c == accord.NoCountry {
		return ""
	}
	return c
}

// mentionText returns the words that name a in the event's sentences, cut
// from the evidence (or a mention) that holds the actor's span; "" when none
// does.
func mentionText(a accord.Actor, e accord.Event) string {
	if a.Span == nil {
		return ""
	}
	for _, ev := range append([]accord.Evidence{e.Evidence}, e.Mentions...) {
		if s, ok := cut(ev, *a.Span); ok {
			return s
		}
	}
	return ""
}

// cut returns the part of ev's text that span s covers, when ev holds s and
// its text is as long as its span says.
func cut(ev accord.Evidence, s accord.Span) (string, bool) {
	if s.Start < ev.Start || s.End > ev.End || s.Start >= s.End || len(ev.Text) != ev.End-ev.Start {
		return "", false
	}
	t := ev.Text[s.Start-ev.Start : s.End-ev.Start]
	return t, utf8.ValidString(t)
}

// uniq returns ss without repeats, in first-seen order.
func uniq(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
