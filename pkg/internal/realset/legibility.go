package realset

import "fmt"

// A Verdict is the combined judgement on one degraded version: legible
// when any judge reads its small print, tesseract (legibility.json),
// kyclint's MRZ reader (reader-labels.json) or a person (eye-labels.json);
// illegible when at least one judged it and none read it. ReadBy names the
// judges that read it, JudgedBy all that judged it.
type Verdict struct {
	Legible  bool
	ReadBy   []string
	JudgedBy []string
}

// The judges' names in a Verdict.
const (
	JudgeOCR    = "tesseract"
	JudgeReader = "mrzread"
	JudgeEye    = "eye"
)

// Legibility returns the combined verdict on every version some judge
// labelled, by "original@degradation".
func Legibility() (map[string]Verdict, error) {
	ocr, err := Labels()
	if err != nil {
		return nil, err
	}
	reader, err := ReaderLabels()
	if err != nil {
		return nil, err
	}
	eye, err := EyeLabels()
	if err != nil {
		return nil, err
	}
	out := map[string]Verdict{}
	add := func(key, judge string, legible bool) {
		v := out[key]
		v.JudgedBy = append(v.JudgedBy, judge)
		if legible {
			v.Legible = true
			v.ReadBy = append(v.ReadBy, judge)
		}
		out[key] = v
	}
	for _, l := range ocr.Labels {
		add(l.Key(), JudgeOCR, l.Legible)
	}
	for _, l := range reader.Labels {
		add(l.Key(), JudgeReader, l.Legible)
	}
	for _, l := range eye.Labels {
		add(l.Key(), JudgeEye, l.Legible)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("realset: no legibility labels")
	}
	return out, nil
}
