package imaging

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// samePlanes reports the first sample where two sets of planes differ, to
// the bit.
func samePlanes(t *testing.T, name string, y plane, cb, cr *plane, wy plane, wcb, wcr *plane) {
	t.Helper()
	pairs := [][2]*plane{{&y, &wy}, {cb, wcb}, {cr, wcr}}
	for i, p := range pairs {
		if (p[0] == nil) != (p[1] == nil) {
			t.Fatalf("%s: plane %d present %v, image/png's %v", name, i, p[0] != nil, p[1] != nil)
		}
		if p[0] == nil {
			continue
		}
		a, b := p[0], p[1]
		if a.w != b.w || a.h != b.h {
			t.Fatalf("%s: plane %d is %d×%d, image/png's %d×%d", name, i, a.w, a.h, b.w, b.h)
		}
		for j := range b.pix[:b.w*b.h] {
			if math.Float32bits(a.pix[j]) != math.Float32bits(b.pix[j]) {
				t.Fatalf("%s: plane %d sample %d is %v, image/png's %v", name, i, j, a.pix[j], b.pix[j])
			}
		}
	}
}

// checkPNG decodes b both ways: the streaming path must refuse what
// image/png refuses and give the same planes for what it takes. It
// reports whether the streaming path took the file.
func checkPNG(t *testing.T, name string, b []byte) bool {
	t.Helper()
	y, cb, cr, err := pngPlanes(bytes.NewReader(b), int64(len(b)), DefaultWorkingSize)
	img, refErr := png.Decode(bytes.NewReader(b))
	if err != nil {
		return false
	}
	if refErr != nil {
		t.Fatalf("%s: streamed, but image/png refuses it: %v", name, refErr)
	}
	wy, wcb, wcr := planes(img, DefaultWorkingSize)
	samePlanes(t, name, y, cb, cr, wy, wcb, wcr)
	return true
}

func encodePNG(t *testing.T, img image.Image, level png.CompressionLevel) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: level}).Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestPNGPlanesMatchImagePNG: screenshots (RGB and RGBA, every filter the
// encoder picks, sizes above and below the working size) give the planes
// the image/png path gives, to the bit, and corrupt copies are refused
// whenever image/png refuses them.
func TestPNGPlanesMatchImagePNG(t *testing.T) {
	var files [][]byte
	for _, sz := range [][2]int{{1200, 700}, {333, 97}, {1080, 2400}} {
		card := synth.Card(synth.CardOptions{Width: sz[0], Height: sz[1], Seed: 3, Kind: synth.KindID})
		addNoise(card, 3, 1)
		nrgba := image.NewNRGBA(card.Rect)
		r := rand.New(rand.NewSource(2))
		for i := 0; i < len(card.Pix); i += 4 {
			copy(nrgba.Pix[i:i+3], card.Pix[i:i+3])
			nrgba.Pix[i+3] = uint8(255 - r.Intn(3)*r.Intn(120))
		}
		for _, level := range []png.CompressionLevel{png.DefaultCompression, png.NoCompression, png.BestSpeed} {
			for _, img := range []image.Image{card, nrgba} {
				b := encodePNG(t, img, level)
				if !checkPNG(t, "generated", b) {
					t.Fatalf("%d×%d %T at level %d: not streamed", sz[0], sz[1], img, level)
				}
				files = append(files, b)
			}
		}
	}
	// A palette, grey and 16-bit PNGs are left to image/png.
	gray := image.NewGray(image.Rect(0, 0, 40, 30))
	pal := image.NewPaletted(image.Rect(0, 0, 40, 30), color.Palette{color.Black, color.White})
	rgba64 := image.NewRGBA64(image.Rect(0, 0, 40, 30))
	for _, img := range []image.Image{gray, pal, rgba64} {
		if checkPNG(t, "other", encodePNG(t, img, png.DefaultCompression)) {
			t.Errorf("%T PNG streamed", img)
		}
	}
	// An ancillary chunk after IHDR and one after the pixels are skipped.
	small := withText(files[6]) // 333×97, default compression
	if !checkPNG(t, "with tEXt", small) {
		t.Fatal("a PNG with tEXt chunks was not streamed")
	}
	// Corrupt copies: a flipped byte anywhere, in every chunk's header,
	// data and CRC, or a truncation.
	r := rand.New(rand.NewSource(4))
	var at []int
	for range 400 {
		at = append(at, r.Intn(len(small)))
	}
	for p := 8; p+12 <= len(small); {
		n := int(binary.BigEndian.Uint32(small[p:]))
		at = append(at, p, p+3, p+4, p+7, p+8, p+8+n/2, p+8+n, p+11+n)
		p += 12 + n
	}
	for _, i := range at {
		b := bytes.Clone(small)
		b[min(i, len(b)-1)] ^= byte(1 + r.Intn(255))
		checkPNG(t, "flipped", b)
	}
	for _, n := range []int{8, 20, 33, 40, len(small) / 2, len(small) - 13, len(small) - 12, len(small) - 1} {
		checkPNG(t, "truncated", small[:n])
	}
}

// withText inserts a tEXt chunk after IHDR and another before IEND.
func withText(b []byte) []byte {
	chunk := func(typ, data string) []byte {
		c := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
		c = append(c, typ+data...)
		return binary.BigEndian.AppendUint32(c, crc32.ChecksumIEEE(c[4:]))
	}
	ihdrEnd := 8 + 25
	out := append([]byte{}, b[:ihdrEnd]...)
	out = append(out, chunk("tEXt", "Comment\x00screenshot")...)
	out = append(out, b[ihdrEnd:len(b)-12]...)
	out = append(out, chunk("tEXt", "Author\x00kyclint")...)
	return append(out, b[len(b)-12:]...)
}

// TestPNGPlanesOnCorpus checks the corpus's PNGs the same way.
func TestPNGPlanesOnCorpus(t *testing.T) {
	dir := corpus.Dir(t, "formats")
	streamed, total := 0, 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(strings.ToLower(p), ".png") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		total++
		if checkPNG(t, p, b) {
			streamed++
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d of %d PNGs streamed", streamed, total)
}

// FuzzPNGPlanes checks the streaming PNG path against image/png on
// arbitrary bytes: it never panics, takes nothing image/png refuses, and
// gives the same planes to the bit for what it takes. Inputs whose header
// claims more than a megapixel are left out, since image/png would
// allocate the whole frame. Run it with -fuzzminimizetime 2s: minimising
// each new input for the default minute stalls the search.
func FuzzPNGPlanes(f *testing.F) {
	rng := rand.New(rand.NewSource(7))
	for _, size := range [][2]int{{3, 2}, {40, 17}, {130, 90}} {
		rgba := image.NewNRGBA(image.Rect(0, 0, size[0], size[1]))
		for i := range rgba.Pix {
			rgba.Pix[i] = byte(rng.Intn(256))
		}
		rgb := image.NewRGBA(rgba.Rect)
		for i := range rgb.Pix {
			rgb.Pix[i] = rgba.Pix[i]
			if i%4 == 3 {
				rgb.Pix[i] = 255 // opaque: encoded as RGB
			}
		}
		for _, img := range []image.Image{rgba, rgb} {
			var buf bytes.Buffer
			if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img); err != nil {
				f.Fatal(err)
			}
			f.Add(buf.Bytes())
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		cfg, err := png.DecodeConfig(bytes.NewReader(b))
		if err != nil || cfg.Width*cfg.Height > 1<<20 || cfg.Width <= 0 || cfg.Height <= 0 {
			return
		}
		checkPNG(t, "fuzz input", b)
	})
}
