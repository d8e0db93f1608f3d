// Package realtest reads the MRZ characters of the realset specimens with
// the locator's strips and cells. It holds only a test, kept apart from
// package ocrb so that ocrb's own tests do not depend on the locator.
package realtest
