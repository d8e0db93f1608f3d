package locate

import (
	"image"
	"testing"
	"time"
)

// FuzzFind feeds Find small arbitrary images: a width, a height and pixel
// bytes repeated to fill them. It must never panic, must stay fast, and
// whatever it returns must be well formed.
func FuzzFind(f *testing.F) {
	f.Add(uint16(64), uint16(48), []byte{0, 255})
	f.Add(uint16(300), uint16(200), []byte{255, 255, 255, 0, 255, 255, 0, 0, 255})
	f.Add(uint16(41), uint16(21), []byte{})
	f.Add(uint16(700), uint16(30), []byte{10, 250, 250, 250, 10, 250, 250})
	f.Fuzz(func(t *testing.T, w, h uint16, pix []byte) {
		w, h = w%800, h%800
		img := image.NewGray(image.Rect(3, 5, 3+int(w), 5+int(h)))
		if len(pix) > 0 {
			for i := range img.Pix {
				img.Pix[i] = pix[i%len(pix)]
			}
		}
		start := time.Now()
		z, err := Find(img)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Find took %v on %dx%d", d, w, h)
		}
		if err != nil {
			if z != nil {
				t.Error("a zone with an error")
			}
			return
		}
		if n := len(z.Lines); n < 2 || n > 3 {
			t.Errorf("%d lines", n)
		}
		for _, l := range z.Lines {
			if l.Strip == nil || l.Strip.Rect.Dy() != StripHeight || len(l.Cells) == 0 {
				t.Fatalf("malformed line %+v", l)
			}
			for _, c := range l.Cells {
				if !c.In(l.Strip.Rect) {
					t.Errorf("cell %v outside strip %v", c, l.Strip.Rect)
				}
			}
		}
	})
}
