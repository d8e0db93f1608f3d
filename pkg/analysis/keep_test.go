package analysis

import (
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"testing"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/mrzread"
	"github.com/kyclint/kyclint/pkg/pack"
	"github.com/kyclint/kyclint/pkg/pdfdoc"
)

// TestKeptResultsAreTheResults encodes and decodes every kept analysis of
// every sample document and compares it with the result computed: what a
// run reads from the cache is what it would have computed (but for the
// luma plane, which is not kept).
func TestKeptResultsAreTheResults(t *testing.T) {
	targets, err := pack.Discover([]string{filepath.Join("..", "..", "testdata", "packs")})
	if err != nil || len(targets) == 0 {
		t.Fatalf("%d packs, %v", len(targets), err)
	}
	kept := map[string]int{}
	for _, tg := range targets {
		p := pack.Load(tg)
		for _, d := range p.Documents {
			name := tg.Path + "/" + d.File
			img := analyzeImage(d, ImageSettings{MaxPixels: imaging.DefaultMaxPixels})
			if data, ok := encodeImage(img); ok {
				kept["image"]++
				back, err := decodeImage(data)
				if got, want := imageString(back.Analysis), imageString(img.Analysis); err != nil || got != want || back.Err != nil {
					t.Errorf("%s: image kept as %s (%v), computed %s", name, got, err, want)
				}
			} else if img.Err == nil && img.Analysis != nil && img.Analysis.EXIFErr == nil {
				t.Errorf("%s: a clean image analysis is not kept", name)
			}
			mrz := readPhotoMRZ(d, img)
			if mrz.Tried {
				kept["mrz-photo"]++
				data, ok := encodeMRZPhoto(mrz)
				back, err := decodeMRZPhoto(data)
				if !ok || err != nil || exported(t, back) != exported(t, mrz) || (back.Err == nil) != (mrz.Err == nil) ||
					back.Err != nil && (back.Err.Error() != mrz.Err.Error() || errors.Is(back.Err, mrzread.ErrNotFound) != errors.Is(mrz.Err, mrzread.ErrNotFound)) {
					t.Errorf("%s: MRZ kept as %+v (%v), computed %+v", name, back, err, mrz)
				}
			}
			ra, err := d.Content()
			if err != nil || d.Type.Category() == pack.Identity {
				continue
			}
			if info, err := pdfdoc.Inspect(ra, d.Size); err == nil {
				kept["pdf"]++
				data, ok := encodePDF(PDFResult{Info: info})
				back, err := decodePDF(data)
				if !ok || err != nil || exported(t, back.Info) != exported(t, info) {
					t.Errorf("%s: PDF kept as %+v (%v), computed %+v", name, back.Info, err, info)
				}
			}
			if text := extractPDFText(ra, d.Size); text.Err == nil {
				kept["pdf-text"]++
				data, ok := encodePDFText(text)
				back, err := decodePDFText(data)
				if !ok || err != nil || exported(t, back.Text) != exported(t, text.Text) {
					t.Errorf("%s: PDF text kept as %+v (%v), computed %+v", name, back.Text, err, text.Text)
				}
			}
		}
		p.Close()
	}
	for _, a := range []string{"image", "mrz-photo", "pdf", "pdf-text"} {
		if kept[a] == 0 {
			t.Errorf("no %s result of the sample packs was kept: the test proves nothing for it", a)
		}
	}
}

// exported is v's exported fields as JSON (nil and empty slices alike).
func exported(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// imageString prints an image analysis but its luma plane, with what its
// pointers point at; NaN measurements (which DeepEqual never finds equal)
// print as NaN.
func imageString(a *imaging.Analysis) string {
	c := *a
	c.Luma, c.Metrics = nil, nil
	s := fmt.Sprintf("%+v", c)
	if m := a.Metrics; m != nil {
		mc := *m
		mc.Document = nil
		s += fmt.Sprintf(" metrics %+v", mc)
		if m.Document != nil {
			s += fmt.Sprintf(" document %+v", *m.Document)
		}
	}
	return s
}
