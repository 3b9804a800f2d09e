package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/accord-events/accord"
)

// readAll reads every record and line error; it stops at EOF or another
// error, which it returns.
func readAll(rr *RecordReader) (ids []string, lineErrs []*LineError, err error) {
	for {
		rec, err := rr.Next()
		var le *LineError
		switch {
		case err == io.EOF:
			return ids, lineErrs, nil
		case errors.As(err, &le):
			lineErrs = append(lineErrs, le)
		case err != nil:
			return ids, lineErrs, err
		default:
			ids = append(ids, rec.ID)
		}
	}
}

func TestRecordReader(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		ids   []string
		lines []int    // lines with errors
		errs  []string // a word of each error
	}{
		{"empty", "", nil, nil, nil},
		{"one", `{"id":"a","date":"2025-01-02"}` + "\n", []string{"a"}, nil, nil},
		{"no final newline", `{"id":"a"}` + "\n" + `{"id":"b"}`, []string{"a", "b"}, nil, nil},
		{"CRLF and blanks", "\r\n" + `{"id":"a"}` + "\r\n  \r\n" + `{"id":"b"}` + "\r\n", []string{"a", "b"}, nil, nil},
		{"BOM", "\uFEFF" + `{"id":"a"}` + "\n", []string{"a"}, nil, nil},
		{"bad lines go on", `{"id":"a"}` + "\n" + `{"id":` + "\n" + `[1,2]` + "\n" + `null` + "\n" + `{"date":"2025-01-01"}` + "\n" +
			`{"id":"b","date":"01/02/2025"}` + "\n" + `{"id":"c","events":"none"}` + "\n" + `{"id":"d"} {"id":"e"}` + "\n" + `{"id":"f"}`,
			[]string{"a", "f"}, []int{2, 3, 4, 5, 6, 7, 8}, []string{"unexpected end", "one JSON object", "one JSON object", `no "id"`, "YYYY-MM-DD", "cannot unmarshal", "invalid character"}},
		{"output of accord code", string(export(t, JSONL, Options{}, testRecords())),
			[]string{"r1-meeting", "r2-agreement", "r3-arrest", "r4-quiet", "r5-odd"}, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ids, lerrs, err := readAll(NewRecordReader(strings.NewReader(tc.in), "in.jsonl"))
			if err != nil {
				t.Fatalf("read error: %v", err)
			}
			if strings.Join(ids, ",") != strings.Join(tc.ids, ",") {
				t.Errorf("ids %q, want %q", ids, tc.ids)
			}
			if len(lerrs) != len(tc.lines) {
				t.Fatalf("%d line errors %v, want lines %v", len(lerrs), lerrs, tc.lines)
			}
			for i, le := range lerrs {
				if le.Line != tc.lines[i] || le.Name != "in.jsonl" || !errors.Is(le, ErrNotRecord) || !strings.Contains(le.Error(), tc.errs[i]) {
					t.Errorf("error %d = %v (line %d), want line %d, ErrNotRecord, %q", i, le, le.Line, tc.lines[i], tc.errs[i])
				}
				if !strings.HasPrefix(le.Error(), "in.jsonl line ") {
					t.Errorf("error %q does not start with the input and line", le)
				}
			}
		})
	}
}

func TestRecordReaderLongLines(t *testing.T) {
	long := `{"id":"long","title":"` + strings.Repeat("x", 200<<10) + `"}`
	in := `{"id":"a"}` + "\n" + long + "\n" + `{"id":"b"}` + "\n"
	rr := NewRecordReader(strings.NewReader(in), "-")
	ids, lerrs, err := readAll(rr)
	if err != nil || strings.Join(ids, ",") != "a,long,b" || len(lerrs) != 0 {
		t.Fatalf("ids %q, line errors %v, err %v; want a,long,b", ids, lerrs, err)
	}

	rr = NewRecordReader(strings.NewReader(in+long), "-")
	rr.MaxLine = 100 << 10
	ids, lerrs, err = readAll(rr)
	if err != nil || strings.Join(ids, ",") != "a,b" {
		t.Fatalf("ids %q, err %v; want a,b", ids, err)
	}
	if len(lerrs) != 2 || lerrs[0].Line != 2 || lerrs[1].Line != 4 || !errors.Is(lerrs[0], ErrTooLong) {
		t.Errorf("line errors %v, want ErrTooLong on lines 2 and 4", lerrs)
	}
}

