package fix

import (
	"image"
	"image/color"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// TestOrientUndoesEveryOrientation stores a scene as a camera would for each
// EXIF orientation and checks that Orient gives back the scene exactly.
func TestOrientUndoesEveryOrientation(t *testing.T) {
	scene := image.NewRGBA(image.Rect(0, 0, 7, 4))
	for y := 0; y < 4; y++ {
		for x := 0; x < 7; x++ {
			scene.Set(x, y, color.RGBA{uint8(x * 30), uint8(y * 60), uint8(x*y + 1), 255})
		}
	}
	for o := 1; o <= 8; o++ {
		got := Orient(synth.ForOrientation(scene, o), o)
		if got.Rect != scene.Rect {
			t.Errorf("orientation %d: got %v, want %v", o, got.Rect, scene.Rect)
			continue
		}
		for i := range scene.Pix {
			if got.Pix[i] != scene.Pix[i] {
				t.Errorf("orientation %d: pixel bytes differ at %d", o, i)
				break
			}
		}
	}
}

func TestOrientIgnoresInvalidValues(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 3, 2))
	for _, o := range []int{0, 9, -1} {
		if got := Orient(img, o); got.Rect != img.Rect {
			t.Errorf("orientation %d changed the size to %v", o, got.Rect)
		}
	}
}
