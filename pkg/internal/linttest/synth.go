package linttest

import (
	"fmt"
	"strconv"
	"time"

	"github.com/kyclint/kyclint/pkg/synth"
)

// card makes a synth document photo from `W H KIND [OPTION...]`.
func card(args []string) ([]byte, error) {
	if len(args) < 3 {
		return nil, fmt.Errorf("card needs W H KIND")
	}
	w, _ := strconv.Atoi(args[0])
	h, _ := strconv.Atoi(args[1])
	img := synth.Card(synth.CardOptions{Width: w, Height: h, Seed: int64(w + h), Kind: synth.Kind(args[2])})
	var exif *synth.EXIF
	quality, truncate, asPNG := 90, 0, false
	opts := args[3:]
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

// pdf makes a synth PDF from `[OPTION...]`.
func pdf(args []string) []byte {
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
		}
	}
	data := synth.PDF(opt)
	if truncate > 0 {
		data = synth.Truncate(data, truncate)
	}
	return data
}
