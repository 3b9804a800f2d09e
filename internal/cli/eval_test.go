package cli

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func sharedDev(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "eval", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("skipping: %s is absent", dir)
	}
	return dir
}

// TestEvalAgreesWithReferee codes every dev gold set, scores the output
// with accord eval and with ../shared/eval/score.py, and compares every
// figure.
func TestEvalAgreesWithReferee(t *testing.T) {
	dev := sharedDev(t)
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 is not installed")
	}
	golds, _ := filepath.Glob(filepath.Join(dev, "*.jsonl"))
	if len(golds) == 0 {
		t.Skipf("skipping: no gold files in %s", dev)
	}
	for _, gold := range golds {
		t.Run(filepath.Base(gold), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.jsonl")
			if code, _, errs := run(t, "", "code", "-o", out, gold); code != 0 {
				t.Fatalf("code: exit %d: %s", code, errs)
			}
			code, ours, errs := run(t, "", "eval", "--gold", gold, "--system", out, "--json")
			if code != 0 {
				t.Fatalf("eval: exit %d: %s", code, errs)
			}
			ref, err := exec.Command(py, filepath.Join(dev, "..", "score.py"), "--gold", gold, "--system", out, "--json").Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			var a, b map[string]any
			if err := json.Unmarshal([]byte(ours), &a); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(ref, &b); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a, b) {
				t.Errorf("accord eval and score.py disagree:\naccord: %s\nscore.py: %s", ours, ref)
			}
			// coding the gold texts in-process gives the same figures
			_, direct, _ := run(t, "", "eval", "--gold", gold, "--json")
			if strings.TrimSpace(direct) != strings.TrimSpace(ours) {
				t.Errorf("eval without --system differs from eval of coded output:\n%s\n%s", direct, ours)
			}
		})
	}
}

func TestEvalMisses(t *testing.T) {
	gold := filepath.Join("..", "e2e", "testdata", "minicorpus.jsonl")
	code, out, errs := run(t, "", "eval", "--gold", gold, "--show-misses")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"persons ", "events ", "gold \\ system"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
