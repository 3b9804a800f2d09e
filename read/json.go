package read

import (
	"encoding/binary"
	"fmt"
	"unicode/utf8"
)

// This file decodes one JSON Lines record. encoding/json ran at under
// 80 MB/s on the news corpus (it scans each line twice and decodes every
// string); this decoder validates the whole line as RFC 8259 JSON in one
// pass and copies only the six fields a Document keeps, at several hundred
// MB/s. It follows encoding/json where they meet: the last of duplicate keys
// wins, null leaves a field as it was, lone UTF-16 surrogates in \u escapes
// become U+FFFD. Keys match exactly ("Text" is an unknown field), unlike
// encoding/json's case folding. The line must be valid UTF-8 already.

// maxDepth bounds the nesting of ignored values, as encoding/json does, so a
// line of ten million '[' cannot exhaust the stack.
const maxDepth = 10000

// errJSON is a syntax error at a byte offset of the line.
type errJSON struct {
	off int
	msg string
}

func (e *errJSON) Error() string { return fmt.Sprintf("at byte %d of the line: %s", e.off, e.msg) }

// A parser walks one line; buf is scratch for strings with escapes, kept
// between lines.
type parser struct {
	b   []byte
	i   int
	buf []byte
}

func (p *parser) fail(msg string) error { return &errJSON{off: p.i, msg: msg} }

func (p *parser) failChar(want string) error {
	if p.i >= len(p.b) {
		return p.fail("line ends where " + want + " should be")
	}
	return p.fail(fmt.Sprintf("found %q where %s should be", rune(p.b[p.i]), want))
}

func (p *parser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// object reads the line's one object into rec, setting each known field
// (last one wins) and checking the rest.
func (p *parser) object(rec *record) error {
	p.ws()
	if p.i >= len(p.b) || p.b[p.i] != '{' {
		return p.failChar("'{'")
	}
	p.i++
	p.ws()
	if p.i < len(p.b) && p.b[p.i] == '}' {
		p.i++
		return p.end()
	}
	for {
		if p.i >= len(p.b) || p.b[p.i] != '"' {
			return p.failChar("a key in double quotes")
		}
		key, err := p.str()
		if err != nil {
			return err
		}
		var dst *string
		switch string(key) {
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
		}
		isID := string(key) == "id"
		p.ws()
		if p.i >= len(p.b) || p.b[p.i] != ':' {
			return p.failChar("':' after the key")
		}
		p.i++
		p.ws()
		if dst == nil {
			if err := p.skip(0); err != nil {
				return err
			}
		} else if err := p.field(dst, key, isID); err != nil {
			return err
		}
		p.ws()
		if p.i < len(p.b) && p.b[p.i] == ',' {
			p.i++
			p.ws()
			continue
		}
		if p.i < len(p.b) && p.b[p.i] == '}' {
			p.i++
			return p.end()
		}
		return p.failChar("',' or '}'")
	}
}

// end checks that nothing but white space follows the object.
func (p *parser) end() error {
	p.ws()
	if p.i < len(p.b) {
		return p.fail("more after the object")
	}
	return nil
}

// field reads a value for a kept field: a string, null (no change), or for
// the id a number kept as written.
func (p *parser) field(dst *string, key []byte, isID bool) error {
	start := p.i
	if p.i < len(p.b) && p.b[p.i] == '"' {
		s, err := p.str()
		if err != nil {
			return err
		}
		*dst = string(s)
		return nil
	}
	if err := p.skip(0); err != nil {
		return err
	}
	v := p.b[start:p.i]
	switch {
	case string(v) == "null":
		return nil
	case isID && (v[0] == '-' || ('0' <= v[0] && v[0] <= '9')):
		*dst = string(v)
		return nil
	}
	want := "a string"
	if isID {
		want = "a string or a number"
	}
	return fmt.Errorf("field %q holds %s, want %s", key, kindName(v[0]), want)
}

func kindName(c byte) string {
	switch c {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case 't', 'f':
		return "a boolean"
	}
	return "a number"
}

// str reads the string at p.i (an opening quote) and returns its value: a
// slice of the line when it has no escapes, else of p.buf; either is valid
// until the next call.
func (p *parser) str() ([]byte, error) {
	b := p.b
	start := p.i + 1
	i := plainRun(b, start)
	if i < len(b) && b[i] == '"' {
		p.i = i + 1
		return b[start:i], nil
	}
	p.buf = append(p.buf[:0], b[start:i]...)
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			p.i = i + 1
			return p.buf, nil
		case c < 0x20:
			p.i = i
			return nil, p.fail("control character in a string; escape it")
		case c != '\\':
			// Copy the run up to the next quote, escape or control byte.
			j := plainRun(b, i+1)
			p.buf = append(p.buf, b[i:j]...)
			i = j
			continue
		}
		if i+1 >= len(b) {
			break
		}
		switch e := b[i+1]; e {
		case '"', '\\', '/':
			p.buf = append(p.buf, e)
		case 'b':
			p.buf = append(p.buf, '\b')
		case 'f':
			p.buf = append(p.buf, '\f')
		case 'n':
			p.buf = append(p.buf, '\n')
		case 'r':
			p.buf = append(p.buf, '\r')
		case 't':
			p.buf = append(p.buf, '\t')
		case 'u':
			r := hex4(b[i+2:])
			if r < 0 {
				p.i = i
				return nil, p.fail(`bad \u escape; write four hex digits`)
			}
			i += 6
			if 0xD800 <= r && r < 0xDC00 && i+1 < len(b) && b[i] == '\\' && b[i+1] == 'u' {
				if lo := hex4(b[i+2:]); 0xDC00 <= lo && lo < 0xE000 {
					p.buf = utf8.AppendRune(p.buf, 0x10000+(r-0xD800)<<10+(lo-0xDC00))
					i += 6
					continue
				}
			}
			if 0xD800 <= r && r < 0xE000 {
				r = utf8.RuneError // a lone surrogate, as encoding/json does
			}
			p.buf = utf8.AppendRune(p.buf, r)
			continue
		default:
			p.i = i
			return nil, p.fail(fmt.Sprintf("bad escape %q in a string", b[i:i+2]))
		}
		i += 2
	}
	p.i = len(b)
	return nil, p.fail("string not closed; end it with a double quote")
}

