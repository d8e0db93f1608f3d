package fix

import (
	"fmt"
	"strings"

	"github.com/kyclint/kyclint/pkg/checks/filecheck"
	"github.com/kyclint/kyclint/pkg/filetype"
)

// describe says what re-encoding an image did, one note per fix.
func describe(from, to filetype.Format, size int64, enc encoded, pol policy, n needs, hadEXIF bool) []string {
	var notes []string
	how := fmt.Sprintf("%s %d×%d", to.Label(), enc.width, enc.height)
	if to == filetype.JPEG {
		how = fmt.Sprintf("JPEG quality %d, %d×%d", enc.quality, enc.width, enc.height)
	}
	switch {
	case n.oversize:
		notes = append(notes, fmt.Sprintf("re-encoded as %s: %s → %s, under the %s limit",
			how, filecheck.SizeAgainst(size, pol.maxBytes), filecheck.SizeAgainst(int64(len(enc.data)), pol.maxBytes), filecheck.Limit(pol.maxBytes)))
	default:
		notes = append(notes, fmt.Sprintf("re-encoded as %s (%s → %s)", how, filecheck.Human(size), filecheck.Human(int64(len(enc.data)))))
	}
	if from != to {
		accepted := make([]string, len(pol.formats))
		for i, f := range pol.formats {
			accepted[i] = filetype.Format(f).Label()
		}
		if n.convert {
			notes = append(notes, fmt.Sprintf("converted from %s, which the rule set does not accept here (accepted: %s)",
				from.Label(), strings.Join(accepted, ", ")))
		} else {
			notes = append(notes, "converted from "+from.Label())
		}
	}
	if n.rotate {
		notes = append(notes, fmt.Sprintf("turned upright from EXIF orientation %d", n.orientation))
	}
	switch {
	case n.gps:
		notes = append(notes, "metadata removed, GPS location included")
	case hadEXIF:
		notes = append(notes, "metadata removed")
	}
	return notes
}
