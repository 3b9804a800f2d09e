package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/accord-events/accord"
)

// jsonlWriter writes accord.Records, one a line, as `accord code` does.
// Whole records (WriteRecord) are written as they are. Rows are gathered
// into a record per report: consecutive rows of the same report make one
// line holding their events, the persons they name, their commitments and
// mechanisms, and empty lists for the rest.
type jsonlWriter struct {
	w       *bufio.Writer
	enc     *json.Encoder
	pending *accord.Record // the record rows are being gathered into
	closed  bool
}

// NewJSONL returns a writer of accord records to w, one a line. It is a
// RecordWriter.
func NewJSONL(w io.Writer) RecordWriter {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonlWriter{w: bw, enc: enc}
}

func (j *jsonlWriter) WriteRecord(rec accord.Record) error {
	if j.closed {
		return ErrClosed
	}
	if err := j.flushPending(); err != nil {
		return err
	}
	return j.enc.Encode(normalize(rec))
}

func (j *jsonlWriter) Write(r Row) error {
	if j.closed {
		return ErrClosed
	}
	if j.pending != nil && j.pending.ID != r.Report.ID {
		if err := j.flushPending(); err != nil {
			return err
		}
	}
	if j.pending == nil {
		rep := r.Report
		j.pending = &accord.Record{
			ID: rep.ID, Date: rep.Date, DatelineDate: rep.DatelineDate, DatelinePlace: rep.DatelinePlace,
			Title: rep.Title, URL: rep.URL, Source: rep.Source, Country: rep.Country,
			Topics: append([]string(nil), rep.Topics...),
		}
	}
	rec := j.pending
	rec.Events = append(rec.Events, r.Event)
	for _, p := range []*accord.Person{r.SourcePerson, r.TargetPerson} {
		if p != nil && !hasID(rec.Persons, p.ID, func(p accord.Person) string { return p.ID }) {
			rec.Persons = append(rec.Persons, *p)
		}
	}
	for _, c := range r.Commitments {
		if !hasID(rec.Commitments, c.ID, func(c accord.Commitment) string { return c.ID }) {
			rec.Commitments = append(rec.Commitments, c)
		}
	}
	if m := r.Mechanism; m != nil && !hasID(rec.Mechanisms, m.ID, func(m accord.Mechanism) string { return m.ID }) {
		rec.Mechanisms = append(rec.Mechanisms, *m)
	}
	return nil
}

func (j *jsonlWriter) flushPending() error {
	if j.pending == nil {
		return nil
	}
	rec := *j.pending
	j.pending = nil
	return j.enc.Encode(normalize(rec))
}

func (j *jsonlWriter) Close() error {
	if j.closed {
		return nil
	}
	err := j.flushPending()
	j.closed = true
	if ferr := j.w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// normalize gives rec's lists the [] that `accord code` writes for none.
func normalize(rec accord.Record) accord.Record {
	rec.Persons = orEmpty(rec.Persons)
	rec.Actors = orEmpty(rec.Actors)
	rec.Events = orEmpty(rec.Events)
	rec.Commitments = orEmpty(rec.Commitments)
	rec.Mechanisms = orEmpty(rec.Mechanisms)
	rec.Times = orEmpty(rec.Times)
	rec.Quotes = orEmpty(rec.Quotes)
	rec.Topics = orEmpty(rec.Topics)
	return rec
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func hasID[T any](s []T, id string, idOf func(T) string) bool {
	for _, v := range s {
		if idOf(v) == id {
			return true
		}
	}
	return false
}
