package pack

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sync"
)

// A PathState says whether a document's file can be read.
type PathState int

// Path states. Only PathOK documents are ever opened.
const (
	PathOK         PathState = iota
	PathMissing              // no such file in the pack
	PathUnsafe               // absolute, climbs out with "..", or a symlink resolving outside
	PathNotAFile             // a folder or a device, not a regular file
	PathUnreadable           // exists but cannot be opened
)

// A Document is one entry of the manifest's documents list, or a file of a
// folder without a manifest with a guessed type.
type Document struct {
	Index   int    // position in the manifest, from 0
	File    string // pack-relative path as written
	Type    DocType
	Guessed bool   // type guessed from the file name (no manifest)
	Side    string // "front", "back" or ""
	// Pair is the other side of a two-sided document (see pairSides), or
	// nil.
	Pair           *Document
	Name           string
	NameLatin      string // the name in Latin letters, when Name is printed in another script too
	Number         string
	Sex            string
	Address        string
	MRZ            string
	Nationality    string
	IssuingCountry string
	DateOfBirth    Date
	ExpiryDate     Date
	IssueDate      Date
	Fields         // lines of the entry and its keys
	State          PathState
	StateErr       string // why the state is not PathOK, for messages
	Size           int64  // bytes, when State is PathOK

	pack     *Pack
	backKeys map[string]bool // fields moved here from the back entry
	memo     struct {
		sync.Mutex
		values map[any]*sharedValue
	}
	content struct {
		once sync.Once
		f    fs.File
		ra   io.ReaderAt
		err  error
	}
	head struct {
		once sync.Once
		b    []byte
		err  error
	}
}

// HeadBytes is how much of a file Head reads: enough for every format
// signature and image header kyclint sniffs.
const HeadBytes = 4096

// MaxReadBytes is the largest document kyclint reads whole: hashes it,
// decodes it, extracts its text. Upload forms stop at 2 to 50 MB; a file
// over this is judged by its size alone (file.size), so a huge or sparse
// file costs no time.
const MaxReadBytes = 256 << 20

// A TooLargeError is why an analysis did not read a document over
// MaxReadBytes.
type TooLargeError struct{ Size int64 }

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("it is %.1f GiB, over the %d MiB kyclint reads", float64(e.Size)/(1<<30), MaxReadBytes>>20)
}

// TooLarge returns a *TooLargeError when d is over MaxReadBytes, else nil.
func (d *Document) TooLarge() error {
	if d.Size > MaxReadBytes {
		return &TooLargeError{Size: d.Size}
	}
	return nil
}

// ErrNotReadable is returned by Open for a document whose path is not PathOK.
var ErrNotReadable = errors.New("document file is not readable")

// Open opens the document's file for reading. It refuses documents whose path
// is not PathOK, so a path leaving the pack is never opened.
func (d *Document) Open() (fs.File, error) {
	if d.State != PathOK || d.pack == nil || d.pack.fsys == nil {
		return nil, ErrNotReadable
	}
	return d.pack.fsys.open(d.File)
}

// Content returns the document's file for reading at any offset. The file
// is opened once per lint and shared by every rule (sniffing, decoding,
// EXIF, PDF inspection, hashing); Pack.Close closes it.
func (d *Document) Content() (io.ReaderAt, error) {
	d.content.once.Do(func() {
		f, err := d.Open()
		if err != nil {
			d.content.err = err
			return
		}
		ra, ok := f.(io.ReaderAt)
		if !ok {
			f.Close()
			d.content.err = errors.New("file cannot be read at random offsets")
			return
		}
		d.content.f, d.content.ra = f, ra
	})
	return d.content.ra, d.content.err
}

// closeContent closes the file Content opened, if any.
func (d *Document) closeContent() {
	if d.content.f != nil {
		d.content.f.Close()
		d.content.f, d.content.ra = nil, nil
	}
}

// Head returns up to HeadBytes from the start of the file, read once and
// shared by every rule that sniffs it.
func (d *Document) Head() ([]byte, error) {
	d.head.once.Do(func() {
		ra, err := d.Content()
		if err != nil {
			d.head.err = err
			return
		}
		buf := make([]byte, HeadBytes)
		n, err := ra.ReadAt(buf, 0)
		if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
			d.head.err = err
			return
		}
		d.head.b = buf[:n]
	})
	return d.head.b, d.head.err
}

// Category returns the role of the document's type.
func (d *Document) Category() Category { return d.Type.Category() }

// IsBackSide reports whether the entry is the back of a two-sided document,
// which carries fewer printed fields.
func (d *Document) IsBackSide() bool { return d.Side == "back" }

// Shared returns the value stored under key, computing it on first use.
// It is the store behind lint.Analysis, whose values are the keys: each
// analysis of a document (decoding an image, parsing its MRZ) is done at
// most once per lint.
func (d *Document) Shared(key any, compute func() any) any {
	d.memo.Lock()
	e, ok := d.memo.values[key]
	if !ok {
		if d.memo.values == nil {
			d.memo.values = map[any]*sharedValue{}
		}
		e = &sharedValue{}
		d.memo.values[key] = e
	}
	d.memo.Unlock()
	// Computing outside the lock lets one analysis use another.
	e.once.Do(func() { e.v = compute() })
	return e.v
}

type sharedValue struct {
	once sync.Once
	v    any
}
