package pack

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestLoadManifestNames(t *testing.T) {
	yaml := "version: 1\njurisdiction: gb\ndocuments:\n  - file: p.jpg\n    type: passport\n"
	json := `{"version": 1, "jurisdiction": "fr", "documents": [{"file": "p.jpg", "type": "passport"}]}`
	for _, c := range []struct{ name, content, jurisdiction string }{
		{"kyc.yaml", yaml, "gb"}, {"kyc.yml", yaml, "gb"}, {"kyc.json", json, "fr"},
	} {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{c.name: c.content, "p.jpg": "jpeg"})
		p := loadDir(t, dir)
		if p.ManifestFile != c.name || p.Manifest == nil || p.Manifest.Jurisdiction != c.jurisdiction {
			t.Fatalf("%s: manifest %q %+v:%s", c.name, p.ManifestFile, p.Manifest, dumpProblems(p.Problems))
		}
		if len(p.Problems) != 0 || len(p.Documents) != 1 || p.Documents[0].State != PathOK {
			t.Errorf("%s: problems:%s", c.name, dumpProblems(p.Problems))
		}
		if fileByName(p, c.name) != nil {
			t.Errorf("%s: the manifest is listed as a file", c.name)
		}
	}
}

func TestLoadTwoManifests(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"kyc.yaml": "version: 1\n", "kyc.json": `{"version": 2}`})
	p := loadDir(t, dir)
	if p.ManifestFile != "kyc.yaml" {
		t.Fatalf("manifest %q, want kyc.yaml", p.ManifestFile)
	}
	got := problemsWith(p.Problems, "kyc.json is ignored")
	if len(got) != 1 || got[0].File != "kyc.json" {
		t.Errorf("want one problem about kyc.json:%s", dumpProblems(p.Problems))
	}
	if len(problemsWith(p.Problems, "version")) != 0 {
		t.Errorf("the ignored manifest was read:%s", dumpProblems(p.Problems))
	}
}

func TestLoadManifestIsFolder(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"kyc.yaml/inner.txt": "x", "p.jpg": "x"})
	p := loadDir(t, dir)
	if p.Manifest != nil || len(problemsWith(p.Problems, "is a folder")) != 1 {
		t.Errorf("problems:%s", dumpProblems(p.Problems))
	}
	if fileByName(p, "kyc.yaml/inner.txt") != nil && len(p.Documents) != 0 {
		t.Errorf("documents guessed in a pack whose manifest failed: %v", p.Documents)
	}
}

// TestLoadManifestTooLarge checks that a manifest over the limit is refused
// before it is read: its content, read, would raise another problem.
func TestLoadManifestTooLarge(t *testing.T) {
	for _, size := range []int{MaxManifestBytes + 1, 2 << 20} {
		dir := t.TempDir()
		content := "version: 7\n#" + strings.Repeat("x", size-13) + "\n"
		writeFiles(t, dir, map[string]string{"kyc.yaml": content})
		p := loadDir(t, dir)
		if p.Manifest != nil {
			t.Errorf("%d bytes: manifest decoded", size)
		}
		if len(problemsWith(p.Problems, "limit", "not read")) != 1 || len(problemsWith(p.Problems, "version")) != 0 {
			t.Errorf("%d bytes: problems:%s", size, dumpProblems(p.Problems))
		}
	}
	dir := t.TempDir()
	content := "version: 7\n#" + strings.Repeat("x", MaxManifestBytes-13) + "\n"
	writeFiles(t, dir, map[string]string{"kyc.yaml": content})
	p := loadDir(t, dir)
	if len(problemsWith(p.Problems, "unsupported manifest version")) != 1 {
		t.Errorf("a manifest of exactly the limit was not read:%s", dumpProblems(p.Problems))
	}
}

func TestLoadManifestIsFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "kyc.yaml"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	p := loadDir(t, dir) // would block forever if the FIFO were opened
	if len(problemsWith(p.Problems, "not a regular file")) != 1 {
		t.Errorf("problems:%s", dumpProblems(p.Problems))
	}
}

func TestLoadManifestSymlinkOutside(t *testing.T) {
	outside := t.TempDir()
	writeFiles(t, outside, map[string]string{"kyc.yaml": "version: 9\n"})
	dir := t.TempDir()
	symlink(t, filepath.Join(outside, "kyc.yaml"), filepath.Join(dir, "kyc.yaml"))
	p := loadDir(t, dir)
	got := problemsWith(p.Problems, "outside the pack")
	if p.Manifest != nil || len(got) != 1 || got[0].Kind != UnsafePathProblem {
		t.Errorf("problems:%s", dumpProblems(p.Problems))
	}
}

