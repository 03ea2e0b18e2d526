package bot_test

import (
	"context"
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"testing"

	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/index"
	"github.com/minebot/minebot/internal/gen"
)

var citationMarker = regexp.MustCompile(`\[(\d+)\]`)

// FuzzAnswer asks the engine anything on a tiny generated corpus: it never panics or
// fails, its answer marshals to JSON, an abstention cites nothing, and an answer cites
// at least one source and marks only citations it has.
func FuzzAnswer(f *testing.F) {
	store, err := index.Open("", index.Options{})
	if err != nil {
		f.Fatal(err)
	}
	defer store.Close()
	if _, err := store.Rebuild(context.Background(), index.BuildInput{Articles: gen.Articles(8, 1), Synonyms: bot.Synonyms()}); err != nil {
		f.Fatal(err)
	}
	engine := bot.NewEngine(store)
	// more seeds are in testdata/fuzz/FuzzAnswer
	f.Add("Is Sichuan banned?")
	f.Fuzz(func(t *testing.T, q string) {
		a, err := engine.Answer(context.Background(), q)
		if err != nil {
			t.Fatalf("Answer(%q): %v", q, err)
		}
		data, err := json.Marshal(a)
		if err != nil || !json.Valid(data) {
			t.Fatalf("Answer(%q) does not marshal: %v", q, err)
		}
		checkAnswer(t, q, a)
	})
}

func checkAnswer(t *testing.T, q string, a *bot.Answer) {
	t.Helper()
	if a.Text == "" {
		t.Fatalf("Answer(%q): empty text", q)
	}
	kinds := []bot.Kind{bot.KindYesNo, bot.KindWhen, bot.KindWho, bot.KindWhere, bot.KindNumber, bot.KindWhat, bot.KindOther}
	if !slices.Contains(kinds, a.Kind) {
		t.Fatalf("Answer(%q): kind %q", q, a.Kind)
	}
	if a.Verdict != bot.VerdictNone && a.Kind != bot.KindYesNo {
		t.Fatalf("Answer(%q): verdict %q on a %s question", q, a.Verdict, a.Kind)
	}
	if a.Abstained && len(a.Citations) > 0 {
		t.Fatalf("Answer(%q): abstained with %d citations", q, len(a.Citations))
	}
	if !a.Abstained && len(a.Citations) == 0 {
		t.Fatalf("Answer(%q): answered without a citation: %q", q, a.Text)
	}
	numbers := map[int]bool{}
	for _, c := range a.Citations {
		if numbers[c.N] || c.URL == "" || c.File == "" || c.Quote == "" {
			t.Fatalf("Answer(%q): bad or repeated citation %+v", q, c)
		}
		numbers[c.N] = true
	}
	for _, m := range citationMarker.FindAllStringSubmatch(a.Text, -1) {
		if n, err := strconv.Atoi(m[1]); err != nil || !numbers[n] {
			t.Fatalf("Answer(%q): marker %s refers to no citation in %q", q, m[0], a.Text)
		}
	}
}