// plainRun returns the index of the first byte of b at or after i that ends
// a run of plain string bytes: a quote, a backslash or a control byte. It
// looks at eight bytes at a time, since article texts are long runs.
func plainRun(b []byte, i int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		q := x ^ ones*'"'
		s := x ^ ones*'\\'
		// Each term has a high bit set iff some byte is zero (a quote or a
		// backslash) or below 0x20; bytes of 0x80 and up never count.
		if ((q-ones)&^q|(s-ones)&^s|(x-ones*0x20)&^x)&highs != 0 {
			break
		}
	}
	for i < len(b) {
		if c := b[i]; c == '"' || c == '\\' || c < 0x20 {
			return i
		}
		i++
	}
	return i
}

// hex4 reads four hex digits, or returns -1.
func hex4(b []byte) rune {
	if len(b) < 4 {
		return -1
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r<<4 | rune(c)
	}
	return r
}

// skip checks the value at p.i and moves past it.
func (p *parser) skip(depth int) error {
	if p.i >= len(p.b) {
		return p.fail("line ends where a value should be")
	}
	switch c := p.b[p.i]; {
	case c == '"':
		_, err := p.str()
		return err
	case c == '{' || c == '[':
		if depth >= maxDepth {
			return p.fail("values nested too deep")
		}
		return p.container(depth + 1)
	case c == '-' || ('0' <= c && c <= '9'):
		return p.number()
	case c == 't':
		return p.literal("true")
	case c == 'f':
		return p.literal("false")
	case c == 'n':
		return p.literal("null")
	}
	return p.failChar("a value")
}

// container checks an object or array at p.i.
func (p *parser) container(depth int) error {
	obj := p.b[p.i] == '{'
	closer := byte(']')
	if obj {
		closer = '}'
	}
	p.i++
	p.ws()
	if p.i < len(p.b) && p.b[p.i] == closer {
		p.i++
		return nil
	}
	for {
		if obj {
			if p.i >= len(p.b) || p.b[p.i] != '"' {
				return p.failChar("a key in double quotes")
			}
			if _, err := p.str(); err != nil {
				return err
			}
			p.ws()
			if p.i >= len(p.b) || p.b[p.i] != ':' {
				return p.failChar("':' after the key")
			}
			p.i++
			p.ws()
		}
		if err := p.skip(depth); err != nil {
			return err
		}
		p.ws()
		if p.i < len(p.b) && p.b[p.i] == ',' {
			p.i++
			p.ws()
			continue
		}
		if p.i < len(p.b) && p.b[p.i] == closer {
			p.i++
			return nil
		}
		return p.failChar(fmt.Sprintf("',' or %q", closer))
	}
}

// number checks -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? at p.i.
func (p *parser) number() error {
	b := p.b
	i := p.i
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case i < len(b) && '1' <= b[i] && b[i] <= '9':
		i = digits(b, i)
	default:
		p.i = i
		return p.failChar("a digit")
	}
	if i < len(b) && b[i] == '.' {
		i++
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			p.i = i
			return p.failChar("a digit after '.'")
		}
		i = digits(b, i)
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if i >= len(b) || b[i] < '0' || b[i] > '9' {
			p.i = i
			return p.failChar("a digit in the exponent")
		}
		i = digits(b, i)
	}
	p.i = i
	return nil
}

func digits(b []byte, i int) int {
	for i < len(b) && '0' <= b[i] && b[i] <= '9' {
		i++
	}
	return i
}

func (p *parser) literal(word string) error {
	if len(p.b)-p.i < len(word) || string(p.b[p.i:p.i+len(word)]) != word {
		return p.failChar(fmt.Sprintf("%q", word))
	}
	p.i += len(word)
	return nil
}
