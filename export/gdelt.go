package export

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/accord-events/accord"
)

// gdeltColumns are the 61 columns of the GDELT 2.0 event table, in order.
var gdeltColumns = [...]string{
	"GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
	"Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
	"Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
	"ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTColumns returns the names of the GDELT 2.0 event table's columns, in
// the order the gdelt writer writes them. The table itself has no header;
// tools that want one can take it from here.
func GDELTColumns() []string { return gdeltColumns[:] }

// Column indexes of the GDELT row, for the fields accord fills.
const (
	gID = iota
	gDay
	gMonthYear
	gYear
	gFraction
	gActor1 // 10 fields: Code, Name, CountryCode, KnownGroupCode, Ethnic, Religion1, Religion2, Type1, Type2, Type3
)

const (
	gActor2     = gActor1 + 10
	gRoot       = gActor2 + 10
	gEventCode  = gRoot + 1
	gBaseCode   = gRoot + 2
	gRootCode   = gRoot + 3
	gQuad       = gRoot + 4
	gGoldstein  = gRoot + 5
	gMentions   = gRoot + 6
	gSources    = gRoot + 7
	gArticles   = gRoot + 8
	gTone       = gRoot + 9
	gActor1Geo  = gRoot + 10 // 8 fields: Type, FullName, CountryCode, ADM1, ADM2, Lat, Long, FeatureID
	gActor2Geo  = gActor1Geo + 8
	gActionGeo  = gActor2Geo + 8
	gDateAdded  = gActionGeo + 8
	gSourceURL  = gDateAdded + 1
	gdeltFields = gSourceURL + 1
)

// gdeltWriter writes the GDELT 2.0 event table: tab-separated, no header,
// one event a line.
type gdeltWriter struct {
	w      *bufio.Writer
	closed bool
}

// NewGDELT returns a writer of GDELT 2.0 event table lines to w.
func NewGDELT(w io.Writer) Writer {
	return &gdeltWriter{w: bufio.NewWriter(w)}
}

func (g *gdeltWriter) Write(r Row) error {
	if g.closed {
		return ErrClosed
	}
	f := gdeltRow(r)
	for i, v := range f {
		if i > 0 {
			g.w.WriteByte('\t')
		}
		g.w.WriteString(v)
	}
	return g.w.WriteByte('\n')
}

func (g *gdeltWriter) Close() error {
	if g.closed {
		return nil
	}
	g.closed = true
	return g.w.Flush()
}

// gdeltRow fills the columns accord knows; docs/EXPORT.md maps each.
func gdeltRow(r Row) [gdeltFields]string {
	var f [gdeltFields]string
	e := r.Event
	f[gID] = strconv.FormatInt(r.globalID(), 10)
	if day := eventDay(r); day != "" {
		t, _ := parseDay(day)
		f[gDay] = t.Format("20060102")
		f[gMonthYear] = t.Format("200601")
		f[gYear] = t.Format("2006")
		f[gFraction] = fractionDate(t.Year(), t.YearDay())
	}
	copy(f[gActor1:gActor1+10], gdeltActor(e.Source, r.SourcePerson))
	copy(f[gActor2:gActor2+10], gdeltActor(e.Target, r.TargetPerson))
	if r.Root {
		f[gRoot] = "1"
	} else {
		f[gRoot] = "0"
	}
	if code := e.Cameo; code != "" {
		f[gEventCode] = code
		f[gBaseCode] = code[:min(3, len(code))]
		f[gRootCode] = code[:min(2, len(code))]
	}
	if q := quadClass(e); q != 0 {
		f[gQuad] = strconv.Itoa(q)
	}
	if e.Cameo != "" {
		f[gGoldstein] = strconv.FormatFloat(e.Goldstein, 'f', -1, 64)
	}
	m, s, a := r.counts()
	f[gMentions], f[gSources], f[gArticles] = strconv.Itoa(m), strconv.Itoa(s), strconv.Itoa(a)
	// Geo types: 0 where accord has no geocoded place, as GDELT writes
	// for an actor or action it could not place.
	f[gActor1Geo], f[gActor2Geo], f[gActionGeo] = "0", "0", "0"
	f[gActionGeo+1] = e.Place
	switch {
	case !r.Report.Added.IsZero():
		f[gDateAdded] = r.Report.Added.UTC().Format("20060102150405")
	case f[gDay] != "":
		if t, ok := parseDay(r.Report.Date); ok {
			f[gDateAdded] = t.Format("20060102") + "000000"
		} else {
			f[gDateAdded] = f[gDay] + "000000"
		}
	}
	f[gSourceURL] = sourceURL(r.Report)
	for i := range f {
		f[i] = tsvField(f[i])
	}
	return f
}

// fractionDate is GDELT's FractionDate: the year plus the day of the year
// over 365, to four places, never reaching the next year.
func fractionDate(year, yday int) string {
	n := min(int(math.Round(float64(yday)*10000/365)), 9999)
	return fmt.Sprintf("%d.%04d", year, n)
}

// quadClass is the event's GDELT quad class, or the one its CAMEO root
// gives when the record has none.
func quadClass(e accord.Event) int {
	if e.QuadClass >= 1 && e.QuadClass <= 4 {
		return e.QuadClass
	}
	if len(e.Cameo) < 2 {
		return 0
	}
	root, err := strconv.Atoi(e.Cameo[:2])
	switch {
	case err != nil || root < 1 || root > 20:
		return 0
	case root <= 5:
		return 1
	case root <= 9:
		return 2
	case root <= 14:
		return 3
	}
	return 4
}

// cameoCountry turns accord's country codes (ISO 3166-1 alpha-3, KSV for
// Kosovo) into CAMEO's, which differ only for East Timor.
func cameoCountry(c string) string {
	if c == "TLS" {
		return "TMP"
	}
	return c
}

// knownGroups are the CAMEO known-group codes of accord's international
// bodies.
var knownGroups = map[string]string{"UNO": "UNO", "EUR": "EEC", "NTO": "NAT"}

// gdeltType turns an accord sector into a CAMEO actor type: accord follows
// PLOVER, which renamed CAMEO's MED (media) JRN and HLH (health) MED.
func gdeltType(sector string) string {
	switch sector {
	case "JRN":
		return "MED"
	case "MED":
		return "HLH"
	}
	return sector
}

// gdeltActor returns the 10 actor columns: code, name, country, known group,
// ethnic, two religions, three types.
func gdeltActor(a accord.Actor, p *accord.Person) []string {
	f := make([]string, 10)
	c := cameoCountry(country(a.Country))
	typ := gdeltType(a.Agent)
	group := knownGroups[c]
	switch {
	case group != "" || c == "IGO":
		code := group
		if code == "" {
			code = "IGO"
		}
		if typ != "" && typ != "IGO" {
			code += typ
		}
		f[0], f[3] = code, group
	default:
		f[0], f[2] = c+typ, c
	}
	name := a.Name
	if name == "" && p != nil {
		name = p.Name
	}
	f[1] = strings.ToUpper(name)
	f[7] = typ
	return f
}

// sourceURL is the report's URL, or a citation when it has none: the
// publication and the report's id.
func sourceURL(rep ReportInfo) string {
	switch {
	case rep.URL != "":
		return rep.URL
	case rep.Source != "" && rep.ID != "":
		return rep.Source + " (" + rep.ID + ")"
	case rep.Source != "":
		return rep.Source
	}
	return rep.ID
}

// tsvField makes s safe in a tab-separated line: tabs and line breaks
// become spaces.
func tsvField(s string) string {
	if !strings.ContainsAny(s, "\t\n\r\v\f\u0085\u2028\u2029") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
			return ' '
		}
		return r
	}, s)
}
