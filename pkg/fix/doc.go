// Package fix turns a lint report into a remedy: Build plans a corrected
// copy of a pack, Plan.Apply writes it to another folder without touching
// the pack, and Skeleton writes the kyc.yaml a person fills in for a folder
// of documents.
//
// What a fix corrects, for the documents a pack lists:
//
//   - A JPEG whose only faults are a GPS location in its metadata, or a size
//     its metadata pushes over file.size's max_bytes, loses its metadata
//     segments (EXIF, XMP, IPTC, comments, pictures appended after its end)
//     and keeps its compressed image data byte for byte: the pixels are
//     exactly the photo's.
//   - Any other photo over max_bytes is re-encoded as JPEG. The quality
//     is lowered first, through Qualities (92, 85, 78, 70), and the size
//     second, in steps that keep ScaleStep (80 %) of the width and height.
//     It never goes below QualityFloor (70: lower, the 8×8 JPEG blocks eat
//     the strokes of small print and MRZ characters) nor below
//     image.dimensions' min_short_side. A photo that cannot fit is copied
//     unchanged, and the plan says so.
//   - PNG, WebP, TIFF, BMP or GIF becomes JPEG where file.format refuses the
//     format for the document's category but accepts JPEG.
//   - A photo stored sideways or upside down is turned upright from its EXIF
//     orientation. Every re-encoded image loses its metadata, GPS location
//     included; an accepted PNG stays a (lossless) PNG.
//   - A file whose extension lies about its content is renamed, and the
//     `file:` value of its entry rewritten in the copied manifest's text;
//     nothing else of the manifest changes.
//
// fix never launders evidence: a photo whose EXIF names an image editor is
// copied byte for byte, GPS location and all. What only a person can judge
// (blur, exposure, glare, expiry, names, dates) is left to the person.
package fix
