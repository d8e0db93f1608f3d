package pack

import (
	"fmt"
	"strings"
	"testing"
)

// manifestListing writes a manifest whose documents are the given files,
// in order, each a passport.
func manifestListing(files ...string) string {
	var b strings.Builder
	b.WriteString("version: 1\ndocuments:\n")
	for _, f := range files {
		fmt.Fprintf(&b, "  - file: %s\n    type: passport\n", f)
	}
	return b.String()
}

// TestRepeatedFileIsOneDocument: entries naming the same file (however
// written) leave one document, the first, and one problem per file that
// names the entries' lines; the file stays listed.
func TestRepeatedFileIsOneDocument(t *testing.T) {
	dir := t.TempDir()
	files := []string{"p.jpg", "bill.pdf", "./p.jpg", "p.jpg", "sub/../p.jpg", "bill.pdf", "p.jpg", "p.jpg", "p.jpg"}
	writeFiles(t, dir, map[string]string{"kyc.yaml": manifestListing(files...), "p.jpg": "x", "bill.pdf": "x"})
	p := loadDir(t, dir)
	if len(p.Documents) != 2 || p.Documents[0].File != "p.jpg" || p.Documents[1].File != "bill.pdf" {
		t.Fatalf("documents %v, want p.jpg and bill.pdf", p.Documents)
	}
	if p.Documents[0].State != PathOK || p.Documents[0].Line != 3 {
		t.Errorf("kept entry: state %v line %d, want the first (line 3)", p.Documents[0].State, p.Documents[0].Line)
	}
	photo := problemsWith(p.Problems, "p.jpg is listed by 7 entries as an identity document (lines 3, 7, 9, 11, 15 and 2 more); only the first is checked")
	bill := problemsWith(p.Problems, "bill.pdf is listed by 2 entries as an identity document (lines 5, 13)")
	if len(p.Problems) != 2 || len(photo) != 1 || len(bill) != 1 {
		t.Fatalf("want one problem per repeated file:%s", dumpProblems(p.Problems))
	}
	if photo[0].Kind != ManifestProblem || photo[0].File != "kyc.yaml" || photo[0].Line != 7 {
		t.Errorf("problem on %s:%d (%v), want kyc.yaml:7 (the first repeat)", photo[0].File, photo[0].Line, photo[0].Kind)
	}
	if f := fileByName(p, "p.jpg"); f == nil || !f.Listed {
		t.Errorf("p.jpg not listed: %+v", f)
	}
}

// TestDocumentCapWithManifest: a manifest listing more than MaxDocuments
// files gives the first MaxDocuments documents and one problem on the first
// entry left out; the files it names are still listed.
func TestDocumentCapWithManifest(t *testing.T) {
	dir := t.TempDir()
	names := make([]string, MaxDocuments+30)
	files := map[string]string{}
	for i := range names {
		names[i] = fmt.Sprintf("doc%03d.jpg", i)
		files[names[i]] = "x"
	}
	files["kyc.yaml"] = manifestListing(names...)
	writeFiles(t, dir, files)
	p := loadDir(t, dir)
	if len(p.Documents) != MaxDocuments || p.Documents[MaxDocuments-1].File != names[MaxDocuments-1] {
		t.Fatalf("%d documents, want the first %d", len(p.Documents), MaxDocuments)
	}
	msg := fmt.Sprintf("the manifest lists %d documents; only the first %d are checked", len(names), MaxDocuments)
	got := problemsWith(p.Problems, msg)
	if len(p.Problems) != 1 || len(got) != 1 || got[0].Line != 3+2*MaxDocuments {
		t.Fatalf("want one problem %q on line %d:%s", msg, 3+2*MaxDocuments, dumpProblems(p.Problems))
	}
	for _, f := range p.Files {
		if !f.Listed {
			t.Errorf("%s is not listed", f.Name)
		}
	}
}

// TestDocumentCapWithoutManifest: a folder of more document files than
// MaxDocuments is checked for the first MaxDocuments by name.
func TestDocumentCapWithoutManifest(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := 0; i < MaxDocuments+1; i++ {
		files[fmt.Sprintf("photo%03d.jpg", i)] = "x"
	}
	writeFiles(t, dir, files)
	p := loadDir(t, dir)
	if len(p.Documents) != MaxDocuments || p.Documents[0].File != "photo000.jpg" {
		t.Fatalf("%d documents, want %d from photo000.jpg", len(p.Documents), MaxDocuments)
	}
	msg := fmt.Sprintf("the folder holds %d document files; only the first %d (by name) are checked", MaxDocuments+1, MaxDocuments)
	if got := problemsWith(p.Problems, msg); len(p.Problems) != 1 || len(got) != 1 || got[0].File != "" {
		t.Errorf("want one pack-wide problem %q:%s", msg, dumpProblems(p.Problems))
	}
}

// TestFileInTwoRoles: one file listed as an identity document and as a
// proof of address is two documents (address.same-document judges it), but
// a third entry in either role is dropped.
func TestFileInTwoRoles(t *testing.T) {
	dir := t.TempDir()
	manifest := "version: 1\ndocuments:\n  - {file: id.pdf, type: id_card}\n  - {file: id.pdf, type: government_letter}\n" +
		"  - {file: id.pdf, type: utility_bill}\n"
	writeFiles(t, dir, map[string]string{"kyc.yaml": manifest, "id.pdf": "x"})
	p := loadDir(t, dir)
	if len(p.Documents) != 2 || p.Documents[0].Type != IDCard || p.Documents[1].Type != GovernmentLetter {
		t.Fatalf("documents %v, want id.pdf as id_card and as government_letter", p.Documents)
	}
	want := "id.pdf is listed by 2 entries as a proof of address (lines 4, 5); only the first is checked"
	if got := problemsWith(p.Problems, want); len(p.Problems) != 1 || len(got) != 1 || got[0].Line != 5 {
		t.Errorf("want %q on line 5:%s", want, dumpProblems(p.Problems))
	}
}

// TestNULInFileName: a file name holding a NUL byte is an unsafe path, and
// nothing said about it holds the pack's absolute folder.
func TestNULInFileName(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"kyc.yaml": "version: 1\ndocuments:\n  - file: \"p\\0.jpg\"\n    type: passport\n", "p.jpg": "x"})
	p := loadDir(t, dir)
	if len(p.Documents) != 1 {
		t.Fatalf("documents %v:%s", p.Documents, dumpProblems(p.Problems))
	}
	d := p.Documents[0]
	if d.State != PathUnsafe || strings.Contains(d.StateErr, dir) {
		t.Errorf("state %v, %q; want PathUnsafe without the folder", d.State, d.StateErr)
	}
}
