package read

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/accord-events/accord"
)

// lineResult is what the callback saw for one line.
type lineResult struct {
	line  int
	id    string
	date  string
	text  string
	title string
	err   error // a sentinel the DocError must wrap
	msg   string
}

func readLines(t *testing.T, input string, opts Options) []lineResult {
	t.Helper()
	var got []lineResult
	err := JSONLines(strings.NewReader(input), "dir/f.jsonl", opts, func(doc accord.Document, err error) error {
		if err != nil {
			var de *DocError
			if !errors.As(err, &de) || de.Origin.Path != "dir/f.jsonl" {
				t.Errorf("error %v is not a DocError for dir/f.jsonl", err)
				return nil
			}
			got = append(got, lineResult{line: de.Origin.Line, err: err, msg: err.Error()})
			return nil
		}
		checkDoc(t, doc)
		got = append(got, lineResult{line: doc.Origin.Line, id: doc.ID, date: accord.FormatDate(doc.Date), text: doc.Text, title: doc.Title})
		return nil
	})
	if err != nil {
		t.Fatalf("JSONLines: %v", err)
	}
	return got
}

func TestJSONLines(t *testing.T) {
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	ok := func(line int, id, date, text string) lineResult {
		return lineResult{line: line, id: id, date: date, text: text}
	}
	bad := func(line int, sentinel error, msg string) lineResult {
		return lineResult{line: line, err: sentinel, msg: msg}
	}
	tests := []struct {
		name  string
		input string
		opts  Options
		want  []lineResult
	}{
		{"full record", `{"id":"dawn-1","date":"2025-01-02","title":"T","text":"Body.","url":"u","source":"Dawn"}` + "\n",
			Options{}, []lineResult{{line: 1, id: "dawn-1", date: "2025-01-02", text: "Body.", title: "T"}}},
		{"bad line in the middle", "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"text\":\"Two\n{\"id\":\"c\",\"text\":\"Three.\"}\n",
			Options{}, []lineResult{ok(1, "a", "", "One."),
				bad(2, ErrBadJSON, "read dir/f.jsonl line 2: bad JSON at byte 21 of the line: string not closed; end it with a double quote; write one article object a line"),
				ok(3, "c", "", "Three.")}},
		{"unknown fields of every kind", `{"persons":[{"name":"A","spans":[[1,2.5e3]]}],"n":-0.5,"ok":true,"no":false,"z":null,"events":{},"text":"x","e":[]}`,
			Options{}, []lineResult{ok(1, "f:1", "", "x")}},
		{"missing id from file and line", "\n\n{\"text\":\"x\"}", Options{}, []lineResult{ok(3, "f:3", "", "x")}},
		{"empty and null id", "{\"id\":\"\",\"text\":\"x\"}\n{\"id\":null,\"text\":\"y\"}", Options{}, []lineResult{ok(1, "f:1", "", "x"), ok(2, "f:2", "", "y")}},
		{"numeric id", `{"id":-42.5e1,"text":"x"}`, Options{}, []lineResult{ok(1, "-42.5e1", "", "x")}},
		{"boolean id", `{"id":true,"text":"x"}`, Options{}, []lineResult{bad(1, ErrBadJSON, `read dir/f.jsonl line 1: bad JSON: field "id" holds a boolean, want a string or a number`)}},
		{"missing, null and empty date take the default", "{\"text\":\"a\"}\n{\"date\":null,\"text\":\"b\"}\n{\"date\":\"\",\"text\":\"c\"}",
			Options{Date: day}, []lineResult{ok(1, "f:1", "2025-06-01", "a"), ok(2, "f:2", "2025-06-01", "b"), ok(3, "f:3", "2025-06-01", "c")}},
		{"no date, no default", `{"text":"a"}`, Options{}, []lineResult{ok(1, "f:1", "", "a")}},
		{"RFC 3339 date keeps the day as written", `{"date":"2025-01-02T23:30:00+05:00","text":"a"}`, Options{}, []lineResult{ok(1, "f:1", "2025-01-02", "a")}},
		{"bad date", `{"date":"2025-13-01","text":"a"}`, Options{}, []lineResult{bad(1, ErrBadDate, `read dir/f.jsonl line 1: bad date: date "2025-13-01" is not YYYY-MM-DD`)}},
		{"bad timestamp", `{"date":"2025-01-02T99","text":"a"}`, Options{}, []lineResult{bad(1, ErrBadDate, `read dir/f.jsonl line 1: bad date "2025-01-02T99": write YYYY-MM-DD or an RFC 3339 timestamp`)}},
		{"numeric date", `{"date":20250102,"text":"a"}`, Options{}, []lineResult{bad(1, ErrBadJSON, `read dir/f.jsonl line 1: bad JSON: field "date" holds a number, want a string`)}},
		{"no text field", `{"id":"a","title":"T"}`, Options{}, []lineResult{bad(1, ErrNoText, `read dir/f.jsonl line 1: no text: the "text" field is missing, null or blank; give every article its text`)}},
		{"null, empty and blank text", "{\"text\":null}\n{\"text\":\"\"}\n{\"text\":\" \\n\\t\"}\n{\"text\":\"\\u00a0\u3000\"}", Options{}, []lineResult{bad(1, ErrNoText, ""), bad(2, ErrNoText, ""), bad(3, ErrNoText, ""), bad(4, ErrNoText, "")}},
		{"text of another kind", `{"text":["a"]}`, Options{}, []lineResult{bad(1, ErrBadJSON, `read dir/f.jsonl line 1: bad JSON: field "text" holds an array, want a string`)}},
		{"keys match exactly", `{"Text":"a"}`, Options{}, []lineResult{bad(1, ErrNoText, "")}},
		{"last duplicate wins, null changes nothing", `{"text":"a","text":"b","text":null}`, Options{}, []lineResult{ok(1, "f:1", "", "b")}},
		{"escapes decoded", `{"text":"\"Q\"\\\/\b\f\n\r\t\u2019\u00AD\ud83d\ude00"}`, Options{}, []lineResult{ok(1, "f:1", "", "\"Q\"\\/\b\f\n\r\t\u2019\u00ad\U0001F600")}},
		{"lone surrogates become U+FFFD", `{"text":"a\ud800b\udc00\ud800\u0041"}`, Options{}, []lineResult{ok(1, "f:1", "", "a\ufffdb\ufffd\ufffdA")}},
		{"raw soft hyphen, NBSP and curly quotes kept", "{\"text\":\"Moh\u00adsin\u00a0said \u201cno\u201d\"}", Options{}, []lineResult{ok(1, "f:1", "", "Moh\u00adsin\u00a0said \u201cno\u201d")}},
		{"CRLF line ends", "{\"text\":\"a\\r\\nb\"}\r\n{\"text\":\"c\"}\r\n", Options{}, []lineResult{ok(1, "f:1", "", "a\r\nb"), ok(2, "f:2", "", "c")}},
		{"BOM at the start", "\xef\xbb\xbf{\"text\":\"a\"}\n", Options{}, []lineResult{ok(1, "f:1", "", "a")}},
		{"BOM later is bad", "{\"text\":\"a\"}\n\xef\xbb\xbf{\"text\":\"b\"}\n", Options{}, []lineResult{ok(1, "f:1", "", "a"), bad(2, ErrBadJSON, "")}},
		{"invalid UTF-8", "{\"text\":\"a\xffb\"}\n{\"text\":\"c\"}", Options{}, []lineResult{
			bad(1, ErrInvalidUTF8, "read dir/f.jsonl line 1: invalid UTF-8 at byte 10 of the line; re-encode the file as UTF-8"), ok(2, "f:2", "", "c")}},
		{"not an object", "[1]\n\"x\"\nnull", Options{}, []lineResult{bad(1, ErrBadJSON, `read dir/f.jsonl line 1: bad JSON at byte 0 of the line: found '[' where '{' should be; write one article object a line`), bad(2, ErrBadJSON, ""), bad(3, ErrBadJSON, "")}},
		{"two objects on a line", `{"text":"a"} {"text":"b"}`, Options{}, []lineResult{bad(1, ErrBadJSON, "read dir/f.jsonl line 1: bad JSON at byte 13 of the line: more after the object; write one article object a line")}},
		{"trailing comma", `{"text":"a",}`, Options{}, []lineResult{bad(1, ErrBadJSON, "")}},
		{"raw control byte deep in a long string", "{\"text\":\"Talks began on Monday\tand ended on Tuesday.\"}", Options{}, []lineResult{
			bad(1, ErrBadJSON, "read dir/f.jsonl line 1: bad JSON at byte 30 of the line: control character in a string; escape it; write one article object a line")}},
		{"bad escape", `{"text":"a\x"}`, Options{}, []lineResult{bad(1, ErrBadJSON, "")}},
		{"bad unicode escape", `{"text":"a\u12G4"}`, Options{}, []lineResult{bad(1, ErrBadJSON, "")}},
		{"unclosed string", `{"text":"a`, Options{}, []lineResult{bad(1, ErrBadJSON, "")}},
		{"bad number", `{"n":01,"text":"a"}`, Options{}, []lineResult{bad(1, ErrBadJSON, "")}},
		{"bad literal", `{"n":nul,"text":"a"}`, Options{}, []lineResult{bad(1, ErrBadJSON, "")}},
		{"nested too deep", `{"n":` + strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1) + `,"text":"a"}`, Options{}, []lineResult{bad(1, ErrBadJSON, "")}},
		{"nested deep enough", `{"n":` + strings.Repeat("[", maxDepth) + strings.Repeat("]", maxDepth) + `,"text":"a"}`, Options{}, []lineResult{ok(1, "f:1", "", "a")}},
		{"line over the limit", "{\"text\":\"a\"}\n{\"text\":\"" + strings.Repeat("b", 100) + "\"}\n{\"text\":\"c\"}", Options{MaxBytes: 50}, []lineResult{
			ok(1, "f:1", "", "a"), bad(2, ErrTooLong, "read dir/f.jsonl line 2: too long: the line is over 50 bytes; split the record or raise the size limit"), ok(3, "f:3", "", "c")}},
		{"blank lines only", "\n  \n\r\n", Options{}, nil},
		{"empty input", "", Options{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readLines(t, tt.input, tt.opts)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d results %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if w.err != nil {
					if !errors.Is(g.err, w.err) || g.line != w.line || (w.msg != "" && g.msg != w.msg) {
						t.Errorf("result %d: got line %d error %q, want line %d error %v %q", i, g.line, g.msg, w.line, w.err, w.msg)
					}
					continue
				}
				if g.err != nil || g.line != w.line || g.id != w.id || g.date != w.date || g.text != w.text || g.title != w.title {
					t.Errorf("result %d:\n got %+v\nwant %+v", i, g, w)
				}
			}
		})
	}
}

