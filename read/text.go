package read

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/accord-events/accord"
)

// bom is the UTF-8 byte order mark some editors put at the start of a file.
const bom = "\xEF\xBB\xBF"

// sniffBufSize is the buffer for sniffing a file's shape; a text file is
// read whole after it anyway, and JSON Lines get their own larger buffer.
const sniffBufSize = 64 << 10

// sniffJSON reports whether the first byte after a BOM and blanks is '{',
// which marks JSON Lines. It only peeks, so br still holds everything.
func sniffJSON(br *bufio.Reader) bool {
	for n := 512; ; n *= 2 {
		b, err := br.Peek(min(n, br.Size()))
		b = bytes.TrimPrefix(b, []byte(bom))
		if i := skipBlanks(b, 0); i < len(b) {
			return b[i] == '{'
		}
		if err != nil || n >= br.Size() {
			return false // empty, all blank, or unreadable: the text reader says why
		}
	}
}

func isBlank(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// skipBlanks returns the index of the first non-blank byte of b at or after i.
func skipBlanks(b []byte, i int) int {
	for i < len(b) && isBlank(b[i]) {
		i++
	}
	return i
}

// TextFile reads one report from r, named name (a path, or "-"): in the seed
// format, `date YYYY-MM-DD` after optional blanks and then the text, which
// starts after the blanks following the date; otherwise the whole of r is
// the text and opts.Date the date. A leading BOM is dropped; nothing else in
// the text is changed. ID is the base name of name without extension
// ("stdin" for "-"). Every error is a *DocError.
func TextFile(r io.Reader, name string, opts Options) (accord.Document, error) {
	return textFile(r, name, 0, opts)
}

// textFile is TextFile given the size of r when known, to read it in one go.
func textFile(r io.Reader, name string, size int64, opts Options) (accord.Document, error) {
	data, err := readAll(r, size, opts.maxBytes())
	if err != nil {
		return accord.Document{}, docErr(name, 0, err)
	}
	skip := 0
	if bytes.HasPrefix(data, []byte(bom)) {
		skip = len(bom)
	}
	if off := invalidUTF8(data, skip); off >= 0 {
		return accord.Document{}, docErr(name, 0, fmt.Errorf("%w at byte %d (line %d); re-encode the file as UTF-8",
			ErrInvalidUTF8, off, 1+bytes.Count(data[:off], []byte{'\n'})))
	}
	doc := accord.Document{ID: baseID(name), Date: opts.Date, Origin: accord.Origin{Path: name}}
	start, date, seed := seedHeader(data, skip)
	if seed {
		t, err := accord.ParseDate(date)
		if err != nil {
			return accord.Document{}, docErr(name, 0, fmt.Errorf("%w in the date line: %w", ErrBadDate, err))
		}
		doc.Date = t
	}
	if len(bytes.TrimSpace(data[start:])) == 0 {
		what := "the file is empty or blank"
		if seed {
			what = "nothing follows the date line"
		}
		return accord.Document{}, docErr(name, 0, fmt.Errorf("%w: %s; give the report's text", ErrNoText, what))
	}
	doc.Text = string(data[start:])
	return doc, nil
}

// readAll reads r whole, refusing more than max bytes; size, when above
// zero, is what r is expected to hold.
func readAll(r io.Reader, size int64, max int) ([]byte, error) {
	if size <= 0 {
		// io.ReadAll grows its buffer more thriftily than a loop here would.
		data, err := io.ReadAll(io.LimitReader(r, int64(max)+1))
		if err != nil {
			return nil, fmt.Errorf("reading stopped: %w; check the file or device", err)
		}
		if len(data) > max {
			return nil, tooBig(max)
		}
		return data, nil
	}
	data := make([]byte, 0, min(int64(max), size)+512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if len(data) > max {
			return nil, tooBig(max)
		}
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reading stopped: %w; check the file or device", err)
		}
	}
}

func tooBig(max int) error {
	return fmt.Errorf("%w: the file is over %d bytes; split it or raise the size limit", ErrTooLong, max)
}

// seedHeader finds a `date YYYY-MM-DD` header in b from index i: blanks,
// "date", spaces or tabs, ten bytes shaped like a date, then a blank or the
// end. It returns where the text starts (after the blanks that follow the
// date), the date as written, and whether b is in the seed format; if not,
// the text starts at i.
func seedHeader(b []byte, i int) (start int, date string, ok bool) {
	j := skipBlanks(b, i)
	if !bytes.HasPrefix(b[j:], []byte("date")) {
		return i, "", false
	}
	k := j + len("date")
	for k < len(b) && (b[k] == ' ' || b[k] == '\t') {
		k++
	}
	const n = len(accord.DateLayout)
	if k == j+len("date") || len(b)-k < n || !dateShaped(b[k:k+n]) ||
		(k+n < len(b) && !isBlank(b[k+n])) {
		return i, "", false
	}
	return skipBlanks(b, k+n), string(b[k : k+n]), true
}

// dateShaped reports whether d looks like DDDD-DD-DD; whether it is a real
// date is for ParseDate to say, so that "date 2024-02-30" is an error rather
// than part of a plain text.
func dateShaped(d []byte) bool {
	for i, c := range d {
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// invalidUTF8 returns the offset of the first byte of b at or after i that is
// not valid UTF-8, or -1.
func invalidUTF8(b []byte, i int) int {
	if utf8.Valid(b[i:]) {
		return -1
	}
	for i < len(b) {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}
