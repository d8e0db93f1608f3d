package linttest

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// card makes a synth document photo from `W H KIND [OPTION...]`.
func card(args []string) ([]byte, error) {
	if len(args) < 3 {
		return nil, fmt.Errorf("card needs W H KIND")
	}
	w, _ := strconv.Atoi(args[0])
	h, _ := strconv.Atoi(args[1])
	opts := args[3:]
	desk := deskColour(opts)
	img := synth.Card(synth.CardOptions{Width: w, Height: h, Seed: int64(w + h), Kind: synth.Kind(args[2]), Desk: desk,
		MRZ: mrzOption(opts)})
	var exif *synth.EXIF
	quality, truncate, asPNG := 90, 0, false
	for i := 0; i < len(opts); i++ {
		arg := func() string {
			if i+1 < len(opts) {
				i++
				return opts[i]
			}
			return ""
		}
		switch opts[i] {
		case "blur":
			sigma, _ := strconv.ParseFloat(arg(), 64)
			img = synth.GaussianBlur(img, sigma)
		case "dark":
			img = synth.Darken(img)
		case "bright":
			img = synth.Overexpose(img)
		case "glare":
			img = synth.AddGlare(img, w/2, h/2, min(w, h)/6)
		case "gray":
			img = synth.Grayscale(img)
		case "desk":
			arg() // read by deskColour before the card is drawn
		case "mrz":
			arg() // read by mrzOption before the card is drawn
		case "crop":
			img = cropFrac(img, arg(), arg(), arg(), arg())
		case "pad":
			f, _ := strconv.ParseFloat(arg(), 64)
			img = padFrame(img, f)
		case "gps":
			exif = orNew(exif)
			exif.GPS = &synth.GPS{Lat: 51.5014, Lon: -0.1419}
		case "software":
			exif = orNew(exif)
			exif.Software = arg()
		case "taken":
			t, err := time.Parse("2006-01-02", arg())
			if err != nil {
				return nil, err
			}
			exif = orNew(exif)
			exif.DateTimeOriginal = t
		case "quality":
			quality, _ = strconv.Atoi(arg())
		case "truncate":
			truncate, _ = strconv.Atoi(arg())
		case "png":
			asPNG = true
		default:
			return nil, fmt.Errorf("unknown card option %q", opts[i])
		}
	}
	var data []byte
	var err error
	if asPNG {
		data, err = synth.EncodePNG(img)
	} else {
		data, err = synth.EncodeJPEG(img, quality, exif)
	}
	if err != nil {
		return nil, err
	}
	if truncate > 0 {
		data = synth.Truncate(data, truncate)
	}
	return data, nil
}

func orNew(e *synth.EXIF) *synth.EXIF {
	if e == nil {
		return &synth.EXIF{Make: "Testcam"}
	}
	return e
}

// pdf makes a synth PDF from `[OPTION...]`; a text FILE option reads the
// pages' lines from FILE in dir, pages parted by a form feed.
func pdf(dir string, args []string) ([]byte, error) {
	created := time.Date(2026, 10, 2, 9, 0, 0, 0, time.UTC)
	opt := synth.PDFOptions{Producer: "Testbank statements", CreationDate: created}
	truncate := 0
	for i := 0; i < len(args); i++ {
		switch args[i] {
		case "encrypted":
			opt.Encrypted = true
		case "producer":
			i++
			opt.Producer = args[i]
		case "incremental":
			i++
			opt.Incremental, _ = strconv.Atoi(args[i])
		case "modified":
			opt.ModDate = created.AddDate(0, 0, 12)
		case "truncate":
			i++
			truncate, _ = strconv.Atoi(args[i])
		case "text":
			i++
			text, err := os.ReadFile(filepath.Join(dir, args[min(i, len(args)-1)]))
			if err != nil {
				return nil, err
			}
			for _, page := range strings.Split(strings.TrimRight(string(text), "\n"), "\f") {
				opt.Lines = append(opt.Lines, strings.Split(strings.Trim(page, "\n"), "\n"))
			}
		}
	}
	data := synth.PDF(opt)
	if truncate > 0 {
		data = synth.Truncate(data, truncate)
	}
	return data, nil
}

// cropFrac keeps the part of img between the fractions (x0, y0) and
// (x1, y1) of its size: a photo that cuts the document off.
func cropFrac(img *image.RGBA, x0, y0, x1, y1 string) *image.RGBA {
	f := func(s string, n int) int {
		v, _ := strconv.ParseFloat(s, 64)
		return int(v * float64(n))
	}
	w, h := img.Rect.Dx(), img.Rect.Dy()
	r := image.Rect(f(x0, w), f(y0, h), f(x1, w), f(y1, h)).Intersect(img.Rect)
	out := image.NewRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	draw.Draw(out, out.Rect, img, r.Min, draw.Src)
	return out
}

// padFrame centres img in a frame f times its size, filled with the
// colour of its top-left corner: the same desk seen from further away.
func padFrame(img *image.RGBA, f float64) *image.RGBA {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	out := image.NewRGBA(image.Rect(0, 0, int(float64(w)*f), int(float64(h)*f)))
	draw.Draw(out, out.Rect, image.NewUniform(img.At(0, 0)), image.Point{}, draw.Src)
	off := image.Pt((out.Rect.Dx()-w)/2, (out.Rect.Dy()-h)/2)
	draw.Draw(out, img.Rect.Add(off), img, image.Point{}, draw.Src)
	return out
}

// deskColour reads a `desk RRGGBB` option (hex): the surface under the
// document.
// mrzOption returns the lines of the option `mrz LINE/LINE[/LINE]`, the
// zone printed in OCR-B on the card, or nil.
func mrzOption(opts []string) []string {
	for i, o := range opts {
		if o == "mrz" && i+1 < len(opts) {
			return strings.Split(opts[i+1], "/")
		}
	}
	return nil
}

func deskColour(opts []string) color.RGBA {
	for i, o := range opts {
		if o == "desk" && i+1 < len(opts) {
			v, _ := strconv.ParseUint(opts[i+1], 16, 32)
			return color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
		}
	}
	return color.RGBA{}
}
