package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// An entry is one line of a lexicon file.
type entry struct {
	Kind    string
	Phrases []string
	Code    string
	Attrs   string // "type=city"; empty for none
	// Comment, when set, is written on its own line above the entry.
	Comment string
}

// line formats e as a lexicon line: kind | phrases | code | class | attributes.
func (e entry) line() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-7s | %s | %s", e.Kind, strings.Join(e.Phrases, "; "), e.Code)
	if e.Attrs != "" {
		fmt.Fprintf(&b, " | - | %s", e.Attrs)
	}
	return b.String()
}

// A section is a run of entries under a heading comment.
type section struct {
	Title   string
	Entries []entry
}

// writeLex writes a lexicon file: the header lines as comments, then each
// section under its title.
func writeLex(w io.Writer, header []string, sections []section) error {
	bw := bufio.NewWriter(w)
	for _, h := range header {
		if h == "" {
			bw.WriteString("#\n")
			continue
		}
		bw.WriteString("# " + h + "\n")
	}
	for _, s := range sections {
		if len(s.Entries) == 0 {
			continue
		}
		fmt.Fprintf(bw, "\n# %s\n", s.Title)
		for _, e := range s.Entries {
			if e.Comment != "" {
				bw.WriteString("# " + e.Comment + "\n")
			}
			bw.WriteString(e.line() + "\n")
		}
	}
	return bw.Flush()
}

// readPhrases returns the phrases of every entry of a lexicon file, keyed
// by their lower-cased form, with the code of the entry. Comments and blank
// lines are skipped; name is used in messages.
func readPhrases(r io.Reader, name string) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "|")
		if len(fields) < 2 {
			return nil, fmt.Errorf("reading %s line %d: no phrases", name, n)
		}
		code := ""
		if len(fields) > 2 {
			code = strings.TrimSpace(fields[2])
		}
		for _, p := range strings.Split(fields[1], ";") {
			if p = strings.TrimSpace(p); p != "" {
				out[strings.ToLower(p)] = code
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}