// unsafeFixture builds a pack whose manifest names files outside it, with a
// FIFO and an unreadable file outside that would block or fail if opened.
func unsafeFixture(t *testing.T) (dir string, files []string) {
	t.Helper()
	root := t.TempDir()
	dir = filepath.Join(root, "pack")
	outside := filepath.Join(root, "outside")
	writeFiles(t, outside, map[string]string{"secret.jpg": "secret"})
	writeFiles(t, dir, map[string]string{"inside.jpg": "inside", "sub/deep.jpg": "deep"})
	if err := syscall.Mkfifo(filepath.Join(outside, "fifo.jpg"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	symlink(t, filepath.Join(outside, "secret.jpg"), filepath.Join(dir, "link-out.jpg"))
	symlink(t, "../outside/fifo.jpg", filepath.Join(dir, "link-fifo.jpg"))
	symlink(t, filepath.Join(outside, "none.jpg"), filepath.Join(dir, "dangling.jpg"))
	symlink(t, outside, filepath.Join(dir, "outdir"))
	files = []string{"../outside/secret.jpg", "/etc/passwd", filepath.Join(outside, "secret.jpg"),
		"a/../../outside/secret.jpg", "sub/../../outside/fifo.jpg", "link-out.jpg", "link-fifo.jpg",
		"dangling.jpg", "outdir/secret.jpg", "./../outside/secret.jpg", "..", "sub/../.."}
	var b strings.Builder
	b.WriteString("version: 1\ndocuments:\n")
	for _, f := range files {
		b.WriteString("  - file: '" + f + "'\n    type: passport\n")
	}
	writeFiles(t, dir, map[string]string{"kyc.yaml": b.String()})
	return dir, files
}

func TestLoadUnsafePaths(t *testing.T) {
	dir, files := unsafeFixture(t)
	p := loadDir(t, dir)
	// "../outside/secret.jpg" is named three ways and ".." twice: each
	// path is one document (see TestRepeatedFileIsOneDocument).
	if len(p.Documents) != len(files)-3 {
		t.Fatalf("%d documents, want %d:%s", len(p.Documents), len(files)-3, dumpProblems(p.Problems))
	}
	for _, d := range p.Documents {
		if d.State != PathUnsafe {
			t.Errorf("%s: state %d (%s), want PathUnsafe", d.File, d.State, d.StateErr)
		}
		if f, err := d.Open(); !errors.Is(err, ErrNotReadable) {
			if f != nil {
				f.Close()
			}
			t.Errorf("%s: Open = %v, want ErrNotReadable", d.File, err)
		}
		if b, err := d.Head(); !errors.Is(err, ErrNotReadable) || len(b) != 0 {
			t.Errorf("%s: Head = %q, %v", d.File, b, err)
		}
	}
	for _, name := range []string{"link-out.jpg", "link-fifo.jpg", "dangling.jpg"} {
		if f := fileByName(p, name); f == nil || !f.Unsafe || !f.Listed {
			t.Errorf("%s: file %+v, want listed and unsafe", name, f)
		}
	}
	if f := fileByName(p, "outdir/secret.jpg"); f != nil {
		t.Errorf("a symlinked folder was followed: %+v", f)
	}
}

func TestLoadPathStates(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"kyc.yaml": "version: 1\ndocuments:\n" +
			"  - {file: real.jpg, type: passport}\n" +
			"  - {file: link.jpg, type: passport}\n" +
			"  - {file: sub/link-up.jpg, type: passport}\n" +
			"  - {file: ./sub/../real.jpg, type: passport}\n" +
			"  - {file: nosuch/../real.jpg, type: passport}\n" +
			"  - {file: sublink/../real.jpg, type: passport}\n" +
			"  - {file: missing.jpg, type: passport}\n" +
			"  - {file: folder, type: passport}\n" +
			"  - {file: fifo.jpg, type: passport}\n" +
			"  - {file: '', type: passport}\n",
		"real.jpg":        "0123456789",
		"folder/x.txt":    "x",
		"sub/placeholder": "",
	})
	symlink(t, "real.jpg", filepath.Join(dir, "link.jpg"))
	symlink(t, "../real.jpg", filepath.Join(dir, "sub", "link-up.jpg"))
	writeFiles(t, dir, map[string]string{"folder/deeper/real.jpg": "another file"})
	symlink(t, "folder/deeper", filepath.Join(dir, "sublink"))
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.jpg"), 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	p := loadDir(t, dir)
	// "./sub/../real.jpg", "nosuch/../real.jpg" and "sublink/../real.jpg"
	// open real.jpg, so they are one document with it.
	want := map[string]PathState{
		"real.jpg": PathOK, "link.jpg": PathOK, "sub/link-up.jpg": PathOK,
		"missing.jpg": PathMissing, "folder": PathNotAFile, "fifo.jpg": PathNotAFile,
	}
	if got := problemsWith(p.Problems, "real.jpg is listed by 4 entries"); len(got) != 1 || len(p.Documents) != 6 {
		t.Errorf("%d documents, want 6 with one problem about real.jpg:%s", len(p.Documents), dumpProblems(p.Problems))
	}
	for file, state := range want {
		d := docByFile(p, file)
		if d == nil {
			t.Errorf("%s: no document:%s", file, dumpProblems(p.Problems))
			continue
		}
		if d.State != state {
			t.Errorf("%s: state %d (%s), want %d", file, d.State, d.StateErr, state)
		}
		head, err := d.Head()
		if state == PathOK {
			if err != nil || string(head) != "0123456789" || d.Size != 10 {
				t.Errorf("%s: Head = %q, %v; size %d", file, head, err, d.Size)
			}
		} else if !errors.Is(err, ErrNotReadable) {
			t.Errorf("%s: Head error %v, want ErrNotReadable", file, err)
		}
	}
	if f := fileByName(p, "link.jpg"); f == nil || f.Unsafe || f.Size != 10 || !f.Listed {
		t.Errorf("link.jpg file = %+v", f)
	}
	if f := fileByName(p, "fifo.jpg"); f != nil {
		t.Errorf("a FIFO is listed as a file: %+v", f)
	}
	if len(problemsWith(p.Problems, "has no `file:`")) != 1 {
		t.Errorf("problems:%s", dumpProblems(p.Problems))
	}
}

