package timex

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/accord-events/accord"
)

// A Dateline is the opening "ISLAMABAD:", "ISLAMABAD, Sep 04 (APP):" or
// "WASHINGTON (Reuters) -" of a report.
type Dateline struct {
	Place     string      // as written: "ISLAMABAD", "ISLAMABAD / KARACHI"
	PlaceSpan accord.Span //
	Date      time.Time   // UTC midnight; zero when the dateline gives no date
	Span      accord.Span // the whole dateline, through its colon or dash
	Agency    string      // "APP", "Reuters"; empty when none
}

// maxLeadLines bounds the lines skipped before a dateline: Dawn puts
// bulleted sub-headlines ("• Several suffer bullet wounds") first.
const maxLeadLines = 12

// FindDateline reads the dateline at the start of text, after any bulleted
// sub-headlines, scraper debris ("Media error: ...") or a one-line headline
// and a blank line. The place is in
// capitals ("LAKKI MARWAT:", "ISLAMABAD / KARACHI:", "KAMRA-ATTOCK, May 15
// (APP):"), or in Title Case when a date or an agency follows it
// ("Rawalpindi, Jan 20 (APP):", "Washington (Reuters) -"). A date without a
// year ("Sep 04") takes the year that puts it nearest published; with a zero
// published it is left zero.
func FindDateline(text string, published time.Time) (Dateline, bool) {
	p := skipLead(text)
	if p >= len(text) {
		return Dateline{}, false
	}
	published = civil(published)
	if d, ok := readDateline(text, p, published); ok {
		return d, true
	}
	// a headline first: "Gohar hits back at ...\n\nISLAMABAD: PTI leaders"
	if h := headline(text, p); h > 0 && h < len(text) {
		if d, ok := readDateline(text, h, published); ok && (d.Agency != "" || !d.Date.IsZero() || text[d.Span.End-1] == ':') {
			return d, true
		}
	}
	return Dateline{}, false
}

// skipLead returns where the first line that is not a bullet or debris
// starts.
func skipLead(text string) int {
	p := 0
	for line := 0; line < maxLeadLines; line++ {
		p = skipSpace(text, p, true)
		rest := text[p:]
		switch {
		case strings.HasPrefix(rest, "•"), strings.HasPrefix(rest, "●"), strings.HasPrefix(rest, "▪"),
			strings.HasPrefix(rest, "* "), strings.HasPrefix(rest, "Media error"):
			nl := strings.IndexByte(rest, '\n')
			if nl < 0 {
				return len(text)
			}
			p += nl + 1
		default:
			return p
		}
	}
	return p
}

// headline returns where the paragraph after a leading headline starts: a
// first line of at most 200 bytes with no full stop at its end, then a
// blank line. It returns -1 when the text does not open so.
func headline(text string, p int) int {
	nl := strings.Index(text[p:], "\n\n")
	if nl <= 0 || nl > 200 || strings.IndexByte(text[p:p+nl], '\n') >= 0 {
		return -1
	}
	switch text[p+nl-1] {
	case '.', '!', '?', ':':
		return -1
	}
	return skipSpace(text, p+nl, true)
}

// skipSpace skips spaces, tabs, no-break spaces and a byte-order mark, and
// line breaks too when lines is set.
func skipSpace(text string, p int, lines bool) int {
	for p < len(text) {
		r, size := utf8.DecodeRuneInString(text[p:])
		if r == '\n' && !lines || r != '\ufeff' && r != '\u00a0' && !unicode.IsSpace(r) {
			return p
		}
		p += size
	}
	return p
}

