package lexicon

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"unicode"

	"github.com/accord-events/accord/text"
)

// Kinds lists the entry kinds a lexicon file may use.
var Kinds = []string{
	"country",   // a state's name: code = country
	"demonym",   // nationality adjective or noun: code = country
	"place",     // city, capital, province, region: code = country; type=capital|city|province|region
	"igo",       // international body: code = UNO, EUR, NTO, IGO
	"org",       // government body, force, court, party, company, medium: code = country or -, class = sector
	"group",     // militant or other non-state armed group: code = country or ---, class = REB
	"title",     // office or role: code = country where the title implies one, class = sector
	"rank",      // military or police rank used before a name: class = sector
	"honorific", // Mr, Dr, Prof: dropped when comparing names
	"given",     // a given name, to recognise persons named without a title
	"person",    // a known person: code = country, class = sector; title=
	"nonname",   // capitalised words that never start or end a person's name
	"verb",      // irregular verb forms: phrase = base form; past=, participle=, third=, gerund=
	"event",     // event trigger: code = CAMEO, class = PLOVER type; pos=verb|noun
	"mechanism", // head of a mechanism's name (dialogue, joint commission): class = kind
	"topic",     // a word that signals a topic: class = topic
	"time",      // a time word: class = its kind (month, weekday, vague, ...)
	"cue",       // a grammatical cue for the event coder: class = role (negation, future, report, ...)
}

var knownKind = func() map[string]bool {
	m := make(map[string]bool, len(Kinds))
	for _, k := range Kinds {
		m[k] = true
	}
	return m
}()

// An Entry is one phrase of a lexicon line.
type Entry struct {
	Kind   string
	Phrase string // as written in the file
	Code   string // "" when the file gave none or "-"
	Class  string
	Attrs  map[string]string
	Origin string // "file line N", for messages
	// Base is the phrase this entry was inflected from ("agree" for
	// "agreed"); empty for phrases as written.
	Base string
	// Form is the inflection: "past", "third", "gerund", or "" for the base.
	Form string

	words []string
	shape []shape
}

// Attr returns the value of attribute key, or "".
func (e *Entry) Attr(key string) string { return e.Attrs[key] }

// Words returns the number of tokens of the phrase.
func (e *Entry) Words() int { return len(e.words) }

type shape uint8

const (
	anyCase     shape = iota
	capitalised       // written with a leading capital: must be capitalised in the text
	capitals          // an acronym: must be in capitals in the text
	exact             // mixed case (LeT, PhD): must be in mixed case in the text
)

type node struct {
	next    map[string]*node
	entries []*Entry
}

// A Lexicon is a set of entries indexed for matching. It is read-only once
// built, and safe for concurrent use.
type Lexicon struct {
	root   node
	byKind map[string][]*Entry
	// pending holds entries read but not yet indexed: verbs are inflected
	// when the lexicon is built, once every irregular form is known.
	pending []*Entry
	built   bool
}

//go:embed data/*.lex
var embedded embed.FS

