package fix

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/jpeg"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/internal/corpus"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// jpegScans returns the entropy-coded data of every scan of a JPEG, in
// order, for comparing two files' pixels without decoding them.
func jpegScans(data []byte) [][]byte {
	var scans [][]byte
	if len(data) < 4 || data[0] != 0xff || data[1] != 0xd8 {
		return nil
	}
	for pos := 2; pos+4 <= len(data); {
		if data[pos] != 0xff {
			return scans
		}
		m := data[pos+1]
		switch {
		case m == 0xff:
			pos++
			continue
		case m == 0xd9:
			return scans
		case m == 0x01 || (m >= 0xd0 && m <= 0xd7):
			pos += 2
			continue
		}
		end := pos + 2 + int(binary.BigEndian.Uint16(data[pos+2:]))
		if end < pos+4 || end > len(data) {
			return scans
		}
		pos = end
		if m == 0xda {
			next, ok := scanEnd(data, pos)
			if !ok {
				return scans
			}
			scans = append(scans, data[pos:next])
			pos = next
		}
	}
	return scans
}

// samePixels decodes two JPEGs and reports whether every sample is equal.
func samePixels(t *testing.T, a, b []byte) bool {
	t.Helper()
	ia, err := jpeg.Decode(bytes.NewReader(a))
	if err != nil {
		t.Fatalf("decoding the original: %v", err)
	}
	ib, err := jpeg.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("decoding the stripped copy: %v", err)
	}
	return ia.Bounds() == ib.Bounds() && bytes.Equal(pixBytes(ia), pixBytes(ib))
}

func pixBytes(img image.Image) []byte {
	switch m := img.(type) {
	case *image.YCbCr:
		return append(append(append([]byte{}, m.Y...), m.Cb...), m.Cr...)
	case *image.Gray:
		return m.Pix
	case *image.CMYK:
		return m.Pix
	}
	return toRGBA(img).Pix
}

// segment builds a JPEG marker segment with its length.
func segment(marker byte, payload string) []byte {
	s := []byte{0xff, marker, 0, 0}
	binary.BigEndian.PutUint16(s[2:], uint16(len(payload)+2))
	return append(s, payload...)
}

func sameScans(a, b []byte) bool {
	sa, sb := jpegScans(a), jpegScans(b)
	if len(sa) == 0 || len(sa) != len(sb) {
		return false
	}
	for i := range sa {
		if !bytes.Equal(sa[i], sb[i]) {
			return false
		}
	}
	return true
}

func TestGPSIsRemovedWithoutReencoding(t *testing.T) {
	orig, err := synth.EncodeJPEG(noisyCard(), 90, &synth.EXIF{Make: "Apple", Model: "iPhone 15", Orientation: 1, GPS: &synth.GPS{Lat: 51.5007, Lon: -0.1246}})
	if err != nil {
		t.Fatal(err)
	}
	if x, _ := imaging.ReadEXIF(bytes.NewReader(orig), int64(len(orig))); !x.HasGPS {
		t.Fatal("the fixture carries no GPS location")
	}
	plan, _ := planFor(t, map[string][]byte{"id.jpg": orig}, "documents:\n  - file: id.jpg\n    type: id_card\n", nil)
	s := stepOf(t, plan, "id.jpg")
	if s.Action != Rewrite || s.Dst != "id.jpg" {
		t.Fatalf("%s → %s %v, want id.jpg rewritten", s.Action, s.Dst, s.Notes)
	}
	if x, _ := imaging.ReadEXIF(bytes.NewReader(s.Data), int64(len(s.Data))); x.Present || x.HasGPS {
		t.Errorf("the copy still has EXIF (GPS %v)", x.HasGPS)
	}
	if !sameScans(orig, s.Data) {
		t.Error("the entropy-coded data changed: the photo was re-encoded")
	}
	if !samePixels(t, orig, s.Data) {
		t.Error("the decoded pixels changed")
	}
	if n := strings.Join(s.Notes, " "); !strings.Contains(n, "GPS location included without re-encoding") {
		t.Errorf("notes %q do not say the GPS location went without re-encoding", n)
	}
}

func TestOversizeJPEGFitsWithoutItsMetadata(t *testing.T) {
	base, err := synth.EncodeJPEG(noisyCard(), 90, &synth.EXIF{Make: "Canon"})
	if err != nil {
		t.Fatal(err)
	}
	// A 60 kB Photoshop block after the EXIF segment, as phones and
	// editors leave: dropping it brings the file under the limit.
	blob := segment(0xed, "Photoshop 3.0\x00"+strings.Repeat("8BIM", 15000))
	orig := append(append(append([]byte{}, base[:2]...), blob...), base[2:]...)
	limit := int64(len(base)) + 100
	plan, _ := planFor(t, map[string][]byte{"id.jpg": orig}, "documents:\n  - file: id.jpg\n    type: id_card\n", limits(limit, 400))
	s := stepOf(t, plan, "id.jpg")
	if s.Action != Rewrite || int64(len(s.Data)) > limit {
		t.Fatalf("%s, %d bytes (limit %d): %v", s.Action, len(s.Data), limit, s.Notes)
	}
	if !sameScans(orig, s.Data) || !samePixels(t, orig, s.Data) {
		t.Error("the photo was re-encoded where dropping its metadata was enough")
	}
	if n := strings.Join(s.Notes, " "); !strings.Contains(n, "without re-encoding") || !strings.Contains(n, "under the") {
		t.Errorf("notes %q", n)
	}
}

