package realset

import (
	"fmt"
	"image"

	"github.com/kyclint/kyclint/pkg/internal/synth"
)

// A Kind is a way a photo of a document loses detail.
type Kind string

// The kinds of degradation, each with the unit of its strength.
const (
	Gaussian Kind = "gaussian" // σ as a fraction of the image's long side
	Disk     Kind = "disk"     // defocus disk radius, fraction of the long side
	Motion   Kind = "motion"   // streak length at 30°, fraction of the long side
	DownUp   Kind = "downup"   // shrink factor before enlarging back
	JPEG     Kind = "jpeg"     // JPEG quality, 1 to 100
)

// motionAngle is off both axes so that a streak smears the horizontal
// strokes of a line of text as well as the vertical ones.
const motionAngle = 30

// A Degradation is one kind at one strength.
type Degradation struct {
	Kind     Kind
	Strength float64
}

// Name is the degradation's key in the labels file, e.g. "gaussian-0.003".
func (d Degradation) Name() string {
	if d.Kind == JPEG {
		return fmt.Sprintf("jpeg-q%d", int(d.Strength))
	}
	return fmt.Sprintf("%s-%g", d.Kind, d.Strength)
}

// Degradations is the table, mildest first within each kind. Blur strengths
// are fractions of the long side so that a 250-pixel thumbnail and a
// 1900-pixel photo both get versions from clearly legible to clearly
// illegible; a disk of radius r blurs about as much as a Gaussian of σ r/2,
// hence its larger numbers.
func Degradations() []Degradation {
	table := map[Kind][]float64{
		Gaussian: {0.001, 0.002, 0.003, 0.005, 0.008},
		Disk:     {0.0015, 0.003, 0.005, 0.008, 0.012},
		Motion:   {0.004, 0.008, 0.015, 0.025, 0.04},
		DownUp:   {1.5, 2, 3, 4, 6},
		JPEG:     {30, 15, 8, 4, 2},
	}
	var out []Degradation
	for _, k := range []Kind{Gaussian, Disk, Motion, DownUp, JPEG} {
		for _, s := range table[k] {
			out = append(out, Degradation{k, s})
		}
	}
	return out
}

// Apply returns img degraded by d. JPEG degradation is done by Build, in
// the encoding; here it returns a copy.
func (d Degradation) Apply(img *image.RGBA) (*image.RGBA, error) {
	long := float64(max(img.Rect.Dx(), img.Rect.Dy()))
	switch d.Kind {
	case Gaussian:
		return synth.GaussianBlur(img, d.Strength*long), nil
	case Disk:
		return synth.DiskBlur(img, d.Strength*long), nil
	case Motion:
		return synth.MotionBlur(img, d.Strength*long, motionAngle), nil
	case DownUp:
		return synth.DownUp(img, d.Strength), nil
	case JPEG:
		return synth.DownUp(img, 1), nil
	}
	return nil, fmt.Errorf("unknown degradation kind %q", d.Kind)
}
