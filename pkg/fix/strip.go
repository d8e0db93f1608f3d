package fix

import "encoding/binary"

// stripJPEG returns a JPEG without its metadata: every APP1 segment (EXIF,
// with its GPS location, and XMP), APP2 segments other than the ICC colour
// profile (multi-picture and FlashPix data), APP3 to APP13 and APP15
// (Photoshop and IPTC blocks among them), comments, and anything after the
// end-of-image marker (where phones append further pictures, each with its
// own EXIF). JFIF (APP0), the ICC profile, Adobe's colour transform (APP14),
// the tables, the frame header and the entropy-coded scans are copied byte
// for byte, so the pixels decode exactly as before.
//
// ok is false when data is not a JPEG the walk can follow to its
// end-of-image marker (truncated, or a segment running past the end);
// dropped counts the segments removed.
func stripJPEG(data []byte) (out []byte, dropped int, ok bool) {
	if len(data) < 4 || data[0] != 0xff || data[1] != 0xd8 {
		return nil, 0, false
	}
	out = make([]byte, 0, len(data))
	out = append(out, 0xff, 0xd8)
	pos := 2
	for {
		if pos+1 >= len(data) || data[pos] != 0xff {
			return nil, 0, false
		}
		m := data[pos+1]
		switch {
		case m == 0xff: // a fill byte before a marker
			pos++
			continue
		case m == 0xd9: // end of image: whatever follows is dropped
			out = append(out, 0xff, 0xd9)
			if pos+2 < len(data) {
				dropped++
			}
			return out, dropped, true
		case m == 0x01 || (m >= 0xd0 && m <= 0xd7): // markers without a length
			out = append(out, data[pos:pos+2]...)
			pos += 2
			continue
		}
		if pos+4 > len(data) {
			return nil, 0, false
		}
		end := pos + 2 + int(binary.BigEndian.Uint16(data[pos+2:]))
		if end < pos+4 || end > len(data) {
			return nil, 0, false
		}
		if metadataSegment(m, data[pos+4:end]) {
			dropped++
			pos = end
			continue
		}
		out = append(out, data[pos:end]...)
		pos = end
		if m == 0xda { // start of scan: the entropy-coded data follows
			next, found := scanEnd(data, pos)
			if !found {
				return nil, 0, false
			}
			out = append(out, data[pos:next]...)
			pos = next
		}
	}
}

// metadataSegment reports whether the segment with marker m and payload p
// (after its length) holds metadata rather than what decoding needs.
func metadataSegment(m byte, p []byte) bool {
	switch {
	case m == 0xe1, m == 0xfe: // EXIF or XMP; a comment
		return true
	case m == 0xe2:
		return !hasPrefix(p, "ICC_PROFILE\x00")
	case m >= 0xe3 && m <= 0xed, m == 0xef:
		return true
	}
	return false
}

// scanEnd returns where the entropy-coded data starting at pos ends: the
// first marker that is neither a stuffed 0xFF00 nor a restart marker.
func scanEnd(data []byte, pos int) (int, bool) {
	for i := pos; i+1 < len(data); i++ {
		if data[i] != 0xff {
			continue
		}
		switch b := data[i+1]; {
		case b == 0x00, b >= 0xd0 && b <= 0xd7:
			i++
		case b == 0xff: // fill: the marker starts at the next 0xFF
		default:
			return i, true
		}
	}
	return 0, false
}

func hasPrefix(p []byte, s string) bool { return len(p) >= len(s) && string(p[:len(s)]) == s }
