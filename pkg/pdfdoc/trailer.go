package pdfdoc

import (
	"fmt"
	"slices"
)

// checkTrailer checks the entries every trailer must have.
func (d *doc) checkTrailer() {
	t := d.xref.trailer
	if _, ok := t.int("Size"); !ok {
		d.info.addProblem(BadXref, "trailer /Size %s is not an integer", describe(t["Size"]))
	}
	switch t["Root"].(type) {
	case ref, dict:
	default:
		d.info.addProblem(BadXref, "trailer has no /Root")
	}
}

// readEncrypt notes the /Encrypt entry. Its dictionary is never encrypted
// itself, so the handler name is readable even without the password.
func (d *doc) readEncrypt() {
	v, ok := d.xref.trailer["Encrypt"]
	if !ok || v == nil {
		return
	}
	d.encrypted, d.info.Encrypted, d.info.NeedsPassword = true, true, true
	enc, err := d.resolveDict(v)
	if err != nil {
		return
	}
	if f, ok := enc.name("Filter"); ok {
		d.info.EncryptFilter = string(f)
	}
	if r, ok := enc.int("R"); ok {
		d.info.EncryptRevision = int(r)
	}
	c, err := openCrypt(enc, encryptNum(v), firstID(d, d.xref.trailer))
	d.info.NeedsPassword = err != nil
	if d.tx != nil && err == nil {
		d.crypt = c
	}
}

// unlock opens an encrypted file found by a scan, whose trailer t names
// the /Encrypt dictionary, when the empty user password opens it.
func (d *doc) unlock(t dict) error {
	enc, err := d.resolveDict(t["Encrypt"])
	if err != nil {
		return errPassword
	}
	c, err := openCrypt(enc, encryptNum(t["Encrypt"]), firstID(d, t))
	if err == nil {
		d.crypt = c
	}
	return err
}

// encryptNum is the object number of an /Encrypt entry, 0 when direct.
func encryptNum(v any) int64 {
	if r, ok := v.(ref); ok {
		return r.num
	}
	return 0
}

// firstID is the first string of trailer t's /ID.
func firstID(d *doc, t dict) []byte {
	v, _ := d.resolve(t["ID"])
	a, _ := v.(array)
	if len(a) == 0 {
		return nil
	}
	id, _ := a[0].([]byte)
	return id
}

// verifyOffsets checks that the first entries point at the objects they
// name, the way a strict reader notices a broken table.
func (d *doc) verifyOffsets() {
	nums := make([]int64, 0, len(d.xref.entries))
	for n, e := range d.xref.entries {
		if !e.inStream && e.off > 0 {
			nums = append(nums, n)
		}
	}
	slices.Sort(nums)
	for _, n := range nums[:min(len(nums), maxVerify)] {
		off := d.xref.entries[n].off
		b, err := d.src.readAt(off, 48)
		if err != nil {
			return
		}
		p := &parser{b: b, final: true}
		if num, _, err := p.objHeader(); err != nil || num != n {
			d.info.addProblem(BadXref, "object %d is not at offset %d", n, off)
			return
		}
	}
}

// describe shows a value in a problem message.
func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "(missing)"
	case []byte:
		return fmt.Sprintf("(%s)", x)
	}
	return fmt.Sprint(v)
}
