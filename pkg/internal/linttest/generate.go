package linttest

import (
	"bufio"
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// Generate makes the inputs listed in dir/.gen inside dir. Kinds:
//
//	NAME jpeg W H       a JPEG photo-like image of W×H pixels
//	NAME png W H        the same as PNG
//	NAME pad N          a JPEG header followed by N bytes in all
//	NAME heic           an ISO-BMFF ftyp box with the heic brand
//	NAME empty          a 0-byte file
//	NAME text TEXT...   a text file
//	NAME symlink TARGET a symlink (TARGET may be ../outside, made too)
//	NAME dir            a folder
//	NAME card W H KIND [OPTION...]
//	                    a synth document photo (KIND id, passport, bill,
//	                    selfie) as JPEG; options: blur SIGMA, dark, bright,
//	                    glare, gray, gps, software NAME, taken YYYY-MM-DD,
//	                    quality Q, truncate BYTES, png, crop X0 Y0 X1 Y1
//	                    (fractions of the frame), pad F (the frame F
//	                    times larger around the photo), desk RRGGBB,
//	                    mrz LINE/LINE[/LINE] (the zone printed in OCR-B)
//	NAME pdf [OPTION...] a synth PDF; options: encrypted, producer NAME,
//	                    incremental N, modified (ModDate after CreationDate),
//	                    truncate BYTES, text FILE (a hidden file of the
//	                    fixture: its lines, pages parted by a form feed)
//	NAME pngbomb W H [rgba16]
//	                    a PNG whose header claims W×H pixels (8-bit RGB, or
//	                    16-bit RGBA)
//	NAME copy SRC       a byte copy of another generated file
func Generate(dir string) error {
	data, err := os.ReadFile(filepath.Join(dir, ".gen"))
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if len(f) < 2 {
			return fmt.Errorf(".gen:%d: want NAME KIND ARGS", n)
		}
		if err := generate(dir, f[0], f[1], f[2:]); err != nil {
			return fmt.Errorf(".gen:%d: %w", n, err)
		}
	}
	return sc.Err()
}

func generate(dir, name, kind string, args []string) error {
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	num := func(i int) int {
		if i >= len(args) {
			return 0
		}
		v, _ := strconv.Atoi(args[i])
		return v
	}
	switch kind {
	case "jpeg", "png":
		img := Photo(num(0), num(1), int64(len(name)))
		var b bytes.Buffer
		if kind == "jpeg" {
			if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 85}); err != nil {
				return err
			}
		} else if err := png.Encode(&b, img); err != nil {
			return err
		}
		return os.WriteFile(path, b.Bytes(), 0o644)
	case "pad":
		b := make([]byte, num(0))
		copy(b, []byte{0xFF, 0xD8, 0xFF, 0xE0})
		return os.WriteFile(path, b, 0o644)
	case "heic":
		return os.WriteFile(path, []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"), 0o644)
	case "empty":
		return os.WriteFile(path, nil, 0o644)
	case "text":
		return os.WriteFile(path, []byte(strings.Join(args, " ")+"\n"), 0o644)
	case "symlink":
		if len(args) != 1 {
			return fmt.Errorf("symlink needs a target")
		}
		target := filepath.Join(filepath.Dir(path), args[0])
		if _, err := os.Lstat(target); os.IsNotExist(err) {
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(target, []byte("outside the pack\n"), 0o644); err != nil {
				return err
			}
		}
		return os.Symlink(args[0], path)
	case "dir":
		return os.MkdirAll(path, 0o755)
	case "card":
		data, err := card(args)
		if err != nil {
			return err
		}
		return os.WriteFile(path, data, 0o644)
	case "pdf":
		data, err := pdf(dir, args)
		if err != nil {
			return err
		}
		return os.WriteFile(path, data, 0o644)
	case "pngbomb":
		if len(args) > 2 && args[2] == "rgba16" {
			return os.WriteFile(path, synth.PNGHeaderBomb16(uint32(num(0)), uint32(num(1))), 0o644)
		}
		return os.WriteFile(path, synth.PNGHeaderBomb(uint32(num(0)), uint32(num(1))), 0o644)
	case "copy":
		if len(args) != 1 {
			return fmt.Errorf("copy needs a source")
		}
		data, err := os.ReadFile(filepath.Join(dir, args[0]))
		if err != nil {
			return err
		}
		return os.WriteFile(path, data, 0o644)
	}
	return fmt.Errorf("unknown kind %q", kind)
}

// Photo draws a deterministic, detailed image: rows of text-like strokes
// on a grainy light background, so that it compresses like a photo of a
// document rather than like a flat colour.
func Photo(w, h int, seed int64) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	rng := rand.New(rand.NewSource(seed))
	for i := 0; i < len(img.Pix); i += 4 {
		v := uint8(200 + rng.Intn(40))
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = v, v-10, v-20, 255
	}
	ink := color.RGBA{30, 30, 40, 255}
	for y := 8; y+6 < h; y += 14 {
		for x := 8; x+4 < w; {
			l := 2 + rng.Intn(9)
			for dx := 0; dx < l && x+dx < w; dx++ {
				for dy := 0; dy < 6; dy++ {
					img.SetRGBA(x+dx, y+dy, ink)
				}
			}
			x += l + 2 + rng.Intn(4)
		}
	}
	return img
}
