// Package analysis holds the work several rules share on one document: the
// decoded image and its measurements, the parsed MRZ, the PDF's structure
// and the file's hash. Each is a lint.Analysis with a Go result type,
// computed at most once per document per lint; a rule lists the ones it
// reads in its Requires.
//
// Rules import this package; it imports only the leaf packages that do the
// work (imaging, mrz, pdfdoc, pack), never a rule package.
package analysis
