package imagecheck

import (
	"github.com/kyclint/kyclint/pkg/lint"
	"github.com/kyclint/kyclint/pkg/redact"
)

// ExifGPS warns about photos that carry the place they were taken.
var ExifGPS = &lint.Rule{
	ID:       "image.exif-gps",
	Title:    "the photo carries its GPS location",
	Severity: lint.Warning,
	Why: "A phone photo's EXIF block records where it was taken, usually the applicant's home; it travels with the " +
		"upload to every party that handles the file.",
	Hint: "Strip the location before upload: turn off location for the camera, or remove it (iPhone: Options > Location " +
		"when sharing; Android: Photo details > remove location; exiftool -gps:all= FILE).",
	Requires: requires,
	Run: func(p *lint.Pass) {
		for _, a := range images(p) {
			if a.a == nil || !a.a.EXIF.HasGPS {
				continue
			}
			p.Reportf(a.doc.File, 0, "%s carries a GPS location in its EXIF metadata", redact.FileOf(a.doc.File))
		}
	},
}
