package cli

import (
	"context"
	"errors"
)

var errNotYet = errors.New("not implemented yet")

func runIngest(ctx context.Context, env Env, args []string) error      { return errNotYet }
func runRecode(ctx context.Context, env Env, args []string) error      { return errNotYet }
func runFailures(ctx context.Context, env Env, args []string) error    { return errNotYet }
func runEvents(ctx context.Context, env Env, args []string) error      { return errNotYet }
func runPeople(ctx context.Context, env Env, args []string) error      { return errNotYet }
func runPerson(ctx context.Context, env Env, args []string) error      { return errNotYet }
func runCommitments(ctx context.Context, env Env, args []string) error { return errNotYet }
func runDialogues(ctx context.Context, env Env, args []string) error   { return errNotYet }
func runReport(ctx context.Context, env Env, args []string) error      { return errNotYet }
func runSearch(ctx context.Context, env Env, args []string) error      { return errNotYet }
