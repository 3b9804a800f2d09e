package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/read"
	"github.com/accord-events/accord/store"
)

// Adding reports and corrections.

// newReport is a report to add, as posted.
type newReport struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Text   string `json:"text"`
	URL    string `json:"url"`
	Source string `json:"source"`
	Name   string `json:"-"` // the uploaded file's name, for the id
}

// addedReport is what adding a report answers.
type addedReport struct {
	Report   string         `json:"report"`
	URL      string         `json:"url"`
	Stored   bool           `json:"stored"`
	Ingested store.Ingested `json:"ingested"`
}

// document checks a posted report and makes the document to code. A text
// in the seed format ("date YYYY-MM-DD" on its first line) takes its date
// from there; a text with no date takes today's.
func (s *Server) document(n newReport) (accord.Document, error) {
	if strings.TrimSpace(n.Text) == "" {
		return accord.Document{}, badRequest("the report has no text")
	}
	name := path.Base(strings.ReplaceAll(n.Name, "\\", "/"))
	if name == "." || name == "/" {
		name = ""
	}
	doc, err := read.TextFile(strings.NewReader(n.Text), orDefault(name, "report.txt"), read.Options{})
	if err != nil {
		return accord.Document{}, badRequest("%s", strings.TrimPrefix(err.Error(), "read report.txt: "))
	}
	if n.Date != "" {
		if doc.Date, err = accord.ParseDate(n.Date); err != nil {
			return doc, badRequest("date %q: give YYYY-MM-DD", n.Date)
		}
	}
	if doc.Date.IsZero() {
		doc.Date, _ = accord.ParseDate(s.today())
	}
	doc.Title, doc.URL, doc.Source = strings.TrimSpace(n.Title), strings.TrimSpace(n.URL), strings.TrimSpace(n.Source)
	doc.Origin = accord.Origin{Path: "web"}
	doc.ID = strings.TrimSpace(n.ID)
	if doc.ID == "" {
		if name != "" {
			doc.ID = strings.TrimSuffix(name, path.Ext(name))
		} else {
			doc.ID = "web-" + store.TextHash(doc.Text)[:12]
		}
	}
	if len(doc.ID) > 200 || strings.ContainsAny(doc.ID, "\x00\r\n") {
		return doc, badRequest("the report id is too long or holds a line break")
	}
	if len(doc.Title) > 1000 || len(doc.URL) > 2000 || len(doc.Source) > 200 {
		return doc, badRequest("the title, URL or source is too long")
	}
	return doc, nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// ingest codes a document and stores it.
func (s *Server) ingest(r *http.Request, doc accord.Document) (addedReport, error) {
	if s.p == nil {
		return addedReport{}, errorf(http.StatusNotImplemented, "this server codes no reports (it was built without a pipeline)")
	}
	ctx := r.Context()
	if dup, err := s.st.Lookup(ctx, doc.ID, store.TextHash(doc.Text)); err != nil {
		return addedReport{}, err
	} else if dup != "" {
		return addedReport{}, &httpError{status: http.StatusConflict, message: fmt.Sprintf("this report is already stored, as %s", dup),
			extra: map[string]any{"report": dup, "url": "/reports/" + url.PathEscape(dup)}}
	}
	rec, err := codeSafely(s.p, doc)
	if err != nil {
		s.st.Fail(ctx, store.Failure{ReportID: doc.ID, Origin: "web", Stage: "code", Reason: err.Error(), Hash: store.TextHash(doc.Text)})
		s.cache.clear()
		return addedReport{}, errorf(http.StatusUnprocessableEntity, "the report could not be coded: %v", err)
	}
	res, err := s.st.Ingest(ctx, store.Report{Doc: doc, Record: rec, Engine: s.opts.Engine})
	s.cache.clear()
	if err != nil {
		return addedReport{}, err
	}
	id := doc.ID
	if !res.Stored {
		return addedReport{}, &httpError{status: http.StatusConflict, message: fmt.Sprintf("this report is already stored, as %s", res.Duplicate),
			extra: map[string]any{"report": res.Duplicate, "url": "/reports/" + url.PathEscape(res.Duplicate)}}
	}
	s.log.Info("report added", "report", id, "events", res.Events, "persons", res.Persons)
	return addedReport{Report: id, URL: "/reports/" + url.PathEscape(id), Stored: true, Ingested: res}, nil
}

// codeSafely codes a document, turning a panic of the coder into an error.
func codeSafely(p interface {
	Code(accord.Document) (accord.Record, error)
}, doc accord.Document) (rec accord.Record, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("the coder failed on this report: %v", v)
		}
	}()
	return p.Code(doc)
}