// TestLoadLinkLeavingAndComingBack checks that a symlink whose target
// leaves the pack folder and comes back into it (an absolute path to a file
// of the pack, ../pack/real.jpg) is an unsafe path, as a document and as a
// listed file, and is never opened (the os.Root refuses it too), whether
// the pack is named by a relative or an absolute path; a link that stays
// inside is fine.
func TestLoadLinkLeavingAndComingBack(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "pack")
	writeFiles(t, dir, map[string]string{"real.jpg": "x", "sub/placeholder": "",
		"kyc.yaml": "documents:\n  - {file: abs.jpg, type: passport}\n  - {file: back.jpg, type: id_card}\n" +
			"  - {file: sub/back.jpg, type: selfie}\n  - {file: inside.jpg, type: other}\n"})
	symlink(t, filepath.Join(dir, "real.jpg"), filepath.Join(dir, "abs.jpg"))
	symlink(t, "../pack/real.jpg", filepath.Join(dir, "back.jpg"))
	symlink(t, "../../pack/sub/../real.jpg", filepath.Join(dir, "sub", "back.jpg"))
	symlink(t, "sub/../real.jpg", filepath.Join(dir, "inside.jpg"))
	t.Chdir(root)
	for _, target := range []Target{{Dir: "pack", Path: "pack", Manifest: "kyc.yaml"}, {Dir: dir, Path: dir, Manifest: "kyc.yaml"}} {
		p := Load(target)
		for _, name := range []string{"abs.jpg", "back.jpg", "sub/back.jpg"} {
			d := docByFile(p, name)
			if d == nil || d.State != PathUnsafe || !strings.Contains(d.StateErr, "comes back") {
				t.Errorf("%s: %s: document %+v, want an unsafe path that comes back:%s", target.Dir, name, d, dumpProblems(p.Problems))
				continue
			}
			if _, err := d.Head(); !errors.Is(err, ErrNotReadable) {
				t.Errorf("%s: %s: Head error %v, want ErrNotReadable", target.Dir, name, err)
			}
			if f := fileByName(p, name); f == nil || !f.Unsafe {
				t.Errorf("%s: %s: file %+v, want unsafe", target.Dir, name, f)
			}
		}
		if d := docByFile(p, "inside.jpg"); d == nil || d.State != PathOK {
			t.Errorf("%s: a link that stays inside: %+v", target.Dir, d)
		}
		p.Close()
	}
}

func TestLoadUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files without read permission")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"kyc.yaml": "documents:\n  - {file: locked.jpg, type: passport}\n", "locked.jpg": "x"})
	if err := os.Chmod(filepath.Join(dir, "locked.jpg"), 0); err != nil {
		t.Fatal(err)
	}
	p := loadDir(t, dir)
	d := docByFile(p, "locked.jpg")
	if d == nil {
		t.Fatal("no document")
	}
	if _, err := d.Head(); !errors.Is(err, fs.ErrPermission) && !errors.Is(err, ErrNotReadable) {
		t.Errorf("Head error %v, want a permission error", err)
	}
}

func TestLoadUnreadableManifest(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files without read permission")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"kyc.yaml": "version: 1\n"})
	if err := os.Chmod(filepath.Join(dir, "kyc.yaml"), 0); err != nil {
		t.Fatal(err)
	}
	p := loadDir(t, dir)
	if p.Manifest != nil || len(problemsWith(p.Problems, "cannot read kyc.yaml")) != 1 {
		t.Errorf("problems:%s", dumpProblems(p.Problems))
	}
}

func TestLoadNonUTF8Names(t *testing.T) {
	bad := "pass\xffport.jpg"
	for _, withManifest := range []bool{true, false} {
		dir := t.TempDir()
		files := map[string]string{bad: "x", "sub\xfe/" + bad: "y", "ok.jpg": "z"}
		if withManifest {
			files["kyc.yaml"] = "documents:\n  - {file: ok.jpg, type: passport}\n"
		}
		writeFiles(t, dir, files)
		p := loadDir(t, dir)
		f := fileByName(p, bad)
		if f == nil || f.Size != 1 || f.Listed == withManifest {
			t.Errorf("manifest %v: file %q = %+v; %d files:%s", withManifest, bad, f, len(p.Files), dumpProblems(p.Problems))
		}
		if withManifest && fileByName(p, "sub\xfe/"+bad) == nil {
			t.Errorf("file in a non-UTF-8 folder not listed:%s", dumpProblems(p.Problems))
		}
		if !withManifest {
			d := docByFile(p, bad)
			if d == nil || d.State != PathOK || d.Type != Passport {
				t.Fatalf("guessed document %+v", d)
			}
			if head, err := d.Head(); err != nil || string(head) != "x" {
				t.Errorf("Head = %q, %v", head, err)
			}
		}
	}
}

func TestLoadListsFiles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"kyc.yaml":          "documents:\n  - {file: ./passport.jpg, type: passport}\n  - {file: scans/bill.pdf, type: utility_bill}\n",
		"passport.jpg":      "p",
		"scans/bill.pdf":    "b",
		"extra.png":         "e",
		"notes.txt":         "n",
		".DS_Store":         "hidden",
		".git/config":       "hidden",
		"scans/.thumb.jpg":  "hidden",
		"kyc.json":          "{}",
		"nested/kyc.yaml":   "version: 1\n",
		"nested/theirs.jpg": "other pack",
		"scans/kyc.yml.bak": "kept",
	})
	p := loadDir(t, dir)
	var names []string
	for _, f := range p.Files {
		names = append(names, f.Name)
	}
	want := []string{"extra.png", "notes.txt", "passport.jpg", "scans/bill.pdf", "scans/kyc.yml.bak"}
	if strings.Join(names, ",") != strings.Join(want, ",") {
		t.Errorf("files %q, want %q", names, want)
	}
	for _, f := range p.Files {
		listed := f.Name == "passport.jpg" || f.Name == "scans/bill.pdf"
		if f.Listed != listed {
			t.Errorf("%s: listed %v, want %v", f.Name, f.Listed, listed)
		}
	}
}

func TestLoadGuessedPack(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"Passport.JPG": "1", "id-front.png": "2", "id_back.jpeg": "3", "gas-bill.pdf": "4",
		"bank statement.pdf": "5", "selfie.heic": "6", "scan01.jpg": "7", "README.md": "8",
		"sub/other.jpg": "9", ".hidden.jpg": "10",
	})
	p := Load(Target{Dir: dir, Path: "p"})
	defer p.Close()
	want := map[string]struct {
		typ  DocType
		side string
	}{
		"Passport.JPG": {Passport, ""}, "id-front.png": {IDCard, "front"}, "id_back.jpeg": {IDCard, "back"},
		"gas-bill.pdf": {UtilityBill, ""}, "bank statement.pdf": {BankStatement, ""}, "selfie.heic": {Selfie, ""},
		"scan01.jpg": {Other, ""},
	}
	if p.HasManifest() || len(p.Documents) != len(want) {
		t.Fatalf("documents %d, want %d", len(p.Documents), len(want))
	}
	for i, d := range p.Documents {
		w, ok := want[d.File]
		if !ok || d.Type != w.typ || d.Side != w.side || !d.Guessed || d.Index != i || d.State != PathOK {
			t.Errorf("%s: %s/%q guessed %v index %d, want %v", d.File, d.Type, d.Side, d.Guessed, d.Index, w)
		}
	}
	if f := fileByName(p, "sub/other.jpg"); f != nil {
		t.Errorf("a folder without a manifest listed a sub-folder's file")
	}
	if f := fileByName(p, "README.md"); f == nil || f.Listed {
		t.Errorf("README.md = %+v", f)
	}
}

