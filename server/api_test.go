package server_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/accord-events/accord"
	"github.com/accord-events/accord/server/servertest"
	"github.com/accord-events/accord/store"
)

func TestOverviewAPI(t *testing.T) {
	f := newFixture(t, "", servertest.Options(false))
	var d struct {
		AsOf    string       `json:"as_of"`
		Month   string       `json:"month"`
		Counts  store.Counts `json:"counts"`
		Latest  []store.StoredReport
		DueSoon []store.CommitmentRecord `json:"due_soon"`
		Overdue []store.CommitmentRecord `json:"overdue"`
		Total   int                      `json:"overdue_total"`
		Pairs   []store.PairStat         `json:"active_pairs"`
		People  []store.PersonRecord     `json:"people"`
		Dialog  []store.MechanismRecord  `json:"dialogues"`
	}
	f.get("/api/overview", 200, &d)
	if d.AsOf != "2025-06-10" || d.Month != "2025-06" || d.Counts.Reports != 10 {
		t.Errorf("as of %s, month %s, counts %+v", d.AsOf, d.Month, d.Counts)
	}
	if len(d.DueSoon) != 1 || d.DueSoon[0].Key != commitKey {
		t.Errorf("due soon: %+v", d.DueSoon)
	}
	if d.Total == 0 || len(d.Overdue) != d.Total {
		t.Errorf("overdue: %d of %d", len(d.Overdue), d.Total)
	}
	if len(d.Pairs) == 0 || d.Pairs[0].Pair != "IRN-PAK" {
		t.Errorf("active pairs of June 2025: %+v", d.Pairs)
	}
	if len(d.People) == 0 || d.People[0].ID != personID || len(d.Dialog) != 2 {
		t.Errorf("people %d (first %+v), dialogues %d", len(d.People), d.People, len(d.Dialog))
	}
	var raw map[string]json.RawMessage
	f.get("/api/overview?as_of=2025-01-15", 200, &raw)
	for _, k := range []string{"as_of", "month", "counts", "latest_reports", "due_soon", "overdue", "overdue_total", "active_pairs", "people", "dialogues"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("overview JSON without %q", k)
		}
	}
}

func TestPairAPI(t *testing.T) {
	f := newFixture(t, "", servertest.Options(false))
	var d struct {
		Pair        string                   `json:"pair"`
		Stats       store.PairStat           `json:"stats"`
		Months      []map[string]any         `json:"months"`
		Events      []store.EventRecord      `json:"events"`
		Dialogues   []store.MechanismRecord  `json:"dialogues"`
		Commitments []store.CommitmentRecord `json:"commitments"`
	}
	f.get("/api/pairs/usa-pak", 200, &d)
	if d.Pair != "PAK-USA" || d.Stats.Events != len(d.Events) || len(d.Events) < 2 || len(d.Months) == 0 {
		t.Errorf("pair %s: %d events (stats %d), %d months", d.Pair, len(d.Events), d.Stats.Events, len(d.Months))
	}
	if len(d.Dialogues) != 1 || d.Dialogues[0].ID != dialogueID || len(d.Commitments) != 2 {
		t.Errorf("dialogues %+v, %d commitments", d.Dialogues, len(d.Commitments))
	}
	for _, e := range d.Events {
		if e.Pair != "PAK-USA" || e.Evidence == "" {
			t.Errorf("event %+v", e)
		}
	}
}

