package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Read reads a report saved by the json format (or the ndjson one),
// strictly: a key the report
// does not define, a version other than Version or trailing data is an
// error that names its line, so that a report from another tool or another
// kyclint is never rendered as if it were this one's.
func Read(r io.Reader) (*Report, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	if isNDJSON(data) {
		return readNDJSON(data)
	}
	if err := checkVersion(data); err != nil {
		return nil, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var rep Report
	if err := dec.Decode(&rep); err != nil {
		return nil, atLine(data, err, dec.InputOffset())
	}
	normalize(&rep)
	return &rep, nil
}

// checkVersion accepts only one JSON object, whose version is Version,
// before any stricter decoding, so that a report from elsewhere or from
// another kyclint gets that message rather than an unknown field.
func checkVersion(data []byte) error {
	var head map[string]json.RawMessage
	if err := json.Unmarshal(data, &head); err != nil {
		var syntax *json.SyntaxError
		if errors.As(err, &syntax) {
			return atLine(data, err, -1)
		}
		return errors.New("not a JSON object: not a kyclint JSON report")
	}
	raw, ok := head["version"]
	if !ok {
		return errors.New("no version: not a kyclint JSON report")
	}
	var v int
	if err := json.Unmarshal(raw, &v); err != nil {
		return fmt.Errorf("version %s: not a kyclint JSON report", raw)
	}
	if v != Version {
		return fmt.Errorf("version %d, this kyclint reads version %d", v, Version)
	}
	return nil
}

// normalize restores the [] and {} a report promises where a hand-edited
// one has null or nothing.
func normalize(r *Report) {
	if r.Packs == nil {
		r.Packs = []Pack{}
	}
	for i := range r.Packs {
		p := &r.Packs[i]
		if p.Findings == nil {
			p.Findings = []Finding{}
		}
		for j := range p.Findings {
			if p.Findings[j].Data == nil {
				p.Findings[j].Data = map[string]any{}
			}
			// A saved report keeps its masks; a rendering of it says how
			// to see the values as the original did. Masks always hold
			// an asterisk, which messages otherwise never do.
			p.Findings[j].masked = strings.Contains(p.Findings[j].Message, "*")
			r.noteMasked = r.noteMasked || p.Findings[j].masked
		}
	}
}

// atLine adds the line to a decoding error: its own offset when it has
// one, else where the decoder stopped (at, or -1 for unknown).
func atLine(data []byte, err error, at int64) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return lineError(data, syntax.Offset, err)
	case errors.As(err, &typ):
		return lineError(data, typ.Offset, err)
	case at >= 0:
		return lineError(data, at, err)
	}
	return err
}

func lineError(data []byte, offset int64, err error) error {
	if offset > int64(len(data)) {
		offset = int64(len(data))
	}
	return fmt.Errorf("line %d: %w", 1+bytes.Count(data[:offset], []byte("\n")), err)
}