func TestStripJPEGKeepsWhatDecodingNeeds(t *testing.T) {
	base, err := synth.EncodeJPEG(noisyCard(), 85, nil)
	if err != nil {
		t.Fatal(err)
	}
	jfif := segment(0xe0, "JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
	icc := segment(0xe2, "ICC_PROFILE\x00\x01\x01profile")
	adobe := segment(0xee, "Adobe\x00\x64\x00\x00\x00\x00\x01")
	var in, want bytes.Buffer
	in.Write(base[:2])
	want.Write(base[:2])
	for _, s := range [][]byte{jfif, icc, adobe} {
		in.Write(s)
		want.Write(s)
	}
	for _, s := range [][]byte{
		segment(0xe1, "Exif\x00\x00MM\x00*"), segment(0xe1, "http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta/>"),
		segment(0xe2, "MPF\x00II*\x00"), segment(0xed, "Photoshop 3.0\x00"), segment(0xfe, "a comment"),
	} {
		in.Write(s)
	}
	in.Write([]byte{0xff}) // a fill byte before the next marker
	in.Write(base[2:])
	want.Write(base[2:])
	in.Write([]byte("\xff\xd8 a second picture appended by the phone, with its own EXIF"))

	out, dropped, ok := stripJPEG(in.Bytes())
	if !ok {
		t.Fatal("not stripped")
	}
	if dropped != 6 {
		t.Errorf("dropped %d segments, want 5 and the trailing picture", dropped)
	}
	if !bytes.Equal(out, want.Bytes()) {
		t.Errorf("stripped to %d bytes, want the %d of JFIF, ICC, Adobe and the image itself", len(out), want.Len())
	}
	if len(jpegScans(base)) == 0 || !bytes.Contains(jpegScans(base)[0], []byte{0xff, 0x00}) {
		t.Error("the fixture's scan has no stuffed 0xFF byte to walk past")
	}
}

func TestStripJPEGRefusesWhatItCannotFollow(t *testing.T) {
	base, err := synth.EncodeJPEG(noisyCard(), 85, &synth.EXIF{GPS: &synth.GPS{Lat: 1, Lon: 2}})
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"truncated in the scan":    base[:len(base)-100],
		"truncated in a segment":   base[:30],
		"not a JPEG":               []byte("\x89PNG\r\n\x1a\n"),
		"a segment past the end":   append([]byte{0xff, 0xd8}, segment(0xe1, "Exif")[:4]...),
		"garbage between segments": append(append([]byte{}, base[:2]...), append([]byte("xx"), base[2:]...)...),
	} {
		if _, _, ok := stripJPEG(data); ok {
			t.Errorf("%s: stripped", name)
		}
	}
}

// TestStripJPEGOnCorpus strips every JPEG of the shared corpus that can be
// walked: the pixels decode as before and no EXIF is left.
func TestStripJPEGOnCorpus(t *testing.T) {
	var n, gps int
	for _, sub := range []string{"exif", "formats"} {
		dir := corpus.Dir(t, sub)
		filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
			if err != nil || e.IsDir() || !strings.HasSuffix(strings.ToLower(p), ".jpg") && !strings.HasSuffix(strings.ToLower(p), ".jpeg") {
				return nil
			}
			data, err := os.ReadFile(p)
			if err != nil {
				t.Error(err)
				return nil
			}
			if _, err := jpeg.Decode(bytes.NewReader(data)); err != nil {
				return nil // the decoder refuses it: fix would keep it
			}
			out, _, ok := stripJPEG(data)
			if !ok {
				t.Logf("%s: not walked", p)
				return nil
			}
			n++
			x, _ := imaging.ReadEXIF(bytes.NewReader(data), int64(len(data)))
			if x.HasGPS {
				gps++
			}
			if y, _ := imaging.ReadEXIF(bytes.NewReader(out), int64(len(out))); y.Present {
				t.Errorf("%s: EXIF left", p)
			}
			if !sameScans(data, out) || !samePixels(t, data, out) {
				t.Errorf("%s: the image changed", p)
			}
			return nil
		})
	}
	t.Logf("%d JPEGs stripped, %d of them with a GPS location", n, gps)
	if n == 0 || gps == 0 {
		t.Errorf("%d JPEGs stripped, %d with GPS: the corpus test tested nothing", n, gps)
	}
}
