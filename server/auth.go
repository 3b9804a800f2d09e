package server

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Writing needs the token the server was started with, sent either as
// "Authorization: Bearer <token>" (scripts, curl) or through the login
// form, which sets a signed session cookie. A form posted with the session
// cookie must carry the CSRF token of the page that showed it; the cookie
// is SameSite=Lax and HttpOnly, and writes that a browser marks as coming
// from another site are refused before that (http.CrossOriginProtection).

const (
	sessionCookie = "accord_session"
	csrfCookie    = "accord_csrf"
	csrfField     = "csrf"
	csrfHeader    = "X-CSRF-Token"
	authorHeader  = "X-Accord-Author"
	sessionLife   = 12 * time.Hour
	maxAuthor     = 64
)

// keys are the server's secrets.
type keys struct {
	token   [32]byte // SHA-256 of the token, compared in constant time
	session []byte   // signs session cookies; derived from the token, so sessions outlive a restart
	csrf    []byte   // signs CSRF tokens; new with every start
}

func newKeys(token string) (keys, error) {
	k := keys{token: sha256.Sum256([]byte(token))}
	m := hmac.New(sha256.New, []byte(token))
	m.Write([]byte("accord session cookie v1"))
	k.session = m.Sum(nil)
	k.csrf = make([]byte, 32)
	if _, err := rand.Read(k.csrf); err != nil {
		return k, err
	}
	return k, nil
}

func mac(key []byte, parts ...string) []byte {
	m := hmac.New(sha256.New, key)
	for _, p := range parts {
		m.Write([]byte(p))
		m.Write([]byte{0})
	}
	return m.Sum(nil)
}

var b64 = base64.RawURLEncoding

// checkToken compares a token with the server's in constant time.
func (s *Server) checkToken(tok string) bool {
	if s.token == "" || tok == "" {
		return false
	}
	sum := sha256.Sum256([]byte(tok))
	return subtle.ConstantTimeCompare(sum[:], s.keys.token[:]) == 1
}

// newSession is the value of a session cookie for name, valid until exp.
func (s *Server) newSession(name string, exp time.Time) string {
	n, e := b64.EncodeToString([]byte(name)), strconv.FormatInt(exp.Unix(), 10)
	return n + "." + e + "." + b64.EncodeToString(mac(s.keys.session, n, e))
}

// session returns the name of the signed-in analyst, if any.
func (s *Server) session(r *http.Request) (string, bool) {
	if s.ReadOnly() {
		return "", false
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil {
		return "", false
	}
	parts := strings.Split(c.Value, ".")
	if len(parts) != 3 {
		return "", false
	}
	sig, err := b64.DecodeString(parts[2])
	if err != nil || !hmac.Equal(sig, mac(s.keys.session, parts[0], parts[1])) {
		return "", false
	}
	exp, err := strconv.ParseInt(parts[1], 10, 64)
	if err != nil || s.now().Unix() > exp {
		return "", false
	}
	name, err := b64.DecodeString(parts[0])
	if err != nil {
		return "", false
	}
	return string(name), true
}

// csrfToken returns the CSRF token forms of this page carry: a signature of
// the browser's CSRF cookie, which is set when missing.
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && len(c.Value) >= 32 {
		return b64.EncodeToString(mac(s.keys.csrf, c.Value))
	}
	raw := make([]byte, 24)
	rand.Read(raw)
	v := b64.EncodeToString(raw)
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: v, Path: "/", HttpOnly: true, Secure: r.TLS != nil,
		SameSite: http.SameSiteLaxMode})
	r.AddCookie(&http.Cookie{Name: csrfCookie, Value: v}) // later calls for this request agree
	return b64.EncodeToString(mac(s.keys.csrf, v))
}

// checkCSRF reports whether tok is the CSRF token of the request's cookie.
func (s *Server) checkCSRF(r *http.Request, tok string) bool {
	c, err := r.Cookie(csrfCookie)
	if err != nil || len(c.Value) < 32 || tok == "" {
		return false
	}
	got, err := b64.DecodeString(tok)
	return err == nil && hmac.Equal(got, mac(s.keys.csrf, c.Value))
}

