package lint

import (
	"bytes"
	"crypto/sha256"
	"encoding"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"sort"

	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/redact"
)

// A PackCache keeps whole pack results from run to run (Options.Packs), so
// that a run over a pack none of whose inputs changed runs none of its
// rules. Both methods are called from several goroutines at once; a cache
// that fails says it has nothing, and stores nothing.
type PackCache interface {
	// GetPack returns what PutPack stored under inputs.
	GetPack(inputs *[32]byte) ([]byte, bool)
	// PutPack stores an encoded result under inputs, the SHA-256 of every
	// input of the pack's result (see packInputs). Part of it is the hash
	// of the pack's manifest and files, so only someone holding them can
	// compute it: a cache may derive the entry's name and key from it.
	PutPack(inputs *[32]byte, data []byte)
}

// packResultVersion names the encoding of kept results and what goes into
// their key; change it whenever either changes.
const packResultVersion = "kyclint pack result v2"

func init() {
	// The types a finding's Data holds besides gob's basic ones, and those
	// its message keeps its arguments in.
	gob.Register(map[string]any{})
	gob.Register([]any{})
	gob.Register(redact.Value{})
	gob.Register(redact.Text{})
	gob.Register(redact.Shown{})
}

// cachedResult returns the kept result for inputs, if any decodes.
func cachedResult(c PackCache, inputs *[32]byte) (PackResult, bool) {
	data, ok := c.GetPack(inputs)
	if !ok {
		return PackResult{}, false
	}
	r, err := decodeResult(data)
	return r, err == nil
}

// keepResult stores r under inputs when it encodes exactly: a result that
// would not come back equal (a value of a type gob does not know, an empty
// map that would come back nil) is not kept, so a kept result always gives
// the report a fresh one gives.
func keepResult(c PackCache, inputs *[32]byte, r PackResult) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(&r); err != nil {
		return
	}
	back, err := decodeResult(buf.Bytes())
	if err != nil || !reflect.DeepEqual(back, r) {
		return
	}
	c.PutPack(inputs, buf.Bytes())
}

func decodeResult(data []byte) (PackResult, error) {
	var r PackResult
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&r); err != nil {
		return PackResult{}, err
	}
	if r.Findings == nil { // gob sends no empty slice; LintPack's is never nil
		r.Findings = []Finding{}
	}
	return r, nil
}

// packInputs returns the SHA-256 of everything LintPack's result for p
// depends on, or nil when some of it cannot be named (a custom rule without
// a Definition, a setting of a type with no exact encoding):
//
//   - the target (its folder, the path reports show, its manifest's name);
//   - the manifest's bytes, through their hash;
//   - what Load saw of the folder: every file's name, size and state, every
//     document's path state and size, and the problems it found;
//   - the content of every document, through its hash (computed once and
//     shared with the analyses), and with fingerprints that of every other
//     file of the pack, which a finding's fingerprint may hash;
//   - the resolved rule set (see Settings.digest) and the registry's rules;
//   - the lint date and whether findings are fingerprinted.
//
// kyclint's build is not here: a cache keeps the results of one build
// apart from another's (see cache.Store).
func packInputs(t pack.Target, p *pack.Pack, s *Settings, opt Options) *[32]byte {
	sd := s.digest()
	if sd == nil {
		return nil
	}
	h := sha256.New()
	w := canonWriter{h}
	w.str(packResultVersion)
	w.str(t.Dir)
	w.str(t.Path)
	w.str(t.Manifest)
	h.Write(sd[:])
	for _, r := range opt.Registry.List() {
		w.str(r.ID)
	}
	w.str(opt.Date.String())
	w.bool(opt.Fingerprint)
	if m := p.ManifestSHA256(); m != nil {
		w.str("manifest")
		h.Write(m[:])
	} else {
		w.str("no manifest read")
	}
	if err := writeCanonical(h, reflect.ValueOf(p.Problems), 0); err != nil {
		return nil
	}
	w.int(int64(len(p.Files)))
	for _, f := range p.Files {
		w.str(f.Name)
		w.int(f.Size)
		w.bool(f.Unsafe)
		w.str(f.UnsafeWhy)
		w.bool(f.Listed)
		if opt.Fingerprint {
			w.str(p.FileSHA256(f.Name))
		}
	}
	w.int(int64(len(p.Documents)))
	for _, d := range p.Documents {
		w.str(d.File)
		w.int(int64(d.State))
		w.str(d.StateErr)
		w.int(d.Size)
		if sum := d.SHA256(); sum != nil {
			w.str("content")
			h.Write(sum[:])
		} else {
			w.str("unreadable")
		}
	}
	var sum [32]byte
	h.Sum(sum[:0])
	return &sum
}