// TestJSONLinesLongLines crosses the read buffer: a line longer than it but
// under the limit is read whole; one over the limit is skipped and reading
// goes on.
func TestJSONLinesLongLines(t *testing.T) {
	big := strings.Repeat("word ", 3*jsonlBufSize/5) // 3 MiB
	input := "{\"text\":\"" + big + "\"}\n{\"text\":\"" + big + big + "\"}\n{\"text\":\"small\"}"
	got := readLines(t, input, Options{MaxBytes: 4 * jsonlBufSize})
	if len(got) != 3 || got[0].text != big || !errors.Is(got[1].err, ErrTooLong) || got[1].line != 2 || got[2].text != "small" || got[2].line != 3 {
		t.Errorf("got %d results; first has the big text: %v; second %q; third %+v", len(got), len(got) > 0 && got[0].text == big, got[min(1, len(got)-1)].msg, got[len(got)-1])
	}
}

// oracle reads a line the way decode should, with encoding/json: a JSON
// object whose kept keys, matched exactly, hold strings or null (or a number
// for the id). ok is false for lines that are not such an object.
func oracle(line []byte) (rec record, ok bool) {
	trimmed := bytes.TrimLeft(line, " \t\r\n")
	if !json.Valid(line) || len(trimmed) == 0 || trimmed[0] != '{' {
		return rec, false
	}
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if _, err := dec.Token(); err != nil {
		return rec, false
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return rec, false
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return rec, false
		}
		var dst *string
		switch tok {
		case "id":
			dst = &rec.ID
		case "date":
			dst = &rec.Date
		case "title":
			dst = &rec.Title
		case "text":
			dst = &rec.Text
		case "url":
			dst = &rec.URL
		case "source":
			dst = &rec.Source
		default:
			continue
		}
		switch c := raw[0]; {
		case c == '"':
			if err := json.Unmarshal(raw, dst); err != nil {
				return rec, false
			}
		case string(raw) == "null":
		case tok == "id" && (c == '-' || ('0' <= c && c <= '9')):
			*dst = string(raw)
		default:
			return rec, false
		}
	}
	return rec, true
}

