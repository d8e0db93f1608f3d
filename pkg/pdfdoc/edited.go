package pdfdoc

import (
	"fmt"
	"strings"
	"time"
)

// ModDateSlack is how much later than CreationDate a ModDate may be before
// it counts as an edit: writers often stamp the two a few seconds apart.
const ModDateSlack = time.Hour

// EditReasons lists the signs that the file was changed after it was first
// made, each as a short human reason; nil when there are none.
func (i *Info) EditReasons() []string {
	var out []string
	if r, ok := i.editorReason(); ok {
		out = append(out, r)
	}
	if r, ok := i.modDateReason(); ok {
		out = append(out, r)
	}
	if n := i.IncrementalUpdates(); n > 0 {
		out = append(out, fmt.Sprintf("%d incremental %s after the first save", n, plural(n, "update", "updates")))
	}
	return out
}

// EditedBy joins EditReasons into one message; ok is false when there are
// no signs of editing.
func (i *Info) EditedBy() (reason string, ok bool) {
	r := i.EditReasons()
	return strings.Join(r, "; "), len(r) > 0
}

func (i *Info) editorReason() (string, bool) {
	for _, f := range []struct{ key, val string }{{"Producer", i.Producer}, {"Creator", i.Creator}} {
		if _, ok := editorIn(f.val); ok {
			return fmt.Sprintf("%s %q is a PDF editor", f.key, f.val), true
		}
	}
	if isDraw(i.Producer, i.Creator) {
		return fmt.Sprintf("Creator %q with Producer %q is LibreOffice Draw, a PDF editor", i.Creator, i.Producer), true
	}
	return "", false
}

func (i *Info) modDateReason() (string, bool) {
	if i.CreationDate.IsZero() || i.ModDate.IsZero() {
		return "", false
	}
	gap := i.ModDate.Sub(i.CreationDate)
	if gap <= ModDateSlack {
		return "", false
	}
	when := i.ModDate.Format("2006-01-02")
	if days := int(gap / (24 * time.Hour)); days >= 1 {
		return fmt.Sprintf("modified %s, %d %s after creation", when, days, plural(days, "day", "days")), true
	}
	hours := int(gap / time.Hour)
	return fmt.Sprintf("modified %s, %d %s after creation", when, hours, plural(hours, "hour", "hours")), true
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
