package bot_test

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"testing"

	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
	"github.com/minebot/minebot/internal/barebleve"
	"github.com/minebot/minebot/internal/gctune"
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

// benchDir holds the on-disk indexes the benchmarks build once per process.
var benchDir string

// TestMain removes benchDir.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// corpusIndexes is minebot's index and a bare bleve index of the same texts.
type corpusIndexes struct {
	name   string // folder name under benchDir; "" builds in memory
	once   sync.Once
	engine *bot.Engine
	bare   *barebleve.Index
	err    error
}

// build makes both indexes once per process, so -count runs reuse them. On disk both
// are closed after the build and reopened read-only, as they serve.
func (c *corpusIndexes) build(b *testing.B, load func() ([]content.Article, error)) {
	c.once.Do(func() { c.err = c.buildBoth(load) })
	if c.err != nil {
		b.Fatal(c.err)
	}
}

func (c *corpusIndexes) buildBoth(load func() ([]content.Article, error)) error {
	arts, err := load()
	if err != nil {
		return err
	}
	storeDir, bareDir := "", ""
	if c.name != "" {
		if benchDir == "" {
			if benchDir, err = os.MkdirTemp("", "minebot-bench-"); err != nil {
				return err
			}
		}
		storeDir, bareDir = filepath.Join(benchDir, c.name, "minebot"), filepath.Join(benchDir, c.name, "bare")
	}
	store, err := index.Open(storeDir, index.Options{})
	if err != nil {
		return err
	}
	if _, err := store.Rebuild(context.Background(), index.BuildInput{Articles: arts, Synonyms: bot.Synonyms()}); err != nil {
		return err
	}
	c.engine = bot.NewEngine(store)
	if c.bare, err = barebleve.Build(bareDir, gen.Texts(arts)); err != nil || bareDir == "" {
		return err
	}
	if err := c.bare.Close(); err != nil {
		return err
	}
	c.bare, err = barebleve.Open(bareDir)
	return err
}

// The embedded corpus is indexed in memory, as `minebot ask` does; the generated one
// on disk, as a serving index is, and in memory, as serve without MINEBOT_INDEX is.
var (
	embedded        = &corpusIndexes{}
	generated       = &corpusIndexes{name: "generated"}
	generatedMemory = &corpusIndexes{}
)

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
	for _, where := range []string{"disk", "memory"} {
		b.Run(fmt.Sprintf("%s/articles=%d", where, *articleCount), func(b *testing.B) {
			c := generatedIndexes(b, where)
			benchAnswers(b, c.engine)
		})
	}
}

// BenchmarkBareBleveGenerated is the baseline for BenchmarkAnswerGenerated.
func BenchmarkBareBleveGenerated(b *testing.B) {
	for _, where := range []string{"disk", "memory"} {
		b.Run(fmt.Sprintf("%s/articles=%d", where, *articleCount), func(b *testing.B) {
			c := generatedIndexes(b, where)
			benchBare(b, c.bare)
		})
	}
}

func generatedIndexes(b *testing.B, where string) *corpusIndexes {
	c := generated
	if where == "memory" {
		c = generatedMemory
	}
	c.build(b, loadGenerated)
	return c
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
// state on the first answer), sets the collector for the heap as serve does after a
// reindex, then asks one question per iteration in turn, and reports the 50th and 99th
// percentiles of the calls.
func benchLatency(b *testing.B, qs []string, ask func(q string) error) {
	for _, q := range qs {
		if err := ask(q); err != nil {
			b.Fatal(err)
		}
	}
	percent, ok := gctune.Apply(gctune.DefaultFloor)
	if ok {
		defer debug.SetGCPercent(100)
	}
	gen.Latency(b, qs, ask)
	if ok {
		b.ReportMetric(float64(percent), "gogc")
	}
}
