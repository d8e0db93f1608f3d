package synth

import (
	"bytes"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
)

// EncodeJPEG encodes img at the given quality (1 to 100) and, when exif is
// not nil, inserts an APP1 Exif segment right after the SOI marker, where
// cameras put it.
func EncodeJPEG(img image.Image, quality int, exif *EXIF) ([]byte, error) {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: quality}); err != nil {
		return nil, fmt.Errorf("encoding jpeg: %w", err)
	}
	b := buf.Bytes()
	if exif == nil {
		return b, nil
	}
	seg, err := exif.app1()
	if err != nil {
		return nil, fmt.Errorf("encoding jpeg: %w", err)
	}
	out := make([]byte, 0, len(b)+len(seg))
	out = append(out, b[:2]...)
	out = append(out, seg...)
	return append(out, b[2:]...), nil
}

// EncodePNG encodes img as PNG at the fastest compression, which keeps
// 12 MP fixtures quick to write and is still deterministic.
func EncodePNG(img image.Image) ([]byte, error) {
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encoding png: %w", err)
	}
	return buf.Bytes(), nil
}
