package fix

import (
	"bytes"
	"image"
	"image/jpeg"
	"image/png"
)

// Qualities are the JPEG qualities fix tries, best first. QualityFloor is the
// last of them: below 70 the 8×8 block artefacts start to eat the strokes of
// small print and MRZ characters, so fix never goes lower.
var Qualities = []int{92, 85, 78, 70}

// QualityFloor is the lowest JPEG quality fix writes.
const QualityFloor = 70

// ScaleStep is how much each step of downscaling keeps of the width and
// height (0.8 keeps 64% of the pixels). Dimensions shrink only once every
// quality down to QualityFloor is too large, and never below the rule
// set's minimum short side.
const ScaleStep = 0.8

// An encoded image is the bytes fix writes and how they were made.
type encoded struct {
	data          []byte
	quality       int // 0 for PNG
	width, height int
}

// fitJPEG encodes img as JPEG within maxBytes (0: no limit), lowering the
// quality first and the dimensions second, never below QualityFloor nor a
// short side of minShort. It returns false when nothing fits.
func fitJPEG(img image.Image, maxBytes int64, minShort int) (encoded, bool, error) {
	b := img.Bounds()
	short := min(b.Dx(), b.Dy())
	full := map[int]int{} // bytes at full size, per quality
	for _, scale := range scales(short, minShort) {
		cur := img
		if scale < 1 {
			cur = resize(img, scale)
		}
		for _, q := range Qualities {
			// JPEG size follows the pixel count closely: skip a quality
			// that was far over the limit at full size.
			if n, ok := full[q]; ok && maxBytes > 0 && float64(n)*scale*scale > 1.3*float64(maxBytes) {
				continue
			}
			data, err := encodeJPEG(cur, q)
			if err != nil {
				return encoded{}, false, err
			}
			if scale == 1 {
				full[q] = len(data)
			}
			if maxBytes <= 0 || int64(len(data)) <= maxBytes {
				cb := cur.Bounds()
				return encoded{data: data, quality: q, width: cb.Dx(), height: cb.Dy()}, true, nil
			}
		}
	}
	return encoded{}, false, nil
}

// scales lists the scale factors to try: 1, then ScaleStep steps while the
// short side stays at least minShort, the last clamped to minShort exactly.
func scales(short, minShort int) []float64 {
	out := []float64{1}
	if short <= minShort || short <= 1 {
		return out
	}
	floor := float64(max(minShort, 1)) / float64(short)
	for s := ScaleStep; ; s *= ScaleStep {
		if s <= floor*1.05 { // a step of under 5% more is not worth an encode
			return append(out, floor)
		}
		out = append(out, s)
	}
}

func encodeJPEG(img image.Image, quality int) ([]byte, error) {
	var buf bytes.Buffer
	err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: quality})
	return buf.Bytes(), err
}

func encodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	err := (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&buf, img)
	return buf.Bytes(), err
}
