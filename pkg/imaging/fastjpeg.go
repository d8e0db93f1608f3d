package imaging

import (
	"io"

	"github.com/kyclint/kyclint/pkg/imaging/internal/jpegluma"
)

// decodeFast is the fast decoder, a variable so that a test can make it
// fail the way a bug would.
var decodeFast = jpegluma.Decode

// jpegPlanes computes the working planes of a JPEG with package jpegluma,
// which reduces each block's pixels straight from its DCT coefficients
// into the working planes, as planes does from a decoded frame, without
// reconstructing or storing the frame. An error means the file needs the
// standard decoder. The planes come from getFloats, to give back with
// putFloats.
func jpegPlanes(r io.ReaderAt, size int64, long int, lim Limits) (y plane, cb, cr *plane, err error) {
	target := func(f jpegluma.Frame) (luma, chroma jpegluma.Plane) {
		dw, dh := workingSize(f.Width, f.Height, long)
		cw, ch := workingSize(f.Chroma.W, f.Chroma.H, chromaLong(long))
		return jpegluma.Plane{W: dw, H: dh}, jpegluma.Plane{W: cw, H: ch}
	}
	var m *jpegluma.Image
	err = guard(func() (err error) {
		m, err = decodeFast(r, size, jpegluma.Options{Target: target, MaxPixels: lim.maxPixels(), Alloc: getFloats})
		return err
	})
	if err != nil {
		return plane{}, nil, nil, err // a panic too: the standard decoder takes the file
	}
	y = plane{m.Luma.W, m.Luma.H, m.Y}
	if m.Cb == nil {
		return y, nil, nil, nil
	}
	for i := range m.Cb {
		m.Cb[i] -= 128
		m.Cr[i] -= 128
	}
	return y, &plane{m.Chroma.W, m.Chroma.H, m.Cb}, &plane{m.Chroma.W, m.Chroma.H, m.Cr}, nil
}
