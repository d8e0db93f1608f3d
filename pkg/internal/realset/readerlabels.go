package realset

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed testdata/reader-labels.json
var readerLabelsJSON []byte

// A ReaderLabelSet is testdata/reader-labels.json: the degraded versions of
// the MRZ documents judged by kyclint's own MRZ reader (pkg/mrzread), a
// template reader independent of tesseract. A version is legible to it
// when it reads every line of the MRZ exactly as printed. Documents whose
// original it does not read exactly are left out (Excluded), since the
// judge would be blind on them.
type ReaderLabelSet struct {
	Version  int           `json:"version"`
	Rule     string        `json:"rule"`
	Excluded []string      `json:"excluded"`
	Labels   []ReaderLabel `json:"labels"`
}

// A ReaderLabel is the reader's verdict on one degraded file, with what
// it read ("" when it found no zone or could not decode one).
type ReaderLabel struct {
	Original    string   `json:"original"`
	Degradation string   `json:"degradation"`
	Legible     bool     `json:"legible"`
	Read        []string `json:"read,omitempty"`
}

// ReaderLabels returns the committed reader labels.
func ReaderLabels() (ReaderLabelSet, error) {
	var ls ReaderLabelSet
	if err := json.Unmarshal(readerLabelsJSON, &ls); err != nil {
		return ReaderLabelSet{}, fmt.Errorf("reading testdata/reader-labels.json: %w", err)
	}
	return ls, nil
}

// Key names a label's pair as "original@degradation".
func (l ReaderLabel) Key() string { return l.Original + "@" + l.Degradation }
