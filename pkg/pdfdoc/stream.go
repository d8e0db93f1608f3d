package pdfdoc

import (
	"bytes"
	"fmt"
)

// streamData reads and decodes the data of stream object o.
func (d *doc) streamData(o indirect) ([]byte, error) {
	sd, raw, err := d.streamRaw(o)
	if err != nil {
		return nil, err
	}
	dec := decode
	if d.allFilters {
		dec = func(sd dict, raw []byte) ([]byte, error) { return decodeAll(sd, raw, d.tx.left()) }
	}
	out, err := dec(sd, raw)
	if err != nil {
		return nil, fmt.Errorf("object %d: %w", o.num, err)
	}
	return out, nil
}

// streamRaw reads the encoded data of stream object o.
func (d *doc) streamRaw(o indirect) (dict, []byte, error) {
	sd, ok := o.val.(dict)
	if !ok || o.streamAt < 0 {
		return nil, nil, fmt.Errorf("object %d is not a stream", o.num)
	}
	v, err := d.resolve(sd["Length"])
	n, ok := intValue(v)
	if err != nil || !ok {
		if n, err = d.findEndstream(o.streamAt); err != nil {
			return nil, nil, err
		}
	}
	switch {
	case n < 0 || o.streamAt+n > d.src.size:
		return nil, nil, fmt.Errorf("object %d: stream /Length %d runs past the end of the file", o.num, n)
	case d.allFilters && n > maxTextStreamBytes:
		return nil, nil, errTooLarge
	case n > maxStreamBytes:
		return nil, nil, fmt.Errorf("object %d: stream longer than %d MiB", o.num, maxStreamBytes>>20)
	}
	raw, err := d.src.readAt(o.streamAt, int(n))
	if err == nil && d.crypt != nil && o.num != d.crypt.encrypt && !isXRefStream(o) {
		if t, _ := sd.name("Type"); t != "Metadata" || !d.crypt.clearMeta {
			raw = d.crypt.decrypt(o.num, o.gen, d.crypt.stm, raw)
		}
	}
	return sd, raw, err
}

// isXRefStream reports a cross-reference stream, which is never encrypted.
func isXRefStream(o indirect) bool {
	sd, ok := o.val.(dict)
	t, _ := sd.name("Type")
	return ok && o.streamAt >= 0 && t == "XRef"
}

// findEndstream measures a stream whose /Length cannot be resolved by
// searching for the endstream keyword.
func (d *doc) findEndstream(start int64) (int64, error) {
	const chunk = 64 << 10
	kw := []byte("endstream")
	for off := start; off-start < maxStreamBytes; off += chunk - int64(len(kw)) {
		b, err := d.src.readAt(off, chunk)
		if err != nil {
			return 0, err
		}
		if i := bytes.Index(b, kw); i >= 0 {
			return off - start + int64(i), nil
		}
		if len(b) < chunk {
			break
		}
	}
	return 0, fmt.Errorf("stream at offset %d has no length and no endstream", start)
}