// New builds a lexicon from the embedded default files followed by the named
// user files.
func New(userFiles ...string) (*Lexicon, error) {
	l := &Lexicon{byKind: map[string][]*Entry{}}
	names, err := fs.Glob(embedded, "data/*.lex")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	for _, name := range names {
		f, err := embedded.Open(name)
		if err != nil {
			return nil, err
		}
		err = l.Read(f, "lexicon/"+name)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	for _, name := range userFiles {
		f, err := os.Open(name)
		if err != nil {
			return nil, fmt.Errorf("open lexicon: %w", err)
		}
		err = l.Read(f, name)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	l.Build()
	return l, nil
}

// ErrSyntax is wrapped by every error about the content of a lexicon file.
var ErrSyntax = errors.New("lexicon syntax")

// Read adds the entries of one lexicon file; name is used in messages. Call
// Build when every file is read.
func (l *Lexicon) Read(r io.Reader, name string) error {
	if l.byKind == nil {
		l.byKind = map[string][]*Entry{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		entries, err := parseLine(line)
		if err != nil {
			return fmt.Errorf("read %s line %d: %w: %v", name, n, ErrSyntax, err)
		}
		for _, e := range entries {
			e.Origin = fmt.Sprintf("%s line %d", path.Base(name), n)
			l.pending = append(l.pending, e)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

func parseLine(line string) ([]*Entry, error) {
	fields := strings.Split(line, "|")
	if len(fields) > 5 {
		return nil, fmt.Errorf("%d fields, want at most 5 (kind | phrases | code | class | attributes)", len(fields))
	}
	for i := range fields {
		fields[i] = strings.TrimSpace(fields[i])
	}
	for len(fields) < 5 {
		fields = append(fields, "")
	}
	kind := fields[0]
	if !knownKind[kind] {
		return nil, fmt.Errorf("unknown kind %q (known: %s)", kind, strings.Join(Kinds, ", "))
	}
	code, class := dash(fields[2]), dash(fields[3])
	var attrs map[string]string
	if fields[4] != "" {
		attrs = map[string]string{}
		for _, kv := range strings.Split(fields[4], ";") {
			kv = strings.TrimSpace(kv)
			if kv == "" {
				continue
			}
			k, v, ok := strings.Cut(kv, "=")
			if !ok {
				return nil, fmt.Errorf("attribute %q is not key=value", kv)
			}
			attrs[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	var out []*Entry
	for _, p := range strings.Split(fields[1], ";") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		e := &Entry{Kind: kind, Phrase: p, Code: code, Class: class, Attrs: attrs}
		if err := e.compile(p); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no phrase")
	}
	return out, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// compile tokenizes the phrase as text would and records each word's case.
func (e *Entry) compile(p string) error {
	e.words, e.shape = e.words[:0], e.shape[:0]
	for _, t := range text.Tokenize(p, nil) {
		e.words = append(e.words, t.Norm)
		w := p[t.Start:t.End]
		var s shape
		switch {
		case t.Is(text.AllCaps) && letterCount(w) >= 2:
			s = capitals
		case t.Is(text.Cap) && mixedCase(w):
			s = exact
		case t.Is(text.Cap):
			s = capitalised
		}
		e.shape = append(e.shape, s)
	}
	if len(e.words) == 0 {
		return fmt.Errorf("phrase %q has no words", p)
	}
	return nil
}

// mixedCase reports whether a capitalised word has capitals after its first
// letter, other than after a hyphen or apostrophe (LeT, PhD, McDonald).
func mixedCase(w string) bool {
	rs := []rune(w)
	for i := 1; i < len(rs); i++ {
		if unicode.IsUpper(rs[i]) && !unicode.IsUpper(rs[i-1]) && rs[i-1] != '-' && rs[i-1] != '\'' && rs[i-1] != '’' {
			return true
		}
	}
	return false
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 0x7f {
			n++
		}
	}
	return n
}

// Build indexes every entry read so far, inflecting verbs. Matching sees only
// built entries.
func (l *Lexicon) Build() {
	irregular := map[string]*Entry{}
	for _, e := range l.pending {
		if e.Kind == "verb" {
			irregular[e.Phrase] = e
		}
	}
	for _, e := range l.pending {
		l.add(e)
		if e.Attrs["pos"] == "verb" {
			for _, f := range inflect(e, irregular) {
				l.add(f)
			}
		}
	}
	l.pending = nil
	l.built = true
}

func (l *Lexicon) add(e *Entry) {
	if e.Form == "" {
		l.byKind[e.Kind] = append(l.byKind[e.Kind], e)
	}
	n := &l.root
	for _, w := range e.words {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[w]
		if c == nil {
			c = &node{}
			n.next[w] = c
		}
		n = c
	}
	for _, old := range n.entries {
		if old.Kind == e.Kind && old.Code == e.Code && old.Class == e.Class && old.Phrase == e.Phrase && old.Form == e.Form {
			return // the same entry twice: keep the first
		}
	}
	n.entries = append(n.entries, e)
}

// Entries returns the entries of one kind, in file order, uninflected.
func (l *Lexicon) Entries(kind string) []*Entry { return l.byKind[kind] }

// A Match is a run of tokens [First, Last) that a phrase covers, with the
// entries of that phrase whose case fits the text.
type Match struct {
	First, Last int
	Entries     []*Entry
}

// Has reports whether the match holds an entry of the given kind.
func (m Match) Has(kind string) bool { return m.Entry(kind) != nil }

// Entry returns the match's first entry of the given kind, or nil.
func (m Match) Entry(kind string) *Entry {
	for _, e := range m.Entries {
		if e.Kind == kind {
			return e
		}
	}
	return nil
}

// At calls fn for each phrase that starts at token i, shortest first, with
// the entries whose case fits. It stops early when fn returns false.
func (l *Lexicon) At(toks []text.Token, i int, fn func(Match) bool) {
	n := &l.root
	for j := i; j < len(toks); j++ {
		if j > i && toks[j].Flags&text.LineBefore != 0 {
			return // phrases never run across lines
		}
		c := n.next[toks[j].Norm]
		if c == nil {
			return
		}
		n = c
		if len(n.entries) == 0 {
			continue
		}
		var fit []*Entry
		for _, e := range n.entries {
			if e.fits(toks[i : j+1]) {
				fit = append(fit, e)
			}
		}
		if len(fit) > 0 && !fn(Match{First: i, Last: j + 1, Entries: fit}) {
			return
		}
	}
}

// Longest returns the longest phrase starting at token i whose entries
// include one of the given kinds (any kind when none are given), with only
// those entries; ok is false when there is none.
func (l *Lexicon) Longest(toks []text.Token, i int, kinds ...string) (m Match, ok bool) {
	l.At(toks, i, func(c Match) bool {
		if len(kinds) > 0 {
			var keep []*Entry
			for _, e := range c.Entries {
				for _, k := range kinds {
					if e.Kind == k {
						keep = append(keep, e)
						break
					}
				}
			}
			if len(keep) == 0 {
				return true
			}
			c.Entries = keep
		}
		m, ok = c, true
		return true
	})
	return m, ok
}

// Lookup returns the entries of the given kind whose phrase, tokenized, is
// exactly phrase (case-insensitively).
func (l *Lexicon) Lookup(kind, phrase string) []*Entry {
	n := &l.root
	for _, t := range text.Tokenize(phrase, nil) {
		n = n.next[t.Norm]
		if n == nil {
			return nil
		}
	}
	var out []*Entry
	for _, e := range n.entries {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}

func (e *Entry) fits(toks []text.Token) bool {
	for k, s := range e.shape {
		switch s {
		case anyCase:
			// a lower-case word does not match an acronym: "nab" is not "NAB"
			if toks[k].Flags&text.AllCaps != 0 && toks[k].End-toks[k].Start >= 2 && len(e.words[k]) >= 2 && toks[k].Kind == text.Word {
				return false
			}
		case exact:
			if toks[k].Flags&text.Mixed == 0 || toks[k].Flags&text.AllCaps != 0 {
				return false
			}
		case capitalised:
			if !toks[k].Is(text.Cap) {
				return false
			}
		case capitals:
			if !toks[k].Is(text.AllCaps) {
				return false
			}
		}
	}
	return true
}
