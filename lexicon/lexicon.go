package lexicon

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path"
	"slices"
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

// kindBit is the bit of a kind in a Match's mask, for fast filtering; the
// order is that of Kinds (a test checks it).
func kindBit(kind string) uint32 {
	switch kind {
	case "country":
		return 1 << 0
	case "demonym":
		return 1 << 1
	case "place":
		return 1 << 2
	case "igo":
		return 1 << 3
	case "org":
		return 1 << 4
	case "group":
		return 1 << 5
	case "title":
		return 1 << 6
	case "rank":
		return 1 << 7
	case "honorific":
		return 1 << 8
	case "given":
		return 1 << 9
	case "person":
		return 1 << 10
	case "nonname":
		return 1 << 11
	case "verb":
		return 1 << 12
	case "event":
		return 1 << 13
	case "mechanism":
		return 1 << 14
	case "topic":
		return 1 << 15
	case "time":
		return 1 << 16
	case "cue":
		return 1 << 17
	}
	return 0
}

// maskOf is the mask of a list of kinds.
func maskOf(kinds []string) uint32 {
	var m uint32
	for _, k := range kinds {
		m |= kindBit(k)
	}
	return m
}

// A KindSet is a set of entry kinds, made once with KindsOf, for the hot
// lookups (Index.LongestOf, Index.HasOf) that would otherwise compare kind
// names on every call.
type KindSet uint32

// KindsOf is the set of the named kinds; a name that is not a kind adds
// nothing.
func KindsOf(kinds ...string) KindSet { return KindSet(maskOf(kinds)) }

// AnyKind is the set of every kind.
const AnyKind = ^KindSet(0)

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

	// The phrase's words are kept only while the lexicon is built; matching
	// needs their number, each word's case rule (2 bits a word in shapes)
	// and which words are longer than one letter (bits of long).
	words  []string
	attrs  []string // Attrs as key, value, ...: see Attr
	n      uint8
	shapes uint64
	long   uint32
	bit    uint32
}

// Attr returns the value of attribute key, or "".
//
// Stages ask for attributes on every match, so Build keeps them in a short
// list too, read here while it still mirrors the map; an entry whose Attrs
// a caller replaced (see With) is read from the map.
func (e *Entry) Attr(key string) string {
	if len(e.attrs) == 2*len(e.Attrs) {
		for k := 0; k < len(e.attrs); k += 2 {
			if e.attrs[k] == key {
				return e.attrs[k+1]
			}
		}
		return ""
	}
	return e.Attrs[key]
}

// With returns a copy of the entry with one attribute set.
func (e *Entry) With(key, value string) *Entry {
	c := *e
	c.Attrs = make(map[string]string, len(e.Attrs)+1)
	for k, v := range e.Attrs {
		c.Attrs[k] = v
	}
	c.Attrs[key] = value
	c.attrs = flatAttrs(c.Attrs)
	return &c
}

// flatAttrs lists attrs as key, value, key, value, ... in key order.
func flatAttrs(attrs map[string]string) []string {
	if len(attrs) == 0 {
		return nil
	}
	flat := make([]string, 0, 2*len(attrs))
	for _, k := range slices.Sorted(maps.Keys(attrs)) {
		flat = append(flat, k, attrs[k])
	}
	return flat
}

// Words returns the number of tokens of the phrase.
func (e *Entry) Words() int { return int(e.n) }

func (e *Entry) shape(k int) shape { return shape(e.shapes >> (2 * k) & 3) }

// maxWords bounds a phrase's length, so its case rules fit in shapes.
const maxWords = 32

type shape uint8

const (
	anyCase     shape = iota
	capitalised       // written with a leading capital: must be capitalised in the text
	capitals          // an acronym: must be in capitals in the text
	exact             // mixed case (LeT, PhD): must be in mixed case in the text
)

// The trie of phrases is flat. Every word of every phrase has a number
// (vocab); the root's children are a slice by word number, and each other
// node's children a run of kids sorted by word number, searched by halving.
// A text's word is thus hashed once, however many phrases it may continue,
// and a few large objects instead of a map per node keep the garbage
// collector's work small, since the lexicon stays live for the whole run.
type nodeRef struct {
	first, n       int32  // its entries: ents[first:first+n]
	kidFirst, kidN int32  // its children: kids[kidFirst:kidFirst+kidN]
	mask           uint32 // the kinds of its entries
	sameCase       bool   // its entries share their case rules, so fit or fail together
}

type kid struct{ word, node int32 }

// unnumbered marks a token whose word number is not looked up yet.
const unnumbered = -2

