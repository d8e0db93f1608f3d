package pack

// Two-sided documents. A card declares each side as its own entry (one file
// each, `side: front` and `side: back`). The two entries of one card are
// paired, and what the back declares counts for the card: a Chinese
// resident ID prints its validity period and issuing authority on the back,
// so expiry_date and issue_date are declared on the back entry. Rules read
// the card's fields from the front entry; findings about a field still
// point at the line that declares it.

// MergedKeys are the fields a back entry may declare for its card. mrz: is
// not among them: it belongs to the photo it is printed on, which rules
// compare it with.
var MergedKeys = []string{"name", "date_of_birth", "expiry_date", "issue_date", "number", "nationality",
	"sex", "issuing_country", "address"}

// pairSides pairs each back entry with a front of the same type: the
// nearest earlier unpaired entry of that type that is not a back (a front,
// or one that names no side), else the nearest later one. Then moveBack
// moves the back's fields to the front.
func pairSides(docs []*Document) {
	for i, back := range docs {
		if back.Side != "back" {
			continue
		}
		if front := findFront(docs, i); front != nil {
			front.Pair, back.Pair = back, front
			moveBack(front, back)
		}
	}
}

func findFront(docs []*Document, i int) *Document {
	fits := func(d *Document) bool {
		return d.Pair == nil && d.Side != "back" && d.Type == docs[i].Type
	}
	for j := i - 1; j >= 0; j-- {
		if fits(docs[j]) {
			return docs[j]
		}
	}
	for j := i + 1; j < len(docs); j++ {
		if fits(docs[j]) {
			return docs[j]
		}
	}
	return nil
}

// moveBack moves each field the back declares and the front does not to the
// front, with the line it stands on. A field both declare stays on both
// entries, and rules check each.
func moveBack(front, back *Document) {
	for _, key := range MergedKeys {
		if !back.Present(key) || front.Present(key) {
			continue
		}
		line := back.lines[key]
		if back.Invalid(key) {
			front.markInvalid(key)
		}
		front.set(key, line)
		delete(back.lines, key)
		delete(back.invalid, key)
		if front.backKeys == nil {
			front.backKeys = map[string]bool{}
		}
		front.backKeys[key] = true
		f, b := front.field(key), back.field(key)
		f.set(b)
		b.clear()
	}
}

// FromBack reports whether key of a front entry was declared on its back.
func (d *Document) FromBack(key string) bool { return d.backKeys[key] }

// A fieldRef reaches one field of a Document, whatever its Go type.
type fieldRef struct {
	s *string
	d *Date
}

func (r fieldRef) set(o fieldRef) {
	if r.s != nil {
		*r.s = *o.s
	} else {
		*r.d = *o.d
	}
}

func (r fieldRef) clear() {
	if r.s != nil {
		*r.s = ""
	} else {
		*r.d = Date{}
	}
}

func (d *Document) field(key string) fieldRef {
	switch key {
	case "name":
		return fieldRef{s: &d.Name}
	case "number":
		return fieldRef{s: &d.Number}
	case "nationality":
		return fieldRef{s: &d.Nationality}
	case "sex":
		return fieldRef{s: &d.Sex}
	case "issuing_country":
		return fieldRef{s: &d.IssuingCountry}
	case "address":
		return fieldRef{s: &d.Address}
	case "date_of_birth":
		return fieldRef{d: &d.DateOfBirth}
	case "expiry_date":
		return fieldRef{d: &d.ExpiryDate}
	case "issue_date":
		return fieldRef{d: &d.IssueDate}
	}
	panic("pack: no field " + key)
}
