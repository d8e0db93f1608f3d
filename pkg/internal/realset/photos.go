package realset

// cameraPhotos are the decodable camera files of the corpus's EXIF samples,
// each looked at and sorted: real photos in focus, real photos that are
// genuinely blurred, and graphics that are not photos at all. Only the first
// of each eight-file orientation series is listed, the others being the
// same picture; HEIC files and files the Go decoders reject are left out.
func cameraPhotos() []Original {
	sharp := []string{
		"goexif/exif/sample1.jpg",
		"ianare/jpg/Canon_40D.jpg",
		"ianare/jpg/Canon_40D_photoshop_import.jpg",
		"ianare/jpg/Fujifilm_FinePix_E500.jpg",
		"ianare/jpg/Kodak_CX7530.jpg",
		"ianare/jpg/Nikon_D70.jpg",
		"ianare/jpg/Panasonic_DMC-FZ30.jpg",
		"ianare/jpg/Pentax_K10D.jpg",
		"ianare/jpg/Reconyx_HC500_Hyperfire.jpg",
		"ianare/jpg/exif-org/fujifilm-dx10.jpg",
		"ianare/jpg/exif-org/nikon-e950.jpg",
		"ianare/jpg/gps/DSCN0010.jpg",
		"ianare/jpg/gps/DSCN0021.jpg",
		"ianare/jpg/gps/DSCN0042.jpg",
		"ianare/jpg/hdr/iphone_hdr_YES.jpg",
		"ianare/jpg/mobile/HMD_Nokia_8.3_5G.jpg",
		"ianare/jpg/mobile/jolla.jpg",
		"ianare/jpg/tests/22-canon_tags.jpg",
		"ianare/jpg/tests/28-hex_value.jpg",
		"ianare/jpg/tests/30-type_error.jpg",
		"ianare/jpg/tests/33-type_error.jpg",
		"ianare/jpg/tests/35-empty.jpg",
		"ianare/jpg/tests/36-memory_error.jpg",
		"ianare/jpg/tests/42_IndexError.jpg",
		"ianare/jpg/tests/87_OSError.jpg",
		"ianare/orientation/landscape_1.jpg",
		"ianare/orientation/portrait_1.jpg",
	}
	blurred := []string{
		"ianare/jpg/Olympus_C8080WZ.jpg",
		"ianare/jpg/Samsung_Digimax_i50_MP3.jpg",
		"ianare/jpg/Sony_HDR-HC3.jpg",
		"ianare/jpg/long_description.jpg",
	}
	notPhotos := []string{
		"ianare/jpg/PaintTool_sample.jpg",
		"ianare/jpg/invalid/image00971.jpg",
		"ianare/jpg/invalid/image01088.jpg",
		"ianare/jpg/invalid/image01551.jpg",
		"ianare/jpg/invalid/image02206.jpg",
		"ianare/jpg/tests/45-gps_ifd.jpg",
		"ianare/jpg/tests/67-0_length_string.jpg",
		"ianare/jpg/xmp/BlueSquare.jpg",
		"ianare/jpg/xmp/no_exif.jpg",
	}
	var out []Original
	for _, g := range []struct {
		paths   []string
		subject Subject
	}{{sharp, SharpPhoto}, {blurred, BlurredPhoto}, {notPhotos, NotPhoto}} {
		for _, p := range g.paths {
			out = append(out, Original{Path: "exif/" + p, Category: Other, Subject: g.subject, Note: photoNotes[p]})
		}
	}
	return out
}

// photoNotes say what a look at the less obvious files showed.
var photoNotes = map[string]string{
	"ianare/jpg/tests/36-memory_error.jpg":    "falling snow streaks across a garden in focus",
	"ianare/jpg/Olympus_C8080WZ.jpg":          "soft underwater shot of a lionfish",
	"ianare/jpg/Samsung_Digimax_i50_MP3.jpg":  "interior with no edge in focus",
	"ianare/jpg/Sony_HDR-HC3.jpg":             "soft camcorder frame",
	"ianare/jpg/long_description.jpg":         "dusty, soft frame of soldiers and a helicopter",
	"ianare/jpg/PaintTool_sample.jpg":         "anime drawing",
	"ianare/jpg/invalid/image00971.jpg":       "advertising banner",
	"ianare/jpg/invalid/image01088.jpg":       "award logos",
	"ianare/jpg/invalid/image01551.jpg":       "logo",
	"ianare/jpg/invalid/image02206.jpg":       "product rendering",
	"ianare/jpg/tests/45-gps_ifd.jpg":         "video-game rendering of a car",
	"ianare/jpg/tests/67-0_length_string.jpg": "flat grey",
	"ianare/jpg/xmp/BlueSquare.jpg":           "blue rectangle",
	"ianare/jpg/xmp/no_exif.jpg":              "film poster",
}
