package pdfdoc

import (
	"errors"
	"fmt"
)

// errEncryptedObject marks an object stored in an object stream of an
// encrypted file: its stream is encrypted, so it cannot be read here.
var errEncryptedObject = errors.New("object is in an encrypted object stream")

// resolve follows indirect references until it reaches a direct value.
func (d *doc) resolve(v any) (any, error) {
	for i := 0; ; i++ {
		r, ok := v.(ref)
		if !ok {
			return v, nil
		}
		if i == maxResolve {
			return nil, fmt.Errorf("reference chain longer than %d", maxResolve)
		}
		o, err := d.lookup(r)
		if err != nil {
			return nil, err
		}
		v = o.val
	}
}

// resolveDict resolves v and requires a dictionary.
func (d *doc) resolveDict(v any) (dict, error) {
	v, err := d.resolve(v)
	if err != nil {
		return nil, err
	}
	dd, ok := v.(dict)
	if !ok {
		return nil, fmt.Errorf("not a dictionary")
	}
	return dd, nil
}

// lookup finds object r through the cross-reference entries.
func (d *doc) lookup(r ref) (indirect, error) {
	e, ok := d.xref.entries[r.num]
	if !ok {
		return indirect{}, fmt.Errorf("object %d not in the xref table", r.num)
	}
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > 2*maxResolve {
		return indirect{}, fmt.Errorf("object %d: references nest too deeply", r.num)
	}
	if e.inStream {
		if d.encrypted && d.crypt == nil {
			return indirect{}, errEncryptedObject
		}
		return d.fromObjStm(e.off, e.idx, r.num)
	}
	o, err := d.src.readObject(e.off)
	if err == nil && o.num != r.num {
		err = fmt.Errorf("object %d is not at offset %d", r.num, e.off)
	}
	if err != nil && d.tx != nil {
		d.tx.misplaced++ // text extraction then scans for the objects
	}
	if err == nil && d.crypt != nil && r.num != d.crypt.encrypt && !isXRefStream(o) {
		o.val = d.crypt.strings(o.val, o.num, o.gen, 0)
	}
	return o, err
}