func TestGuessType(t *testing.T) {
	cases := []struct {
		file string
		typ  DocType
		side string
	}{
		{"passport.jpg", Passport, ""},
		{"scans/MyPassportScan.png", Passport, ""},
		{"reisepass.jpg", Passport, ""},
		{"id-front.jpg", IDCard, "front"},
		{"ID_back.JPG", IDCard, "back"},
		{"idcard.png", IDCard, ""},
		{"front.jpg", IDCard, "front"},
		{"driving-licence-front.jpg", DrivingLicence, "front"},
		{"drivers_license_back.png", DrivingLicence, "back"},
		{"residence-permit.jpg", ResidencePermit, ""},
		{"electricity-bill.pdf", UtilityBill, ""},
		{"invoice-march.pdf", UtilityBill, ""},
		{"phone-bill.pdf", PhoneBill, ""},
		{"bank-statement.pdf", BankStatement, ""},
		{"statement_2026_10.pdf", BankStatement, ""},
		{"council-tax.pdf", TaxNotice, ""},
		{"tenancy.pdf", TenancyAgreement, ""},
		{"letter.pdf", GovernmentLetter, ""},
		{"selfie.jpg", Selfie, ""},
		{"face-photo.jpg", Selfie, ""},
		{"IMG_0001.jpg", Other, ""},
		{"video.jpg", Other, ""},  // "id" inside a word is not an id card
		{"ideas.pdf", Other, ""},  // nor here
		{"backup.jpg", Other, ""}, // nor "back" in a longer word
		{"", Other, ""},
		{"\xff\xfe.jpg", Other, ""},
	}
	for _, c := range cases {
		typ, side := GuessType(c.file)
		if typ != c.typ || side != c.side {
			t.Errorf("GuessType(%q) = %s, %q; want %s, %q", c.file, typ, side, c.typ, c.side)
		}
	}
}

func TestLoadMissingFolder(t *testing.T) {
	p := Load(Target{Dir: filepath.Join(t.TempDir(), "nope"), Path: "nope", Manifest: "kyc.yaml"})
	if len(p.Problems) != 1 || p.Problems[0].Kind != ManifestProblem {
		t.Errorf("problems:%s", dumpProblems(p.Problems))
	}
	if err := p.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
}

func TestOpenAfterClose(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"passport.jpg": "x"})
	p := Load(Target{Dir: dir, Path: "p"})
	if err := p.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Documents[0].Open(); !errors.Is(err, ErrNotReadable) {
		t.Errorf("Open after Close: %v", err)
	}
	if err := p.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// TestLoadNeverWrites checks that loading a pack and reading every document
// leaves every entry of the pack as it was, content and times.
func TestLoadNeverWrites(t *testing.T) {
	dir, _ := unsafeFixture(t)
	writeFiles(t, dir, map[string]string{"kyc.yml": "x", "photo.jpg": strings.Repeat("j", 5000), ".hidden/x": "h",
		"nested/kyc.yaml": "documents:\n  - {file: n.jpg, type: selfie}\n", "nested/n.jpg": "n"})
	before := snapshot(t, dir)
	for _, sub := range []string{dir, filepath.Join(dir, "nested")} {
		p := loadDir(t, sub)
		for _, d := range p.Documents {
			d.Head()
			if f, err := d.Open(); err == nil {
				io.Copy(io.Discard, f)
				f.Close()
			}
		}
		p.Close()
	}
	after := snapshot(t, dir)
	if !bytes.Equal([]byte(before), []byte(after)) {
		t.Errorf("the pack changed:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// snapshot lists every entry under dir with its mode, size, modification
// time and, for regular files, a digest of its content.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := e.Info()
		if err != nil {
			return err
		}
		sum := ""
		if info.Mode().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum = digest(data)
		}
		b.WriteString(p + " " + info.Mode().String() + " " + info.ModTime().String() + " " + sum + "\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
