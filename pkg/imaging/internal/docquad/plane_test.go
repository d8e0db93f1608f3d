package docquad

import (
	"image"
	_ "image/jpeg"
	_ "image/png"
	"os"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/imaging/internal/area"
	"github.com/kyclint/kyclint/pkg/internal/realset"
)

// workingLong is the long side of kyclint's working plane.
const workingLong = 1000

// A testPlane is a luma plane with the factor that maps it back to the
// decoded image (plane pixel × scale = image pixel).
type testPlane struct {
	w, h  int
	pix   []float32
	scale float64
}

// loadImage decodes a JPEG, PNG or TIFF file.
func loadImage(t testing.TB, path string) image.Image {
	t.Helper()
	if strings.HasSuffix(path, ".tif") {
		img, err := realset.DecodeFile(path)
		if err != nil {
			t.Fatalf("decoding %s: %v", path, err)
		}
		return img
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		t.Fatalf("decoding %s: %v", path, err)
	}
	return img
}

// tryLoadImage decodes a file, reporting false when it is not an image the
// standard decoders read (the EXIF corpus holds deliberately broken files).
func tryLoadImage(path string) (image.Image, bool) {
	f, err := os.Open(path)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	return img, err == nil
}

// workingPlane area-averages img's luma (0.299R+0.587G+0.114B) so that its
// long side is at most workingLong, as kyclint's working plane is.
func workingPlane(img image.Image) testPlane {
	b := img.Bounds()
	sw, sh := b.Dx(), b.Dy()
	dw, dh := sw, sh
	if long := max(sw, sh); long > workingLong {
		dw = max(1, (sw*workingLong+long/2)/long)
		dh = max(1, (sh*workingLong+long/2)/long)
	}
	rs := area.NewResampler(1, sw, sh, dw, dh, nil)
	row := make([]float32, sw)
	for y := range sh {
		for x := range sw {
			r, g, bl, _ := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
			row[x] = (0.299*float32(r) + 0.587*float32(g) + 0.114*float32(bl)) / 257
		}
		rs.Add(y, [][]float32{row})
	}
	p := rs.Planes()[0]
	return testPlane{w: p.W, h: p.H, pix: p.Pix, scale: float64(sw) / float64(dw)}
}

// crop returns the part r of img.
func crop(img image.Image, r image.Rectangle) image.Image {
	return img.(interface {
		SubImage(image.Rectangle) image.Image
	}).SubImage(r.Add(img.Bounds().Min))
}
