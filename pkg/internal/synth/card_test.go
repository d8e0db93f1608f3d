package synth

import (
	"bytes"
	"fmt"
	"image"
	"testing"
)

func TestCardIsDeterministic(t *testing.T) {
	for _, k := range Kinds {
		a := Card(CardOptions{Width: 640, Height: 480, Seed: 42, Kind: k})
		b := Card(CardOptions{Width: 640, Height: 480, Seed: 42, Kind: k})
		c := Card(CardOptions{Width: 640, Height: 480, Seed: 43, Kind: k})
		if !bytes.Equal(a.Pix, b.Pix) {
			t.Errorf("%s: the same seed drew different pixels", k)
		}
		if bytes.Equal(a.Pix, c.Pix) {
			t.Errorf("%s: seeds 42 and 43 drew the same pixels", k)
		}
	}
}

func TestCardKindsDiffer(t *testing.T) {
	seen := map[string]Kind{}
	for _, k := range Kinds {
		img := Card(CardOptions{Width: 400, Height: 300, Seed: 1, Kind: k})
		key := string(img.Pix)
		if prev, ok := seen[key]; ok {
			t.Errorf("kinds %s and %s drew the same image", prev, k)
		}
		seen[key] = k
	}
}

func TestCardSizeAndDefaults(t *testing.T) {
	if got := Card(CardOptions{}).Rect; got != image.Rect(0, 0, 1600, 1200) {
		t.Errorf("zero options: bounds %v, want 1600x1200", got)
	}
	if got := Card(CardOptions{Width: 300, Height: 500, Kind: KindBill}).Rect; got != image.Rect(0, 0, 300, 500) {
		t.Errorf("bounds %v, want 300x500", got)
	}
	a := Card(CardOptions{Width: 320, Height: 240, Seed: 5})
	b := Card(CardOptions{Width: 320, Height: 240, Seed: 5, Kind: KindID})
	if !bytes.Equal(a.Pix, b.Pix) {
		t.Error("an empty Kind is not KindID")
	}
}

// Odd sizes must still draw: tests make thumbnails and slivers on purpose.
func TestCardTinyAndOddSizes(t *testing.T) {
	for _, k := range Kinds {
		for _, sz := range [][2]int{{1, 1}, {7, 5}, {33, 400}, {400, 33}} {
			img := Card(CardOptions{Width: sz[0], Height: sz[1], Seed: 3, Kind: k})
			if img.Rect.Dx() != sz[0] || img.Rect.Dy() != sz[1] {
				t.Errorf("%s %v: bounds %v", k, sz, img.Rect)
			}
		}
	}
}

func TestCardPanicsOnBadOptions(t *testing.T) {
	for _, opt := range []CardOptions{{Kind: "licence"}, {Width: -1, Height: 10}, {Width: 10}} {
		t.Run(fmt.Sprint(opt), func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Errorf("Card(%+v) did not panic", opt)
				}
			}()
			Card(opt)
		})
	}
}

func TestCardIsOpaqueAndLight(t *testing.T) {
	for _, k := range Kinds {
		img := Card(CardOptions{Width: 800, Height: 600, Seed: 9, Kind: k})
		for i := 3; i < len(img.Pix); i += 4 {
			if img.Pix[i] != 255 {
				t.Fatalf("%s: pixel %d has alpha %d", k, i/4, img.Pix[i])
			}
		}
		// Exposure rules are tuned on evenly lit photos; the base card must
		// sit well inside their limits.
		if m := meanLuma(img); m < 120 || m > 235 {
			t.Errorf("%s: mean luma %.0f, want 120..235", k, m)
		}
	}
}

// A card must read as sharp whatever its resolution, and as blurry once a
// blur proportional to its size is applied.
func TestCardSharpnessScalesWithSize(t *testing.T) {
	for _, k := range Kinds {
		for _, sz := range [][2]int{{800, 600}, {1600, 1200}, {1200, 1600}} {
			img := Card(CardOptions{Width: sz[0], Height: sz[1], Seed: 11, Kind: k})
			sharp := sharpness(img)
			blurred := sharpness(GaussianBlur(img, 2.5*float64(max(sz[0], sz[1]))/1000))
			if sharp < 500 || blurred > 100 || sharp < 10*blurred {
				t.Errorf("%s %dx%d: sharpness %.0f, blurred %.0f; want >= 500, <= 100 and 10x apart",
					k, sz[0], sz[1], sharp, blurred)
			}
		}
	}
}

// Glyphs must not shrink into the noise floor on a phone-camera frame.
func TestCardSharpAt12MP(t *testing.T) {
	if testing.Short() {
		t.Skip("12 MP image")
	}
	img := Card(CardOptions{Width: 4032, Height: 3024, Seed: 11})
	if s := sharpness(img); s < 500 {
		t.Errorf("4032x3024 card: sharpness %.0f, want >= 500", s)
	}
}

func BenchmarkCard12MP(b *testing.B) {
	for b.Loop() {
		Card(CardOptions{Width: 4032, Height: 3024, Seed: 1})
	}
}

func BenchmarkCardJPEG12MP(b *testing.B) {
	for b.Loop() {
		img := Card(CardOptions{Width: 4032, Height: 3024, Seed: 1})
		if _, err := EncodeJPEG(img, 90, &EXIF{Make: "Synth"}); err != nil {
			b.Fatal(err)
		}
	}
}
