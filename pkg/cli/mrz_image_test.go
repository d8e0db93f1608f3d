package cli

import (
	"encoding/json"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/linttest"
)

// fixturePhoto makes the passport photo of an mrz.unreadable fixture (an
// OCR-B render of a data page) from its .gen, in a folder of the test's.
func fixturePhoto(t *testing.T, fixture string) string {
	t.Helper()
	gen, err := os.ReadFile(filepath.Join("..", "checks", "testdata", "mrz.unreadable", fixture, ".gen"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, ".gen"), gen, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := linttest.Generate(dir); err != nil {
		t.Fatal(err)
	}
	return filepath.Join(dir, "passport.jpg")
}

// imageJSON is imageReport as a client decodes it.
type imageJSON struct {
	Source string            `json:"source"`
	Found  bool              `json:"found"`
	Format string            `json:"format"`
	Valid  bool              `json:"valid"`
	Fields map[string]string `json:"fields"`
	Read   *imageRead        `json:"read"`
}

func TestMRZImage(t *testing.T) {
	readablePage, cutPage := fixturePhoto(t, "read"), fixturePhoto(t, "cut-off")
	code, out, errOut := run(t, "mrz", "--image", "--redact", "never", "--format", "json", readablePage)
	var rep imageJSON
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("exit %d: %v\n%s%s", code, err, out, errOut)
	}
	if code != ExitOK || !rep.Found || !rep.Valid || rep.Source != readablePage || rep.Read == nil || len(rep.Read.Lines) != 2 {
		t.Fatalf("readable page: exit %d, %+v", code, rep)
	}
	want := []string{"P<POLNOWAK<<JAN<PIOTR<<<<<<<<<<<<<<<<<<<<<<<", "EA12345676POL9001158M3106305<<<<<<<<<<<<<<00"}
	for i, l := range rep.Read.Lines {
		if l.Text != want[i] || len(l.Confidence) != 44 {
			t.Errorf("line %d: %q with %d confidences, want %q and 44", i+1, l.Text, len(l.Confidence), want[i])
		}
		for _, c := range l.Confidence {
			if c < 0 || c > 1 {
				t.Errorf("line %d: confidence %v", i+1, c)
			}
		}
	}
	if rep.Format != "TD3" || rep.Fields["surname"] != "NOWAK" || rep.Fields["given_names"] != "JAN PIOTR" ||
		!strings.Contains(out, `"corrections": []`) || !strings.Contains(out, `"check_digits": {`) {
		t.Errorf("report: %s", out)
	}

	// Off a terminal the lines and the holder's fields are masked.
	_, out, _ = run(t, "mrz", "--image", "--format", "json", readablePage)
	if strings.Contains(out, "NOWAK") || strings.Contains(out, "EA1234567") || strings.Contains(out, "900115") {
		t.Errorf("masked report shows personal values:\n%s", out)
	}

	code, out, _ = run(t, "mrz", "--image", cutPage)
	if code != ExitFailed || !strings.Contains(out, "read, not valid") || !strings.Contains(out, "touches the edge") {
		t.Errorf("cut page: exit %d, %s", code, out)
	}

	blank := filepath.Join(t.TempDir(), "blank.jpg")
	g := image.NewGray(image.Rect(0, 0, 800, 600))
	draw.Draw(g, g.Rect, image.NewUniform(color.Gray{220}), image.Point{}, draw.Src)
	f, err := os.Create(blank)
	if err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(f, g, nil); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, out, _ = run(t, "mrz", "--image", "-f", "json", readablePage, blank)
	var reps []imageJSON
	if err := json.Unmarshal([]byte(out), &reps); err != nil || len(reps) != 2 {
		t.Fatalf("two files: %v\n%s", err, out)
	}
	if code != ExitTrouble || !reps[0].Found || reps[1].Found || reps[1].Read != nil || reps[1].Valid {
		t.Errorf("two files, the second blank: exit %d, %s", code, out)
	}

	if code, _, errOut := run(t, "mrz", "--image", "no-such.jpg"); code != ExitTrouble || !strings.Contains(errOut, "no-such.jpg") {
		t.Errorf("missing file: exit %d, %s", code, errOut)
	}
	if code, _, errOut := run(t, "mrz", "--image"); code != ExitTrouble || !strings.Contains(errOut, "at least one image") {
		t.Errorf("no file: exit %d, %s", code, errOut)
	}
}