// addReportAPI adds a report posted as JSON, or as text (seed format or
// plain, with ?date=&title=&id=&source=&url=).
func (s *Server) addReportAPI(w http.ResponseWriter, r *http.Request, author string) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var n newReport
	switch mt {
	case "application/json":
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&n); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return err
			}
			return badRequest("the body is not a report as JSON ({\"id\", \"title\", \"date\", \"text\", \"url\", \"source\"}): %v", err)
		}
	case "text/plain":
		b, err := io.ReadAll(r.Body)
		if err != nil {
			return err
		}
		q := r.URL.Query()
		n = newReport{Text: string(b), ID: q.Get("id"), Title: q.Get("title"), Date: q.Get("date"), URL: q.Get("url"), Source: q.Get("source")}
	default:
		return errorf(http.StatusUnsupportedMediaType, "send the report as application/json or text/plain, not %q", r.Header.Get("Content-Type"))
	}
	doc, err := s.document(n)
	if err != nil {
		return err
	}
	added, err := s.ingest(r, doc)
	if err != nil {
		return err
	}
	w.Header().Set("Location", added.URL)
	writeJSON(w, http.StatusCreated, added)
	return nil
}

// addForm is the data of the form to add a report.
type addForm struct {
	Date  string
	Error string
	Input newReport
}

func (s *Server) addForm(r *http.Request) (any, error) { return addForm{Date: s.today()}, nil }

// addReportForm adds a report pasted or uploaded through the form, then
// shows its page.
func (s *Server) addReportForm(w http.ResponseWriter, r *http.Request, author string) error {
	n := newReport{Text: r.PostFormValue("text"), ID: r.PostFormValue("id"), Title: r.PostFormValue("title"),
		Date: r.PostFormValue("date"), URL: r.PostFormValue("url"), Source: r.PostFormValue("source")}
	if f, h, err := r.FormFile("file"); err == nil {
		defer f.Close()
		var buf bytes.Buffer
		if _, err := io.Copy(&buf, f); err != nil {
			return err
		}
		if buf.Len() > 0 {
			if strings.TrimSpace(n.Text) != "" {
				return s.addFormError(w, r, n, badRequest("paste a report or upload a file, not both"))
			}
			n.Text, n.Name = buf.String(), h.Filename
		}
	}
	doc, err := s.document(n)
	if err == nil {
		var added addedReport
		if added, err = s.ingest(r, doc); err == nil {
			http.Redirect(w, r, added.URL, http.StatusSeeOther)
			return nil
		}
	}
	return s.addFormError(w, r, n, err)
}

// addFormError shows the form again with what was posted and why it was
// refused.
func (s *Server) addFormError(w http.ResponseWriter, r *http.Request, n newReport, err error) error {
	status, msg, _, internal := classify(err)
	if internal {
		return err
	}
	s.renderStatus(w, r, status, "add", addForm{Date: s.today(), Error: msg, Input: n})
	return nil
}

// correctionInput is a correction as the API takes it.
type correctionInput struct {
	Kind    string          `json:"kind"`
	Target  string          `json:"target"`
	Payload json.RawMessage `json:"payload"`
	Author  string          `json:"author"`
}

// addCorrectionAPI stores a correction posted as JSON.
func (s *Server) addCorrectionAPI(w http.ResponseWriter, r *http.Request, author string) error {
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "application/json" {
		return errorf(http.StatusUnsupportedMediaType, "send the correction as application/json, not %q", r.Header.Get("Content-Type"))
	}
	var in correctionInput
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return badRequest("the body is not a correction as JSON ({\"kind\", \"target\", \"payload\", \"author\"}): %v", err)
	}
	if author == "" {
		author = cleanAuthor(in.Author)
	}
	c, err := s.addCorrection(r, store.Correction{Kind: in.Kind, Target: strings.TrimSpace(in.Target), Payload: in.Payload,
		Author: orDefault(author, "api")})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusCreated, c)
	return nil
}

