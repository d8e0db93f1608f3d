package main

import (
	"time"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// A sample is one pack: a folder name and how to make each of its files.
type sample struct {
	name  string
	files map[string]func() ([]byte, error)
}

func text(s string) func() ([]byte, error) { return func() ([]byte, error) { return []byte(s), nil } }

// photo draws a document photo at a size that passes the base rule set.
func photo(kind synth.Kind, seed int64) func() ([]byte, error) { return idPhoto(kind, seed, nil) }

// idPhoto draws a passport or card photo whose machine readable zone is
// zone, in OCR-B.
func idPhoto(kind synth.Kind, seed int64, zone []string) func() ([]byte, error) {
	return func() ([]byte, error) {
		img := synth.Card(synth.CardOptions{Width: 1500, Height: 1000, Seed: seed, Kind: kind, MRZ: zone})
		return synth.EncodeJPEG(img, 75, &synth.EXIF{Make: "Samplecam", Model: "S1",
			DateTimeOriginal: time.Date(2026, 10, 20, 10, 30, 0, 0, time.UTC)})
	}
}

func pngPhoto(kind synth.Kind, seed int64) func() ([]byte, error) {
	return func() ([]byte, error) {
		return synth.EncodePNG(synth.Card(synth.CardOptions{Width: 600, Height: 400, Seed: seed, Kind: kind}))
	}
}

func statement() func() ([]byte, error) {
	return func() ([]byte, error) {
		return synth.PDF(synth.PDFOptions{Producer: "Samplebank statements", Pages: 2,
			CreationDate: time.Date(2026, 10, 2, 9, 0, 0, 0, time.UTC)}), nil
	}
}

func heic() func() ([]byte, error) { return func() ([]byte, error) { return synth.HEIC("heic"), nil } }

func thumbnail(seed int64) func() ([]byte, error) {
	return func() ([]byte, error) { return synth.ThumbnailJPEG(seed), nil }
}

// samples lists the packs: one that passes, and one per class of problem.
// Every person and number here is invented.
func samples() []sample {
	return []sample{
		{"anna-clean", map[string]func() ([]byte, error){"kyc.yaml": text(annaClean), "passport.jpg": idPhoto(synth.KindPassport, 1, zones["anna-clean"].lines), "bill.pdf": statement()}},
		{"ben-expired-passport", map[string]func() ([]byte, error){"kyc.yaml": text(benExpired), "passport.jpg": idPhoto(synth.KindPassport, 2, zones["ben-expired-passport"].lines), "statement.pdf": statement()}},
		{"chloe-old-phone-bill", map[string]func() ([]byte, error){"kyc.yaml": text(chloeOldBill), "id-front.jpg": photo(synth.KindID, 3), "id-back.jpg": idPhoto(synth.KindID, 4, zones["chloe-old-phone-bill"].lines), "phone-bill.jpg": photo(synth.KindBill, 5)}},
		{"dev-manifest-typos", map[string]func() ([]byte, error){"kyc.yaml": text(devTypos), "licence.jpg": photo(synth.KindID, 6), "bill.pdf": statement()}},
		{"emma-wrong-files", map[string]func() ([]byte, error){"kyc.yaml": text(emmaFiles), "passport.heic": heic(), "bill.jpg": pngPhoto(synth.KindBill, 7), "selfie.jpg": thumbnail(8)}},
		{"finn-under-age", map[string]func() ([]byte, error){"kyc.yaml": text(finnYoung), "passport.jpg": idPhoto(synth.KindPassport, 9, zones["finn-under-age"].lines), "bill.pdf": statement()}},
		{"gita-unsafe-paths", map[string]func() ([]byte, error){"kyc.yaml": text(gitaPaths), "passport.jpg": idPhoto(synth.KindPassport, 10, zones["gita-unsafe-paths"].lines), "notes.txt": text("ask the bank for a new statement\n")}},
		{"ines-typed-differently", map[string]func() ([]byte, error){"kyc.yaml": text(inesMismatch), "passport.jpg": idPhoto(synth.KindPassport, 13, zones["ines-typed-differently"].lines), "bill.pdf": statement()}},
		{"jonas-mrz-slips", map[string]func() ([]byte, error){"kyc.yaml": text(jonasMRZ), "passport.jpg": idPhoto(synth.KindPassport, 14, zones["jonas-mrz-slips"].lines), "statement.pdf": statement()}},
		{"hugo-no-manifest", map[string]func() ([]byte, error){"passport.jpg": idPhoto(synth.KindPassport, 11, zones["hugo-no-manifest"].lines), "selfie.jpg": photo(synth.KindSelfie, 12)}},
	}
}