func TestRecordReaderIOError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader(`{"id":"a"}`+"\n"), iotest.ErrReader(boom))
	ids, _, err := readAll(NewRecordReader(r, "-"))
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want the read error", err)
	}
	var le *LineError
	if errors.As(err, &le) {
		t.Error("a read error is reported as a bad line")
	}
	if strings.Join(ids, ",") != "a" {
		t.Errorf("ids %q, want a", ids)
	}
}

// FuzzRecordReader reads arbitrary input and exports whatever records it
// finds in every format, checking that nothing panics and that each format
// stays well formed.
func FuzzRecordReader(f *testing.F) {
	f.Add(export(f, JSONL, Options{}, testRecords()))
	f.Add([]byte(`{"id":"x","events":[{"id":"e1","cameo":"","source":{"country":"\t"},"evidence":{"start":-5,"end":3,"text":"a\nb"}}]}`))
	f.Add([]byte(`{"id":"x","events":[{"cameo":"0\u00e9","source":{"country":"PAK","span":{"start":1,"end":2}},"evidence":{"start":0,"end":3,"text":"\u00e9a"}}]}`))
	f.Add([]byte("\uFEFF{\"id\":\"y\",\"date\":\"2025-02-29\"}\n\n[]\n"))
	f.Add([]byte(`{"id":"z","date":"2024-12-31","events":[{"id":"=1","date":"2024-12-31","goldstein":-10,"source":{"name":"@x"}}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		rr := NewRecordReader(bytes.NewReader(in), "fuzz")
		rr.MaxLine = 1 << 16
		var recs []accord.Record
		for {
			rec, err := rr.Next()
			var le *LineError
			if errors.As(err, &le) {
				continue
			}
			if err != nil {
				break
			}
			if rec.ID == "" {
				t.Fatal("a record without id was returned")
			}
			recs = append(recs, rec)
		}
		rows := 0
		for _, rec := range recs {
			rows += len(rec.Events)
		}
		if lines := gdeltLines(t, export(t, GDELT, Options{}, recs)); len(lines) != rows {
			t.Fatalf("%d GDELT lines for %d events", len(lines), rows)
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(export(t, CSV, Options{Excel: true}, recs), []byte("\uFEFF"))))
		r.FieldsPerRecord = len(csvColumns)
		if all, err := r.ReadAll(); err != nil || len(all) != rows+1 {
			t.Fatalf("CSV: %d rows, %v; want %d", len(all), err, rows+1)
		}
		for _, line := range bytes.Split(export(t, PLOVER, Options{}, recs), []byte("\n")) {
			if len(line) > 0 && !json.Valid(line) {
				t.Fatalf("PLOVER line is not JSON: %s", line)
			}
		}
		if back := decodeJSONL(t, export(t, JSONL, Options{}, recs)); len(back) != len(recs) {
			t.Fatalf("jsonl: %d records back, want %d", len(back), len(recs))
		}
	})
}

// benchInput is the JSON Lines of n copies of the test records.
func benchInput(b *testing.B, n int) []byte {
	var buf bytes.Buffer
	for range n {
		buf.Write(export(b, JSONL, Options{}, testRecords()))
	}
	return buf.Bytes()
}

func BenchmarkRecordReader(b *testing.B) {
	in := benchInput(b, 100)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		rr := NewRecordReader(bytes.NewReader(in), "bench")
		for {
			if _, err := rr.Next(); err == io.EOF {
				break
			}
		}
	}
}

func BenchmarkWriters(b *testing.B) {
	rows := testRows()
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				w, _ := NewWriter(format, io.Discard, Options{})
				for _, r := range rows {
					w.Write(r)
				}
				w.Close()
			}
		})
	}
}
