// Package read turns input files into accord.Documents.
//
// In: paths named on the command line (files, directories walked in lexical
// order, or "-" for standard input) holding reports in one of three shapes:
// JSON Lines articles {"id","date","title","text","url","source"} (other
// fields ignored), the seed format (`date YYYY-MM-DD` then the report), or
// plain text. Out: one accord.Document per report, handed to a callback as it
// is read, with Origin naming the file and, for JSON Lines, the line.
//
// Guarantees: the text is kept byte for byte as read (only a UTF-8 byte order
// mark at the start of a file is dropped), so offsets computed later refer to
// it; every Document has a non-blank, valid UTF-8 text. A bad document or
// line (invalid JSON, no text, bad date, invalid UTF-8, over-long line) is
// reported as a *DocError naming file and line, and reading goes on with the
// next one. JSON Lines input is streamed line by line, never held whole.
package read
