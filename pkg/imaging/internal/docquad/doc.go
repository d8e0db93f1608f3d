// Package docquad finds the outline of a document (an ID-1 card, a passport
// page, a sheet of paper) in a photo's working plane, for the image.cropped
// and image.framing rules.
//
// The plane is reduced to about 330 px on its long side, its Sobel gradient is
// thinned to edge pixels, and straight lines are found with a Hough transform
// whose votes follow each pixel's gradient direction. Every line keeps a
// support profile: for each pixel step along it, whether an edge of the same
// orientation lies there and which way its contrast runs. Any stretch of the
// line can then be scored in constant time, so every four-sided shape made of
// two roughly parallel pairs can be tried. The image borders count as
// possible sides, so that a document running out of the frame is still a
// shape: three real sides (or two adjacent ones) and the border.
//
// A shape's Score is the share of its real sides' length that is backed by
// edges with the contrast running the same way along each side, lowered when
// the sides disagree on which way the contrast runs, when the shape's
// proportions are far from those of a card, a passport page or a sheet of
// paper, and for each side taken from the image border. Among shapes the one
// with the highest score times the square root of its area wins, so that a
// document beats its own photo and boxes. Find reports a document only when
// that shape scores at least MinScore, a cut-off one only at MinCutScore,
// and one of which only a corner shows only at MinCornerScore: with weaker
// evidence it reports nothing rather than a guess.
//
// On a tight scan the document is the frame itself, which is no shape, and
// the best shape is a box printed on it: the portrait, a field box, the
// machine-readable zone. Such a box has print all round it, edges running
// along its own axes out to the frame, where a document lies on a desk
// whose clutter, if any, lies at any angle; and a zone is thinner than any
// document. A whole shape like that is reported as nothing.
//
// A shape running out of the frame with print beyond every real side it
// shows, as a column of a page's text has, is such a box on a page that
// runs out of the frame: it is reported as OnPage, a place to measure on,
// never as a document cut off.
//
// A shape runs out of the frame only when its real sides are clearly backed
// by edges, agree on which way the contrast runs, and carry on straight right
// up to the border (a card's rounded corner near the border does not), and
// when no edge parallel to the border closes it off inside the frame. A
// corner less than 3 % of the frame beyond a border does not count as out.
package docquad
