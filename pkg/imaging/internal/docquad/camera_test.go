package docquad

import (
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
)

// Real camera photos that show no document must never be called cut off.
func TestCameraPhotosNeverCut(t *testing.T) {
	dir := corpus.Dir(t, "exif")
	photos, found := 0, 0
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.EqualFold(filepath.Ext(path), ".jpg") {
			return nil
		}
		img, ok := tryLoadImage(path)
		if !ok {
			return nil
		}
		photos++
		p := workingPlane(img)
		r := Find(p.w, p.h, p.pix)
		if r.Found {
			found++
		}
		if r.Cut != [4]bool{} {
			t.Errorf("%s: camera photo called cut: %+v", path, r)
		}
		return nil
	})
	t.Logf("%d photos decoded, an outline found in %d", photos, found)
	if photos == 0 {
		t.Error("no photo decoded")
	}
}
