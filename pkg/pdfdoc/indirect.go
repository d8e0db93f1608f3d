package pdfdoc

import (
	"bytes"
	"fmt"
)

// An indirect is an object read from the file body: "num gen obj … endobj".
type indirect struct {
	num, gen int64
	val      any
	streamAt int64 // offset of the stream data, or -1 when not a stream
}

// readObject parses the indirect object at off.
func (s *source) readObject(off int64) (indirect, error) {
	o := indirect{streamAt: -1}
	err := s.parseAt(off, maxObjectBytes, func(p *parser) error {
		var err error
		if o.num, o.gen, err = p.objHeader(); err != nil {
			return err
		}
		if o.val, err = p.object(); err != nil {
			return err
		}
		if _, ok := o.val.(keyword); ok {
			return p.errorf("object %d %d has no value", o.num, o.gen)
		}
		p.skipSpace()
		kw := p.word()
		if p.pos >= len(p.b) && !p.final {
			return errShort
		}
		if bytes.HasPrefix(kw, []byte("endobj")) {
			return nil
		}
		if string(kw) != "stream" {
			if s.lenient {
				return nil // a missing endobj, which lenient readers accept
			}
			return fmt.Errorf("object %d %d at offset %d: expected endobj", o.num, o.gen, off)
		}
		if _, ok := o.val.(dict); !ok {
			return p.errorf("stream without dictionary")
		}
		return o.skipEOL(p, off)
	})
	return o, err
}

// skipEOL moves past the end-of-line that follows the stream keyword.
func (o *indirect) skipEOL(p *parser, off int64) error {
	if p.pos+2 > len(p.b) && !p.final {
		return errShort
	}
	if p.pos < len(p.b) && p.b[p.pos] == '\r' {
		p.pos++
	}
	if p.pos < len(p.b) && p.b[p.pos] == '\n' {
		p.pos++
	}
	o.streamAt = off + int64(p.pos)
	return nil
}
