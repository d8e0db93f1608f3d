package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"strings"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/mrz"
	"github.com/kyclint/kyclint/pkg/mrzread"
	"github.com/kyclint/kyclint/pkg/redact"
)

// An imageReport is `kyclint mrz --image --format json` for one file: the
// verdict of `kyclint mrz` on the zone read (format, valid, fields,
// check_digits, errors) and how it was read. Valid is true only when the
// check digits hold and no character is in doubt: mrzread vouches for the
// text.
type imageReport struct {
	Source string `json:"source"`
	Found  bool   `json:"found"`
	mrz.Report
	// Read is null when no zone was found.
	Read *imageRead `json:"read"`
}

// imageRead is how a zone was read.
type imageRead struct {
	Lines       []readLine   `json:"lines"`
	Corrections []correction `json:"corrections"`
	Doubts      []doubt      `json:"doubts"`
	// Clean: valid with no correction and every character scoring at
	// least mrzread.MinConf.
	Clean    bool    `json:"clean"`
	Cut      bool    `json:"cut"`
	Rotation int     `json:"rotation"`
	MinConf  float64 `json:"min_confidence"`
	Note     string  `json:"note,omitempty"`
}

type readLine struct {
	Text       string    `json:"text"`
	Confidence []float64 `json:"confidence"` // one per character, 0–1
}

type correction struct {
	Line   int    `json:"line"`
	Column int    `json:"column"`
	From   string `json:"from"`
	To     string `json:"to"`
	Why    string `json:"why"`
}

type doubt struct {
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Read   string `json:"read"`
	Why    string `json:"why"`
}

// Exit codes of `kyclint mrz --image`, per file; the command exits with the
// highest.
const (
	imageValid    = ExitOK      // read, and valid
	imageInvalid  = ExitFailed  // read, but not valid
	imageNotFound = ExitTrouble // no zone found
)

// mrzImageRun reads the zone of each image in opts.Lines.
func mrzImageRun(opts *mrzOptions) error {
	if len(opts.Lines) == 0 {
		return usageErrorf("--image needs at least one image file")
	}
	var reps []imageReport
	code := imageValid
	for _, name := range opts.Lines {
		rep, err := readImageMRZ(name)
		if err != nil {
			return usageErrorf("%s: %w", name, err)
		}
		if !opts.reveal {
			maskImageReport(&rep)
		}
		reps = append(reps, rep)
		switch {
		case !rep.Found:
			code = max(code, imageNotFound)
		case !rep.Valid:
			code = max(code, imageInvalid)
		}
	}
	if opts.Format == "json" {
		enc := json.NewEncoder(opts.IO.Out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false) // the lines are full of <
		var v any = reps
		if len(reps) == 1 {
			v = reps[0]
		}
		if err := enc.Encode(v); err != nil {
			return err
		}
	} else {
		for i, rep := range reps {
			if i > 0 {
				fmt.Fprintln(opts.IO.Out)
			}
			if err := writeImageText(opts.IO.Out, rep); err != nil {
				return err
			}
		}
	}
	if code != ExitOK {
		return &exitError{code: code}
	}
	return nil
}

