package imaging

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"runtime"
	"strings"
	"testing"
	"time"
)

// pngHeader returns a PNG signature and IHDR chunk declaring w×h RGBA,
// followed by a tiny IDAT: a header bomb that claims a huge image.
func pngHeader(w, h uint32) []byte { return pngHeaderDepth(w, h, 8, 6) }

// pngHeaderDepth is pngHeader with a bit depth and colour type (6: RGBA,
// 0: grey).
func pngHeaderDepth(w, h uint32, depth, colorType byte) []byte {
	var b bytes.Buffer
	b.WriteString("\x89PNG\r\n\x1a\n")
	ihdr := binary.BigEndian.AppendUint32(nil, w)
	ihdr = binary.BigEndian.AppendUint32(ihdr, h)
	ihdr = append(ihdr, depth, colorType, 0, 0, 0)
	writeChunk(&b, "IHDR", ihdr)
	writeChunk(&b, "IDAT", []byte{0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01})
	writeChunk(&b, "IEND", nil)
	return b.Bytes()
}

func writeChunk(b *bytes.Buffer, typ string, data []byte) {
	b.Write(binary.BigEndian.AppendUint32(nil, uint32(len(data))))
	body := append([]byte(typ), data...)
	b.Write(body)
	b.Write(binary.BigEndian.AppendUint32(nil, crc32.ChecksumIEEE(body)))
}

// gifHeader returns a GIF whose logical screen and single frame are w×h,
// with almost no image data.
func gifHeader(w, h uint16) []byte {
	b := []byte("GIF89a")
	b = binary.LittleEndian.AppendUint16(b, w)
	b = binary.LittleEndian.AppendUint16(b, h)
	b = append(b, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff) // 2-colour table
	b = append(b, 0x2c, 0, 0, 0, 0)
	b = binary.LittleEndian.AppendUint16(b, w)
	b = binary.LittleEndian.AppendUint16(b, h)
	return append(b, 0, 2, 2, 0x4c, 0x01, 0, 0x3b)
}

func TestDecodeRefusesBombsBeforeAllocating(t *testing.T) {
	cases := map[string][]byte{
		"png 60000x60000": pngHeader(60000, 60000),
		"png 2^31-1 wide": pngHeader(1<<31-1, 1),
		"gif 65535x65535": gifHeader(65535, 65535),
	}
	for name, b := range cases {
		t.Run(name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			start := time.Now()
			_, _, err := Decode(bytes.NewReader(b), int64(len(b)), Limits{})
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			var lim *LimitError
			var dec *DecodeError
			if !errors.As(err, &lim) && !errors.As(err, &dec) {
				t.Fatalf("err = %v, want a *LimitError or *DecodeError", err)
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 1<<20 {
				t.Errorf("allocated %d bytes refusing a bomb", alloc)
			}
			if elapsed > 500*time.Millisecond {
				t.Errorf("took %v to refuse a bomb", elapsed)
			}
			t.Logf("%v in %v", err, elapsed)
		})
	}
}

func TestDecodeLimitIsConfigurable(t *testing.T) {
	b := pngOf(t, image.NewGray(image.Rect(0, 0, 100, 100)))
	if _, _, err := Decode(bytes.NewReader(b), int64(len(b)), Limits{MaxPixels: 9999}); !isLimit(err) {
		t.Errorf("10000 px over a 9999 px limit: err = %v, want *LimitError", err)
	}
	if _, _, err := Decode(bytes.NewReader(b), int64(len(b)), Limits{MaxPixels: 10000}); err != nil {
		t.Errorf("10000 px at a 10000 px limit: %v", err)
	}
}

