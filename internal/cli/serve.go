package cli

import "context"

func runServe(ctx context.Context, env Env, args []string) error { return errNotYet }
