package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"unicode/utf8"
)

// ErrFormat is wrapped by the errors of ReadGold and ReadSystem for a line
// that is JSON but not in the shape FORMAT.md gives.
var ErrFormat = errors.New("not in the evaluation format")

// readLines calls fn with each non-blank line of r and its number, counting
// lines as Python's universal newlines do (a line ends at "\n", "\r\n" or a
// lone "\r") and stripping white space as str.strip does. It stops at the
// first error and returns it, wrapped with name and the line number.
func readLines(r io.Reader, name string, fn func(line []byte) error) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	for n := 1; len(data) > 0; n++ {
		end, next := len(data), len(data)
		if i := bytes.IndexAny(data, "\r\n"); i >= 0 {
			end, next = i, i+1
			if data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n' {
				next = i + 2
			}
		}
		line := data[:end]
		data = data[next:]
		if !utf8.Valid(line) {
			return fmt.Errorf("read %s line %d: invalid UTF-8", name, n)
		}
		line = []byte(pyStrip(string(line)))
		if len(line) == 0 {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("read %s line %d: %w", name, n, err)
		}
	}
	return nil
}

// object decodes one line into a JSON object.
func object(line []byte) (map[string]any, error) {
	var v any
	if err := json.Unmarshal(line, &v); err != nil {
		return nil, fmt.Errorf("not JSON: %w", err)
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%w: want a JSON object, got %s", ErrFormat, kind(v))
	}
	return m, nil
}

// kind names the JSON type of v for messages.
func kind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case float64:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// The functions below read decoded JSON values the way score.py does, with
// Python's rules for truth and iteration.

// otherMark starts the text kept for a value of another JSON type than the
// string the referee expects: a byte that no decoded JSON string holds, so
// that such a value equals no gold string, as in Python.
const otherMark = "\xff"

// other is the text kept for a value that is not a string: the mark and
// the value's JSON.
func other(v any) string {
	if v == nil {
		return otherMark + "null"
	}
	return otherMark + display(v)
}

// truthy is Python's bool() of a decoded JSON value.
func truthy(v any) bool {
	switch v := v.(type) {
	case nil:
		return false
	case bool:
		return v
	case float64:
		return v != 0
	case string:
		return v != ""
	case []any:
		return len(v) > 0
	case map[string]any:
		return len(v) > 0
	}
	return true
}

// orEmpty is Python's (v or ""), where the result is then used as a string.
func orEmpty(v any) string {
	if !truthy(v) {
		return ""
	}
	if s, ok := v.(string); ok {
		return s
	}
	return other(v)
}

// orNil is v kept as it is, with null (or absence) apart from any string.
func orNil(v any) *string {
	switch v := v.(type) {
	case nil:
		return nil
	case string:
		return &v
	}
	s := other(v)
	return &s
}

// elems is Python's iteration over (v or []): the items of a list, the
// characters of a string, the keys of an object. Python cannot iterate a
// number or a boolean; those read as nothing.
func elems(v any) []any {
	if !truthy(v) {
		return nil
	}
	switch v := v.(type) {
	case []any:
		return v
	case string:
		var out []any
		for _, r := range v {
			out = append(out, string(r))
		}
		return out
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		out := make([]any, len(keys))
		for i, k := range keys {
			out[i] = k
		}
		return out
	}
	return nil
}

// dateValue is score.py's date_str as seen by date_matches: an object gives
// its "start", or its "date" when "start" is false. The result is "" for
// null, absence and the empty string (which date_matches treats alike), the
// string itself, or another value's marked text, which matches no date.
func dateValue(v any) string {
	if m, ok := v.(map[string]any); ok {
		v = m["start"]
		if !truthy(v) {
			v = m["date"]
		}
	}
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	}
	return other(v)
}

// actorCountry is score.py's country(): an object gives its "country", and a
// false value reads as "---".
func actorCountry(v any) string {
	if m, ok := v.(map[string]any); ok {
		v = m["country"]
	}
	if !truthy(v) {
		return noActor
	}
	return orEmpty(v)
}

// display is v as text for people: a string as it is, null as "", anything
// else as compact JSON.
func display(v any) string {
	switch v := v.(type) {
	case nil:
		return ""
	case string:
		return v
	case float64:
		if v == math.Trunc(v) && math.Abs(v) < 1e15 {
			return strconv.FormatInt(int64(v), 10)
		}
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// intValue is a JSON number as an int, or 0.
func intValue(v any) int {
	f, ok := v.(float64)
	if !ok || f != math.Trunc(f) || math.Abs(f) > 1<<40 {
		return 0
	}
	return int(f)
}
