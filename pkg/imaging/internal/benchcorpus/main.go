// Command benchcorpus writes the seeded corpus that
// .github/scripts/bench-vs-opencv.sh times: document photos at 4032×3024
// and 1600×1200, quality 90, sharp, blurred, dark and with glare, each
// with an EXIF block as a phone writes it; dense 12 MP photos (quality 92
// with heavy sensor noise, 4–5 MB each, named dense-*.jpg); and PNG
// screenshots of a document at phone and desktop sizes (screen-*.png).
// The script makes progressive copies of the 12 MP photos with jpegtran.
//
//	go run ./pkg/imaging/internal/benchcorpus DIR
package main

import (
	"fmt"
	"image"
	"os"
	"path/filepath"
	"time"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: benchcorpus DIR")
		os.Exit(2)
	}
	if err := write(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
}

var variants = map[string]func(*image.RGBA) *image.RGBA{
	"sharp":   func(m *image.RGBA) *image.RGBA { return m },
	"blurred": func(m *image.RGBA) *image.RGBA { return synth.GaussianBlur(m, 2) },
	"dark":    synth.Darken,
	"glare": func(m *image.RGBA) *image.RGBA {
		b := m.Bounds()
		return synth.AddGlare(m, b.Dx()/2, b.Dy()/2, b.Dy()/8)
	},
}

func write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	exif := &synth.EXIF{Make: "Apple", Model: "iPhone 15", Orientation: 1,
		DateTimeOriginal: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), GPS: &synth.GPS{Lat: 51.5, Lon: -0.1}}
	for i, sz := range [][2]int{{4032, 3024}, {1600, 1200}} {
		for name, alter := range variants {
			img := synth.Card(synth.CardOptions{Width: sz[0], Height: sz[1], Seed: int64(11 + i), Kind: synth.KindID})
			img = synth.AddNoise(alter(img), 2, int64(i))
			b, err := synth.EncodeJPEG(img, 90, exif)
			if err != nil {
				return err
			}
			p := filepath.Join(dir, fmt.Sprintf("%dx%d-%s.jpg", sz[0], sz[1], name))
			if err := os.WriteFile(p, b, 0o644); err != nil {
				return err
			}
		}
	}
	for i, sigma := range []float64{9, 12} {
		img := synth.Card(synth.CardOptions{Width: 4032, Height: 3024, Seed: int64(21 + i), Kind: synth.KindID})
		img = synth.AddNoise(img, sigma, int64(5+i))
		b, err := synth.EncodeJPEG(img, 92, exif)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("dense-%d.jpg", i)), b, 0o644); err != nil {
			return err
		}
	}
	for i, sz := range [][2]int{{1170, 2532}, {1920, 1080}, {2560, 1440}, {1080, 2400}} {
		img := synth.Card(synth.CardOptions{Width: sz[0], Height: sz[1], Seed: int64(31 + i), Kind: synth.KindPassport})
		b, err := synth.EncodePNG(img)
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("screen-%dx%d.png", sz[0], sz[1])), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
