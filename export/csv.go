package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// csvColumns is the header of the CSV export.
var csvColumns = []string{
	"report_id", "report_date", "event_id", "type", "cameo", "cameo_label", "quad_class", "goldstein",
	"source_country", "source_sector", "source_name", "target_country", "target_sector", "target_name",
	"symmetric", "tense", "date", "place", "evidence", "trigger", "rule", "url",
}

// CSVColumns returns the CSV export's header.
func CSVColumns() []string { return append([]string(nil), csvColumns...) }

// csvWriter writes one row per event, after a header, RFC 4180 style
// (comma-separated, fields quoted as needed, CRLF line ends), in UTF-8.
type csvWriter struct {
	bw      *bufio.Writer
	w       *csv.Writer
	opts    Options
	started bool
	closed  bool
}

// NewCSV returns a writer of CSV rows to w. The header (and the BOM, if
// opts asks for one) is written with the first row, or by Close when there
// is none, so an empty export is still a valid file.
func NewCSV(w io.Writer, opts Options) Writer {
	bw := bufio.NewWriter(w)
	cw := csv.NewWriter(bw)
	cw.UseCRLF = true
	return &csvWriter{bw: bw, w: cw, opts: opts}
}

func (c *csvWriter) start() error {
	if c.started {
		return nil
	}
	c.started = true
	if c.opts.BOM || c.opts.Excel {
		if _, err := c.bw.WriteString("\uFEFF"); err != nil {
			return err
		}
	}
	return c.w.Write(csvColumns)
}

func (c *csvWriter) Write(r Row) error {
	if c.closed {
		return ErrClosed
	}
	if err := c.start(); err != nil {
		return err
	}
	e := r.Event
	text := func(s string) string {
		if c.opts.Excel {
			return formulaSafe(s)
		}
		return s
	}
	cameo := e.Cameo
	if c.opts.Excel && cameo != "" && !strings.Contains(cameo, `"`) {
		cameo = `="` + cameo + `"`
	}
	quad := ""
	if q := quadClass(e); q != 0 {
		quad = strconv.Itoa(q)
	}
	goldstein := ""
	if e.Cameo != "" {
		goldstein = strconv.FormatFloat(e.Goldstein, 'f', -1, 64)
	}
	return c.w.Write([]string{
		text(r.Report.ID), r.Report.Date, text(e.ID), text(e.Type), cameo, text(e.CameoLabel), quad, goldstein,
		text(country(e.Source.Country)), text(e.Source.Agent), text(e.Source.Name),
		text(country(e.Target.Country)), text(e.Target.Agent), text(e.Target.Name),
		strconv.FormatBool(e.Symmetric), text(string(e.Tense)), text(e.Date), text(e.Place),
		text(e.Evidence.Text), text(e.Trigger.Text), text(e.Rule), text(r.Report.URL),
	})
}

func (c *csvWriter) Close() error {
	if c.closed {
		return nil
	}
	c.closed = true
	if err := c.start(); err != nil {
		return err
	}
	c.w.Flush()
	if err := c.w.Error(); err != nil {
		return err
	}
	return c.bw.Flush()
}

// formulaSafe puts an apostrophe before text that a spreadsheet would read
// as a formula.
func formulaSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