// FuzzDecode holds the hand-written decoder to encoding/json: the same lines
// are accepted, with the same fields.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","date":"2025-01-02","title":"T","text":"x\ny","url":"u","source":"s"}`,
		`{"id":12,"text":"\u00e9\ud83d\ude00\ud800","persons":[{"a":[1,-2.5E+3,true,false,null]}],"x":{}}`,
		`{"text":"a","text":null}`, `{"Text":"a"}`, `{"t\u0065xt":"a"}`, `{}`, ` {"text" : "a" } `,
		`{"text":"a",}`, `{"n":01}`, `{"n":1.}`, `{"n":-}`, `{"n":1e}`, `[1]`, `null`, `{"a":"\x"}`, "{\"a\":\"\x01\"}", "{\"text\":\"0123456789abcdef\x1f0123456789\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		if !utf8.Valid(line) {
			return // decode rejects these before parsing
		}
		var p parser
		var got record
		p.b = line
		err := p.object(&got)
		want, ok := oracle(line)
		if ok != (err == nil) {
			t.Fatalf("%q: decoder error %v, encoding/json accepts: %v", line, err, ok)
		}
		if ok && got != want {
			t.Fatalf("%q:\n got %+v\nwant %+v", line, got, want)
		}
	})
}

// FuzzJSONLines: any input, no panic; every document well formed, every
// error a DocError with a line.
func FuzzJSONLines(f *testing.F) {
	for _, s := range []string{
		"{\"id\":\"a\",\"text\":\"One.\"}\n{bad\n{\"text\":\"Two.\",\"date\":\"2025-01-02\"}",
		"\xef\xbb\xbf{\"text\":\"a\"}\r\n\n", "{\"text\":\"a\xff\"}", "{\"text\":\"\\ud800\"}", "", "\n\n\n", "{\"text\":\"" + strings.Repeat("x", 300) + "\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 1 + bytes.Count(data, []byte("\n"))
		err := JSONLines(bytes.NewReader(data), "fuzz.jsonl", Options{MaxBytes: 256}, func(doc accord.Document, err error) error {
			var de *DocError
			switch {
			case err != nil && (!errors.As(err, &de) || de.Origin.Line < 1 || de.Origin.Line > lines):
				t.Fatalf("error %v is not a DocError with a line in 1..%d", err, lines)
			case err == nil:
				checkDoc(t, doc)
				if doc.Origin.Path != "fuzz.jsonl" || doc.Origin.Line < 1 || doc.Origin.Line > lines {
					t.Fatalf("bad origin %+v", doc.Origin)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	})
}

// ExampleJSONLines reads two lines, one of them bad, and goes on.
func ExampleJSONLines() {
	in := "{\"id\":\"a\",\"date\":\"2025-01-02\",\"text\":\"Talks began.\"}\n{\"id\":\"b\"}\n"
	_ = JSONLines(strings.NewReader(in), "news.jsonl", Options{}, func(doc accord.Document, err error) error {
		if err != nil {
			fmt.Println(err)
			return nil
		}
		fmt.Println(doc.ID, accord.FormatDate(doc.Date), doc.Text)
		return nil
	})
	// Output:
	// a 2025-01-02 Talks began.
	// read news.jsonl line 2: no text: the "text" field is missing, null or blank; give every article its text
}
