package server

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed static
var staticFS embed.FS

// assets are the embedded static files, served under names that carry a
// hash of their content ("app.3f2a9c1b.css") so that browsers may keep them
// for good: a changed file has a new name.
type assets struct {
	byHashed map[string]asset  // "app.3f2a9c1b.css" -> file
	urls     map[string]string // "app.css" -> "/static/app.3f2a9c1b.css"
}

type asset struct {
	name string
	data []byte
	mime string
}

func loadAssets() (*assets, error) {
	a := &assets{byHashed: map[string]asset{}, urls: map[string]string{}}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "static/")
		sum := sha256.Sum256(data)
		ext := path.Ext(name)
		hashed := strings.TrimSuffix(name, ext) + "." + hex.EncodeToString(sum[:])[:12] + ext
		typ := mime.TypeByExtension(ext)
		if typ == "" {
			typ = "application/octet-stream"
		}
		a.byHashed[hashed] = asset{name: name, data: data, mime: typ}
		a.urls[name] = "/static/" + hashed
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("static files: %w", err)
	}
	return a, nil
}

// url is the hashed URL of a static file; it panics on a name that is not
// embedded, which the templates' test catches.
func (a *assets) url(name string) string {
	u, ok := a.urls[name]
	if !ok {
		panic(fmt.Sprintf("no static file %q", name))
	}
	return u
}

// ServeHTTP serves a static file by its hashed name.
func (a *assets) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f, ok := a.byHashed[r.PathValue("name")]
	if !ok {
		writeJSONError(w, http.StatusNotFound, "no such file: "+r.URL.Path, nil)
		return
	}
	w.Header().Set("Content-Type", f.mime)
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	http.ServeContent(w, r, f.name, time.Time{}, bytes.NewReader(f.data))
}
