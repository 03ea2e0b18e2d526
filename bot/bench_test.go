package bot_test

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
	"github.com/minebot/minebot/internal/barebleve"
	"github.com/minebot/minebot/internal/gen"
)

// -articles sizes the generated corpus (the performance target is stated for
// -articles=100000; the default keeps `go test -bench .` quick).
var articleCount = flag.Int("articles", 1000, "how many generated articles the generated-corpus benchmarks index")

// benchQuestionCount is how many questions of the eval file the benchmarks ask.
const benchQuestionCount = 20

var questionMix struct {
	once sync.Once
	qs   []string
	err  error
}

// benchQuestions is a fixed mix of the eval questions: every k-th line of the file, so
// every kind and both languages are in it.
func benchQuestions(b *testing.B) []string {
	questionMix.once.Do(func() {
		f, err := os.Open("../content/eval/questions.jsonl")
		if err != nil {
			questionMix.err = err
			return
		}
		defer f.Close()
		var all []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var q struct{ Q string }
			if json.Unmarshal(sc.Bytes(), &q) == nil && q.Q != "" {
				all = append(all, q.Q)
			}
		}
		if questionMix.err = sc.Err(); questionMix.err != nil {
			return
		}
		step := max(len(all)/benchQuestionCount, 1)
		for i := 0; i < len(all) && len(questionMix.qs) < benchQuestionCount; i += step {
			questionMix.qs = append(questionMix.qs, all[i])
		}
	})
	if questionMix.err != nil || len(questionMix.qs) == 0 {
		b.Fatalf("read the eval questions: %v", questionMix.err)
	}
	return questionMix.qs
}

// corpusIndexes is minebot's index and a bare bleve index of the same texts.
type corpusIndexes struct {
	once   sync.Once
	engine *bot.Engine
	bare   *barebleve.Index
	err    error
}

// build makes both indexes, in memory, once per process, so -count runs reuse them.
func (c *corpusIndexes) build(b *testing.B, load func() ([]content.Article, error)) {
	c.once.Do(func() {
		arts, err := load()
		if err != nil {
			c.err = err
			return
		}
		store, err := index.Open("", index.Options{})
		if err != nil {
			c.err = err
			return
		}
		if _, c.err = store.Rebuild(context.Background(), index.BuildInput{Articles: arts, Synonyms: bot.Synonyms()}); c.err != nil {
			return
		}
		c.engine = bot.NewEngine(store)
		c.bare, c.err = barebleve.Build("", gen.Texts(arts))
	})
	if c.err != nil {
		b.Fatal(c.err)
	}
}

var embedded, generated corpusIndexes

func loadEmbedded() ([]content.Article, error) {
	arts, problems := content.Load(content.Embedded())
	if problems != nil {
		return nil, problems
	}
	return arts, nil
}

func loadGenerated() ([]content.Article, error) { return gen.Articles(*articleCount, 1), nil }

// BenchmarkAnswerEmbedded is the engine answering the question mix from the corpus
// built into the binary.
func BenchmarkAnswerEmbedded(b *testing.B) {
	embedded.build(b, loadEmbedded)
	benchAnswers(b, embedded.engine)
}

// BenchmarkBareBleveEmbedded is bare bleve's match query with highlighting on the
// embedded corpus's passages: the baseline for BenchmarkAnswerEmbedded.
func BenchmarkBareBleveEmbedded(b *testing.B) {
	embedded.build(b, loadEmbedded)
	benchBare(b, embedded.bare)
}

// BenchmarkAnswerGenerated is the engine answering the question mix from -articles
// generated articles of 2 KB.
func BenchmarkAnswerGenerated(b *testing.B) {
	generated.build(b, loadGenerated)
	b.Run(fmt.Sprintf("articles=%d", *articleCount), func(b *testing.B) { benchAnswers(b, generated.engine) })
}

// BenchmarkBareBleveGenerated is the baseline for BenchmarkAnswerGenerated.
func BenchmarkBareBleveGenerated(b *testing.B) {
	generated.build(b, loadGenerated)
	b.Run(fmt.Sprintf("articles=%d", *articleCount), func(b *testing.B) { benchBare(b, generated.bare) })
}

func benchAnswers(b *testing.B, e *bot.Engine) {
	ctx := context.Background()
	benchLatency(b, benchQuestions(b), func(q string) error {
		a, err := e.Answer(ctx, q)
		if err == nil && a.Text == "" {
			err = fmt.Errorf("empty answer to %q", q)
		}
		return err
	})
}

func benchBare(b *testing.B, x *barebleve.Index) {
	ctx := context.Background()
	benchLatency(b, benchQuestions(b), func(q string) error {
		_, err := x.Search(ctx, q)
		return err
	})
}

// benchLatency asks every question once untimed (the engine derives its per-index
// state on the first answer), then one question per iteration in turn, and reports the
// 50th and 99th percentiles of the calls.
func benchLatency(b *testing.B, qs []string, ask func(q string) error) {
	for _, q := range qs {
		if err := ask(q); err != nil {
			b.Fatal(err)
		}
	}
	var took []time.Duration
	i := 0
	for b.Loop() {
		q := qs[i%len(qs)]
		i++
		start := time.Now()
		if err := ask(q); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	b.ReportMetric(percentileMS(took, 50), "p50-ms")
	b.ReportMetric(percentileMS(took, 99), "p99-ms")
}

// percentileMS is the p-th percentile of sorted durations, in milliseconds.
func percentileMS(sorted []time.Duration, p int) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := min(max((len(sorted)*p+99)/100-1, 0), len(sorted)-1)
	return float64(sorted[i].Microseconds()) / 1000
}
