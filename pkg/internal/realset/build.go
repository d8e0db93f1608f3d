package realset

import (
	"bytes"
	"embed"
	"fmt"
	"image"
	"image/draw"
	_ "image/jpeg" // originals are JPEG
	_ "image/png"  // and PNG
	"os"
	"path"
	"path/filepath"

	_ "golang.org/x/image/tiff" // and, for the faxed letter, TIFF

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// buildQuality is the JPEG quality of every degraded file except the JPEG
// degradations: high enough that only the degradation under test shows.
const buildQuality = 90

//go:embed testdata/photos
var bundled embed.FS

// Build returns the bytes of orig degraded by d, a JPEG file. The same
// inputs give the same bytes.
func Build(orig image.Image, d Degradation) ([]byte, error) {
	img, err := d.Apply(ToRGBA(orig))
	if err != nil {
		return nil, err
	}
	q := buildQuality
	if d.Kind == JPEG {
		q = int(d.Strength)
	}
	return synth.EncodeJPEG(img, q, nil)
}

// ReadFile returns the bytes of o: from corpusRoot, or from the package's
// testdata when o is bundled.
func ReadFile(corpusRoot string, o Original) ([]byte, error) {
	if o.Bundled {
		return bundled.ReadFile(path.Join("testdata", o.Path))
	}
	return os.ReadFile(filepath.Join(corpusRoot, filepath.FromSlash(o.Path)))
}

// DecodeFile decodes the image file at path, including a YCbCr TIFF such as
// the MIDV-500 frames, which the standard decoders refuse.
func DecodeFile(path string) (image.Image, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	img, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		img, err = decodeYCbCrTIFF(b)
	}
	return img, err
}

// Open decodes o, including the YCbCr TIFF frame that the standard decoders
// refuse.
func Open(corpusRoot string, o Original) (image.Image, error) {
	b, err := ReadFile(corpusRoot, o)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", o.Path, err)
	}
	img, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		img, err = decodeYCbCrTIFF(b)
	}
	if err != nil {
		return nil, fmt.Errorf("decoding %s: %w", o.Path, err)
	}
	return img, nil
}

// ToRGBA returns img as an *image.RGBA with its origin at (0, 0).
func ToRGBA(img image.Image) *image.RGBA {
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(out, out.Rect, img, b.Min, draw.Src)
	return out
}
