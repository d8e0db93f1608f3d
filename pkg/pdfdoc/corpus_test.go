package pdfdoc

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kyclint/kyclint/pkg/internal/corpus"
)

// corpusWant is what SOURCES.md §5 says each real file must give.
type corpusWant struct {
	encrypted, corrupt bool
	header             bool // a %PDF- header is present
}

var corpusFiles = map[string]corpusWant{
	"pypdf/resources/encryption/r2-user-password.pdf":     {encrypted: true, header: true},
	"pypdf/resources/encryption/r4-aes-user-password.pdf": {encrypted: true, header: true},
	"pypdf/resources/encryption/r6-user-password.pdf":     {encrypted: true, header: true},
	"pypdf/resources/encryption/r6-owner-password.pdf":    {encrypted: true, header: true},
	"pypdf/resources/encryption/r6-empty-password.pdf":    {encrypted: true, header: true},
	"pypdf/resources/encryption/unencrypted.pdf":          {header: true},
	"pypdf/resources/crazyones-encrypted-256.pdf":         {encrypted: true, header: true},
	"pypdf/resources/encrypted-file.pdf":                  {encrypted: true, header: true},
	"pypdf/resources/issue-297.pdf":                       {corrupt: true, header: true},
	"pypdf/resources/crazyones.pdf":                       {header: true},
	"pypdf/resources/hello-world.pdf":                     {header: true},
	"pypdf/resources/jpeg.pdf":                            {header: true},
	"qpdf/qpdf/qtest/qpdf/bad1.pdf":                       {corrupt: true},
	"qpdf/qpdf/qtest/qpdf/bad2.pdf":                       {corrupt: true, header: true},
	"qpdf/qpdf/qtest/qpdf/bad3.pdf":                       {corrupt: true, header: true},
	"qpdf/qpdf/qtest/qpdf/bad4.pdf":                       {corrupt: true, header: true},
	"qpdf/qpdf/qtest/qpdf/bad5.pdf":                       {corrupt: true, header: true},
	"qpdf/qpdf/qtest/qpdf/bad10.pdf":                      {corrupt: true, header: true},
	"qpdf/qpdf/qtest/qpdf/bad12.pdf":                      {corrupt: true, header: true},
	// Its last startxref is followed by "oops" instead of an offset.
	"qpdf/qpdf/qtest/qpdf/append-page-content-damaged.pdf":  {corrupt: true, header: true},
	"pdfcpu/pkg/testdata/empty.pdf":                         {header: true},
	"pdfcpu/pkg/testdata/test.pdf":                          {header: true},
	"pdfcpu/pkg/testdata/blank-scan.pdf":                    {header: true},
	"pdfcpu/pkg/testdata/testImage.pdf":                     {header: true},
	"../specimens/passporteye/tests-data/pdf-with-jpg.pdf":  {header: true},
	"../specimens/passporteye/tests-data/pdf-with-png.pdf":  {header: true},
	"../specimens/passporteye/tests-data/pdf-with-none.pdf": {header: true},
}

func TestCorpus(t *testing.T) {
	dir := corpus.Dir(t, "pdf")
	for rel, want := range corpusFiles {
		t.Run(rel, func(t *testing.T) {
			f, err := os.Open(filepath.Join(dir, filepath.FromSlash(rel)))
			if err != nil {
				t.Skipf("not in this corpus: %v", err)
			}
			defer f.Close()
			st, err := f.Stat()
			if err != nil {
				t.Fatal(err)
			}
			info, err := Inspect(f, st.Size())
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("encrypted=%v revisions=%d pages=%d producer=%q problems=%v", info.Encrypted, info.Revisions, info.Pages, info.Producer, info.Problems)
			if info.Encrypted != want.encrypted || info.Corrupt() != want.corrupt {
				t.Errorf("encrypted=%v corrupt=%v, want encrypted=%v corrupt=%v", info.Encrypted, info.Corrupt(), want.encrypted, want.corrupt)
			}
			if (info.Version != "") != want.header {
				t.Errorf("version %q, want a header: %v", info.Version, want.header)
			}
			if !want.corrupt && !want.encrypted && info.Producer == "" && info.Creator == "" {
				t.Error("a clean file gave neither Producer nor Creator")
			}
		})
	}
}
