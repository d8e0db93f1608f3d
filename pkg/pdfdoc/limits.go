package pdfdoc

// Caps on the work one file may cause. They sit far above what real KYC
// documents need and far below what would hurt a batch run.
const (
	headWindow      = 1024     // %PDF- must start within it (Acrobat's rule)
	eofWindow       = 1024     // %%EOF must appear within it
	tailWindow      = 64 << 10 // searched for startxref
	firstWindow     = 4 << 10  // first read when parsing an object
	maxObjectBytes  = 1 << 20  // a dictionary or trailer larger than this is refused
	maxStreamBytes  = 16 << 20 // encoded stream data
	maxDecodedBytes = 16 << 20 // decoded stream data (decompression bombs)
	maxTotalRead    = 96 << 20 // all reads of one file together
	maxDepth        = 32       // nesting of arrays and dictionaries
	maxResolve      = 8        // chained indirect references followed for one value
	maxSections     = 256      // cross-reference sections in the /Prev chain
	maxEntries      = 1 << 20  // cross-reference entries kept
	maxVerify       = 512      // entries whose offsets are checked against the file
	maxTextRunes    = 256      // Producer and Creator are cut to this length
	maxObjStmObjs   = 1 << 16  // objects declared in one object stream
)
