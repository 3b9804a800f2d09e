// Command accord codes news reports about diplomacy, law enforcement and
// security cooperation into persons, events, commitments and dialogues.
// Run "accord help" for the commands.
package main

import (
	"context"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/accord-events/accord/internal/cli"
)

// gcPercent is the garbage collector's target, when GOGC is not set, for
// the commands that code reports in bulk. Coding keeps a small live heap (the
// dictionaries, about 30 MB) and makes much short-lived garbage, so
// collecting at 4x rather than 2x the live heap saves about a tenth of the
// CPU time for some 40 MB more memory. ingest and recode, which wait on the
// store, and the server, whose live heap is its cache, keep Go's default.
const gcPercent = 400

var bulkCommands = map[string]bool{"code": true, "bench": true, "eval": true}

func main() {
	if os.Getenv("GOGC") == "" && len(os.Args) > 1 && bulkCommands[os.Args[1]] {
		debug.SetGCPercent(gcPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := cli.Run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}
