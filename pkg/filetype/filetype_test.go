package filetype

import (
	"bytes"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

func TestSniff(t *testing.T) {
	jpeg, err := synth.EncodeJPEG(synth.Card(synth.CardOptions{Width: 64, Height: 48, Seed: 1}), 80, nil)
	if err != nil {
		t.Fatal(err)
	}
	png, err := synth.EncodePNG(synth.Card(synth.CardOptions{Width: 64, Height: 48, Seed: 1}))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		head []byte
		want Format
	}{
		{"jpeg", jpeg, JPEG},
		{"png", png, PNG},
		{"png bomb header", synth.PNGHeaderBomb(60000, 60000), PNG},
		{"gif87", []byte("GIF87a\x01\x00\x01\x00"), GIF},
		{"gif89", []byte("GIF89a\x01\x00\x01\x00"), GIF},
		{"webp", []byte("RIFF\x24\x00\x00\x00WEBPVP8 "), WebP},
		{"riff wave is not webp", []byte("RIFF\x24\x00\x00\x00WAVEfmt "), Unknown},
		{"tiff little-endian", []byte("II*\x00\x08\x00\x00\x00"), TIFF},
		{"tiff big-endian", []byte("MM\x00*\x00\x00\x00\x08"), TIFF},
		{"bmp", append([]byte("BM"), make([]byte, 20)...), BMP},
		{"heic", synth.HEIC("heic"), HEIC},
		{"heix", synth.HEIC("heix"), HEIC},
		{"avif", synth.HEIC("avif"), AVIF},
		{"mif1 only", []byte("\x00\x00\x00\x14ftypmif1\x00\x00\x00\x00mif1"), HEIF},
		{"pdf", synth.PDF(synth.PDFOptions{}), PDF},
		{"pdf after junk", append(bytes.Repeat([]byte{' '}, 500), []byte("%PDF-1.4\n")...), PDF},
		{"pdf too late", append(bytes.Repeat([]byte{' '}, 1100), []byte("%PDF-1.4\n")...), Unknown},
		{"mp4 is not heif", []byte("\x00\x00\x00\x18ftypisom\x00\x00\x00\x00isomavc1"), Unknown},
		{"empty", nil, Unknown},
		{"text", []byte("hello, this is not an image"), Unknown},
		{"short jpeg marker", []byte{0xFF, 0xD8}, Unknown},
	}
	for _, c := range cases {
		if got := Sniff(c.head); got != c.want {
			t.Errorf("%s: Sniff = %q, want %q", c.name, got, c.want)
		}
	}
}

func TestExtensions(t *testing.T) {
	for name, want := range map[string]Format{
		"a.JPG": JPEG, "a.jpeg": JPEG, "scan.Tiff": TIFF, "IMG_1.HEIC": HEIC, "x.pdf": PDF, "README": Unknown, "a.txt": Unknown,
	} {
		if got := FromExtension(name); got != want {
			t.Errorf("FromExtension(%q) = %q, want %q", name, got, want)
		}
	}
	if !SameFamily(HEIF, HEIC) || SameFamily(JPEG, PNG) || !SameFamily(PNG, PNG) {
		t.Error("SameFamily")
	}
	for _, f := range Names {
		if Format(f).Label() == "" || Format(f).Extension() == "" {
			t.Errorf("format %s lacks a label or extension", f)
		}
		if FromExtension("x"+Format(f).Extension()) != Format(f) {
			t.Errorf("format %s: its extension does not map back", f)
		}
	}
}

// FuzzSniff checks that any input is classified without panicking, and
// that a recognised format is still recognised with bytes appended.
func FuzzSniff(f *testing.F) {
	f.Add([]byte{0xFF, 0xD8, 0xFF, 0xE0})
	f.Add([]byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic"))
	f.Add([]byte("\x00\x00\x00\xffftypmif1"))
	f.Add([]byte("%PDF-1.7"))
	f.Add([]byte("RIFF0000WEBP"))
	f.Fuzz(func(t *testing.T, b []byte) {
		got := Sniff(b)
		if got == Unknown || got == HEIC || got == HEIF || got == AVIF || got == PDF {
			return // box-size and offset-dependent formats may change with more bytes
		}
		if again := Sniff(append(append([]byte{}, b...), 0, 1, 2, 3)); again != got {
			t.Errorf("Sniff changed from %q to %q when bytes were appended", got, again)
		}
	})
}
