package realset

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed testdata/eye-labels.json
var eyeLabelsJSON []byte

// An EyeLabelSet is testdata/eye-labels.json: degraded versions judged by a
// person reading their enlarged small print, the standard the OCR labels
// only approximate. It covers a sample: versions tesseract calls illegible
// that image.blur passes, and versions image.blur fails just above its
// limit. Method says how they were read.
type EyeLabelSet struct {
	Version int    `json:"version"`
	Method  string `json:"method"`
	// References are the lines of the documents without an MRZ as read on
	// the original; the MRZ documents use legibility.json's reference.
	References map[string][]string `json:"references"`
	Labels     []EyeLabel          `json:"labels"`
}

// An EyeLabel is a person's verdict on one degraded file: legible when the
// character error rate of what was read against the reference is at most
// 10 %. Read holds the lines as transcribed, '?' for a character not told.
type EyeLabel struct {
	Original    string   `json:"original"`
	Degradation string   `json:"degradation"`
	Legible     bool     `json:"legible"`
	CER         float64  `json:"cer"`
	Read        []string `json:"read"`
}

// EyeLabels returns the committed eye labels.
func EyeLabels() (EyeLabelSet, error) {
	var ls EyeLabelSet
	if err := json.Unmarshal(eyeLabelsJSON, &ls); err != nil {
		return EyeLabelSet{}, fmt.Errorf("reading testdata/eye-labels.json: %w", err)
	}
	return ls, nil
}

// Key names a label's pair as "original@degradation".
func (l EyeLabel) Key() string { return l.Original + "@" + l.Degradation }
