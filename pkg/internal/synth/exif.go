package synth

import (
	"encoding/binary"
	"fmt"
	"math"
	"time"
)

// EXIF is the camera metadata EncodeJPEG writes. Only fields that are set
// become tags, so a test can build exactly the metadata a rule looks at.
type EXIF struct {
	Make, Model string // IFD0 Make and Model
	// Software is the IFD0 Software tag; editors write their name here,
	// which image.exif-edited looks for.
	Software string
	// Orientation is the IFD0 Orientation tag; 0 leaves it out. Values
	// outside 1 to 8 are written as given, for files a reader must reject.
	Orientation int
	// DateTime is the IFD0 DateTime tag, when the file was last changed.
	DateTime time.Time
	// DateTimeOriginal is the Exif DateTimeOriginal tag, when the photo was
	// taken. Times are written as local clock readings; EXIF has no zone.
	DateTimeOriginal time.Time
	// GPS adds a GPS IFD with the position.
	GPS *GPS
	// BigEndian writes the TIFF structure in Motorola ("MM") byte order
	// instead of Intel ("II"); cameras use both and readers must too.
	BigEndian bool
}

// GPS is a position in decimal degrees, negative south and west.
type GPS struct {
	Lat, Lon float64
}

// Tag numbers from the EXIF 2.32 and TIFF 6.0 specifications.
const (
	tagMake             = 0x010F
	tagModel            = 0x0110
	tagOrientation      = 0x0112
	tagSoftware         = 0x0131
	tagDateTime         = 0x0132
	tagExifIFD          = 0x8769
	tagGPSIFD           = 0x8825
	tagExifVersion      = 0x9000
	tagDateTimeOriginal = 0x9003
	tagGPSVersionID     = 0x0000
	tagGPSLatitudeRef   = 0x0001
	tagGPSLatitude      = 0x0002
	tagGPSLongitudeRef  = 0x0003
	tagGPSLongitude     = 0x0004
)

const exifTime = "2006:01:02 15:04:05"

// app1 returns the complete APP1 segment: marker, length, "Exif\0\0" and
// the TIFF structure.
func (e *EXIF) app1() ([]byte, error) {
	t := e.tiff()
	n := 2 + 6 + len(t)
	if n > math.MaxUint16 {
		return nil, fmt.Errorf("exif segment of %d bytes exceeds the JPEG limit", n)
	}
	seg := []byte{0xFF, 0xE1, byte(n >> 8), byte(n)}
	seg = append(seg, "Exif\x00\x00"...)
	return append(seg, t...), nil
}

// tiff lays out the header, IFD0, then the Exif and GPS IFDs it points to.
func (e *EXIF) tiff() []byte {
	var order binary.AppendByteOrder = binary.LittleEndian
	head := []byte("II*\x00\x08\x00\x00\x00")
	if e.BigEndian {
		order = binary.BigEndian
		head = []byte("MM\x00*\x00\x00\x00\x08")
	}
	ifd0, sub, gps := e.ifd0(order), e.exifIFD(order), e.gpsIFD(order)
	if len(sub.entries) > 0 {
		ifd0.long(tagExifIFD, 0)
	}
	if len(gps.entries) > 0 {
		ifd0.long(tagGPSIFD, 0)
	}
	// Pointer values are fixed-size, so the sizes are known before the
	// offsets they hold.
	off := len(head) + ifd0.size()
	if len(sub.entries) > 0 {
		ifd0.setLong(tagExifIFD, uint32(off))
		off += sub.size()
	}
	if len(gps.entries) > 0 {
		ifd0.setLong(tagGPSIFD, uint32(off))
	}
	out := append(head, ifd0.encode(len(head))...)
	if len(sub.entries) > 0 {
		out = append(out, sub.encode(len(out))...)
	}
	if len(gps.entries) > 0 {
		out = append(out, gps.encode(len(out))...)
	}
	return out
}

func (e *EXIF) ifd0(order binary.AppendByteOrder) *ifd {
	d := &ifd{order: order}
	if e.Make != "" {
		d.ascii(tagMake, e.Make)
	}
	if e.Model != "" {
		d.ascii(tagModel, e.Model)
	}
	if e.Orientation != 0 {
		d.short(tagOrientation, uint16(e.Orientation))
	}
	if e.Software != "" {
		d.ascii(tagSoftware, e.Software)
	}
	if !e.DateTime.IsZero() {
		d.ascii(tagDateTime, e.DateTime.Format(exifTime))
	}
	return d
}

func (e *EXIF) exifIFD(order binary.AppendByteOrder) *ifd {
	d := &ifd{order: order}
	if !e.DateTimeOriginal.IsZero() {
		d.raw(tagExifVersion, tiffUndefined, []byte("0232"))
		d.ascii(tagDateTimeOriginal, e.DateTimeOriginal.Format(exifTime))
	}
	return d
}

func (e *EXIF) gpsIFD(order binary.AppendByteOrder) *ifd {
	d := &ifd{order: order}
	if e.GPS == nil {
		return d
	}
	d.raw(tagGPSVersionID, tiffByte, []byte{2, 3, 0, 0})
	d.ascii(tagGPSLatitudeRef, hemisphere(e.GPS.Lat, "N", "S"))
	d.rationals(tagGPSLatitude, dms(e.GPS.Lat)...)
	d.ascii(tagGPSLongitudeRef, hemisphere(e.GPS.Lon, "E", "W"))
	d.rationals(tagGPSLongitude, dms(e.GPS.Lon)...)
	return d
}

func hemisphere(v float64, pos, neg string) string {
	if v < 0 {
		return neg
	}
	return pos
}

// dms splits |v| degrees into degrees, minutes and seconds rationals, the
// seconds to 1/10000, which keeps the position to about 3 mm.
func dms(v float64) [][2]uint32 {
	const secScale = 10000
	a := math.Abs(v)
	deg := math.Floor(a)
	minutes := math.Floor((a - deg) * 60)
	sec := math.Round(((a-deg)*60 - minutes) * 60 * secScale)
	if sec >= 60*secScale {
		sec -= 60 * secScale
		minutes++
	}
	if minutes >= 60 {
		minutes -= 60
		deg++
	}
	return [][2]uint32{{uint32(deg), 1}, {uint32(minutes), 1}, {uint32(sec), secScale}}
}
