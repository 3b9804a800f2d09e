package read

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/accord-events/accord"
)

// jsonlBufSize is the read buffer for JSON Lines; lines longer than it are
// gathered in a second buffer, up to Options.MaxBytes.
const jsonlBufSize = 1 << 20

// JSONLines reads JSON Lines articles from r, named name (a path, or "-"),
// one object a line, and calls fn with each document or with a *DocError
// for each bad line, then goes on. Blank lines are skipped. Fields other
// than id, date, title, text, url and source are ignored. A record without
// id gets "BASE:LINE" from the file's base name; one without date (missing,
// null or "") gets opts.Date. The date is YYYY-MM-DD, or an RFC 3339
// timestamp whose calendar date is taken as written.
//
// JSONLines returns the error fn returns, unchanged, which stops reading; or
// a *DocError if reading r fails.
func JSONLines(r io.Reader, name string, opts Options, fn func(accord.Document, error) error) error {
	ioErr, stop := jsonLines(r, name, opts, fn)
	if stop != nil {
		return stop
	}
	return ioErr
}

// jsonLines keeps a failure to read r apart from fn's wish to stop, which
// JSONLines cannot do by the error's type since fn may return a DocError.
func jsonLines(r io.Reader, name string, opts Options, fn func(accord.Document, error) error) (ioErr, stop error) {
	lr := lineReader{br: bufio.NewReaderSize(r, jsonlBufSize), max: opts.maxBytes()}
	base := baseID(name)
	var dec decoder
	for n := 1; ; n++ {
		line, tooLong, err := lr.next()
		if err == io.EOF {
			return nil, nil
		}
		if err != nil {
			return docErr(name, n, fmt.Errorf("reading stopped: %w; check the file or device", err)), nil
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, []byte(bom))
		}
		// Without its end, a line cut inside a string reads as unclosed.
		line = bytes.TrimSuffix(bytes.TrimSuffix(line, []byte("\n")), []byte("\r"))
		var doc accord.Document
		switch {
		case tooLong:
			err = fmt.Errorf("%w: the line is over %d bytes; split the record or raise the size limit", ErrTooLong, lr.max)
		case skipBlanks(line, 0) == len(line):
			continue
		default:
			doc, err = dec.decode(line, opts.Date)
		}
		if err != nil {
			err = docErr(name, n, err)
		} else {
			doc.Origin = accord.Origin{Path: name, Line: n}
			if doc.ID == "" {
				doc.ID = fmt.Sprintf("%s:%d", base, n)
			}
		}
		if err := fn(doc, err); err != nil {
			return nil, err
		}
	}
}

// A lineReader hands out lines of any length up to max, reusing its buffers.
type lineReader struct {
	br   *bufio.Reader
	max  int
	long []byte // a line longer than br's buffer, gathered
}

// next returns the next line with its end, which stays valid until the
// following call; tooLong says it was over max and has been dropped. At the
// end it returns io.EOF.
func (lr *lineReader) next() (line []byte, tooLong bool, err error) {
	line, err = lr.br.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		lr.long = append(lr.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = lr.br.ReadSlice('\n')
			if !tooLong && len(lr.long)+len(line) <= lr.max {
				lr.long = append(lr.long, line...)
			} else {
				tooLong = true // keep reading to the line's end, keeping nothing
				lr.long = lr.long[:0]
			}
		}
		line = lr.long
	}
	if len(line) > lr.max {
		tooLong = true
	}
	if err == io.EOF && (len(line) > 0 || tooLong) {
		err = nil // a last line without newline; EOF comes with the next call
	}
	return line, tooLong, err
}

// record holds the fields of an article that a Document keeps.
type record struct {
	ID, Date, Title, Text, URL, Source string
}

// A decoder turns lines into Documents, reusing its scratch space.
type decoder struct {
	p   parser
	rec record
}

// decode reads one line into a Document, without Origin and default ID.
func (d *decoder) decode(line []byte, defDate time.Time) (accord.Document, error) {
	if off := invalidUTF8(line, 0); off >= 0 {
		return accord.Document{}, fmt.Errorf("%w at byte %d of the line; re-encode the file as UTF-8", ErrInvalidUTF8, off)
	}
	d.rec = record{}
	d.p.b, d.p.i = line, 0
	err := d.p.object(&d.rec)
	d.p.b = nil // do not hold on to the caller's line
	var syn *errJSON
	switch {
	case errors.As(err, &syn):
		return accord.Document{}, fmt.Errorf("%w %w; write one article object a line", ErrBadJSON, err)
	case err != nil:
		return accord.Document{}, fmt.Errorf("%w: %w", ErrBadJSON, err)
	}
	rec := &d.rec
	if strings.TrimSpace(rec.Text) == "" {
		return accord.Document{}, fmt.Errorf(`%w: the "text" field is missing, null or blank; give every article its text`, ErrNoText)
	}
	date := defDate
	if rec.Date != "" {
		t, err := parseDate(rec.Date)
		if err != nil {
			return accord.Document{}, err
		}
		date = t
	}
	return accord.Document{
		ID:     rec.ID,
		Title:  rec.Title,
		Text:   rec.Text,
		URL:    rec.URL,
		Source: rec.Source,
		Date:   date,
	}, nil
}

// parseDate reads YYYY-MM-DD, or an RFC 3339 timestamp whose calendar date
// is kept as written: a report's date is the day printed on it, not UTC.
func parseDate(s string) (time.Time, error) {
	const n = len(accord.DateLayout)
	if len(s) > n && s[n] == 'T' {
		if _, err := time.Parse(time.RFC3339, s); err == nil {
			return accord.ParseDate(s[:n])
		}
		return time.Time{}, fmt.Errorf("%w %q: write YYYY-MM-DD or an RFC 3339 timestamp", ErrBadDate, s)
	}
	t, err := accord.ParseDate(s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %w", ErrBadDate, err)
	}
	return t, nil
}