func readDateline(text string, p int, published time.Time) (Dateline, bool) {
	d := Dateline{PlaceSpan: accord.Span{Start: p}}
	end, caps, ok := readPlace(text, p)
	if !ok {
		return Dateline{}, false
	}
	d.PlaceSpan.End = end
	d.Place = text[p:end]
	q := skipSpace(text, end, false)
	if q >= len(text) {
		return Dateline{}, false
	}
	switch text[q] {
	case ':':
		// "ISLAMABAD:" — capitals only, so that "Note:" is no dateline
		if !caps || notPlace(d.Place) {
			return Dateline{}, false
		}
		d.Span = accord.Span{Start: p, End: colons(text, q)}
		return d, true
	case ',':
		m, day, y, r, ok := readDate(text, skipSpace(text, q+1, false))
		if !ok {
			// "PIR CHINASI, AZAD KASHMIR, May 05 (APP):": a region after the place
			n := skipSpace(text, q+1, false)
			more, caps2, ok := readPlace(text, n)
			c := skipSpace(text, more, false)
			if !ok || !caps || !caps2 || c >= len(text) || text[c] != ',' {
				return Dateline{}, false
			}
			if m, day, y, r, ok = readDate(text, skipSpace(text, c+1, false)); !ok {
				return Dateline{}, false
			}
			d.PlaceSpan.End, d.Place = more, text[p:more]
		}
		r = skipSpace(text, r, false)
		agency := false
		if r < len(text) && text[r] == '(' {
			if a, after, ok := readAgency(text, r); ok {
				d.Agency, agency, r = a, true, skipSpace(text, after, false)
			}
		}
		stop := terminator(text, r)
		if stop < 0 && !agency {
			return Dateline{}, false
		}
		if stop < 0 {
			stop = r // "(APP) Deputy Prime Minister": no colon
			for stop > p && (text[stop-1] == ' ' || text[stop-1] == '\t') {
				stop--
			}
		}
		d.Span = accord.Span{Start: p, End: stop}
		d.Date = datelineDate(m, day, y, published)
		return d, true
	case '(':
		a, after, ok := readAgency(text, q)
		if !ok {
			return Dateline{}, false
		}
		stop := terminator(text, skipSpace(text, after, false))
		if stop < 0 {
			return Dateline{}, false
		}
		if agency(a) {
			d.Agency = a
		} else if caps && text[skipSpace(text, after, false)] == ':' {
			d.PlaceSpan.End, d.Place = after, text[p:after] // "FLINT (Michigan):"
		} else {
			return Dateline{}, false
		}
		d.Span = accord.Span{Start: p, End: stop}
		return d, true
	}
	// "GENEVA — ": a dash after a space, capitals only
	if caps && q > end && !notPlace(d.Place) {
		if stop := terminator(text, q); stop > 0 && text[q] != ':' {
			d.Span = accord.Span{Start: p, End: stop}
			return d, true
		}
	}
	return Dateline{}, false
}

// readPlace reads up to five capitalised words joined by spaces, slashes or
// hyphens, and reports whether every letter was a capital.
func readPlace(text string, p int) (end int, caps, ok bool) {
	start, words := p, 0
	caps = true
	for {
		r, _ := utf8.DecodeRuneInString(text[p:])
		if !unicode.IsUpper(r) {
			return 0, false, false
		}
		lower := 0
		for p < len(text) {
			r, size := utf8.DecodeRuneInString(text[p:])
			if unicode.IsLetter(r) || r == '\u00ad' {
				if unicode.IsLower(r) {
					lower++
				}
				p += size
				continue
			}
			// ST. PETERSBURG, D.I. KHAN, O'HARE
			if (r == '.' || r == '\'' || r == '’') && p+size < len(text) {
				n, _ := utf8.DecodeRuneInString(text[p+size:])
				if unicode.IsLetter(n) || r == '.' && n == ' ' && p+size+1 < len(text) && isUpperAt(text, p+size+1) {
					p += size
					continue
				}
			}
			break
		}
		if lower > 0 {
			caps = false
		}
		words++
		end = p
		if words > 5 || end-start > 48 {
			return 0, false, false
		}
		// what joins this word to the next
		q := p
		for q < len(text) && text[q] == ' ' {
			q++
		}
		switch {
		case q < len(text) && (text[q] == '/' || text[q] == '&'):
			q++
			for q < len(text) && text[q] == ' ' {
				q++
			}
		case q < len(text) && text[q] == '-' && (q == p || q+1 < len(text) && text[q+1] != ' '):
			q++ // KAMRA-ATTOCK, "Lachin- Azerbaijan"
			for q < len(text) && text[q] == ' ' {
				q++
			}
		case q > p && q-p == 1:
			// one space: the place goes on only with another capitalised word
		default:
			return end, caps, true
		}
		if q >= len(text) || !isUpperAt(text, q) || q-p > 3 {
			return end, caps, true
		}
		p = q
	}
}

func isUpperAt(text string, p int) bool {
	r, _ := utf8.DecodeRuneInString(text[p:])
	return unicode.IsUpper(r)
}

