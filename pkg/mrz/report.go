package mrz

import (
	"bytes"
	"encoding/json"
	"sort"
)

// A Report is the verdict on one zone in the JSON shape of `kyclint mrz
// --format json`. Fields and CheckDigits list only what the format prints,
// in printed order; Errors is empty, never null, when the zone is valid.
type Report struct {
	Format      Format         `json:"format"` // empty when the text is not a zone
	Valid       bool           `json:"valid"`
	Fields      Object[string] `json:"fields"`
	CheckDigits Object[bool]   `json:"check_digits"`
	Errors      []Error        `json:"errors"`
}

// A Member is one key and value of an Object.
type Member[V any] struct {
	Key   string
	Value V
}

// An Object is a JSON object that keeps its keys in the order given.
type Object[V any] []Member[V]

// MarshalJSON writes the members in order; a nil Object is {}.
func (o Object[V]) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, m := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(m.Key)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(m.Value)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

// Report gives the zone's verdict: each failing check digit and each
// problem becomes an error, ordered by line and column.
func (z *Zone) Report() Report {
	r := Report{Format: z.Format, Valid: z.Valid(), Errors: []Error{}}
	if l := layouts[z.Format]; l != nil {
		r.Fields = l.fieldList(z.Fields)
	}
	for _, c := range z.Checks {
		r.CheckDigits = append(r.CheckDigits, Member[bool]{c.Name, c.OK})
		if !c.OK {
			r.Errors = append(r.Errors, Error{Line: c.Line, Column: c.Column, Message: c.Message()})
		}
	}
	r.Errors = append(r.Errors, z.Problems...)
	sort.SliceStable(r.Errors, func(i, j int) bool {
		a, b := r.Errors[i], r.Errors[j]
		return a.Line < b.Line || a.Line == b.Line && a.Column < b.Column
	})
	return r
}

// Report gives the verdict on text that is not a zone: no format, no
// fields, and this error.
func (e *Error) Report() Report {
	return Report{Errors: []Error{*e}}
}

// fieldList names the fields the layout prints, in the report's order.
func (l *layout) fieldList(f Fields) Object[string] {
	names := l.name.ok() || l.surname.ok()
	all := []struct {
		key   string
		has   bool
		value string
	}{
		{"document_code", l.code.ok(), f.DocumentCode},
		{"issuing_state", l.state.ok(), f.IssuingState},
		{"surname", names, f.Surname},
		{"given_names", names, f.GivenNames},
		{"document_number", l.number.ok(), f.DocumentNumber},
		{"nationality", l.nationality.ok(), f.Nationality},
		{"birth_date", l.birth.ok(), f.BirthDate},
		{"sex", l.sex.ok(), f.Sex},
		{"expiry_date", l.expiry.ok(), f.ExpiryDate},
		{"optional_data", l.optional.ok(), f.OptionalData},
		{"optional_data_2", l.optional2.ok(), f.OptionalData2},
	}
	out := make(Object[string], 0, len(all))
	for _, m := range all {
		if m.has {
			out = append(out, Member[string]{m.key, m.value})
		}
	}
	return out
}
