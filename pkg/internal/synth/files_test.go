package synth

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/jpeg"
	"image/png"
	"testing"
)

func TestPNGHeaderBomb(t *testing.T) {
	b := PNGHeaderBomb(60000, 60000)
	if len(b) > 4096 {
		t.Errorf("bomb is %d bytes, want a small file", len(b))
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(b))
	if err != nil || format != "png" || cfg.Width != 60000 || cfg.Height != 60000 {
		t.Fatalf("DecodeConfig = %+v, %q, %v; want png 60000x60000", cfg, format, err)
	}
	// Every chunk's CRC must hold, so decoders reject it for its size and
	// not for corruption.
	for p := 8; p < len(b); {
		n := int(binary.BigEndian.Uint32(b[p:]))
		body := b[p+4 : p+8+n]
		if crc := binary.BigEndian.Uint32(b[p+8+n:]); crc != crc32.ChecksumIEEE(body) {
			t.Errorf("chunk %s: bad crc", body[:4])
		}
		p += 12 + n
	}
	if !bytes.HasSuffix(b, []byte("IEND\xae\x42\x60\x82")) {
		t.Error("no IEND chunk at the end")
	}
}

func TestPNGHeaderBombClampsSize(t *testing.T) {
	cfg, err := png.DecodeConfig(bytes.NewReader(PNGHeaderBomb(1<<32-1, 0)))
	if err != nil || cfg.Width != 1<<31-1 || cfg.Height != 1 {
		t.Errorf("DecodeConfig = %+v, %v; want 2147483647x1", cfg, err)
	}
}

func TestHEIC(t *testing.T) {
	for _, brand := range []string{"heic", "heix", "mif1", "avif"} {
		b := HEIC(brand)
		n := int(binary.BigEndian.Uint32(b))
		if string(b[4:8]) != "ftyp" || string(b[8:12]) != brand || n < 16 || n%4 != 0 {
			t.Errorf("%s: starts % x, want an ftyp box with that major brand", brand, b[:16])
		}
		// The boxes must tile the file exactly.
		var types []string
		for p := 0; p < len(b); {
			types = append(types, string(b[p+4:p+8]))
			p += int(binary.BigEndian.Uint32(b[p:]))
			if p > len(b) {
				t.Fatalf("%s: box overruns the file", brand)
			}
		}
		if len(types) != 3 || types[1] != "meta" || types[2] != "mdat" {
			t.Errorf("%s: boxes %v", brand, types)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("a five-byte brand did not panic")
		}
	}()
	HEIC("heics")
}

func TestTruncate(t *testing.T) {
	b := []byte("0123456789")
	for keep, want := range map[int]string{4: "0123", -3: "0123456", 0: "", 99: "0123456789", -99: ""} {
		got := Truncate(b, keep)
		if string(got) != want {
			t.Errorf("Truncate(%d) = %q, want %q", keep, got, want)
		}
		if len(got) > 0 && &got[0] == &b[0] {
			t.Errorf("Truncate(%d) shares memory with its input", keep)
		}
	}
	j, _ := EncodeJPEG(Card(CardOptions{Width: 200, Height: 150}), 90, nil)
	if _, err := jpeg.Decode(bytes.NewReader(Truncate(j, len(j)/2))); err == nil {
		t.Error("a half JPEG decoded without error")
	}
}

func TestThumbnailJPEG(t *testing.T) {
	b := ThumbnailJPEG(1)
	if len(b) >= 10<<10 {
		t.Errorf("thumbnail is %d bytes, want < 10 KiB", len(b))
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != 160 || cfg.Height != 100 {
		t.Errorf("DecodeConfig = %+v, %v; want 160x100", cfg, err)
	}
}

func TestEncodersAreDeterministic(t *testing.T) {
	img := Card(CardOptions{Width: 320, Height: 240, Seed: 21, Kind: KindPassport})
	e := fullEXIF(false)
	j1, err1 := EncodeJPEG(img, 85, e)
	j2, err2 := EncodeJPEG(Card(CardOptions{Width: 320, Height: 240, Seed: 21, Kind: KindPassport}), 85, e)
	p1, err3 := EncodePNG(img)
	p2, err4 := EncodePNG(img)
	for _, err := range []error{err1, err2, err3, err4} {
		if err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(j1, j2) || !bytes.Equal(p1, p2) {
		t.Error("the same seed and options encoded to different bytes")
	}
	back, err := png.Decode(bytes.NewReader(p1))
	if err != nil || !bytes.Equal(back.(*image.RGBA).Pix, img.Pix) {
		t.Errorf("png round trip lost pixels (%v)", err)
	}
}
