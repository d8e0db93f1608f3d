package cli

import (
	"bytes"
	"image"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/internal/synth"
)

const fixManifest = `version: 1
applicant:
  name: Jan Nowak          # as typed in the form
  date_of_birth: 1990-01-15
documents:
  - file: passport.jpg     # the 12 MP phone photo
    type: passport
  - file: id-front.jpg
    type: id_card
    side: front
  - {file: id-back.jpg, type: id_card, side: back}
  - file: "bill.png"
    type: utility_bill
  - file: selfie.jpg
    type: selfie
  - file: blurry.jpg
    type: other
`

// addressJPEGOnly is a rule set that refuses PNG for proofs of address.
const addressJPEGOnly = "id: strict\nextends: base\nrules:\n  file.format:\n    by_category: { address: [jpeg, pdf] }\n"

// must stops a test whose fixture could not be encoded.
func must(b []byte, err error) []byte {
	if err != nil {
		panic(err)
	}
	return b
}

// fixPack writes a pack with one of each problem fix corrects, and the
// upright ID card front for comparing pixels.
func fixPack(t *testing.T, dir string) *image.RGBA {
	big := synth.AddNoise(synth.Card(synth.CardOptions{Width: 4032, Height: 3024, Seed: 3, Kind: synth.KindPassport}), 4, 1)
	front := synth.Card(synth.CardOptions{Width: 1600, Height: 1200, Seed: 5})
	gps := &synth.GPS{Lat: 51.5007, Lon: -0.1246}
	writeFiles(t, dir, map[string][]byte{
		"passport.jpg": must(synth.EncodeJPEG(big, 98, &synth.EXIF{Make: "Apple", Model: "iPhone 15"})),
		"id-front.jpg": must(synth.EncodeJPEG(synth.ForOrientation(front, 6), 92, &synth.EXIF{Orientation: 6, GPS: gps})),
		"id-back.jpg":  must(synth.EncodePNG(synth.Card(synth.CardOptions{Width: 1600, Height: 1200, Seed: 6}))),
		"bill.png":     must(synth.EncodePNG(synth.Card(synth.CardOptions{Width: 1240, Height: 1754, Seed: 7, Kind: synth.KindBill}))),
		"selfie.jpg": must(synth.EncodeJPEG(synth.Card(synth.CardOptions{Width: 1200, Height: 1600, Seed: 8, Kind: synth.KindSelfie}), 92,
			&synth.EXIF{Software: "GIMP 2.10.36", GPS: gps})),
		"blurry.jpg": must(synth.EncodeJPEG(synth.GaussianBlur(synth.Card(synth.CardOptions{Width: 1600, Height: 1200, Seed: 9}), 12), 90, nil)),
		"notes.txt":  []byte("call the bank\n"),
		".DS_Store":  []byte("hidden"),
		"kyc.yaml":   []byte(fixManifest),
	})
	return front
}

