package pdfdoc

import "fmt"

// fromObjStm reads object num, stored at index idx of object stream stm.
func (d *doc) fromObjStm(stm, idx, num int64) (indirect, error) {
	data, first, err := d.objStm(stm)
	if err != nil {
		return indirect{}, err
	}
	p := &parser{b: data, final: true}
	var off int64 = -1
	for i := int64(0); i < maxObjStmObjs; i++ {
		n, ok1 := p.nextUint()
		o, ok2 := p.nextUint()
		if !ok1 || !ok2 {
			break
		}
		if n == num && (i == idx || off < 0) {
			off = o
		}
	}
	if off < 0 || first+off >= int64(len(data)) {
		return indirect{}, fmt.Errorf("object %d not found in object stream %d", num, stm)
	}
	p = &parser{b: data[first+off:], final: true}
	v, err := p.object()
	if err != nil {
		return indirect{}, fmt.Errorf("object %d in object stream %d: %w", num, stm, err)
	}
	return indirect{num: num, val: v, streamAt: -1}, nil
}

// objStm returns the decoded data of object stream stm and its /First,
// caching the last one because catalog, pages and info often share it.
func (d *doc) objStm(stm int64) ([]byte, int64, error) {
	if d.stmNum == stm && d.stmData != nil {
		return d.stmData, d.stmFirst, nil
	}
	e, ok := d.xref.entries[stm]
	if !ok || e.inStream {
		return nil, 0, fmt.Errorf("object stream %d not found", stm)
	}
	o, err := d.lookup(ref{num: stm})
	if err != nil {
		return nil, 0, err
	}
	data, err := d.streamData(o)
	if err != nil {
		return nil, 0, err
	}
	first, ok := o.val.(dict).int("First")
	if !ok || first < 0 || first > int64(len(data)) {
		return nil, 0, fmt.Errorf("object stream %d: bad /First", stm)
	}
	d.stmNum, d.stmData, d.stmFirst = stm, data, first
	return data, first, nil
}

func (p *parser) nextUint() (int64, bool) {
	p.skipSpace()
	return p.unsigned()
}
