package analysis

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/internal/linttest"
	"github.com/kyclint/kyclint/pkg/mrzread"
	"github.com/kyclint/kyclint/pkg/pack"
)

// analyzed runs the Image analysis's work on data for a document of type t.
func analyzed(t *testing.T, data []byte, typ pack.DocType) (*pack.Document, ImageResult) {
	t.Helper()
	d := &pack.Document{Type: typ}
	a, err := imaging.Analyze(bytes.NewReader(data), int64(len(data)), imaging.Options{KeepLuma: d.Category() == pack.Identity})
	return d, ImageResult{Analysis: a, Err: err}
}

// fixture reads the file rel of a rule fixture, or makes it from the
// fixture's .gen when it is not committed.
func fixture(t *testing.T, rel string) []byte {
	t.Helper()
	if data, err := os.ReadFile(filepath.Join("..", "checks", "testdata", rel)); err == nil {
		return data
	}
	gen, err := os.ReadFile(filepath.Join("..", "checks", "testdata", filepath.Dir(rel), ".gen"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".gen"), gen, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := linttest.Generate(dir); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, filepath.Base(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestReadPhotoMRZ(t *testing.T) {
	blank := image.NewGray(image.Rect(0, 0, 800, 600))
	draw.Draw(blank, blank.Rect, image.NewUniform(color.Gray{225}), image.Point{}, draw.Src)
	var b bytes.Buffer
	if err := jpeg.Encode(&b, blank, nil); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		data  []byte
		typ   pack.DocType
		tried bool
		want  PhotoProblem
	}{
		{"read", fixture(t, "mrz.unreadable/read/passport.jpg"), pack.Passport, true, PhotoRead},
		{"cut", fixture(t, "mrz.unreadable/cut-off/passport.jpg"), pack.Passport, true, PhotoCut},
		{"blank", b.Bytes(), pack.IDCard, true, PhotoNotFound},
		{"not identity", fixture(t, "mrz.unreadable/read/passport.jpg"), pack.UtilityBill, false, PhotoRead},
		{"not an image", []byte("%PDF-1.4\n"), pack.Passport, false, PhotoRead},
	} {
		d, img := analyzed(t, c.data, c.typ)
		r := readPhotoMRZ(d, img)
		if r.Tried != c.tried || r.Problem != c.want {
			t.Errorf("%s: tried %v, %s (%v); want %v, %s", c.name, r.Tried, r.Problem, r.Err, c.tried, c.want)
		}
		if c.want == PhotoNotFound && !errors.Is(r.Err, mrzread.ErrNotFound) {
			t.Errorf("%s: error %v, want ErrNotFound", c.name, r.Err)
		}
		if r.Valid() != (c.tried && c.want == PhotoRead) {
			t.Errorf("%s: Valid %v", c.name, r.Valid())
		}
	}
}
