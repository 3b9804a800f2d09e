package export

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/accord-events/accord"
)

// MaxLineBytes is the default longest line a RecordReader takes.
const MaxLineBytes = 64 << 20

// Errors a RecordReader reports for bad lines, inside a *LineError.
var (
	ErrNotRecord = errors.New("not a coded record")
	ErrTooLong   = errors.New("line too long")
)

// A LineError is a line of input that is not a coded record. Reading goes on
// after it.
type LineError struct {
	Name string // the input's name: a path, or "-"
	Line int    // 1-based
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("%s line %d: %v", e.Name, e.Line, e.Err) }
func (e *LineError) Unwrap() error { return e.Err }

// A RecordReader reads coded records, one JSON object a line, as `accord
// code` writes them. Blank lines are skipped, and a UTF-8 byte-order mark
// before the first line is ignored.
type RecordReader struct {
	// MaxLine is the longest line taken, in bytes; a longer one is a
	// LineError wrapping ErrTooLong. NewRecordReader sets MaxLineBytes.
	MaxLine int

	name string
	br   *bufio.Reader
	line int
	long []byte
}

// NewRecordReader returns a reader of records from r, named name in errors.
func NewRecordReader(r io.Reader, name string) *RecordReader {
	return &RecordReader{MaxLine: MaxLineBytes, name: name, br: bufio.NewReaderSize(r, 64<<10)}
}

// Next returns the next record, or io.EOF at the end. A line that is not a
// record gives a *LineError, after which Next may be called again; any other
// error is a failure to read and ends the input.
func (rr *RecordReader) Next() (accord.Record, error) {
	for {
		line, tooLong, err := rr.readLine()
		if err != nil {
			return accord.Record{}, err
		}
		rr.line++
		if rr.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if tooLong {
			return accord.Record{}, rr.lineErr(fmt.Errorf("%w: over %d bytes", ErrTooLong, rr.MaxLine))
		}
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		rec, err := decodeRecord(line)
		if err != nil {
			return accord.Record{}, rr.lineErr(err)
		}
		return rec, nil
	}
}

func (rr *RecordReader) lineErr(err error) error {
	return &LineError{Name: rr.name, Line: rr.line, Err: err}
}

// readLine returns the next line without its end; tooLong says it was over
// MaxLine and was dropped. At the end of input it returns io.EOF.
func (rr *RecordReader) readLine() (line []byte, tooLong bool, err error) {
	rr.long = rr.long[:0]
	for {
		chunk, err := rr.br.ReadSlice('\n')
		if !tooLong {
			if len(rr.long)+len(chunk) > rr.MaxLine+2 { // room for "\r\n"
				tooLong = true
				rr.long = rr.long[:0]
			} else {
				rr.long = append(rr.long, chunk...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && (len(rr.long) > 0 || tooLong):
			return rr.long, tooLong, nil // a last line without newline
		case err != nil:
			return nil, false, err
		}
		return bytes.TrimSuffix(rr.long, []byte("\n")), tooLong, nil
	}
}

// decodeRecord reads one line as a record: a JSON object with an id and,
// if any, a YYYY-MM-DD date.
func decodeRecord(line []byte) (accord.Record, error) {
	if line[0] != '{' {
		return accord.Record{}, fmt.Errorf("%w: a line must be one JSON object, as accord code writes", ErrNotRecord)
	}
	var rec accord.Record
	if err := json.Unmarshal(line, &rec); err != nil {
		return accord.Record{}, fmt.Errorf("%w: %w", ErrNotRecord, err)
	}
	if rec.ID == "" {
		return accord.Record{}, fmt.Errorf(`%w: no "id"; give each record the report's id`, ErrNotRecord)
	}
	if rec.Date != "" {
		if _, ok := parseDay(rec.Date); !ok {
			return accord.Record{}, fmt.Errorf(`%w: "date" %q is not YYYY-MM-DD`, ErrNotRecord, rec.Date)
		}
	}
	return rec, nil
}
