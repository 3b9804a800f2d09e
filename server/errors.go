package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/accord-events/accord/store"
)

// An httpError is an error with the status code and the message the client
// is to see.
type httpError struct {
	status  int
	message string
	extra   map[string]any // more fields of the JSON error
}

func (e *httpError) Error() string { return e.message }

// errorf makes an httpError.
func errorf(status int, format string, args ...any) *httpError {
	return &httpError{status: status, message: fmt.Sprintf(format, args...)}
}

// badRequest is a 400 error: a parameter the server cannot use.
func badRequest(format string, args ...any) *httpError {
	return errorf(http.StatusBadRequest, format, args...)
}

// classify turns an error into the status and message to send, and says
// whether it is the server's fault (to be logged).
func classify(err error) (status int, message string, extra map[string]any, internal bool) {
	var he *httpError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &he):
		return he.status, he.message, he.extra, false
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, fmt.Sprintf("the request body is larger than %d bytes", mbe.Limit), nil, false
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error(), nil, false
	case errors.Is(err, store.ErrAmbiguous):
		return http.StatusConflict, err.Error() + " (give the id)", nil, false
	case errors.Is(err, store.ErrBadCorrection):
		return http.StatusBadRequest, err.Error(), nil, false
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, "the request was cancelled or took too long", nil, false
	}
	return http.StatusInternalServerError, "internal error: the server's log has the details", nil, true
}

// apiError is the JSON error body.
type apiError struct {
	Status int    `json:"status"`
	Error  string `json:"error"`
}

// writeError sends err as JSON to API clients and as a page to browsers.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status, msg, extra, internal := classify(err)
	if internal {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if isAPI(r) {
		writeJSONError(w, status, msg, extra)
		return
	}
	s.renderStatus(w, r, status, "error", errorPage{Status: status, StatusText: http.StatusText(status), Message: msg})
}

// writeJSONError writes {"status": ..., "error": ..., extra fields}.
func writeJSONError(w http.ResponseWriter, status int, msg string, extra map[string]any) {
	body := map[string]any{"status": status, "error": msg}
	for k, v := range extra {
		body[k] = v
	}
	writeJSON(w, status, body)
}

// errorPage is the data of the error page.
type errorPage struct {
	Status     int    `json:"status"`
	StatusText string `json:"status_text"`
	Message    string `json:"error"`
}

// isAPI reports whether a request is for the API.
func isAPI(r *http.Request) bool {
	return r.URL.Path == "/api" || strings.HasPrefix(r.URL.Path, "/api/")
}

// writeJSON writes v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"status":500,"error":"internal error: the response could not be encoded"}`)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}
