package pdfdoc

import "errors"

// readCatalog reads the document catalog and the page tree root, for the
// catalog's /Version and the page count.
func (d *doc) readCatalog() {
	root, err := d.resolveDict(d.xref.trailer["Root"])
	if err != nil {
		d.objectProblem("catalog", err)
		return
	}
	if v, ok := root.name("Version"); ok && newer(string(v), d.info.Version) {
		d.info.Version = string(v)
	}
	pages, err := d.resolveDict(root["Pages"])
	if err != nil {
		d.objectProblem("page tree", err)
		return
	}
	if v, err := d.resolve(pages["Count"]); err == nil {
		if n, ok := intValue(v); ok && n >= 0 && n < 1<<31 {
			d.info.Pages = int(n)
		}
	}
}

// objectProblem records an unreadable object, except one hidden in an
// encrypted object stream: that is expected, not damage.
func (d *doc) objectProblem(what string, err error) {
	if errors.Is(err, errEncryptedObject) {
		return
	}
	d.info.addProblem(BadObject, "%s: %v", what, err)
}

// newer compares "major.minor" versions.
func newer(a, b string) bool {
	return len(a) == 3 && len(b) == 3 && a > b
}

// readInfo reads the document information dictionary. In an encrypted file
// its strings are encrypted too, so it is skipped.
func (d *doc) readInfo() {
	if d.encrypted {
		return
	}
	info, err := d.resolveDict(d.xref.trailer["Info"])
	if err != nil {
		return
	}
	d.info.Producer = d.text(info["Producer"])
	d.info.Creator = d.text(info["Creator"])
	d.info.CreationDate, _ = ParseDate(d.text(info["CreationDate"]))
	d.info.ModDate, _ = ParseDate(d.text(info["ModDate"]))
}

// text resolves v and decodes it as a text string.
func (d *doc) text(v any) string {
	v, err := d.resolve(v)
	if err != nil {
		return ""
	}
	b, ok := v.([]byte)
	if !ok {
		return ""
	}
	return decodeText(b)
}