// addCorrection stores a correction.
func (s *Server) addCorrection(r *http.Request, c store.Correction) (store.Correction, error) {
	if len(c.Target) > 500 {
		return c, badRequest("the target is too long")
	}
	c.At = s.now().UTC()
	c, err := s.st.AddCorrection(r.Context(), c)
	s.cache.clear()
	if err != nil {
		return c, err
	}
	s.log.Info("correction added", "id", c.ID, "kind", c.Kind, "target", c.Target, "author", c.Author)
	return c, nil
}

// The payload fields a correction form may carry, by kind.
var correctionFields = map[string][]string{
	store.PersonMerge:      {"into"},
	store.PersonEdit:       {"name", "country", "title", "sector"},
	store.EventReject:      {"reason", "event"},
	store.EventMerge:       {"into"},
	store.EventEdit:        {"type", "cameo", "mode", "source_country", "target_country", "date", "place"},
	store.MechanismMerge:   {"into"},
	store.MechanismEdit:    {"name", "kind", "parties"},
	store.CommitmentStatus: {"status", "note", "report"},
	store.CommitmentReject: {"reason"},
}

// correctionPayload builds a correction's payload from a form's fields: a
// JSON "payload" field as it is, else the fields the kind takes.
func correctionPayload(kind string, form url.Values) (json.RawMessage, error) {
	if raw := strings.TrimSpace(form.Get("payload")); raw != "" {
		if !json.Valid([]byte(raw)) {
			return nil, badRequest("the payload is not JSON")
		}
		return json.RawMessage(raw), nil
	}
	fields, ok := correctionFields[kind]
	if !ok {
		return nil, fmt.Errorf("%w: unknown kind %q", store.ErrBadCorrection, kind)
	}
	p := map[string]any{}
	for _, f := range fields {
		v := strings.TrimSpace(form.Get(f))
		switch {
		case v == "":
		case f == "event":
			p[f] = v == "on" || v == "true" || v == "1"
		case f == "parties":
			p[f] = strings.FieldsFunc(strings.ToUpper(v), func(r rune) bool { return r == ',' || r == ' ' || r == '-' })
		case f == "country" || f == "source_country" || f == "target_country":
			v = strings.ToUpper(v)
			if !isCountry(v) && v != "---" {
				return nil, badRequest("%s %q: give a three-letter country code", strings.ReplaceAll(f, "_", " "), v)
			}
			p[f] = v
		case f == "type":
			p[f] = strings.ToUpper(v)
		case f == "date":
			if _, err := time.Parse(accord.DateLayout, v); err != nil && !isPartialDate(v) {
				return nil, badRequest("date %q: give YYYY-MM-DD, YYYY-MM or YYYY", v)
			}
			p[f] = v
		default:
			p[f] = v
		}
	}
	if len(p) == 0 && (kind == store.PersonEdit || kind == store.EventEdit || kind == store.MechanismEdit) {
		return nil, badRequest("the correction changes nothing: fill in at least one field")
	}
	b, err := json.Marshal(p)
	return b, err
}

// isPartialDate reports whether v is YYYY-MM or YYYY.
func isPartialDate(v string) bool {
	if _, err := time.Parse("2006-01", v); err == nil {
		return true
	}
	_, err := time.Parse("2006", v)
	return err == nil
}

// addCorrectionForm stores a correction made on a page, then goes back to
// that page.
func (s *Server) addCorrectionForm(w http.ResponseWriter, r *http.Request, author string) error {
	kind := r.PostFormValue("kind")
	payload, err := correctionPayload(kind, r.PostForm)
	if err != nil {
		return err
	}
	c, err := s.addCorrection(r, store.Correction{Kind: kind, Target: strings.TrimSpace(r.PostFormValue("target")),
		Payload: payload, Author: orDefault(author, "analyst")})
	if err != nil {
		return err
	}
	back := safeNext(r.PostFormValue("back"))
	switch kind {
	case store.EventReject, store.EventMerge, store.PersonMerge, store.MechanismMerge, store.CommitmentReject:
		back = "/corrections" // the page corrected may be gone
	}
	if back == "/" {
		back = "/corrections"
	}
	http.Redirect(w, r, back+fragmentSep(back)+"corrected="+fmt.Sprint(c.ID), http.StatusSeeOther)
	return nil
}

// fragmentSep is the separator to add a query parameter to u.
func fragmentSep(u string) string {
	if strings.Contains(u, "?") {
		return "&"
	}
	return "?"
}
