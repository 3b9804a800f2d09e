package eval

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// A Tally is what matching found in one category over all documents.
type Tally struct {
	TP, FP, FN int
	// Duplicates are system items that match only gold items already
	// matched; they count as neither true nor false positives.
	Duplicates int
	// Extras are the extra accuracies measured over true positives, keyed
	// by name (CountryAccuracy, ...); one is present only when an item was
	// measured for it.
	Extras map[string]Ratio
}

// A Ratio is good out of total.
type Ratio struct {
	Good, Total int
}

// Value is good/total rounded as score.py rounds it.
func (r Ratio) Value() float64 {
	return round4(float64(r.Good) / float64(r.Total))
}

func (t *Tally) addExtra(key string, ok bool) {
	if t.Extras == nil {
		t.Extras = make(map[string]Ratio)
	}
	r := t.Extras[key]
	r.Total++
	if ok {
		r.Good++
	}
	t.Extras[key] = r
}

// prf is precision, recall and F1, not rounded, computed as score.py does.
func (t Tally) prf() (p, r, f float64) {
	if t.TP+t.FP > 0 {
		p = float64(t.TP) / float64(t.TP+t.FP)
	}
	if t.TP+t.FN > 0 {
		r = float64(t.TP) / float64(t.TP+t.FN)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Precision is tp/(tp+fp), 0 when there is nothing, rounded to 4 decimals.
func (t Tally) Precision() float64 { p, _, _ := t.prf(); return round4(p) }

// Recall is tp/(tp+fn), 0 when there is nothing, rounded to 4 decimals.
func (t Tally) Recall() float64 { _, r, _ := t.prf(); return round4(r) }

// F1 is the harmonic mean of the unrounded precision and recall, rounded to
// 4 decimals.
func (t Tally) F1() float64 { _, _, f := t.prf(); return round4(f) }

// round4 is Python's round(x, 4): the decimal nearest to x's exact binary
// value, ties to even, read back as a float.
func round4(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return x
	}
	v, err := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	if err != nil {
		return x
	}
	return v
}

// pyRepr is Python's repr of a float, as str() and json.dumps write it.
func pyRepr(x float64) string {
	switch {
	case math.IsNaN(x):
		return "NaN"
	case math.IsInf(x, 1):
		return "Infinity"
	case math.IsInf(x, -1):
		return "-Infinity"
	}
	if a := math.Abs(x); a != 0 && (a < 1e-4 || a >= 1e16) {
		return strconv.FormatFloat(x, 'e', -1, 64)
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// A Result is the figures of one scoring, with the misses and the type
// confusion when Options asked for them.
type Result struct {
	// Categories holds a Tally for each category with at least one true
	// positive, false positive or false negative, as score.py reports them.
	Categories             map[string]Tally
	Documents              int // gold documents
	DocumentsWithoutOutput int // gold documents with no system document of the same id
	Misses                 []Miss
	Confusion              Confusion
	Options                Options
}

// fields is one category's figures as score.py's result() gives them:
// sorted keys with their values written as Python's json.dumps writes them.
func (t Tally) fields() (keys []string, vals map[string]string) {
	vals = map[string]string{
		"tp": strconv.Itoa(t.TP), "fp": strconv.Itoa(t.FP), "fn": strconv.Itoa(t.FN),
		"precision": pyRepr(t.Precision()), "recall": pyRepr(t.Recall()), "f1": pyRepr(t.F1()),
	}
	if t.Duplicates != 0 {
		vals["duplicates"] = strconv.Itoa(t.Duplicates)
	}
	for k, r := range t.Extras {
		if r.Total == 0 {
			vals[k] = "null"
		} else {
			vals[k] = pyRepr(r.Value())
		}
	}
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys, vals
}

// MarshalJSON writes the object `score.py --json` prints, byte for byte:
// the same keys, sorted, the same values, Python's separators. Misses and
// the confusion table are left out.
func (r Result) MarshalJSON() ([]byte, error) {
	vals := map[string]string{
		"documents":                strconv.Itoa(r.Documents),
		"documents_without_output": strconv.Itoa(r.DocumentsWithoutOutput),
	}
	for c, t := range r.Categories {
		keys, fv := t.fields()
		var b strings.Builder
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s: %s", strconv.Quote(k), fv[k])
		}
		b.WriteByte('}')
		vals[c] = b.String()
	}
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b bytes.Buffer
	b.WriteByte('{')
	for i, k := range keys {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s: %s", strconv.Quote(k), vals[k])
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// WriteText writes the lines score.py prints without --json: the number of
// documents, then one line a category. When r.Options asked for them, the
// misses (WriteMisses) and the confusion table (WriteConfusion) follow, each
// after a blank line.
func (r Result) WriteText(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "documents: %d (without output: %d)\n", r.Documents, r.DocumentsWithoutOutput)
	for _, c := range Categories() {
		t, ok := r.Categories[c]
		if !ok {
			continue
		}
		keys, vals := t.fields()
		var extras []string
		for _, k := range keys {
			switch k {
			case "tp", "fp", "fn", "precision", "recall", "f1":
				continue
			}
			v := vals[k]
			if v == "null" {
				v = "None"
			}
			extras = append(extras, k+"="+v)
		}
		line := fmt.Sprintf("%-12s P=%s R=%s F1=%s tp=%d fp=%d fn=%d %s", c,
			strconv.FormatFloat(t.Precision(), 'f', 3, 64),
			strconv.FormatFloat(t.Recall(), 'f', 3, 64),
			strconv.FormatFloat(t.F1(), 'f', 3, 64),
			t.TP, t.FP, t.FN, strings.Join(extras, " "))
		fmt.Fprintln(bw, strings.TrimRightFunc(line, isSpace))
	}
	if r.Options.Misses {
		fmt.Fprintln(bw)
		if err := r.WriteMisses(bw); err != nil {
			return err
		}
	}
	if r.Options.Confusion {
		fmt.Fprintln(bw)
		if err := r.WriteConfusion(bw); err != nil {
			return err
		}
	}
	return bw.Flush()
}
