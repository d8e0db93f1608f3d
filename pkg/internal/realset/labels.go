package realset

import (
	_ "embed"
	"encoding/json"
	"fmt"
)

//go:embed testdata/legibility.json
var labelsJSON []byte

// A LabelSet is testdata/legibility.json: how each document was judged and
// whether each of its degraded versions is legible.
type LabelSet struct {
	Version   int           `json:"version"`
	Judge     JudgeSettings `json:"judge"`
	Originals []JudgedOrig  `json:"originals"`
	Labels    []Label       `json:"labels"`
}

// JudgeSettings are the OCR judge's version and bounds.
type JudgeSettings struct {
	OCR               string  `json:"ocr"`
	MRZMaxCER         float64 `json:"mrz_max_cer"`
	WordsMinRecall    float64 `json:"words_min_recall"`
	WordsMinReference int     `json:"words_min_reference"`
}

// A JudgedOrig says how one document original is judged: by its MRZ
// ("mrz"), by the words read from it ("words"), or not at all ("none",
// with the reason in Excluded, and then it has no labels).
type JudgedOrig struct {
	Path        string   `json:"path"`
	Judge       string   `json:"judge"`
	Reference   []string `json:"reference"`
	OriginalCER *float64 `json:"original_cer,omitempty"`
	Excluded    string   `json:"excluded,omitempty"`
}

// A Label is the verdict on one degraded file, with the OCR figures behind
// it: the MRZ character error rate, or the reference words still read.
type Label struct {
	Original    string   `json:"original"`
	Degradation string   `json:"degradation"`
	Judge       string   `json:"judge"`
	Legible     bool     `json:"legible"`
	CER         *float64 `json:"cer,omitempty"`
	WordsFound  *int     `json:"words_found,omitempty"`
	WordsTotal  *int     `json:"words_total,omitempty"`
}

// Labels returns the committed labels.
func Labels() (LabelSet, error) {
	var ls LabelSet
	if err := json.Unmarshal(labelsJSON, &ls); err != nil {
		return LabelSet{}, fmt.Errorf("reading testdata/legibility.json: %w", err)
	}
	return ls, nil
}

// Key names a label's pair as "original@degradation".
func (l Label) Key() string { return l.Original + "@" + l.Degradation }
