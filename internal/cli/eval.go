package cli

import (
	"context"
	"fmt"
)

func runEval(ctx context.Context, env Env, args []string) error {
	return fmt.Errorf("not yet")
}
