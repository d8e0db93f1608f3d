package pdfdoc

// A doc holds the state of one inspection.
type doc struct {
	src       *source
	info      *Info
	xref      xrefSet
	encrypted bool
	crypt     *crypt // set when an encrypted file opens without a password and its text is read
	depth     int    // nesting of lookup, which streams and object streams recurse through
	linEnd    int64  // end of the linearization dictionary, when there is one

	// Set by text extraction (extract.go): decode every filter, and the
	// state of that extraction.
	allFilters bool
	tx         *textState

	// The last decoded object stream.
	stmNum   int64
	stmData  []byte
	stmFirst int64
}

// An entry locates an object: at a file offset, or at an index inside an
// object stream (inStream, with off holding the stream's object number).
type entry struct {
	off      int64
	idx      int64
	inStream bool
}

// An xrefSet merges the cross-reference sections of the /Prev chain,
// newest first, so an object's first entry wins.
type xrefSet struct {
	entries  map[int64]entry
	trailer  dict    // newest value of each trailer key
	sections []int64 // offsets of the sections, newest first
	full     bool    // maxEntries reached; later entries are dropped
}

func (x *xrefSet) add(num int64, e entry) {
	if _, seen := x.entries[num]; seen || num < 0 {
		return
	}
	if len(x.entries) >= maxEntries {
		x.full = true
		return
	}
	x.entries[num] = e
}

// mergeTrailer keeps the newest value of each key.
func (x *xrefSet) mergeTrailer(t dict) {
	for k, v := range t {
		if _, seen := x.trailer[k]; !seen {
			x.trailer[k] = v
		}
	}
}
