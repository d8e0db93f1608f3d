package fix

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"io"
	"strings"

	"github.com/kyclint/kyclint/pkg/checks/filecheck"
	"github.com/kyclint/kyclint/pkg/filetype"
	"github.com/kyclint/kyclint/pkg/imaging"
	"github.com/kyclint/kyclint/pkg/pack"
)

// needs are the fixes one image wants.
type needs struct {
	oversize, convert, rotate, gps bool
	orientation                    int
}

func (n needs) any() bool { return n.oversize || n.convert || n.rotate || n.gps }

// image plans a document image: re-encoded when it is over the size limit,
// in a format the rule set refuses, stored turned, or carrying a GPS
// location; copied unchanged otherwise, and always when an editor saved it.
func (b *builder) image(name string, docs []*pack.Document, f filetype.Format, r io.ReaderAt, size int64) Step {
	x, _ := imaging.ReadEXIF(r, size)
	if editor, ok := imaging.IsEditor(x.Software); ok {
		return edited(name, f, editor, x)
	}
	pol := policyFor(b.settings, docs)
	n := needs{
		oversize:    pol.maxBytes > 0 && size > pol.maxBytes,
		convert:     f.IsImage() && !pol.accepts(string(f)) && pol.accepts("jpeg"),
		rotate:      x.Orientation >= 2 && x.Orientation <= 8,
		gps:         x.HasGPS,
		orientation: x.Orientation,
	}
	if !n.any() {
		return Step{Action: Copy, Src: name, Dst: name, format: f}
	}
	if !f.IsImage() {
		return keep(name, f, fmt.Sprintf("%s cannot be decoded, so it cannot be %s; export it as JPEG yourself", f.Label(), n.verb()))
	}
	if f == filetype.JPEG && !n.rotate {
		if st, ok := stripped(name, r, size, pol, n); ok {
			return st
		}
	}
	_, img, err := imaging.Decode(r, size, imaging.Limits{MaxPixels: pol.maxPixels})
	if err != nil {
		return keep(name, f, fmt.Sprintf("cannot be decoded (%v); copied unchanged", err))
	}
	if n.rotate {
		img = Orient(img, n.orientation)
	}
	enc, out, why := b.encode(img, f, pol, n)
	if why != "" {
		notes := []string{why + "; copied unchanged"}
		if n.gps {
			notes = append(notes, "it still carries its GPS location")
		}
		return keep(name, f, notes...)
	}
	return Step{Action: Rewrite, Src: name, Dst: name, Data: enc.data, format: out,
		Notes: describe(f, out, size, enc, pol, n, x.Present)}
}

// encode writes img in a format the rule set takes: PNG stays PNG when
// nothing but metadata or orientation was wrong, everything else becomes
// JPEG. why is set when no encoding fits.
func (b *builder) encode(img image.Image, f filetype.Format, pol policy, n needs) (encoded, filetype.Format, string) {
	if f == filetype.PNG && !n.oversize && !n.convert {
		data, err := encodePNG(img)
		if err != nil {
			return encoded{}, "", fmt.Sprintf("cannot be encoded: %v", err)
		}
		if pol.maxBytes <= 0 || int64(len(data)) <= pol.maxBytes {
			bb := img.Bounds()
			return encoded{data: data, width: bb.Dx(), height: bb.Dy()}, filetype.PNG, ""
		}
	}
	if f != filetype.JPEG && !pol.accepts("jpeg") {
		return encoded{}, "", "the rule set does not accept JPEG for it, the only format kyclint fix writes"
	}
	enc, ok, err := fitJPEG(img, pol.maxBytes, pol.minShort)
	if err != nil {
		return encoded{}, "", fmt.Sprintf("cannot be encoded: %v", err)
	}
	if !ok {
		return encoded{}, "", fmt.Sprintf("does not fit in %s even at JPEG quality %d and a short side of %d pixels",
			filecheck.Limit(pol.maxBytes), QualityFloor, max(pol.minShort, 1))
	}
	return enc, filetype.JPEG, ""
}

// verb names what the image needed, for the message on a file that cannot
// be decoded.
func (n needs) verb() string {
	var v []string
	if n.oversize {
		v = append(v, "shrunk")
	}
	if n.convert {
		v = append(v, "converted")
	}
	if n.rotate {
		v = append(v, "turned upright")
	}
	if n.gps {
		v = append(v, "stripped of its GPS location")
	}
	return strings.Join(v, " or ")
}

// edited is the step for a photo an editor saved: left exactly as it is.
func edited(name string, f filetype.Format, editor string, x imaging.EXIF) Step {
	notes := []string{fmt.Sprintf("saved by %s (EXIF Software %q): copied byte for byte; kyclint fix will not hide the image.exif-edited finding",
		editor, x.Software)}
	if x.HasGPS {
		notes = append(notes, "its GPS location stays too, since removing it would launder the editing evidence; retake the photo instead")
	}
	return keep(name, f, notes...)
}

// maxStripBytes bounds the JPEG stripped in memory; a larger one is
// re-encoded, which streams it.
const maxStripBytes = 64 << 20

// stripped is the step for a JPEG whose only faults are its metadata and
// perhaps its size: the metadata segments are dropped and the compressed
// image data kept byte for byte, so nothing of the picture is lost. ok is
// false when that does not do (the file cannot be walked, or is still over
// the size limit without its metadata), and the photo is re-encoded.
func stripped(name string, r io.ReaderAt, size int64, pol policy, n needs) (Step, bool) {
	if size > maxStripBytes {
		return Step{}, false
	}
	data := make([]byte, size)
	if _, err := r.ReadAt(data, 0); err != nil && !errors.Is(err, io.EOF) {
		return Step{}, false
	}
	out, _, ok := stripJPEG(data)
	if !ok || (n.oversize && int64(len(out)) > pol.maxBytes) {
		return Step{}, false
	}
	if x, _ := imaging.ReadEXIF(bytes.NewReader(out), int64(len(out))); x.Present || x.HasGPS {
		return Step{}, false
	}
	what := "metadata removed"
	if n.gps {
		what = "metadata removed, GPS location included"
	}
	note := what + " without re-encoding: the compressed image data is kept byte for byte"
	if n.oversize {
		note += fmt.Sprintf("; %s → %s, under the %s limit",
			filecheck.SizeAgainst(size, pol.maxBytes), filecheck.SizeAgainst(int64(len(out)), pol.maxBytes), filecheck.Limit(pol.maxBytes))
	}
	return Step{Action: Rewrite, Src: name, Dst: name, Data: out, format: filetype.JPEG, Notes: []string{note}}, true
}
