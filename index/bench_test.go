package index_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
	"github.com/minebot/minebot/internal/barebleve"
	"github.com/minebot/minebot/internal/gen"
)

// The benchmarks index generated articles of 2 KB; -articles sets how many (the
// performance target is stated for -articles=100000).
var articleCount = flag.Int("articles", 1000, "how many generated articles the benchmarks index")

// benchQuestions are what the search benchmarks look for, in turn.
var benchQuestions = []string{
	"Is Sichuan banned?",
	"When did Inner Mongolia order crypto mining farms to halt?",
	"How many machines did Bluepeak Mining move out of Texas?",
	"What do miners pay for electricity in Kazakhstan?",
	"Is there a moratorium on new mining permits in New York?",
	"Who was fined for illegal electricity use in Xinjiang?",
	"Where do miners go when the rainy season ends in Yunnan?",
	"hashrate exahashes ASIC Northridge Hash",
	"Did Iran cut power to mining farms because of winter heating demand?",
	"Norway data centre tax on miners",
	"Is crypto mining legal in Paraguay?",
	"network difficulty after the Ethiopia changes",
}

var corpus struct {
	once sync.Once
	arts []content.Article
}

func benchArticles() []content.Article {
	corpus.once.Do(func() { corpus.arts = gen.Articles(*articleCount, 1) })
	return corpus.arts
}

// BenchmarkRebuild is minebot's reindex of the generated articles, in memory and on
// disk (the build, verification, swap and removal of the previous generation).
func BenchmarkRebuild(b *testing.B) {
	arts := benchArticles()
	for _, where := range []string{"memory", "disk"} {
		b.Run(fmt.Sprintf("%s/articles=%d", where, len(arts)), func(b *testing.B) {
			dir := ""
			if where == "disk" {
				dir = filepath.Join(b.TempDir(), "index")
			}
			s, err := index.Open(dir, index.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			passages := 0
			for b.Loop() {
				stats, err := s.Rebuild(context.Background(), index.BuildInput{Articles: arts, Synonyms: bot.Synonyms()})
				if err != nil {
					b.Fatal(err)
				}
				passages = stats.Passages
			}
			reportThroughput(b, len(arts), passages)
		})
	}
}

// BenchmarkBareBleveIndex is bare bleve indexing the same texts with a lean mapping,
// in batches of 1000: the baseline for BenchmarkRebuild. per=passage indexes the texts
// minebot indexes (one document a paragraph); per=article one document an article,
// for comparison with a coarser design.
func BenchmarkBareBleveIndex(b *testing.B) {
	arts := benchArticles()
	docs := map[string][]string{"passage": gen.Texts(arts), "article": articleTexts(arts)}
	for _, where := range []string{"memory", "disk"} {
		for _, per := range []string{"passage", "article"} {
			b.Run(fmt.Sprintf("%s/articles=%d/per=%s", where, len(arts), per), func(b *testing.B) {
				texts := docs[per]
				tmp := b.TempDir()
				i := 0
				for b.Loop() {
					path := ""
					if where == "disk" {
						path = filepath.Join(tmp, fmt.Sprint(i))
					}
					i++
					x, err := barebleve.Build(path, texts)
					if err != nil {
						b.Fatal(err)
					}
					if err := x.Close(); err != nil {
						b.Fatal(err)
					}
				}
				reportThroughput(b, len(arts), len(docs["passage"]))
			})
		}
	}
}

// articleTexts is each article's body as one text.
func articleTexts(arts []content.Article) []string {
	out := make([]string, len(arts))
	for i, a := range arts {
		var b strings.Builder
		for _, p := range a.Paragraphs {
			b.WriteString(p.Text + "\n\n")
		}
		out[i] = b.String()
	}
	return out
}

func reportThroughput(b *testing.B, articles, passages int) {
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(articles*b.N)/secs, "articles/s")
	b.ReportMetric(float64(passages*b.N)/secs, "passages/s")
}

// benchDir holds the on-disk indexes the search benchmarks build once per process.
var benchDir string

// TestMain removes benchDir.
func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// searchIndexes is minebot's index and a bare bleve index of the same texts.
type searchIndexes struct {
	once  sync.Once
	store *index.Store
	bare  *barebleve.Index
	err   error
}

// searchable are the indexes the search benchmarks use, built on first use, once per
// process, so -count runs do not rebuild them. On disk, both are closed after the build
// and reopened read-only, as they serve; in memory, scorch never merges the segments
// of the batches.
var searchable = map[string]*searchIndexes{"disk": {}, "memory": {}}

func buildSearchIndexes(b *testing.B, where string) (*index.Store, *barebleve.Index) {
	x := searchable[where]
	x.once.Do(func() { x.store, x.bare, x.err = buildBoth(where) })
	if x.err != nil {
		b.Fatal(x.err)
	}
	return x.store, x.bare
}

func buildBoth(where string) (*index.Store, *barebleve.Index, error) {
	arts := benchArticles()
	storeDir, bareDir := "", ""
	if where == "disk" {
		if benchDir == "" {
			dir, err := os.MkdirTemp("", "minebot-bench-")
			if err != nil {
				return nil, nil, err
			}
			benchDir = dir
		}
		storeDir, bareDir = filepath.Join(benchDir, "minebot"), filepath.Join(benchDir, "bare")
	}
	s, err := index.Open(storeDir, index.Options{})
	if err != nil {
		return nil, nil, err
	}
	if _, err := s.Rebuild(context.Background(), index.BuildInput{Articles: arts, Synonyms: bot.Synonyms()}); err != nil {
		return nil, nil, err
	}
	bare, err := barebleve.Build(bareDir, gen.Texts(arts))
	if err != nil || bareDir == "" {
		return s, bare, err
	}
	if err := bare.Close(); err != nil {
		return nil, nil, err
	}
	bare, err = barebleve.Open(bareDir)
	return s, bare, err
}

// BenchmarkSearch is Store.Search for the best 10 passages of a question.
func BenchmarkSearch(b *testing.B) {
	ctx := context.Background()
	for _, where := range []string{"disk", "memory"} {
		b.Run(fmt.Sprintf("%s/articles=%d", where, *articleCount), func(b *testing.B) {
			s, _ := buildSearchIndexes(b, where)
			benchLatency(b, func(q string) error {
				hits, err := s.Search(ctx, index.Query{Text: q, Title: q, Size: 10})
				if err == nil && len(hits) == 0 {
					err = fmt.Errorf("no hits for %q", q)
				}
				return err
			})
		})
	}
}

// BenchmarkBareBleveQuery is a bare bleve match query with highlighting, best 10, on
// the same texts: the baseline for BenchmarkSearch.
func BenchmarkBareBleveQuery(b *testing.B) {
	ctx := context.Background()
	for _, where := range []string{"disk", "memory"} {
		b.Run(fmt.Sprintf("%s/articles=%d", where, *articleCount), func(b *testing.B) {
			_, x := buildSearchIndexes(b, where)
			benchLatency(b, func(q string) error {
				n, err := x.Search(ctx, q)
				if err == nil && n == 0 {
					err = fmt.Errorf("no hits for %q", q)
				}
				return err
			})
		})
	}
}

// benchLatency runs one question per iteration, the questions in turn, and reports the
// 50th and 99th percentiles of the calls.
func benchLatency(b *testing.B, search func(q string) error) {
	gen.Latency(b, benchQuestions, search)
}