// digest returns the SHA-256 of everything in s that rules read, computed
// once (Settings do not change once linting has started), or nil when
// some of it has no exact encoding.
func (s *Settings) digest() *[32]byte {
	s.digestOnce.Do(func() {
		h := sha256.New()
		w := canonWriter{h}
		w.str(s.ID)
		for _, v := range []any{s.Rules, s.Documents, s.Analyses} {
			if writeCanonical(h, reflect.ValueOf(v), 0) != nil {
				return
			}
		}
		w.int(int64(len(s.Custom)))
		for _, r := range s.Custom {
			if r.Definition == "" {
				return
			}
			w.str(r.ID)
			w.str(r.Definition)
			w.str(r.Title)
			w.str(r.Why)
			w.str(r.Hint)
			w.str(r.Details)
			w.int(int64(r.Severity))
			w.bool(r.NeedsManifest)
			if writeCanonical(h, reflect.ValueOf(r.Params), 0) != nil {
				return
			}
			for _, a := range r.Requires {
				w.str(a.Name())
			}
		}
		var sum [32]byte
		h.Sum(sum[:0])
		s.digestSum = &sum
	})
	return s.digestSum
}

// canonWriter writes values to a hash so that different values never
// write the same bytes: every string is preceded by its length.
type canonWriter struct{ h io.Writer }

func (w canonWriter) int(n int64) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], uint64(n))
	w.h.Write(b[:])
}

func (w canonWriter) str(s string) {
	w.int(int64(len(s)))
	io.WriteString(w.h, s)
}

func (w canonWriter) bool(b bool) {
	if b {
		w.int(1)
	} else {
		w.int(0)
	}
}

// errNoEncoding is a value writeCanonical cannot encode exactly.
var errNoEncoding = errors.New("no canonical encoding")

// writeCanonical writes v, with its type, to h: maps in the order of their
// encoded keys, pointers as what they point to, a value that marshals
// itself as text (a date, a time) as that text. Functions, channels and
// values nested deeper than 32 levels have no encoding.
func writeCanonical(h io.Writer, v reflect.Value, depth int) error {
	w := canonWriter{h}
	if depth > 32 {
		return errNoEncoding
	}
	if !v.IsValid() {
		w.str("nil")
		return nil
	}
	w.str(v.Type().String())
	if v.CanInterface() && (v.Kind() != reflect.Pointer && v.Kind() != reflect.Interface || !v.IsNil()) {
		if m, ok := v.Interface().(encoding.TextMarshaler); ok {
			text, err := m.MarshalText()
			if err != nil {
				return errNoEncoding
			}
			w.str(string(text))
			return nil
		}
	}
	switch v.Kind() {
	case reflect.Bool:
		w.bool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		w.int(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		w.int(int64(v.Uint()))
	case reflect.Float32, reflect.Float64:
		w.int(int64(math.Float64bits(v.Float())))
	case reflect.String:
		w.str(v.String())
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			w.str("nil slice")
			return nil
		}
		w.int(int64(v.Len()))
		for i := range v.Len() {
			if err := writeCanonical(h, v.Index(i), depth+1); err != nil {
				return err
			}
		}
	case reflect.Map:
		if v.IsNil() {
			w.str("nil map")
			return nil
		}
		type kv struct {
			key []byte
			val reflect.Value
		}
		var entries []kv
		for it := v.MapRange(); it.Next(); {
			var b bytes.Buffer
			if err := writeCanonical(&b, it.Key(), depth+1); err != nil {
				return err
			}
			entries = append(entries, kv{b.Bytes(), it.Value()})
		}
		sort.Slice(entries, func(i, j int) bool { return bytes.Compare(entries[i].key, entries[j].key) < 0 })
		w.int(int64(len(entries)))
		for _, e := range entries {
			w.str(string(e.key))
			if err := writeCanonical(h, e.val, depth+1); err != nil {
				return err
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			w.str(v.Type().Field(i).Name)
			if err := writeCanonical(h, v.Field(i), depth+1); err != nil {
				return err
			}
		}
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			w.str("nil")
			return nil
		}
		return writeCanonical(h, v.Elem(), depth+1)
	default:
		return fmt.Errorf("%w: %s", errNoEncoding, v.Type())
	}
	return nil
}
