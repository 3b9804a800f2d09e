package read

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/accord-events/accord"
)

func TestTextFile(t *testing.T) {
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, input string
		opts        Options
		date, text  string // want, when err is nil
		err         error
		msg         string
	}{
		{"seed, date on the text's line", " date 2024-07-14 ISLAMABAD: Pakistan and ...\n", Options{Date: day}, "2024-07-14", "ISLAMABAD: Pakistan and ...\n", nil, ""},
		{"seed, date on its own line", "date 2024-07-14\n\nISLAMABAD: Talks.\n", Options{}, "2024-07-14", "ISLAMABAD: Talks.\n", nil, ""},
		{"seed, leading blank lines and tabs", "\n\n \tdate\t2024-07-14\t \nText", Options{}, "2024-07-14", "Text", nil, ""},
		{"seed, CRLF kept", "date 2024-07-14\r\nLine one.\r\nLine two.\r\n", Options{}, "2024-07-14", "Line one.\r\nLine two.\r\n", nil, ""},
		{"seed after a BOM", "\xef\xbb\xbfdate 2024-07-14 Text.", Options{}, "2024-07-14", "Text.", nil, ""},
		{"plain text takes the option's date", "KARACHI: Police said.\n", Options{Date: day}, "2025-06-01", "KARACHI: Police said.\n", nil, ""},
		{"plain text without a date", "  KARACHI: Police said.", Options{}, "", "  KARACHI: Police said.", nil, ""},
		{"plain text after a BOM", "\xef\xbb\xbfKARACHI: x", Options{}, "", "KARACHI: x", nil, ""},
		{"a sentence starting with date is plain", "date of the talks is not fixed.", Options{}, "", "date of the talks is not fixed.", nil, ""},
		{"a timestamp is not a date line", "date 2024-07-14T10:00 talks", Options{}, "", "date 2024-07-14T10:00 talks", nil, ""},
		{"date on the next line is not a date line", "date\n2024-07-14 talks", Options{}, "", "date\n2024-07-14 talks", nil, ""},
		{"capital Date is plain", "Date 2024-07-14 talks", Options{}, "", "Date 2024-07-14 talks", nil, ""},
		{"soft hyphen, NBSP and curly quotes kept", "date 2024-07-14 Moh\u00adsin\u00a0said \u201cno\u201d.", Options{}, "2024-07-14", "Moh\u00adsin\u00a0said \u201cno\u201d.", nil, ""},
		{"impossible date", "date 2024-02-30 Text", Options{}, "", "", ErrBadDate, `read dir/r.txt: bad date in the date line: date "2024-02-30" is not YYYY-MM-DD`},
		{"empty file", "", Options{}, "", "", ErrNoText, "read dir/r.txt: no text: the file is empty or blank; give the report's text"},
		{"blank file", "\xef\xbb\xbf \r\n\t", Options{}, "", "", ErrNoText, ""},
		{"only Unicode spaces", "date 2024-07-14 \u00a0\u2003\n", Options{}, "", "", ErrNoText, ""},
		{"date line only", "date 2024-07-14\n \n", Options{}, "", "", ErrNoText, "read dir/r.txt: no text: nothing follows the date line; give the report's text"},
		{"date only, no end of line", "date 2024-07-14", Options{}, "", "", ErrNoText, ""},
		{"invalid UTF-8", "date 2024-07-14\nok\nbad \xc3( here", Options{}, "", "", ErrInvalidUTF8, "read dir/r.txt: invalid UTF-8 at byte 23 (line 3); re-encode the file as UTF-8"},
		{"too big", "date 2024-07-14 " + strings.Repeat("x", 100), Options{MaxBytes: 64}, "", "", ErrTooLong, "read dir/r.txt: too long: the file is over 64 bytes; split it or raise the size limit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := TextFile(strings.NewReader(tt.input), "dir/r.txt", tt.opts)
			if tt.err != nil {
				var de *DocError
				if !errors.Is(err, tt.err) || !errors.As(err, &de) || de.Origin != (accord.Origin{Path: "dir/r.txt"}) || (tt.msg != "" && err.Error() != tt.msg) {
					t.Errorf("got error %v, want a DocError for dir/r.txt wrapping %v: %q", err, tt.err, tt.msg)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if doc.ID != "r" || doc.Origin != (accord.Origin{Path: "dir/r.txt"}) || accord.FormatDate(doc.Date) != tt.date || doc.Text != tt.text {
				t.Errorf("got id %q origin %v date %q text %q, want id r date %q text %q", doc.ID, doc.Origin, accord.FormatDate(doc.Date), doc.Text, tt.date, tt.text)
			}
		})
	}
}

// TestTextFileSized reads through the path that knows the size beforehand,
// including a size that is wrong.
func TestTextFileSized(t *testing.T) {
	in := "date 2024-07-14 " + strings.Repeat("Talks began. ", 1000)
	for _, size := range []int64{int64(len(in)), 10, int64(len(in)) * 3} {
		doc, err := textFile(strings.NewReader(in), "s.txt", size, Options{})
		if err != nil || doc.Text != in[len("date 2024-07-14 "):] {
			t.Errorf("size %d: err %v, text of %d bytes", size, err, len(doc.Text))
		}
	}
	if _, err := textFile(strings.NewReader(in), "s.txt", int64(len(in)), Options{MaxBytes: 100}); !errors.Is(err, ErrTooLong) {
		t.Errorf("got %v, want ErrTooLong", err)
	}
}

// FuzzTextFile: any input, no panic; a document's text is valid UTF-8 and
// a suffix of the input, byte for byte.
func FuzzTextFile(f *testing.F) {
	for _, s := range []string{
		" date 2024-07-14 ISLAMABAD: text", "date 2024-07-14\r\n\r\nText\r\n", "\xef\xbb\xbfdate 2024-02-30 x", "plain\n",
		"date 2024-07-14", "date\t2024-07-14T", "\u00a0\u3000", "\xff", "", " \n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := TextFile(bytes.NewReader(data), "fuzz.txt", Options{})
		if err != nil {
			var de *DocError
			if !errors.As(err, &de) || de.Origin.Path != "fuzz.txt" {
				t.Fatalf("error %v is not a DocError for fuzz.txt", err)
			}
			return
		}
		checkDoc(t, doc)
		if !bytes.HasSuffix(data, []byte(doc.Text)) {
			t.Fatalf("text %q is not a suffix of the input %q", doc.Text, data)
		}
	})
}
