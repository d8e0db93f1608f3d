package pack

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func targetPaths(ts []Target) string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Path+"="+t.Manifest)
	}
	return strings.Join(out, " ")
}

// discoverFixture builds, in a fresh working folder, packs of every kind.
func discoverFixture(t *testing.T) string {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"packs/anna/kyc.yaml":            "version: 1\n",
		"packs/anna/passport.jpg":        "p",
		"packs/anna/scans/bill.pdf":      "b",
		"packs/anna/nested/kyc.json":     "{}",
		"packs/ben/kyc.yml":              "version: 1\n",
		"packs/hugo/passport.png":        "p",
		"packs/readme-only/README.md":    "r",
		"packs/.hidden/kyc.yaml":         "version: 1\n",
		"packs/deep/er/still/kyc.yaml":   "version: 1\n",
		"outside/kyc.yaml":               "version: 1\n",
		"packs/empty/.keep":              "",
		"packs/hugo/.thumbs/ignored.jpg": "t",
	})
	symlink(t, filepath.Join(root, "outside"), filepath.Join(root, "packs", "linked"))
	symlink(t, "..", filepath.Join(root, "packs", "deep", "loop"))
	t.Chdir(root)
	return root
}

func TestDiscover(t *testing.T) {
	discoverFixture(t)
	cases := []struct {
		name  string
		paths []string
		want  string
	}{
		{"recursive", []string{"packs"}, "packs/anna=kyc.yaml packs/anna/nested=kyc.json packs/ben=kyc.yml packs/deep/er/still=kyc.yaml packs/hugo="},
		{"pack folder", []string{"packs/ben"}, "packs/ben=kyc.yml"},
		{"manifest", []string{"packs/anna/kyc.yaml"}, "packs/anna=kyc.yaml"},
		{"document", []string{"packs/anna/passport.jpg"}, "packs/anna=kyc.yaml"},
		{"document in a sub-folder", []string{"packs/anna/scans/bill.pdf"}, "packs/anna=kyc.yaml"},
		{"document without manifest", []string{"packs/hugo/passport.png"}, "packs/hugo="},
		{"same pack twice", []string{"packs/anna", "packs/anna/kyc.yaml", "./packs/anna/", "packs/anna/passport.jpg"}, "packs/anna=kyc.yaml packs/anna/nested=kyc.json"},
		{"sorted", []string{"packs/ben", "packs/anna/passport.jpg", "packs/hugo"}, "packs/anna=kyc.yaml packs/ben=kyc.yml packs/hugo="},
		{"readme only", []string{"packs/readme-only"}, ""},
		{"hidden given explicitly", []string{"packs/.hidden"}, "packs/.hidden=kyc.yaml"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			done := make(chan struct{})
			var got []Target
			var err error
			go func() { got, err = Discover(c.paths); close(done) }()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("Discover did not finish")
			}
			if err != nil {
				t.Fatal(err)
			}
			if s := targetPaths(got); s != c.want {
				t.Errorf("Discover(%q) = %s\nwant %s", c.paths, s, c.want)
			}
			for _, tg := range got {
				if _, err := os.Stat(filepath.Join(tg.Dir, tg.Manifest)); tg.Manifest != "" && err != nil {
					t.Errorf("%s: manifest not found from Dir %q: %v", tg.Path, tg.Dir, err)
				}
			}
		})
	}
}

func TestDiscoverAbsoluteAndOutside(t *testing.T) {
	root := discoverFixture(t)
	got, err := Discover([]string{filepath.Join(root, "packs", "ben")})
	if err != nil || targetPaths(got) != "packs/ben=kyc.yml" {
		t.Errorf("absolute path: %s, %v", targetPaths(got), err)
	}
	other := t.TempDir()
	writeFiles(t, other, map[string]string{"p/kyc.yaml": "version: 1\n"})
	got, err = Discover([]string{filepath.Join(other, "p")})
	if err != nil || len(got) != 1 || got[0].Path != filepath.ToSlash(filepath.Join(other, "p")) {
		t.Errorf("outside the working folder: %+v, %v", got, err)
	}
}

func TestDiscoverMissingPath(t *testing.T) {
	discoverFixture(t)
	for _, paths := range [][]string{{"nope"}, {"packs/anna", "packs/nope/kyc.yaml"}} {
		got, err := Discover(paths)
		if err == nil || !strings.Contains(err.Error(), "nope") || got != nil {
			t.Errorf("Discover(%q) = %v, %v; want an error naming the path", paths, got, err)
		}
	}
}

func TestDiscoverManifestFolder(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"p/kyc.yaml/x": "x"})
	got, err := Discover([]string{root})
	if err != nil || len(got) != 1 || got[0].Manifest != "kyc.yaml" {
		t.Fatalf("%+v, %v", got, err)
	}
	p := Load(got[0])
	defer p.Close()
	if len(problemsWith(p.Problems, "is a folder")) != 1 {
		t.Errorf("problems:%s", dumpProblems(p.Problems))
	}
}
