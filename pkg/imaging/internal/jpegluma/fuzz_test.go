package jpegluma

import (
	"bytes"
	"flag"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecode checks Decode against image/jpeg on arbitrary bytes: it never
// panics, never allocates past what the header's size justifies, and when
// both decoders accept a file they agree on its size and, at full scale, on
// every luma pixel within IDCT rounding.
//
// Two seeds in testdata/fuzz/FuzzDecode are 48×48 progressive 4:2:0 files
// drawn by a Go program (a noisy colour gradient under a 12-pixel
// checkerboard, encoded by image/jpeg at quality 90) and rewritten by
// jpegtran (libjpeg-turbo 2.1.5): prog48x48-420 with -progressive, and
// prog48x48-luma-in-no-scan with a scan script that sends the chroma
// before the luma (1: 0-0; 2: 0-0; 1: 1-63; 2: 1-63; 0: 0-0; 0: 1-63),
// cut before the luma's first scan and ended with EOI. There libjpeg's
// luma is 128 and image/jpeg's 0, 128 from what Decode gave before it
// refused such a frame.
func FuzzDecode(f *testing.F) {
	shortMinimize("2s")
	paths, _ := filepath.Glob("testdata/*.jpg")
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil && len(b) < 4096 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		cfg, cerr := jpeg.DecodeConfig(bytes.NewReader(b))
		if cerr == nil && cfg.Width*cfg.Height > 1<<20 {
			return
		}
		p, err := decodeBytes(b, Options{MaxPixels: 1 << 20})
		if err != nil {
			return
		}
		y, ys, _, _, _, rerr := reference(b)
		if rerr != nil {
			return
		}
		if cfg.Width != p.Width || cfg.Height != p.Height {
			t.Fatalf("size %dx%d, image/jpeg says %dx%d", p.Width, p.Height, cfg.Width, cfg.Height)
		}
		if d := maxDiff(p.Y, p.Luma.W, p.Luma.H, y, ys); d > 2 {
			t.Fatalf("luma differs from image/jpeg by %.0f", d)
		}
	})
}

// shortMinimize sets -test.fuzzminimizetime to d unless the command line
// gave it. The fuzzer minimises every new input that widens coverage, and
// for an input of a few KiB, cut at every pair of offsets, that lasts the
// default minute: a 30-second run made 25 executions, and one minimising
// for 2 s about 90 000.
func shortMinimize(d string) {
	given := false
	flag.Visit(func(fl *flag.Flag) { given = given || fl.Name == "test.fuzzminimizetime" })
	if !given {
		_ = flag.Set("test.fuzzminimizetime", d)
	}
}
