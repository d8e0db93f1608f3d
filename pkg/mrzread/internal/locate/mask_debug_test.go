package locate

import (
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

func writeMask(t *testing.T, name string, img *image.Gray) {
	if debugDir() == "" {
		return
	}
	d := newDetection(img)
	if d == nil {
		return
	}
	g := image.NewGray(image.Rect(0, 0, d.w, d.h))
	for i, m := range d.mask {
		if !m {
			g.Pix[i] = 255
		}
	}
	f, err := os.Create(filepath.Join(debugDir(), name+"-mask.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	png.Encode(f, g)
}
