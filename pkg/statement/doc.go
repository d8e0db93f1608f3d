// Package statement finds, in the text of a proof of address (a bank
// statement, a utility bill, a tax notice), what a reviewer checks: who it is
// addressed to, the address it was sent to, and the date it was issued.
//
// It works on plain text, pages in reading order as a PDF text layer gives
// them, and compares what it finds the way the rules do: names with
// names.Compare as identity.name and address.name do, addresses with
// address.Compare as address.match does. Work is bounded: the input is cut to
// fixed limits (see maxPages, maxPageBytes, maxLines) before any search, and
// every search is linear in what is left.
package statement
