package eval_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/accord-events/accord/eval"
)

func Example() {
	gold := `{"id": "d1", "text": "Pakistan and the United States agreed to hold talks.", ` +
		`"events": [{"type": "AGREE", "cameo": "036", "source": "PAK", "target": "USA", "symmetric": true, ` +
		`"tense": "future", "date": null, "evidence": "agreed to hold talks"}], "persons": []}`
	system := `{"id": "d1", "events": [{"type": "AGREE", "cameo": "036", ` +
		`"source": {"country": "USA"}, "target": {"country": "PAK"}, "tense": "future"}, ` +
		`{"type": "CONSULT", "source": "PAK", "target": "USA", "rule": "talks", ` +
		`"evidence": {"start": 0, "end": 8, "text": "Pakistan"}}]}`
	g, err := eval.ReadGold(strings.NewReader(gold), "gold.jsonl")
	if err != nil {
		fmt.Println(err)
		return
	}
	s, err := eval.ReadSystem(strings.NewReader(system), "out.jsonl")
	if err != nil {
		fmt.Println(err)
		return
	}
	res := eval.Score(g, s, eval.Options{Misses: true, Confusion: true})
	if err := res.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// documents: 1 (without output: 0)
	// events       P=0.500 R=1.000 F1=0.667 tp=1 fp=1 fn=0 cameo_accuracy=1.0 cameo_root_accuracy=1.0 date_accuracy=1.0 tense_accuracy=1.0
	//
	// == d1
	//   false positive  events       CONSULT PAK->USA  [rule talks]
	//       evidence: Pakistan
	//       sentence: Pakistan and the United States agreed to hold talks.
	//
	// event types, among events with matching actors (rows: gold, columns: system)
	// gold \ system  AGREE
	// AGREE              1
}