func TestFixPack(t *testing.T) {
	root := t.TempDir()
	packDir, outDir, rules := filepath.Join(root, "pack"), filepath.Join(root, "fixed"), filepath.Join(root, "strict.yaml")
	front := fixPack(t, packDir)
	writeFiles(t, root, map[string][]byte{"strict.yaml": []byte(addressJPEGOnly)})
	before := rulesByFile(t, packDir, "--rules", rules)
	for file, rule := range map[string]string{"passport.jpg": "file.size", "id-front.jpg": "image.exif-gps",
		"bill.png": "file.format", "id-back.jpg": "file.extension-mismatch", "selfie.jpg": "image.exif-edited"} {
		if !slices.Contains(before[file], rule) {
			t.Fatalf("the pack lacks the %s finding on %s that fix must remove: %v", rule, file, before[file])
		}
	}
	snap := hashTree(t, packDir)

	code, out, errOut := run(t, "fix", packDir, "--out", outDir, "--rules", rules, "--date", "2026-11-26")

	sameTree(t, "the pack", snap, hashTree(t, packDir))
	if code != ExitFailed {
		t.Errorf("exit %d, want 1 (missing fields and a blurred photo remain); stderr: %s", code, errOut)
	}
	for _, want := range []string{
		"fix   passport.jpg: re-encoded as JPEG quality", "fix   id-back.jpg → id-back.png: renamed: it holds PNG data",
		"fix   bill.png → bill.jpg", "turned upright from EXIF orientation 6", "GPS location",
		"keep  selfie.jpg: saved by GIMP", "will not hide the image.exif-edited finding", "its GPS location stays too",
		"copy  notes.txt", "Left for you", "image.blur  blurry.jpg",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	after := rulesByFile(t, outDir, "--rules", rules)
	for file, rules := range map[string][]string{
		"passport.jpg": {"file.size", "image.blur", "image.dimensions"}, "id-front.jpg": {"image.exif-gps"},
		"bill.jpg": {"file.format", "file.extension-mismatch"}, "id-back.png": {"file.extension-mismatch"},
		"kyc.yaml": {"pack.manifest", "pack.missing-file"}, "": {"pack.missing-file"},
	} {
		for _, r := range rules {
			if slices.Contains(after[file], r) {
				t.Errorf("%s still has %s after fix: %v", file, r, after[file])
			}
		}
	}
	for _, r := range []string{"image.exif-edited", "image.exif-gps"} {
		if !slices.Contains(after["selfie.jpg"], r) {
			t.Errorf("selfie.jpg lost its %s finding: fix laundered an edited photo", r)
		}
	}
	checkFixedFiles(t, packDir, outDir, front)
}

// checkFixedFiles looks at the bytes and pixels fix wrote.
func checkFixedFiles(t *testing.T, packDir, outDir string, front *image.RGBA) {
	read := func(dir, name string) []byte {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Error(err)
		}
		return b
	}
	if st, err := os.Stat(filepath.Join(outDir, "passport.jpg")); err != nil || st.Size() > 2_000_000 {
		t.Errorf("passport.jpg: %v, want under 2 MB (2 000 000 bytes)", err)
	}
	img, x := decodeFile(t, filepath.Join(outDir, "id-front.jpg"))
	if b := img.Bounds(); b.Dx() != 1600 || b.Dy() != 1200 || x.Present {
		t.Errorf("id-front.jpg is %v with EXIF %v, want upright 1600×1200 (stored 1200×1600) and no EXIF", b, x.Present)
	}
	if d := lumaDiff(img, front); d > 6 {
		t.Errorf("id-front.jpg differs from the upright card by %.1f levels on average", d)
	}
	if d := lumaDiff(img, synth.Rotate90(front, 2)); d < 12 {
		t.Errorf("the comparison cannot tell an upside-down card (%.1f levels)", d)
	}
	if !bytes.Equal(read(outDir, "id-back.png"), read(packDir, "id-back.jpg")) {
		t.Error("id-back.png is not id-back.jpg's bytes under a new name")
	}
	if f := filetype.Sniff(read(outDir, "bill.jpg")); f != filetype.JPEG {
		t.Errorf("bill.jpg holds %s", f)
	}
	for _, same := range []string{"selfie.jpg", "notes.txt"} {
		if !bytes.Equal(read(outDir, same), read(packDir, same)) {
			t.Errorf("%s was not copied byte for byte", same)
		}
	}
	for _, gone := range []string{"id-back.jpg", "bill.png", ".DS_Store"} {
		if _, err := os.Lstat(filepath.Join(outDir, gone)); err == nil {
			t.Errorf("%s is in the fixed copy", gone)
		}
	}
	want := strings.Replace(strings.Replace(fixManifest, "{file: id-back.jpg,", "{file: id-back.png,", 1), `"bill.png"`, `"bill.jpg"`, 1)
	if got := string(read(outDir, "kyc.yaml")); got != want {
		t.Errorf("kyc.yaml:\n%s\nwant only the two file: values changed:\n%s", got, want)
	}
}

// lumaDiff is the mean absolute difference of green, the channel closest to
// luma, on a 40×30 grid of two images of the same size.
func lumaDiff(a, b image.Image) float64 {
	ab, bb := a.Bounds(), b.Bounds()
	if ab.Size() != bb.Size() {
		return 255
	}
	var sum float64
	for j := 0; j < 30; j++ {
		for i := 0; i < 40; i++ {
			x, y := ab.Dx()*(2*i+1)/80, ab.Dy()*(2*j+1)/60
			_, g1, _, _ := a.At(ab.Min.X+x, ab.Min.Y+y).RGBA()
			_, g2, _, _ := b.At(bb.Min.X+x, bb.Min.Y+y).RGBA()
			sum += absf(float64(g1>>8) - float64(g2>>8))
		}
	}
	return sum / 1200
}

func absf(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
