// Command benchanalyze times kyclint's whole image check — the file's
// SHA-256, which a lint computes once per document for image.duplicate and
// fingerprints, and imaging.Analyze (header, EXIF, outline, edge blur,
// exposure, glare, colour, perceptual hash) — over the files given, with -jobs workers, and prints the wall
// time in milliseconds, after one untimed warm-up file. -standard uses
// image/jpeg instead of the fast JPEG path.
//
//	go run ./pkg/imaging/internal/benchanalyze [-jobs N] [-standard] FILE...
package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"sync"
	"time"

	"github.com/kyclint/kyclint/pkg/imaging"
)

func main() {
	jobs := flag.Int("jobs", 1, "files analysed at once")
	standard := flag.Bool("standard", false, "decode JPEGs with image/jpeg")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.Parse()
	files := flag.Args()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	if len(files) > 0 {
		// One untimed file first, as the OpenCV driver warms its library
		// up: the timed loop then measures steady work, not first touches.
		_ = analyze(files[0], *standard)
	}
	start := time.Now()
	work := make(chan string)
	var wg sync.WaitGroup
	var failed sync.Map
	for range max(1, *jobs) {
		wg.Go(func() {
			for p := range work {
				if err := analyze(p, *standard); err != nil {
					failed.Store(p, err)
				}
			}
		})
	}
	for _, p := range files {
		work <- p
	}
	close(work)
	wg.Wait()
	code := 0
	failed.Range(func(k, v any) bool {
		fmt.Fprintf(os.Stderr, "%s: %v\n", k, v)
		code = 1
		return true
	})
	fmt.Printf("%.1f\n", float64(time.Since(start).Microseconds())/1000)
	pprof.StopCPUProfile()
	os.Exit(code)
}

func analyze(path string, standard bool) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	if _, err := io.Copy(sha256.New(), io.NewSectionReader(f, 0, st.Size())); err != nil {
		return err
	}
	_, err = imaging.Analyze(f, st.Size(), imaging.Options{StandardDecoder: standard})
	return err
}
