package jpegluma

import (
	"bytes"
	"os"
	"sync"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// benchJPEG is a generated 12 MP (short mode: 2 MP) quality-90 photo.
var benchJPEG = sync.OnceValue(func() []byte {
	w, h := 4032, 3024
	if testing.Short() {
		w, h = 1632, 1224
	}
	img := synth.Card(synth.CardOptions{Width: w, Height: h, Seed: 5, Kind: synth.KindID})
	b, err := synth.EncodeJPEG(img, 90, nil)
	if err != nil {
		panic(err)
	}
	return b
})

// BenchmarkDecode times entropy decoding alone (every block decoded and
// dropped) and the whole decode to a 1000-pixel working size.
func BenchmarkDecode(b *testing.B) {
	data := benchJPEG()
	r := bytes.NewReader(data)
	// As package imaging asks: luma at 1000 px, chroma at 250.
	working := func(f Frame) (Plane, Plane) {
		k := 1000 / float64(max(f.Width, f.Height))
		kc := 250 / float64(max(f.Chroma.W, f.Chroma.H))
		return Plane{int(float64(f.Width)*k + 0.5), int(float64(f.Height)*k + 0.5)},
			Plane{int(float64(f.Chroma.W)*kc + 0.5), int(float64(f.Chroma.H)*kc + 0.5)}
	}
	for _, mode := range []struct {
		name    string
		entropy bool
	}{{"entropy", true}, {"working", false}} {
		b.Run(mode.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			s := &scratch{buf: make([]byte, bufSize)}
			for b.Loop() {
				d := newDecoder(r, int64(len(data)), Options{Target: working}, s)
				d.entropyOnly = mode.entropy
				if err := d.run(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkDecodeProgressive decodes the 12 MP progressive sample to the
// working size; its bytes per op are the memory a worker needs for it.
func BenchmarkDecodeProgressive(b *testing.B) {
	data, err := os.ReadFile(large12MP)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(bytes.NewReader(data), int64(len(data)), Options{Target: working}); err != nil {
			b.Fatal(err)
		}
	}
}
