package imaging

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
)

// exiftoolReading is one file of the corpus's exiftool -n output.
type exiftoolReading struct {
	SourceFile  string
	Orientation json.Number
	GPSLatitude json.Number
	Software    json.RawMessage // exiftool prints "11.3" as a number
	Warning     string
}

// goexifRegress maps the truncated "-sep-" files to goexif's own expected
// tags: exiftool refuses those files (JPEG format error) and returns nothing.
type goexifRegress struct {
	Files map[string]map[string]string `json:"files"`
}

func loadJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := json.NewDecoder(strings.NewReader(string(b)))
	d.UseNumber()
	if err := d.Decode(v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

func readEXIFFile(t *testing.T, path string) (EXIF, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st, _ := f.Stat()
	return ReadEXIF(f, st.Size())
}

// xmpOnly lists files whose Orientation exiftool reads from XMP: they carry
// no EXIF block, and kyclint reads EXIF only.
var xmpOnly = map[string]bool{
	"ianare/jpg/invalid/image00971.jpg": true,
	"ianare/jpg/invalid/image01088.jpg": true,
}

// TestCorpusEXIF compares GPS presence, Orientation and Software with
// exiftool's readings of the shared corpus.
func TestCorpusEXIF(t *testing.T) {
	dir := corpus.Dir(t, "exif")
	var want []exiftoolReading
	loadJSON(t, filepath.Join(dir, "expected_numeric.json"), &want)
	var regress goexifRegress
	loadJSON(t, filepath.Join(dir, "goexif_regress_expected.json"), &regress)

	var checked, agreed int
	for _, w := range want {
		got, err := readEXIFFile(t, filepath.Join(dir, w.SourceFile))
		if err != nil {
			t.Logf("%s: soft error: %v", w.SourceFile, err)
		}
		orient, gps, sw := string(w.Orientation), w.GPSLatitude != "", strings.Trim(string(w.Software), `"`)
		if r, ok := regress.Files[filepath.Base(w.SourceFile)]; ok && strings.Contains(w.SourceFile, "-sep-") {
			orient, gps, sw = r["Orientation"], false, strings.Trim(r["Software"], `"`)
		}
		checks := []struct {
			field     string
			got, want string
		}{
			{"GPS", strconv.FormatBool(got.HasGPS), strconv.FormatBool(gps)},
			{"Orientation", orientString(got.Orientation), orient},
			{"Software", got.Software, strings.TrimSpace(sw)},
		}
		if xmpOnly[w.SourceFile] {
			if got.Present {
				t.Errorf("%s: found EXIF in a file that has only XMP", w.SourceFile)
			}
			continue
		}
		for _, c := range checks {
			checked++
			if c.got == c.want {
				agreed++
				continue
			}
			t.Errorf("%s: %s = %q, exiftool says %q", w.SourceFile, c.field, c.got, c.want)
		}
	}
	t.Logf("exif corpus: %d/%d readings agree over %d files", agreed, checked, len(want))
}

func orientString(o int) string {
	if o == 0 {
		return ""
	}
	return strconv.Itoa(o)
}
