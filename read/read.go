package read

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/accord-events/accord"
)

// DefaultMaxBytes is the largest JSON Lines record or text file read when
// Options.MaxBytes is zero; real articles are a few kilobytes, so anything
// near it is almost surely not a report.
const DefaultMaxBytes = 64 << 20

// Options say how to read inputs; the zero value is ready to use.
type Options struct {
	// Date is the date given to documents that carry none (plain text
	// files, JSON Lines records without a date); zero means none.
	Date time.Time

	// Stdin is what the path "-" reads; nil makes "-" an error.
	Stdin io.Reader

	// MaxBytes caps one JSON Lines line or one text file; 0 means
	// DefaultMaxBytes. Larger inputs are reported as ErrTooLong.
	MaxBytes int
}

func (o Options) maxBytes() int {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// Reasons a document is rejected, for errors.Is on a DocError.
var (
	ErrNoText      = errors.New("no text")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrBadJSON     = errors.New("bad JSON")
	ErrBadDate     = errors.New("bad date")
	ErrTooLong     = errors.New("too long")
)

// A DocError is a problem with one document or line of input, or with one
// path; reading goes on with the next.
type DocError struct {
	Origin accord.Origin
	Err    error
}

// Error reads "read FILE line N: msg", or "read FILE: msg" for a whole file.
func (e *DocError) Error() string {
	msg := "unknown problem"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	return "read " + e.Origin.String() + ": " + msg
}

func (e *DocError) Unwrap() error { return e.Err }

func docErr(path string, line int, err error) *DocError {
	return &DocError{Origin: accord.Origin{Path: path, Line: line}, Err: err}
}

// Paths reads every document under paths, in order, and calls fn with each
// document, or with a zero Document and a *DocError for each bad document,
// line or path (a path that does not exist or cannot be read is a DocError
// too, and reading goes on with the next path). A directory is walked in
// lexical order, reading *.jsonl and *.ndjson as JSON Lines and *.txt,
// *.text and files without extension as text; hidden entries, other
// extensions and symbolic links to directories are skipped. A file named in
// paths is read whatever its extension: JSON Lines if its first non-blank
// byte is '{', else text; so is "-", which reads opts.Stdin.
//
// Paths returns only what stops everything: the error fn returns (as is),
// or ctx.Err() once ctx is done, checked before each document.
func Paths(ctx context.Context, paths []string, opts Options, fn func(doc accord.Document, err error) error) error {
	emit := func(doc accord.Document, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		return fn(doc, err)
	}
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := readPath(p, opts, emit); err != nil {
			return err
		}
	}
	return nil
}

// A Tally counts what Paths read.
type Tally struct {
	Docs      int   // documents read
	Errors    int   // DocErrors reported
	TextBytes int64 // bytes of text in the documents
}

// Count reads paths as Paths does and counts documents, errors and text
// bytes, keeping nothing; it returns an error only when ctx is done.
func Count(ctx context.Context, paths []string, opts Options) (Tally, error) {
	var t Tally
	err := Paths(ctx, paths, opts, func(doc accord.Document, err error) error {
		if err != nil {
			t.Errors++
			return nil
		}
		t.Docs++
		t.TextBytes += int64(len(doc.Text))
		return nil
	})
	return t, err
}

// kind is how a file is read.
type kind int

const (
	kindSkip  kind = iota
	kindSniff      // look at the first non-blank byte
	kindJSONL
	kindText
)

// kindOf picks the reader for a file met while walking a directory.
func kindOf(name string) kind {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".ndjson":
		return kindJSONL
	case ".txt", ".text", "":
		return kindText
	}
	return kindSkip
}

// readPath reads one command-line path; it returns only stop errors.
func readPath(p string, opts Options, emit func(accord.Document, error) error) error {
	if p == "-" {
		if opts.Stdin == nil {
			return emit(accord.Document{}, docErr(p, 0, errors.New("no standard input to read; pass file names instead of -")))
		}
		return readStream(opts.Stdin, p, kindSniff, 0, opts, emit)
	}
	fi, err := os.Stat(p)
	if err != nil {
		return emit(accord.Document{}, docErr(p, 0, fmt.Errorf("%w; check the path", pathCause(err))))
	}
	if fi.IsDir() {
		if li, err := os.Lstat(p); err == nil && li.Mode()&fs.ModeSymlink != 0 && !strings.HasSuffix(p, string(filepath.Separator)) {
			// WalkDir does not follow a link, even at the root; a trailing
			// separator makes the system follow it, and named links are meant.
			p += string(filepath.Separator)
		}
		return walk(p, opts, emit)
	}
	k := kindOf(p)
	if k != kindJSONL {
		k = kindSniff
	}
	return readFile(p, k, opts, emit)
}

// walk reads the files under root in lexical order.
func walk(root string, opts Options, emit func(accord.Document, error) error) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			// A directory that cannot be listed is reported once and skipped.
			return emit(accord.Document{}, docErr(path, 0, fmt.Errorf("%w; check its permissions", pathCause(err))))
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		k := kindOf(d.Name())
		if k == kindSkip {
			return nil
		}
		switch t := d.Type(); {
		case t&fs.ModeSymlink != 0:
			// Following links to directories could loop; links to files are read.
			fi, err := os.Stat(path)
			if err != nil {
				return emit(accord.Document{}, docErr(path, 0, fmt.Errorf("%w; fix or remove the link", pathCause(err))))
			}
			if !fi.Mode().IsRegular() {
				return nil
			}
		case !t.IsRegular():
			return nil // sockets, devices, pipes
		}
		return readFile(path, k, opts, emit)
	})
}

// pathCause drops the *fs.PathError wrapper, whose path the DocError
// already names.
func pathCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func readFile(path string, k kind, opts Options, emit func(accord.Document, error) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(accord.Document{}, docErr(path, 0, fmt.Errorf("%w; check the file's permissions", pathCause(err))))
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	return readStream(f, path, k, size, opts, emit)
}

// readStream reads r, of size bytes if above zero, as kind k; it returns
// only stop errors, reporting read failures through emit.
func readStream(r io.Reader, name string, k kind, size int64, opts Options, emit func(accord.Document, error) error) error {
	if k == kindSniff {
		br := bufio.NewReaderSize(r, sniffBufSize)
		r = br
		k = kindText
		if sniffJSON(br) {
			k = kindJSONL
		}
	}
	if k == kindJSONL {
		ioErr, stop := jsonLines(r, name, opts, emit)
		if stop != nil {
			return stop
		}
		if ioErr != nil {
			return emit(accord.Document{}, ioErr)
		}
		return nil
	}
	doc, err := textFile(r, name, size, opts)
	return emit(doc, err)
}

// baseID is a document id made from a file name: the base name without
// extension, or "stdin" for "-".
func baseID(name string) string {
	if name == "-" {
		return "stdin"
	}
	base := filepath.Base(name)
	if id := strings.TrimSuffix(base, filepath.Ext(base)); id != "" {
		return id
	}
	return base // ".txt" would give an empty id
}
