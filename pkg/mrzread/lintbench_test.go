package mrzread

import (
	"bytes"
	"testing"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// BenchmarkReadLint measures what reading the MRZ adds to lint for one
// identity photo: Read on the working luma plane imaging.Analyze keeps for
// it (the decode and the image metrics are lint's cost either way). The
// photos are made as pkg/cli's BenchmarkLintPacks makes its packs (same
// data, seeds and JPEG quality): the 2 MP passport and ID card, and the
// passport at 12 MP. On a machine shared with other work, cpu-ns/op (the
// process's CPU time per read; with -cpu 1 that is one core's) moves less
// than ns/op, which counts the waits for a core.
func BenchmarkReadLint(b *testing.B) {
	person := synth.MRZData{State: "UTO", Nationality: "UTO", Surname: "EXAMPLE", Given: "SAM",
		Birth: "900115", Sex: "M"}
	passport, id := person, person
	passport.Code, passport.Number, passport.Expiry = "P", "XX0000001", "310630"
	id.Code, id.Number, id.Expiry = "ID", "XX0000002", "300101"
	for _, c := range []struct {
		name string
		w, h int
		seed int64
		kind synth.Kind
		zone []string
	}{
		{"passport-12MP", 4000, 3000, 0, synth.KindPassport, synth.TD3(passport)},
		{"passport-2MP", 1632, 1224, 0, synth.KindPassport, synth.TD3(passport)},
		{"id-2MP", 1632, 1224, 1, synth.KindID, synth.TD1(id)},
	} {
		b.Run(c.name, func(b *testing.B) {
			img := synth.Card(synth.CardOptions{Width: c.w, Height: c.h, Seed: c.seed, Kind: c.kind, MRZ: c.zone})
			data, err := synth.EncodeJPEG(img, 85, &synth.EXIF{Make: "Testcam"})
			if err != nil {
				b.Fatal(err)
			}
			a, err := imaging.Analyze(bytes.NewReader(data), int64(len(data)), imaging.Options{KeepLuma: true})
			if err != nil || a.Luma == nil {
				b.Fatalf("analyze: %v", err)
			}
			res, err := Read(a.Luma)
			if err != nil || !res.Valid {
				b.Fatalf("read: %v (valid %v)", err, res != nil && res.Valid)
			}
			b.ReportAllocs()
			b.ResetTimer()
			cpu0, ok := cpuTime()
			n := 0
			for b.Loop() {
				if _, err := Read(a.Luma); err != nil {
					b.Fatal(err)
				}
				n++
			}
			if cpu1, ok1 := cpuTime(); ok && ok1 && n > 0 {
				b.ReportMetric(float64(cpu1-cpu0)/float64(n), "cpu-ns/op")
			}
		})
	}
}
