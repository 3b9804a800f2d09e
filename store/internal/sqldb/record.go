package sqldb

import (
	"bytes"
	"compress/flate"
	"encoding/json"
	"io"

	"github.com/accord-events/accord"
)

// A report's coding is kept as JSON compressed with DEFLATE: it is most of
// a report's bytes, and every byte stored costs an ingest twice (the WAL,
// then the checkpoint).

// encodeRecord compresses a record's JSON.
func (db *DB) encodeRecord(rec *accord.Record) ([]byte, error) {
	var buf bytes.Buffer
	zw, _ := db.flaters.Get().(*flate.Writer)
	if zw == nil {
		zw, _ = flate.NewWriter(&buf, flate.BestSpeed)
	} else {
		zw.Reset(&buf)
	}
	defer db.flaters.Put(zw)
	enc := json.NewEncoder(zw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rec); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// decodeRecord reads a record written by encodeRecord.
func decodeRecord(b []byte) (*accord.Record, error) {
	zr := flate.NewReader(bytes.NewReader(b))
	defer zr.Close()
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	rec := new(accord.Record)
	if err := json.Unmarshal(data, rec); err != nil {
		return nil, err
	}
	return rec, nil
}