// TestDecodeCountsBytes refuses an image within the pixel budget whose
// decoded frame is over the byte budget: a 16-bit RGBA PNG of 7000×7000
// (49 MP) would take 392 MB; the same size in 8-bit grey takes 49 MB.
func TestDecodeCountsBytes(t *testing.T) {
	for _, tt := range []struct {
		name             string
		depth, colorType byte
		over             bool
	}{
		{"16-bit RGBA", 16, 6, true},
		{"8-bit RGBA", 8, 6, false},
		{"8-bit grey", 8, 0, false},
		{"16-bit grey", 16, 0, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			b := pngHeaderDepth(7000, 7000, tt.depth, tt.colorType)
			_, _, err := Decode(bytes.NewReader(b), int64(len(b)), Limits{})
			var lim *LimitError
			if got := errors.As(err, &lim) && lim.OverBytes(); got != tt.over {
				t.Fatalf("err = %v; over the byte budget = %v, want %v", err, got, tt.over)
			}
			if tt.over && !strings.Contains(err.Error(), "392 MB decoded), over the 200 MB") {
				t.Errorf("message %q", err)
			}
		})
	}
}

func isLimit(err error) bool {
	var lim *LimitError
	return errors.As(err, &lim)
}

func pngOf(t *testing.T, img image.Image) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDecodeTruncatedCarriesReason(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	for i := range img.Pix {
		img.Pix[i] = uint8(i * 7)
	}
	var j bytes.Buffer
	if err := jpeg.Encode(&j, img, nil); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		f      Format
		full   []byte
		keep   int
		reason string
	}{
		{FormatJPEG, j.Bytes(), 400, "unexpected EOF"},
		{FormatJPEG, j.Bytes(), len(j.Bytes()) / 2, "invalid JPEG format: short Huffman data"},
		{FormatPNG, pngOf(t, img), 200, "png: invalid format: not enough pixel data"},
	}
	for _, c := range cases {
		cut := c.full[:c.keep]
		_, _, err := Decode(bytes.NewReader(cut), int64(len(cut)), Limits{})
		var dec *DecodeError
		if !errors.As(err, &dec) {
			t.Fatalf("%s: err = %v, want *DecodeError", c.f, err)
		}
		if dec.Reason() != c.reason || dec.Format != c.f {
			t.Errorf("%s: err = %v (reason %q), want reason %q", c.f, err, dec.Reason(), c.reason)
		}
	}
}

func TestDecodeFormats(t *testing.T) {
	pal := image.NewPaletted(image.Rect(0, 0, 40, 30), color.Palette{color.Black, color.White})
	var g bytes.Buffer
	if err := gif.Encode(&g, pal, nil); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		b    []byte
		want Format
	}{
		{"png", pngOf(t, image.NewNRGBA(image.Rect(0, 0, 40, 30))), FormatPNG},
		{"gif", g.Bytes(), FormatGIF},
	}
	for _, c := range cases {
		f, img, err := Decode(bytes.NewReader(c.b), int64(len(c.b)), Limits{})
		if err != nil || f != c.want || img.Bounds().Dx() != 40 || img.Bounds().Dy() != 30 {
			t.Errorf("%s: format %q, err %v", c.name, f, err)
		}
	}
}

func TestDecodeUnknownAndUnsupported(t *testing.T) {
	heic := append([]byte{0, 0, 0, 24}, []byte("ftypmif1\x00\x00\x00\x00mif1heic")...)
	for name, c := range map[string]struct {
		b    []byte
		want error
	}{
		"text": {[]byte("oops\n"), ErrUnknownFormat},
		"heic": {heic, ErrUnsupportedFormat},
		"0x0":  {pngHeader(0, 0), nil},
	} {
		_, _, err := Decode(bytes.NewReader(c.b), int64(len(c.b)), Limits{})
		var dec *DecodeError
		if !errors.As(err, &dec) || (c.want != nil && !errors.Is(err, c.want)) {
			t.Errorf("%s: err = %v, want *DecodeError wrapping %v", name, err, c.want)
		}
	}
}

func TestGuardRecoversPanics(t *testing.T) {
	err := guard(func() error { panic("index out of range") })
	if err == nil || err.Error() != "decoder panic: index out of range" {
		t.Errorf("guard = %v", err)
	}
}