// A Lexicon is a set of entries indexed for matching. It is read-only once
// built, and safe for concurrent use.
type Lexicon struct {
	words  *wordTable // word -> word number
	roots  []int32    // word number -> node, or -1
	kids   []kid
	nodes  []nodeRef
	ents   []*Entry
	byKind map[string][]*Entry
	// all holds every entry read, pending those read but not yet indexed:
	// verbs are inflected when the lexicon is built, once every irregular
	// form is known.
	all     []*Entry
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
		e := &Entry{Kind: kind, Phrase: p, Code: code, Class: class, Attrs: attrs, bit: kindBit(kind)}
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
	e.words, e.shapes, e.long = e.words[:0], 0, 0
	for k, t := range text.Tokenize(p, nil) {
		if k >= maxWords {
			return fmt.Errorf("phrase %q has more than %d words", p, maxWords)
		}
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
		e.shapes |= uint64(s) << (2 * k)
		if len(t.Norm) >= 2 {
			e.long |= 1 << k
		}
	}
	e.n = uint8(len(e.words))
	if e.n == 0 {
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
	for _, list := range [][]*Entry{l.all, l.pending} {
		for _, e := range list {
			if e.Kind == "verb" && e.Form == "" {
				irregular[e.Phrase] = e
			}
		}
	}
	for _, e := range l.pending {
		l.all = append(l.all, e)
		if e.Form == "" {
			l.byKind[e.Kind] = append(l.byKind[e.Kind], e)
		}
		if e.Attrs["pos"] == "verb" {
			l.all = append(l.all, inflect(e, irregular)...)
		}
	}
	l.pending = nil

	// lay the trie out anew over every entry
	vocab := make(map[string]int32, len(l.all))
	var words []string
	l.roots = l.roots[:0]
	edges := make(map[[2]int32]int32, len(l.all)/2) // (node, word) -> node
	perNode := [][]*Entry{nil}
	for _, e := range l.all {
		if e.words == nil {
			e.compile(e.Phrase) // read before an earlier Build dropped them
		}
		n := int32(0)
		for _, w := range e.words {
			id, ok := vocab[w]
			if !ok {
				id = int32(len(l.roots))
				vocab[w] = id
				words = append(words, w)
				l.roots = append(l.roots, -1)
			}
			var c int32 = -1
			if n == 0 {
				c = l.roots[id]
			} else if k, ok := edges[[2]int32{n, id}]; ok {
				c = k
			}
			if c < 0 {
				c = int32(len(perNode))
				perNode = append(perNode, nil)
				if n == 0 {
					l.roots[id] = c
				} else {
					edges[[2]int32{n, id}] = c
				}
			}
			n = c
		}
		dup := false
		for _, old := range perNode[n] {
			if old.Kind == e.Kind && old.Code == e.Code && old.Class == e.Class && old.Phrase == e.Phrase && old.Form == e.Form &&
				old.Attrs["pos"] == e.Attrs["pos"] {
				dup = true // the same entry twice: keep the first (a noun and a verb spelt alike are two)
				break
			}
		}
		if !dup {
			perNode[n] = append(perNode[n], e)
		}
	}
	l.words = newWordTable(words)
	kidsOf := make([][]kid, len(perNode))
	for e, c := range edges {
		kidsOf[e[0]] = append(kidsOf[e[0]], kid{word: e[1], node: c})
	}
	l.kids = l.kids[:0]
	l.nodes = make([]nodeRef, len(perNode))
	l.ents = l.ents[:0]
	for i, es := range perNode {
		// entries of one kind side by side, in file order, so that a match
		// narrowed to some kinds is usually a sub-slice, not a copy
		sort.SliceStable(es, func(a, b int) bool { return es[a].bit < es[b].bit })
		ks := kidsOf[i]
		sort.Slice(ks, func(a, b int) bool { return ks[a].word < ks[b].word })
		r := nodeRef{first: int32(len(l.ents)), n: int32(len(es)), kidFirst: int32(len(l.kids)), kidN: int32(len(ks)), sameCase: true}
		for _, e := range es {
			r.mask |= e.bit
			r.sameCase = r.sameCase && e.shapes == es[0].shapes && e.long == es[0].long
		}
		l.nodes[i] = r
		l.kids = append(l.kids, ks...)
		l.ents = append(l.ents, es...)
	}
	for _, e := range l.all {
		e.words = nil
		if e.attrs == nil {
			e.attrs = flatAttrs(e.Attrs)
		}
	}
	l.built = true
}

// wordID returns the number of a word of some phrase, or -1.
func (l *Lexicon) wordID(w string) int32 {
	return l.words.id(w)
}

// child follows the edge for word number id from node n, or returns -1.
func (l *Lexicon) child(n, id int32) int32 {
	if id < 0 {
		return -1
	}
	if n == 0 {
		return l.roots[id]
	}
	r := l.nodes[n]
	ks := l.kids[r.kidFirst : r.kidFirst+r.kidN]
	lo, hi := 0, len(ks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if ks[m].word < id {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ks) && ks[lo].word == id {
		return ks[lo].node
	}
	return -1
}

// entriesOf returns the entries that end at node n.
func (l *Lexicon) entriesOf(n int32) []*Entry {
	r := l.nodes[n]
	return l.ents[r.first : r.first+r.n : r.first+r.n]
}

// Entries returns the entries of one kind, in file order, uninflected.
func (l *Lexicon) Entries(kind string) []*Entry { return l.byKind[kind] }

// A Match is a run of tokens [First, Last) that a phrase covers, with the
// entries of that phrase whose case fits the text.
type Match struct {
	First, Last int
	Entries     []*Entry
	mask        uint32 // the kinds of Entries
}

// HasOf reports whether the match holds an entry of one of kinds; it reads
// the kinds the lexicon noted, so it is for matches the lexicon made.
func (m Match) HasOf(kinds KindSet) bool { return m.mask&uint32(kinds) != 0 }

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
	l.at(toks, nil, i, fn)
}

// at is At, keeping the word numbers of toks and the entries it narrows in
// x when it is not nil.
func (l *Lexicon) at(toks []text.Token, x *Index, i int, fn func(Match) bool) {
	if len(l.nodes) == 0 {
		return
	}
	n := int32(0)
	for j := i; j < len(toks); j++ {
		if j > i && toks[j].Flags&text.LineBefore != 0 {
			return // phrases never run across lines
		}
		if n > 0 && l.nodes[n].kidN == 0 {
			return
		}
		var id int32
		if x == nil {
			id = l.wordID(toks[j].Norm)
		} else if id = x.ids[j]; id == unnumbered {
			id = l.wordID(toks[j].Norm)
			x.ids[j] = id
		}
		if n = l.child(n, id); n < 0 {
			return
		}
		entries := l.entriesOf(n)
		if len(entries) == 0 {
			continue
		}
		if r := l.nodes[n]; r.sameCase {
			if !entries[0].fits(toks[i : j+1]) {
				continue
			}
			if !fn(Match{First: i, Last: j + 1, Entries: entries, mask: r.mask}) {
				return
			}
			continue
		}
		fit := entries
		for k, e := range entries {
			if !e.fits(toks[i : j+1]) {
				// some entries fail the case rules: copy the ones that pass,
				// into the Index's storage when there is one
				var buf []*Entry
				if x != nil {
					buf = x.fit
				}
				from := len(buf)
				buf = append(buf, entries[:k]...)
				for _, e2 := range entries[k+1:] {
					if e2.fits(toks[i : j+1]) {
						buf = append(buf, e2)
					}
				}
				fit = buf[from:len(buf):len(buf)]
				if x != nil {
					x.fit = buf
				}
				break
			}
		}
		if len(fit) == 0 {
			continue
		}
		var mask uint32
		for _, e := range fit {
			mask |= e.bit
		}
		if !fn(Match{First: i, Last: j + 1, Entries: fit, mask: mask}) {
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

// WordEntries returns the entries whose phrase is the one normalised word w
// (of any kind), without tokenizing.
func (l *Lexicon) WordEntries(w string) []*Entry {
	if len(l.nodes) == 0 {
		return nil
	}
	if n := l.child(0, l.wordID(w)); n >= 0 {
		return l.entriesOf(n)
	}
	return nil
}

// Lookup returns the entries of the given kind whose phrase, tokenized, is
// exactly phrase (case-insensitively).
func (l *Lexicon) Lookup(kind, phrase string) []*Entry {
	if len(l.nodes) == 0 {
		return nil
	}
	n := int32(0)
	for _, t := range text.Tokenize(phrase, nil) {
		if n = l.child(n, l.wordID(t.Norm)); n < 0 {
			return nil
		}
	}
	var out []*Entry
	for _, e := range l.entriesOf(n) {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}

func (e *Entry) fits(toks []text.Token) bool {
	for k := 0; k < int(e.n); k++ {
		switch e.shape(k) {
		case anyCase:
			// a lower-case word does not match an acronym: "nab" is not "NAB"
			if toks[k].Flags&text.AllCaps != 0 && toks[k].End-toks[k].Start >= 2 && e.long&(1<<k) != 0 && toks[k].Kind == text.Word {
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