// notPlace lists capitalised openings that are not places.
func notPlace(place string) bool {
	if utf8.RuneCountInString(place) < 2 {
		return true
	}
	for _, w := range [...]string{"NOTE", "UPDATE", "CORRECTION", "EDITORIAL", "BREAKING", "WATCH",
		"READ", "ALSO READ", "LIVE", "PHOTO", "PHOTOS", "VIDEO", "EXCLUSIVE", "ANALYSIS", "OPINION",
		"PS", "EDITOR'S NOTE", "DISCLAIMER", "SOURCE", "SOURCES", "FILE", "QUOTE", "UPDATED",
		"WARNING", "ADVERTISEMENT"} {
		if strings.EqualFold(place, w) {
			return true
		}
	}
	return false
}

// agency reports whether a bracketed name is a news agency's.
func agency(a string) bool {
	for _, w := range [...]string{"APP", "AP", "AFP", "Reuters", "Xinhua", "IANS", "ANI", "INP",
		"NNI", "PPI", "Online", "Anadolu", "AA", "WAM", "SPA", "IRNA", "Sputnik", "TASS",
		"Bloomberg", "Agencies", "UPI", "DPA", "EFE", "Kyodo", "Yonhap", "Bernama", "QNA", "KUNA",
		"SANA", "MENA", "Dawn Report", "BSS", "PTV", "Radio Pakistan"} {
		if strings.EqualFold(a, w) {
			return true
		}
	}
	return false
}

// colons returns the offset after the colon (or two) at q.
func colons(text string, q int) int {
	q++
	if q < len(text) && text[q] == ':' {
		q++
	}
	return q
}

// terminator returns the offset after the colon or dash at q, or -1.
func terminator(text string, q int) int {
	if q >= len(text) {
		return -1
	}
	if text[q] == ':' {
		return colons(text, q)
	}
	r, size := utf8.DecodeRuneInString(text[q:])
	if r == '-' || r == '–' || r == '—' {
		if q+size < len(text) && text[q+size] == ' ' || q+size < len(text) && text[q+size] == '-' {
			if text[q+size] == '-' {
				size++
			}
			return q + size
		}
	}
	return -1
}

// readDate reads "Sep 04", "April 12", "Sept. 5", "FEB 08", "Aug 5, 2025".
func readDate(text string, p int) (m, d, y, end int, ok bool) {
	w := p
	for w < len(text) && (text[w] >= 'a' && text[w] <= 'z' || text[w] >= 'A' && text[w] <= 'Z') {
		w++
	}
	if w-p < 3 || w-p > 9 {
		return 0, 0, 0, 0, false
	}
	var low [9]byte // the month name folded without allocating
	for i := p; i < w; i++ {
		low[i-p] = text[i] | 0x20
	}
	m, _ = monthOf(string(low[:w-p]))
	if m == 0 {
		return 0, 0, 0, 0, false
	}
	if w < len(text) && text[w] == '.' {
		w++
	}
	q := skipSpace(text, w, false)
	if q == w && w < len(text) && text[w] >= '0' && text[w] <= '9' {
		return 0, 0, 0, 0, false // "Sep04" is not a dateline's date
	}
	n := q
	for n < len(text) && text[n] >= '0' && text[n] <= '9' {
		n++
	}
	if n == q || n-q > 2 {
		return 0, 0, 0, 0, false
	}
	d, _ = digits(text[q:n])
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		if strings.HasPrefix(text[n:], suf) {
			n += 2
			break
		}
	}
	if !validDay(0, m, d) {
		return 0, 0, 0, 0, false
	}
	end = n
	if r := skipSpace(text, n, false); r < len(text) && text[r] == ',' {
		s := skipSpace(text, r+1, false)
		if s+4 <= len(text) {
			if v, isYear := year(text[s : s+4]); isYear && (s+4 == len(text) || text[s+4] < '0' || text[s+4] > '9') {
				y, end = v, s+4
			}
		}
	}
	return m, d, y, end, true
}

// readAgency reads "(APP)", "(Reuters)" at p.
func readAgency(text string, p int) (string, int, bool) {
	close := strings.IndexByte(text[p:], ')')
	if close < 2 || close > 32 {
		return "", 0, false
	}
	a := text[p+1 : p+close]
	if !isUpperAt(a, 0) {
		return "", 0, false
	}
	for _, r := range a {
		if !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '&' && r != '-' {
			return "", 0, false
		}
	}
	return a, p + close + 1, true
}

// datelineDate gives month m, day d the year y, or else the year that puts
// it nearest published.
func datelineDate(m, d, y int, published time.Time) time.Time {
	if y != 0 {
		if !validDay(y, m, d) {
			return time.Time{}
		}
		return date(y, m, d)
	}
	if published.IsZero() {
		return time.Time{}
	}
	return date(pickYear(published, m, d, none), m, d)
}