// readImageMRZ decodes an image as kyclint lint does (imaging.Analyze, to
// its 1000-pixel working plane) and reads its zone.
func readImageMRZ(name string) (imageReport, error) {
	rep := imageReport{Source: name}
	f, err := os.Open(name)
	if err != nil {
		return rep, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return rep, err
	}
	a, err := imaging.Analyze(f, st.Size(), imaging.Options{KeepLuma: true})
	if err != nil {
		return rep, err
	}
	if a.Luma == nil {
		return rep, errors.New("not an image kyclint can decode")
	}
	res, err := mrzread.Read(a.Luma)
	if errors.Is(err, mrzread.ErrNotFound) {
		rep.Report = mrz.Report{Errors: []mrz.Error{{Line: 1, Column: 1, Message: "no machine readable zone found in the image"}}}
		return rep, nil
	}
	rep.Found = true
	if err != nil {
		// Found, but the lines fit no format.
		rep.Report = mrz.Report{Errors: []mrz.Error{{Line: 1, Column: 1, Message: strings.TrimPrefix(err.Error(), "mrzread: ")}}}
		rep.Read = &imageRead{Note: err.Error()}
		return rep, nil
	}
	zone, perr := mrz.Parse(res.Text())
	var merr *mrz.Error
	switch {
	case perr == nil:
		rep.Report = zone.Report()
	case errors.As(perr, &merr):
		rep.Report = merr.Report()
	default:
		rep.Report = mrz.Report{Errors: []mrz.Error{{Line: 1, Column: 1, Message: perr.Error()}}}
	}
	rep.Valid = res.Valid
	rd := &imageRead{Clean: res.Clean, Cut: res.Cut, Rotation: res.Rotation, MinConf: round3(res.MinConf), Note: res.Note,
		Corrections: []correction{}, Doubts: []doubt{}}
	for i, l := range res.Lines {
		rl := readLine{Text: l, Confidence: make([]float64, 0, len(l))}
		if i < len(res.Conf) {
			for _, c := range res.Conf[i] {
				rl.Confidence = append(rl.Confidence, round3(c))
			}
		}
		rd.Lines = append(rd.Lines, rl)
	}
	for _, c := range res.Corrections {
		rd.Corrections = append(rd.Corrections, correction{c.Line, c.Col, string(c.From), string(c.To), c.Why})
	}
	for _, d := range res.Doubts {
		rd.Doubts = append(rd.Doubts, doubt{d.Line, d.Col, string(d.Read), d.Why})
	}
	rep.Read = rd
	return rep, nil
}

func round3(v float32) float64 { return math.Round(float64(v)*1000) / 1000 }

// writeImageText writes one image's reading for people: what was read and
// how, then the verdict as `kyclint mrz` gives it.
func writeImageText(w io.Writer, rep imageReport) error {
	switch {
	case !rep.Found:
		_, err := fmt.Fprintf(w, "%s: no machine readable zone found\n", rep.Source)
		return err
	case rep.Valid:
		fmt.Fprintf(w, "%s: read, valid\n", rep.Source)
	default:
		fmt.Fprintf(w, "%s: read, not valid\n", rep.Source)
	}
	rd := rep.Read
	for _, l := range rd.Lines {
		low := 1.0
		for _, c := range l.Confidence {
			low = min(low, c)
		}
		fmt.Fprintf(w, "  %s  (lowest confidence %.2f)\n", l.Text, low)
	}
	for _, c := range rd.Corrections {
		fmt.Fprintf(w, "  corrected line %d, column %d: %s to %s (%s)\n", c.Line, c.Column, c.From, c.To, c.Why)
	}
	for _, d := range rd.Doubts {
		fmt.Fprintf(w, "  in doubt: line %d, column %d, read %s (%s)\n", d.Line, d.Column, d.Read, d.Why)
	}
	if rd.Cut {
		fmt.Fprintln(w, "  the zone touches the edge of the image")
	}
	if rd.Note != "" {
		fmt.Fprintf(w, "  %s\n", rd.Note)
	}
	if len(rd.Lines) == 0 {
		return nil
	}
	return rep.Report.WriteText(w)
}

// maskImageReport masks a zone read from an image: its personal fields,
// each line read, which holds them all, and the characters it corrected or
// doubts.
func maskImageReport(rep *imageReport) {
	maskMRZFields(rep.Fields)
	if rep.Read == nil {
		return
	}
	for i := range rep.Read.Lines {
		rep.Read.Lines[i].Text = redact.SecretOf(rep.Read.Lines[i].Text).Masked()
	}
	// A corrected or doubtful character is a character of a name, number
	// or date too: its place and the reason stay.
	for i := range rep.Read.Corrections {
		rep.Read.Corrections[i].From, rep.Read.Corrections[i].To = "*", "*"
	}
	for i := range rep.Read.Doubts {
		rep.Read.Doubts[i].Read = "*"
	}
}
