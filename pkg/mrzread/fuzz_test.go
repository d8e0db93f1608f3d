package mrzread

import (
	"image"
	"strings"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/mrz"
)

// FuzzRead feeds the whole reader small arbitrary images (a width, a
// height and pixel bytes repeated to fill them): it must never panic, must
// give up within its time budget, and a zone it vouches for must be one that
// pkg/mrz accepts as valid, line for line.
func FuzzRead(f *testing.F) {
	f.Add(uint16(64), uint16(48), []byte{0, 255})
	f.Add(uint16(440), uint16(90), []byte{255, 255, 255, 0, 255, 255, 0, 0, 255, 255, 255, 255})
	f.Add(uint16(900), uint16(60), []byte{10, 250, 250, 250, 10, 250, 250, 250})
	f.Add(uint16(5), uint16(900), []byte{})
	f.Fuzz(func(t *testing.T, w, h uint16, pix []byte) {
		w, h = w%1200, h%1200
		img := image.NewGray(image.Rect(0, 0, int(w), int(h)))
		if len(pix) > 0 {
			for i := range img.Pix {
				img.Pix[i] = pix[i%len(pix)]
			}
		}
		start := time.Now()
		r, err := Read(img)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("Read took %v on %dx%d", d, w, h)
		}
		if err != nil || !r.Valid {
			return
		}
		z, perr := mrz.Parse(strings.Join(r.Lines, "\n"))
		if perr != nil || !z.Valid() {
			t.Errorf("vouched for %q, which mrz.Parse rejects: %v", r.Lines, perr)
		}
	})
}
