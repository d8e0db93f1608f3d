package imaging

import (
	"bytes"
	"image"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// benchJPEGs holds generated phone-like JPEGs, made once, outside any timed
// loop.
var benchJPEGs = sync.OnceValue(func() map[string][]byte {
	m := map[string][]byte{}
	for name, sz := range map[string][2]int{"2MP": {1632, 1224}, "12MP": {4032, 3024}} {
		img := synth.Card(synth.CardOptions{Width: sz[0], Height: sz[1], Seed: 5, Kind: synth.KindID})
		addNoise(img, 2, 5)
		b, err := synth.EncodeJPEG(img, 90, &synth.EXIF{Make: "Apple", Model: "iPhone", Orientation: 1,
			DateTimeOriginal: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), GPS: &synth.GPS{Lat: 1, Lon: 2}})
		if err != nil {
			panic(err)
		}
		m[name] = b
	}
	return m
})

func benchStages(b *testing.B, size string) {
	data := benchJPEGs()[size]
	r := bytes.NewReader(data)
	n := int64(len(data))
	stage := func(name string, fn func()) {
		b.Run(size+"/"+name, func(b *testing.B) {
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				fn()
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "images/s")
		})
	}
	stage("header", func() { _, _, _ = DecodeConfig(r, n) })
	stage("exif", func() { _, _ = ReadEXIF(r, n) })
	stage("decode", func() { _, _, _ = Decode(r, n, Limits{}) })
	_, img, err := Decode(r, n, Limits{})
	if err != nil {
		b.Fatal(err)
	}
	stage("metrics", func() { _ = measureImage(img) })
	stage("fastplanes", func() {
		y, cb, cr, _ := jpegPlanes(r, n, DefaultWorkingSize, Limits{})
		putFloats(y.pix)
		putFloats(cb.pix)
		putFloats(cr.pix)
	})
	y, cb, cr, err := jpegPlanes(r, n, DefaultWorkingSize, Limits{})
	if err != nil {
		b.Fatal(err)
	}
	_, cfg, err := DecodeConfig(r, n)
	if err != nil {
		b.Fatal(err)
	}
	stage("measure", func() { _ = measure(y, cb, cr, cfg.Width, cfg.Height) })
	stage("measure/exposure", func() { _, _, _, _, _, _, _ = lumaStats(y) })
	stage("measure/edge-blur", func() { _ = measureEdgeBlur(y, nil) })
	stage("measure/document-blur", func() { _, _ = documentBlur(y, findOutline(y)) })
	stage("measure/outline", func() { _ = findOutline(y) })
	stage("measure/blockiness", func() { _ = blockiness(y, y.w, y.h, nil) }) // as on a file of the working size
	stage("measure/glare", func() { _ = findGlare(y, nil) })
	stage("measure/colour", func() { _ = colourShare(y, *cb, *cr) })
	stage("measure/hash", func() { _ = perceptualHash(y) })
	stage("analyze", func() { _, _ = Analyze(r, n, Options{}) })
	stage("analyze-standard", func() { _, _ = Analyze(r, n, Options{StandardDecoder: true}) })
}

func measureImage(img image.Image) Metrics {
	y, cb, cr := planes(img, DefaultWorkingSize)
	return measure(y, cb, cr, img.Bounds().Dx(), img.Bounds().Dy())
}

func BenchmarkAnalyze2MP(b *testing.B) { benchStages(b, "2MP") }

func BenchmarkAnalyze12MP(b *testing.B) { benchStages(b, "12MP") }

// TestPeakMemory12MP reports the peak heap in use while one 12 MP JPEG is
// analysed, sampled every millisecond, and fails past a generous bound.
func TestPeakMemory12MP(t *testing.T) {
	if testing.Short() {
		t.Skip("12 MP generation is slow")
	}
	data := benchJPEGs()["12MP"]
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	stop, peak := make(chan struct{}), make(chan uint64)
	go func() {
		var m runtime.MemStats
		var top uint64
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			runtime.ReadMemStats(&m)
			top = max(top, m.HeapAlloc)
			select {
			case <-stop:
				peak <- top
				return
			case <-tick.C:
			}
		}
	}()
	if _, err := Analyze(bytes.NewReader(data), int64(len(data)), Options{}); err != nil {
		t.Fatal(err)
	}
	close(stop)
	extra := (<-peak - base.HeapAlloc) >> 20
	t.Logf("peak heap while analysing a 12 MP JPEG (%d KB): %d MB above baseline", len(data)>>10, extra)
	if extra > 120 {
		t.Errorf("peak heap %d MB, want under 120 MB", extra)
	}
}
