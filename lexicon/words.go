package lexicon

import "hash/maphash"

// wordTable numbers the words of the lexicon's phrases. Every word token of
// every text is looked up in it once, so it is the lexicon's hottest
// structure. It is an open-addressing hash table of 8-byte slots over one
// byte slice holding all the words: a lookup reads one slot, and the word's
// bytes only when 32 bits of its hash agree, where a map of strings reads
// its control word, its slot and a key somewhere else on the heap.
type wordTable struct {
	slots []wordSlot // a power of two long, at most half full
	offs  []uint32   // word id's bytes are text[offs[id]:offs[id+1]]
	text  []byte
	seed  maphash.Seed
}

type wordSlot struct {
	tag uint32 // the hash's low 32 bits
	id  int32  // the word's number + 1; 0 marks an empty slot
}

// newWordTable numbers words in the order given: words[i] gets number i.
func newWordTable(words []string) *wordTable {
	n := 16
	for n < 2*len(words) {
		n *= 2
	}
	t := &wordTable{slots: make([]wordSlot, n), offs: make([]uint32, 0, len(words)+1), seed: maphash.MakeSeed()}
	for id, w := range words {
		t.offs = append(t.offs, uint32(len(t.text)))
		t.text = append(t.text, w...)
		h := maphash.String(t.seed, w)
		mask := uint64(len(t.slots) - 1)
		for k := h & mask; ; k = (k + 1) & mask {
			if t.slots[k].id == 0 {
				t.slots[k] = wordSlot{tag: uint32(h), id: int32(id) + 1}
				break
			}
		}
	}
	t.offs = append(t.offs, uint32(len(t.text)))
	return t
}

// id returns the number of word w, or -1.
func (t *wordTable) id(w string) int32 {
	if t == nil {
		return -1
	}
	h := maphash.String(t.seed, w)
	mask := uint64(len(t.slots) - 1)
	for k := h & mask; ; k = (k + 1) & mask {
		s := t.slots[k]
		if s.id == 0 {
			return -1
		}
		if s.tag == uint32(h) {
			id := s.id - 1
			if string(t.text[t.offs[id]:t.offs[id+1]]) == w {
				return id
			}
		}
	}
}
