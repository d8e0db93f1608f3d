package imaging

import (
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"

	"golang.org/x/image/bmp"
	"golang.org/x/image/tiff"
	"golang.org/x/image/webp"
)

// DefaultMaxPixels is the decode budget: 50 MP covers every phone and
// scanner in use (a 200 MP sensor bins to 12–50 MP by default) while an RGBA
// buffer of that size stays under 200 MB.
const DefaultMaxPixels = 50_000_000

// Limits bound the work spent on one image.
type Limits struct {
	// MaxPixels is the largest width×height that will be decoded; 0 means
	// DefaultMaxPixels. The header is read first, so a decompression bomb is
	// refused before its pixel buffer exists.
	MaxPixels int64
}

func (l Limits) maxPixels() int64 {
	if l.MaxPixels <= 0 {
		return DefaultMaxPixels
	}
	return l.MaxPixels
}

// maxBytes is the budget of the decoded frame in bytes: the pixel budget
// at 8-bit RGBA, so a 16-bit or a colour-and-alpha image counts for what
// its decoder allocates, not for its pixel count alone.
func (l Limits) maxBytes() int64 { return l.maxPixels() * 4 }

// check refuses a header whose pixels, or whose decoded frame in bytes,
// are over the budget.
func (l Limits) check(f Format, cfg image.Config) error {
	px := int64(cfg.Width) * int64(cfg.Height)
	bpp := bytesPerPixel(cfg.ColorModel)
	if px > l.maxPixels() || px*bpp > l.maxBytes() {
		return &LimitError{Format: f, Width: cfg.Width, Height: cfg.Height, MaxPixels: l.maxPixels(),
			BytesPerPixel: bpp, MaxBytes: l.maxBytes()}
	}
	return nil
}

// bytesPerPixel is what the standard decoders allocate per pixel for a
// colour model: 8 for 16-bit colour with alpha, 2 for 16-bit grey, 1 for
// grey or a palette, 3 for YCbCr (its planes at worst unsubsampled), 4
// otherwise.
func bytesPerPixel(m color.Model) int64 {
	switch m {
	case color.GrayModel, color.AlphaModel:
		return 1
	case color.Gray16Model, color.Alpha16Model:
		return 2
	case color.RGBA64Model, color.NRGBA64Model:
		return 8
	case color.YCbCrModel:
		return 3
	}
	if _, ok := m.(color.Palette); ok {
		return 1
	}
	return 4
}

// A codec is one format's header reader and decoder. They are called
// directly, not through image.Decode's global registry, so that a format
// registered elsewhere in the program can never be reached by a pack file.
type codec struct {
	config func(io.Reader) (image.Config, error)
	decode func(io.Reader) (image.Image, error)
}

var codecs = map[Format]codec{
	FormatJPEG: {jpeg.DecodeConfig, jpeg.Decode},
	FormatPNG:  {png.DecodeConfig, png.Decode},
	FormatGIF:  {gif.DecodeConfig, gif.Decode},
	FormatWebP: {webp.DecodeConfig, webp.Decode},
	FormatTIFF: {tiff.DecodeConfig, tiff.Decode},
	FormatBMP:  {bmp.DecodeConfig, bmp.Decode},
}

// DecodeConfig reads only the header of the image in r: its format and size.
// It fails with a *DecodeError when the header is unreadable or the format is
// unknown or has no decoder.
func DecodeConfig(r io.ReaderAt, size int64) (Format, image.Config, error) {
	var head [64]byte
	n, _ := r.ReadAt(head[:], 0)
	f := Sniff(head[:n])
	c, ok := codecs[f]
	if !ok {
		err := ErrUnknownFormat
		if f != "" {
			err = ErrUnsupportedFormat
		}
		return f, image.Config{}, &DecodeError{Format: f, Err: err}
	}
	var cfg image.Config
	err := guard(func() (err error) {
		cfg, err = c.config(io.NewSectionReader(r, 0, size))
		return err
	})
	if err != nil {
		return f, cfg, &DecodeError{Format: f, Err: err}
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return f, cfg, &DecodeError{Format: f, Err: ErrNoPixels}
	}
	return f, cfg, nil
}

// Decode reads the header, refuses images over the pixel budget with a
// *LimitError, then decodes the first frame. Any decoder failure, including
// a panic, is a *DecodeError.
func Decode(r io.ReaderAt, size int64, lim Limits) (Format, image.Image, error) {
	f, cfg, err := DecodeConfig(r, size)
	if err != nil {
		return f, nil, err
	}
	if err := lim.check(f, cfg); err != nil {
		return f, nil, err
	}
	var img image.Image
	err = guard(func() (err error) {
		img, err = codecs[f].decode(io.NewSectionReader(r, 0, size))
		return err
	})
	if err != nil {
		return f, nil, &DecodeError{Format: f, Err: err}
	}
	if b := img.Bounds(); b.Dx() != cfg.Width || b.Dy() != cfg.Height {
		// The budget was checked against the header; a decoder that
		// disagrees with its own header is not trusted.
		return f, nil, &DecodeError{Format: f, Err: fmt.Errorf("decoded %dx%d, header said %dx%d",
			b.Dx(), b.Dy(), cfg.Width, cfg.Height)}
	}
	return f, img, nil
}

// guard runs fn and turns a panic into an error: the decoders and goexif are
// fed hostile bytes, and one bad file must not stop a batch.
func guard(fn func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("decoder panic: %v", p)
		}
	}()
	return fn()
}
