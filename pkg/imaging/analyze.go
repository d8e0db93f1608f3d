package imaging

import (
	"image"
	"io"
)

// DefaultWorkingSize is the long side, in pixels, of the working planes
// every metric is measured on.
const DefaultWorkingSize = 1000

// Options tune Analyze. The zero value uses the defaults.
type Options struct {
	Limits      Limits
	WorkingSize int // long side of the working planes; 0 means DefaultWorkingSize
	// StandardDecoder measures JPEGs from a full decode by image/jpeg, the
	// reference the fast path is tested against, instead of package
	// jpegluma. It is slower and needs a full-size frame in memory.
	StandardDecoder bool
	// KeepLuma keeps the working luma plane in Analysis.Luma, as 8-bit
	// grey, for a reader that needs the pixels themselves (the MRZ reader).
	// It costs one byte per working pixel, about 0.75 MB for a 4:3 photo.
	KeepLuma bool
}

// An Analysis is everything kyclint's image rules need from one file,
// computed once and shared by them.
type Analysis struct {
	Format        Format // sniffed from content; "" when not an image
	Width, Height int    // from the header; 0 when it could not be read
	Size          int64

	EXIF    EXIF
	EXIFErr error // a broken EXIF block; a soft problem, the rest stands

	// Metrics is nil when the pixels could not be decoded; Analyze then
	// returns the reason.
	Metrics *Metrics

	// Luma is the working luma plane the metrics were measured on (long
	// side Options.WorkingSize, as stored: EXIF orientation not applied), values
	// rounded and clamped to 0–255. It is kept only with Options.KeepLuma
	// and when the pixels were measured; nil otherwise.
	Luma *image.Gray
}

// Analyze reads the file in r once for all image rules: its format,
// header, EXIF and pixel metrics.
//
// When the pixels cannot be used, Analyze returns the Analysis it could
// build (format, EXIF, and the size when the header was readable)
// together with a *DecodeError (corrupt, truncated, unknown or undecodable
// format) or a *LimitError (over the pixel budget). It never returns a nil
// Analysis; the file's hash is pack.Document.SHA256's business.
func Analyze(r io.ReaderAt, size int64, opt Options) (*Analysis, error) {
	a := &Analysis{Size: size}
	a.EXIF, a.EXIFErr = ReadEXIF(r, size)

	f, cfg, err := DecodeConfig(r, size)
	a.Format = f
	if err != nil {
		return a, err
	}
	a.Width, a.Height = cfg.Width, cfg.Height
	long := opt.WorkingSize
	if long <= 0 {
		long = DefaultWorkingSize
	}
	if f == FormatJPEG && !opt.StandardDecoder && int64(cfg.Width)*int64(cfg.Height) <= opt.Limits.maxPixels() {
		// Files the fast path declines, corrupt ones included, go to the
		// standard decoder, so they are judged exactly as before.
		if y, cb, cr, err := jpegPlanes(r, size, long, opt.Limits); err == nil && y.w > 0 {
			m := measure(y, cb, cr, cfg.Width, cfg.Height)
			a.Metrics = &m
			if opt.KeepLuma {
				a.Luma = grayOf(y)
			}
			putFloats(y.pix)
			if cb != nil {
				putFloats(cb.pix)
				putFloats(cr.pix)
			}
			return a, nil
		}
	}
	if f == FormatPNG && opt.Limits.check(f, cfg) == nil {
		// Screenshots: rows straight from the inflated stream (see
		// pngPlanes); any other PNG goes to image/png.
		if y, cb, cr, err := pngPlanes(r, size, long); err == nil {
			m := measure(y, cb, cr, cfg.Width, cfg.Height)
			a.Metrics = &m
			if opt.KeepLuma {
				a.Luma = grayOf(y)
			}
			return a, nil
		}
	}
	_, img, err := Decode(r, size, opt.Limits)
	if err != nil {
		return a, err
	}
	y, cb, cr := planes(img, long)
	m := measure(y, cb, cr, cfg.Width, cfg.Height)
	a.Metrics = &m
	if opt.KeepLuma {
		a.Luma = grayOf(y)
	}
	return a, nil
}

// grayOf copies a working plane into 8-bit grey, rounded and clamped to
// 0–255 (a plane reduced from a JPEG's DCT coefficients may overshoot).
func grayOf(p plane) *image.Gray {
	g := image.NewGray(image.Rect(0, 0, p.w, p.h))
	src := p.pix[:p.w*p.h]
	dst := g.Pix[:len(src)] // in locals: g.Pix is not reloaded for each pixel
	for i, v := range src {
		switch {
		case v <= 0:
			dst[i] = 0
		case v >= 255:
			dst[i] = 255
		default:
			dst[i] = uint8(v + 0.5)
		}
	}
	return g
}
