package accord

import (
	"fmt"
	"time"
)

// DateLayout is the layout of every calendar date accord reads and writes.
const DateLayout = "2006-01-02"

// A Document is one news report as read, before coding.
type Document struct {
	ID     string `json:"id"`
	Title  string `json:"title,omitempty"`
	Text   string `json:"text"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`

	// Date is the publication date (UTC midnight); the zero time when unknown.
	Date time.Time `json:"-"`

	// Origin says where the document was read from, for error messages:
	// a file name, and the line for JSON Lines input.
	Origin Origin `json:"-"`
}

// Origin locates a document in the input it was read from.
type Origin struct {
	Path string // file name, or "-" for standard input
	Line int    // 1-based line of a JSON Lines record; 0 for a whole file
}

func (o Origin) String() string {
	if o.Line > 0 {
		return fmt.Sprintf("%s line %d", o.Path, o.Line)
	}
	return o.Path
}

// ParseDate reads a YYYY-MM-DD date as UTC midnight.
func ParseDate(s string) (time.Time, error) {
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q is not YYYY-MM-DD", s)
	}
	return t, nil
}

// FormatDate writes t as YYYY-MM-DD, or "" for the zero time.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(DateLayout)
}