func TestListsAPI(t *testing.T) {
	f := newFixture(t, "", servertest.Options(false))
	var people struct {
		People []store.PersonRecord `json:"people"`
		More   bool                 `json:"more"`
	}
	f.get("/api/people", 200, &people)
	if len(people.People) != 17 || people.More {
		t.Errorf("people: %d, more %v", len(people.People), people.More)
	}
	f.get("/api/people?country=irn", 200, &people)
	if len(people.People) != 2 {
		t.Errorf("people of IRN: %d", len(people.People))
	}
	var person struct {
		Person store.PersonRecord `json:"person"`
	}
	f.get("/api/people/"+esc(personID), 200, &person)
	if person.Person.Name != "Tariq Mehmood" || len(person.Person.Titles) == 0 || len(person.Person.Events) == 0 {
		t.Errorf("person: %+v", person.Person)
	}
	var dialogues struct {
		Dialogues []struct {
			Mechanism   store.MechanismRecord    `json:"mechanism"`
			Commitments []store.CommitmentRecord `json:"commitments"`
		} `json:"dialogues"`
	}
	f.get("/api/dialogues", 200, &dialogues)
	if len(dialogues.Dialogues) != 2 {
		t.Errorf("dialogues: %d", len(dialogues.Dialogues))
	}
	var dialogue struct {
		Mechanism   store.MechanismRecord    `json:"mechanism"`
		Commitments []store.CommitmentRecord `json:"commitments"`
	}
	f.get("/api/dialogues/"+esc(dialogueID), 200, &dialogue)
	if len(dialogue.Mechanism.Sessions) == 0 || len(dialogue.Mechanism.Sessions[0].Chairs) != 2 {
		t.Errorf("dialogue sessions: %+v", dialogue.Mechanism.Sessions)
	}
	var board struct {
		AsOf    string `json:"as_of"`
		Total   int    `json:"total"`
		Columns []struct {
			Status string                   `json:"status"`
			Total  int                      `json:"total"`
			Items  []store.CommitmentRecord `json:"items"`
		} `json:"columns"`
	}
	f.get("/api/commitments", 200, &board)
	var statuses []string
	sum := 0
	for _, c := range board.Columns {
		statuses = append(statuses, c.Status)
		sum += c.Total
	}
	if !slices.Equal(statuses, []string{"due_soon", "pending", "overdue", "fulfilled", "postponed", "cancelled"}) || sum != board.Total || board.Total == 0 {
		t.Errorf("board: %v, %d of %d", statuses, sum, board.Total)
	}
	f.get("/api/commitments?status=overdue&as_of=2030-01-01", 200, &board)
	if len(board.Columns) != 1 || board.Columns[0].Status != "overdue" || board.Columns[0].Total == 0 {
		t.Errorf("overdue in 2030: %+v", board.Columns)
	}
	var commitment struct {
		Commitment store.CommitmentRecord `json:"commitment"`
		DueSoon    bool                   `json:"due_soon"`
	}
	f.get("/api/commitments/"+esc(commitKey), 200, &commitment)
	if commitment.Commitment.Key != commitKey || !commitment.DueSoon || commitment.Commitment.Status.Status != accord.Pending {
		t.Errorf("commitment: %+v", commitment)
	}
	var events struct {
		Events []store.EventRecord `json:"events"`
	}
	f.get("/api/events?pair=IRN-PAK&limit=2&mentions=true", 200, &events)
	if len(events.Events) != 2 || len(events.Events[0].Mentions) == 0 {
		t.Errorf("events: %+v", events.Events)
	}
	var event struct {
		Event store.EventRecord `json:"event"`
	}
	f.get("/api/events/"+esc(eventID), 200, &event)
	if event.Event.ID != eventID || len(event.Event.Mentions) != 1 {
		t.Errorf("event: %+v", event.Event)
	}
	var reports struct {
		Reports []store.StoredReport `json:"reports"`
	}
	f.get("/api/reports", 200, &reports)
	if len(reports.Reports) != 10 {
		t.Errorf("reports: %d", len(reports.Reports))
	}
	var network struct {
		Nodes []map[string]any `json:"nodes"`
		Pairs []store.PairStat `json:"pairs"`
	}
	f.get("/api/network", 200, &network)
	if len(network.Nodes) < 5 || len(network.Pairs) < 4 {
		t.Errorf("network: %d nodes, %d pairs", len(network.Nodes), len(network.Pairs))
	}
	var search struct {
		Hits   []store.SearchHit   `json:"hits"`
		Events []store.EventRecord `json:"events"`
	}
	f.get("/api/search?q=Interpol", 200, &search)
	if len(search.Hits) != 1 || search.Hits[0].Report.ID != "04-arrest-extradition" {
		t.Errorf("search Interpol: %+v", search.Hits)
	}
	f.get("/api/search?q=minister&pair=PAK-IRN&type=agree", 200, &search)
	if len(search.Hits) != 1 || search.Hits[0].Report.ID != "05-joint-statement" || len(search.Events) != 2 {
		t.Errorf("search minister, PAK-IRN AGREE: %+v, %d events", search.Hits, len(search.Events))
	}
	f.get("/api/search?person=Tariq+Mehmood", 200, &search)
	if len(search.Hits) != 0 || len(search.Events) < 3 {
		t.Errorf("search by person: %d hits, %d events", len(search.Hits), len(search.Events))
	}
}

func TestReportAnnotations(t *testing.T) {
	f := newFixture(t, "", servertest.Options(false))
	var d struct {
		Report      store.StoredReport `json:"report"`
		Annotations []struct {
			ID, Kind, Text, Rule, Link string
			Start, End                 int
		} `json:"annotations"`
	}
	f.get("/api/reports/"+reportID, 200, &d)
	kinds := map[string]int{}
	for _, a := range d.Annotations {
		kinds[a.Kind]++
		if d.Report.Text[a.Start:a.End] != a.Text || a.Rule == "" {
			t.Errorf("annotation %+v", a)
		}
		if a.Kind == "trigger" && a.ID == "e1" && (a.Text != "met" || a.Link != "/events/"+esc(eventID)) {
			t.Errorf("the trigger of the meeting: %+v", a)
		}
	}
	for _, k := range []string{"person", "actor", "time", "trigger"} {
		if kinds[k] == 0 {
			t.Errorf("no %s annotation in %s: %v", k, reportID, kinds)
		}
	}
	page := f.do("GET", "/reports/"+reportID, nil).Body.String()
	for _, want := range []string{`class="hl k-person`, `class="hl k-trigger`, `class="hl k-time`, `id="coding-e1"`, `id="ann-e1"`, `data-ann="e1`} {
		if !strings.Contains(page, want) && !strings.Contains(page, strings.Replace(want, `"hl k-`, `"hl k-actor k-`, 1)) {
			t.Errorf("report page without %s", want)
		}
	}
}

func TestSearchPage(t *testing.T) {
	f := newFixture(t, "", servertest.Options(false))
	page := f.do("GET", "/search?q=Interpol", nil).Body.String()
	if !strings.Contains(page, "<mark>Interpol</mark>") {
		t.Errorf("the search page does not mark the word found")
	}
}