// authorize checks that a request may write, and returns who writes. With
// form set, the CSRF token is read from the posted form, else from the
// X-CSRF-Token header; a bearer token needs none.
func (s *Server) authorize(r *http.Request, form bool) (string, error) {
	if s.ReadOnly() {
		return "", errorf(http.StatusForbidden, "this server is read-only: it was started without ACCORD_TOKEN, so it accepts no reports and no corrections")
	}
	if h := r.Header.Get("Authorization"); h != "" {
		tok, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || !s.checkToken(strings.TrimSpace(tok)) {
			return "", &httpError{status: http.StatusUnauthorized, message: "wrong token: send Authorization: Bearer TOKEN, with the server's ACCORD_TOKEN"}
		}
		return cleanAuthor(r.Header.Get(authorHeader)), nil
	}
	name, ok := s.session(r)
	if !ok {
		return "", &httpError{status: http.StatusUnauthorized,
			message: "sign in first (the login form at /login) or send the token as Authorization: Bearer TOKEN"}
	}
	tok := r.Header.Get(csrfHeader)
	if form {
		tok = r.PostFormValue(csrfField)
	}
	if !s.checkCSRF(r, tok) {
		return "", errorf(http.StatusForbidden, "the CSRF token is missing or stale: reload the page and submit the form again")
	}
	return name, nil
}

// cleanAuthor keeps a printable name of at most maxAuthor runes.
func cleanAuthor(name string) string {
	name = strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) {
			return r
		}
		return -1
	}, strings.TrimSpace(name))
	if rs := []rune(name); len(rs) > maxAuthor {
		name = string(rs[:maxAuthor])
	}
	return name
}

// login checks the token of the login form and sets the session cookie.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		s.writeError(w, r, err)
		return
	}
	next := safeNext(r.PostFormValue("next"))
	data := loginData{Next: next, Name: cleanAuthor(r.PostFormValue("name"))}
	switch {
	case s.ReadOnly():
		data.Error = "This server is read-only: it was started without ACCORD_TOKEN, so there is nothing to sign in to."
		s.renderStatus(w, r, http.StatusForbidden, "login", data)
		return
	case !s.checkCSRF(r, r.PostFormValue(csrfField)):
		data.Error = "The form's CSRF token is missing or stale: submit it again."
		s.renderStatus(w, r, http.StatusForbidden, "login", data)
		return
	case data.Name == "":
		data.Error = "Give your name: corrections are kept with it."
		s.renderStatus(w, r, http.StatusBadRequest, "login", data)
		return
	case !s.checkToken(r.PostFormValue("token")):
		time.Sleep(300 * time.Millisecond) // slows guessing down
		data.Error = "Wrong token."
		s.renderStatus(w, r, http.StatusUnauthorized, "login", data)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: s.newSession(data.Name, s.now().Add(sessionLife)), Path: "/",
		MaxAge: int(sessionLife.Seconds()), HttpOnly: true, Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, next, http.StatusSeeOther)
}

// logout clears the session cookie.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		s.writeError(w, r, err)
		return
	}
	if !s.checkCSRF(r, r.PostFormValue(csrfField)) {
		s.writeError(w, r, errorf(http.StatusForbidden, "the CSRF token is missing or stale: reload the page and sign out again"))
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true,
		Secure: r.TLS != nil, SameSite: http.SameSiteLaxMode})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// loginData is the login form's data.
type loginData struct {
	Next  string
	Name  string
	Error string
}

func (s *Server) loginForm(r *http.Request) (any, error) {
	return loginData{Next: safeNext(r.URL.Query().Get("next"))}, nil
}

// safeNext keeps a redirect target on this server: a path, not a URL.
func safeNext(next string) string {
	if next == "" || !strings.HasPrefix(next, "/") || strings.HasPrefix(next, "//") || strings.ContainsAny(next, "\\\r\n") {
		return "/"
	}
	u, err := url.Parse(next)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return "/"
	}
	return next
}

// write serves a writing API route: authorized, it runs fn with the
// author's name.
func (s *Server) write(fn func(w http.ResponseWriter, r *http.Request, author string) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		author, err := s.authorize(r, false)
		if err == nil {
			err = fn(w, r, author)
		}
		if err != nil {
			if he, ok := err.(*httpError); ok && he.status == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", `Bearer realm="accord"`)
			}
			s.writeError(w, r, err)
		}
	})
}

// form serves a form post: the form is parsed (within the body limit),
// the session and CSRF token checked, then fn runs with the author's name.
func (s *Server) form(fn func(w http.ResponseWriter, r *http.Request, author string) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var err error
		if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/form-data") {
			err = r.ParseMultipartForm(s.opts.MaxBodyBytes)
		} else {
			err = r.ParseForm()
		}
		if err != nil {
			s.writeError(w, r, formError(err))
			return
		}
		author, err := s.authorize(r, true)
		if err == nil {
			err = fn(w, r, author)
		}
		if err != nil {
			s.writeError(w, r, err)
		}
	})
}

// formError explains a form that could not be read.
func formError(err error) error {
	if _, msg, _, _ := classify(err); strings.Contains(err.Error(), "too large") || strings.HasPrefix(msg, "the request body is larger") {
		return errorf(http.StatusRequestEntityTooLarge, "the form is too large: %v", err)
	}
	return badRequest("the form could not be read: %v", err)
}
