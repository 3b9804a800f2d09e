package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/accord-events/accord/pipeline"
	"github.com/accord-events/accord/server"
)

const serveHelp = `
Serves the web interface and the HTTP API over the stored record: an
overview, country pairs with their timelines, people with their title
histories, dialogues with their sessions, the commitments board, reports
with their facts highlighted, search and the country network, and forms to
add reports and corrections. Every page's data is JSON under /api/
(docs/API.md). Everything the pages need is in the binary.

It listens on the loopback interface unless --addr says otherwise, and then
answers only to loopback host names (--allow-host adds one). Writing
(adding a report, a correction) needs the token in the environment variable
ACCORD_TOKEN, sent as "Authorization: Bearer <token>" or through the login
form; without ACCORD_TOKEN the server is read-only. A SQLite record that
does not exist yet is created, empty, for reports added through the server.

Examples:
  accord serve
  ACCORD_TOKEN=$(openssl rand -hex 16) accord serve --db pk.db
  accord serve --addr 0.0.0.0:8080 --allow-host accord.internal`

// TokenEnv is the environment variable that holds the token writing needs.
const TokenEnv = "ACCORD_TOKEN"

func runServe(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "serve", "[flags]", serveHelp)
	db := addDBFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "listen on `HOST:PORT`")
	var lexicons, hosts listFlag
	fs.Var(&lexicons, "lexicon", "add a lexicon `FILE` for coding added reports (docs/LEXICON.md); repeatable")
	fs.Var(&hosts, "allow-host", "also answer to the host `NAME` (a DNS name the server is reached by); repeatable")
	maxBody := fs.Int64("max-body", server.DefaultMaxBodyBytes, "refuse request bodies over `BYTES` (a pasted report, a correction)")
	quiet := fs.Bool("quiet", false, "do not log every request")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return fmt.Errorf("%w: serve takes flags only, not %q", errUsage, rest[0])
	}
	if *maxBody <= 0 {
		return fmt.Errorf("%w: --max-body must be positive", errUsage)
	}
	p, err := pipeline.New(pipeline.Options{LexiconFiles: lexicons})
	if err != nil {
		return err
	}
	st, err := openRecord(ctx, *db, p.Lex)
	if err != nil {
		return err
	}
	defer st.Close()

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	defer ln.Close()
	host, _, _ := net.SplitHostPort(ln.Addr().String())
	allowed := []string(hosts)
	loopback := isLoopbackHost(host)
	if loopback {
		flagHost, _, _ := net.SplitHostPort(*addr)
		allowed = append(allowed, "localhost", "127.0.0.1", "::1", host, flagHost)
	} else if len(hosts) == 0 {
		allowed = nil // any name: the operator chose to be reachable
	}
	level := slog.LevelInfo
	if *quiet {
		level = slog.LevelWarn
	}
	logger := slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: level}))
	token := os.Getenv(TokenEnv)
	srv, err := server.New(st, p, token, server.Options{Engine: engineName(), Logger: logger, MaxBodyBytes: *maxBody,
		AllowedHosts: allowed})
	if err != nil {
		return err
	}
	hs := &http.Server{
		Handler:           srv,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	mode := "writes need the token in " + TokenEnv
	if token == "" {
		mode = "read-only: set " + TokenEnv + " to allow writes"
	}
	fmt.Fprintf(env.Stdout, "accord serve: http://%s/ (record %s; %s)\n", ln.Addr(), redactDSN(dbName(*db)), mode)
	if !loopback {
		fmt.Fprintf(env.Stderr, "accord serve: warning: %s is not a loopback address: anyone who can reach it can read the record\n", ln.Addr())
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		hs.Shutdown(sctx)
	}()
	err = hs.Serve(ln)
	if errors.Is(err, http.ErrServerClosed) {
		<-done
		return nil
	}
	return err
}

// isLoopbackHost reports whether a listening host is a loopback address.
func isLoopbackHost(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
