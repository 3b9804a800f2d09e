package accord

// A Span is a half-open byte range [Start, End) of a document's text as read.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// In returns the text the span covers, clipped to text's bounds.
func (s Span) In(text string) string {
	start, end := max(0, s.Start), min(len(text), s.End)
	if start >= end {
		return ""
	}
	return text[start:end]
}

// Evidence is a span together with the text it covers, written out so that a
// reader of the JSON does not need the document to see it.
type Evidence struct {
	Span
	Text string `json:"text"`
}

// EvidenceOf cuts the evidence for span s out of text.
func EvidenceOf(text string, s Span) Evidence {
	return Evidence{Span: s, Text: s.In(text)}
}

// An Issue is a problem found in one document's input: coding goes on, and the
// issue is reported beside the record.
type Issue struct {
	Span    *Span  `json:"span,omitempty"`
	Message string `json:"message"`
}
