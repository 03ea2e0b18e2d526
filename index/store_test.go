package index

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/google/go-cmp/cmp"

	"github.com/minebot/minebot/content"
)

// testArticles makes n small articles; article i is about region i%3.
func testArticles(n int, topic string) []content.Article {
	regions := []string{"Sichuan", "Xinjiang", "Texas"}
	var arts []content.Article
	for i := range n {
		r := regions[i%len(regions)]
		arts = append(arts, content.Article{
			Path: fmt.Sprintf("a/%03d.md", i), Title: fmt.Sprintf("%s mining story %d", r, i),
			Source: fmt.Sprintf("https://example.com/%d", i), Published: time.Date(2021, 6, 1+i%28, 0, 0, 0, 0, time.UTC),
			Regions: []string{r}, Lang: "en",
			Paragraphs: []content.Paragraph{
				{Text: fmt.Sprintf("Officials in %s ordered %s on day %d. Miners moved their machines.", r, topic, i), Line: 6},
				{Text: "A second paragraph about electricity prices and hydropower.", Line: 8},
			},
		})
	}
	return arts
}

func TestRebuildInMemory(t *testing.T) {
	ctx := context.Background()
	s, err := Open("", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Search(ctx, Query{Text: "x"}); !errors.Is(err, ErrNotReady) {
		t.Fatalf("search before build: %v", err)
	}
	stats, err := s.Rebuild(ctx, BuildInput{Articles: testArticles(9, "a halt"), Synonyms: [][]string{{"halt", "shutdown"}}})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Articles != 9 || stats.Passages != 18 || stats.Generation != 1 {
		t.Errorf("stats = %+v", stats)
	}
	hits, err := s.Search(ctx, Query{Text: "did Xinjiang order a shutdown?", Regions: []string{"Xinjiang"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) == 0 || !strings.Contains(hits[0].Text, "Xinjiang ordered a halt") {
		t.Fatalf("top hit %+v", hits)
	}
	if hits[0].Article.Regions[0] != "Xinjiang" || hits[0].Line != 6 {
		t.Errorf("hit article %+v line %d", hits[0].Article, hits[0].Line)
	}
}

func TestRebuildOnDiskSwapsAndCleansUp(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Rebuild(ctx, BuildInput{Articles: testArticles(6, "a halt")}); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	failures := make(chan error, 100)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				hits, err := s.Search(ctx, Query{Text: "Sichuan ordered"})
				if err != nil || len(hits) == 0 {
					failures <- fmt.Errorf("search during rebuild: %v, %d hits", err, len(hits))
					return
				}
			}
		}()
	}
	for i := range 3 {
		if _, err := s.Rebuild(ctx, BuildInput{Articles: testArticles(6+i, "a ban")}); err != nil {
			t.Fatal(err)
		}
	}
	close(stop)
	wg.Wait()
	close(failures)
	for err := range failures {
		t.Error(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != "LOCK,gen-000004" {
		t.Errorf("folder holds %v, want the lock and the newest generation", names)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// a crash mid-build leaves a .tmp folder: reopening removes it and serves gen 4
	if err := os.MkdirAll(filepath.Join(dir, "gen-000005.tmp"), 0o755); err != nil {
		t.Fatal(err)
	}
	s, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if info := s.Info(); !info.Ready || info.Generation != 4 || info.Articles != 8 {
		t.Errorf("reopened info = %+v", info)
	}
	if _, err := os.Stat(filepath.Join(dir, "gen-000005.tmp")); !os.IsNotExist(err) {
		t.Errorf("half-built generation not removed: %v", err)
	}
}

func TestOpenInUse(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	_, err = Open(dir, Options{})
	if !errors.Is(err, ErrInUse) {
		t.Fatalf("second open: %v, want ErrInUse", err)
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("second open took %v", d)
	}
}

func TestRebuildCancelledKeepsServing(t *testing.T) {
	dir := t.TempDir()
	s, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Rebuild(context.Background(), BuildInput{Articles: testArticles(3, "a halt")}); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Rebuild(ctx, BuildInput{Articles: testArticles(5, "a ban")}); err == nil {
		t.Fatal("cancelled rebuild succeeded")
	}
	if info := s.Info(); info.Generation != 1 || info.Articles != 3 {
		t.Errorf("serving %+v after a failed rebuild", info)
	}
	if _, err := os.Stat(filepath.Join(dir, "gen-000002.tmp")); !os.IsNotExist(err) {
		t.Errorf("failed build left its folder: %v", err)
	}
}

// A search given the generation's synonyms finds and scores as one where bleve looks
// them up in the thesaurus itself.
func TestSynonymMapScoresAsBleve(t *testing.T) {
	ctx := context.Background()
	s, err := Open("", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	groups := [][]string{{"halt", "shutdown", "stoppage"}, {"miner", "digger"}, {"hydropower", "hydroelectric"}}
	if _, err := s.Rebuild(ctx, BuildInput{Articles: testArticles(12, "a stoppage"), Synonyms: groups}); err != nil {
		t.Fatal(err)
	}
	fts := s.gen.synonymMap(ctx)
	for _, field := range []string{fieldText, fieldTitle} {
		if got := fts[field]["shutdown"]; !slices.Equal(sorted(got), []string{"halt", "stoppag"}) {
			t.Errorf("%s: synonyms of shutdown = %q", field, got)
		}
	}
	for _, q := range []Query{
		{Text: "did Xinjiang order a shutdown?", Regions: []string{"Xinjiang"}},
		{Text: "hydroelectric prices for diggers"},
		{Text: "Sichuan mining story", Terms: []string{"halt"}},
	} {
		got, err := s.Search(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		res, err := s.alias.SearchInContext(ctx, bleve.NewSearchRequestOptions(buildQuery(q), 40, 0, false))
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]float64{}
		for _, h := range res.Hits {
			want[h.ID] = h.Score
		}
		if len(got) == 0 || len(got) != min(len(want), 20) {
			t.Fatalf("%q: %d hits, bleve alone finds %d", q.Text, len(got), len(want))
		}
		for _, h := range got {
			if w, ok := want[h.ID]; !ok || math.Abs(w-h.Score) > 1e-9 {
				t.Errorf("%q: %s scored %v, bleve alone %v", q.Text, h.ID, h.Score, w)
			}
		}
	}
}

func sorted(ss []string) []string {
	out := slices.Clone(ss)
	slices.Sort(out)
	return out
}

// A query's text, title and regions each find passages by their own field, and
// FreqsIn counts what a search by each would reach.
func TestFieldsFindAndCount(t *testing.T) {
	ctx := context.Background()
	s, err := Open("", Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// 9 articles of 2 passages: 3 per region; every title says "mining", only
	// article i's first passage says "day i"
	if _, err := s.Rebuild(ctx, BuildInput{Articles: testArticles(9, "a halt")}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		q    Query
		want int // passages found
	}{
		{"text", Query{Text: "hydropower"}, 9},
		{"text is not matched against titles", Query{Text: "story"}, 0},
		{"title", Query{Title: "story"}, 18},
		{"title is not matched against text", Query{Title: "hydropower"}, 0},
		{"any word", Query{Text: "Sichuan hydropower"}, 12},
		{"all words", Query{Text: "Sichuan hydropower", AllWords: true}, 0},
		{"all words in one passage", Query{Text: "Sichuan halt", AllWords: true}, 3},
		{"region", Query{Regions: []string{"Texas"}}, 6},
		{"within articles", Query{Text: "hydropower", Within: []string{"a/001.md", "a/004.md"}}, 2},
		{"within an article that lacks it", Query{Text: "Sichuan", Within: []string{"a/001.md"}}, 0},
		{"within no known article", Query{Text: "hydropower", Within: []string{"a/nope.md"}}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.q.Size = 100
			hits, err := s.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != tc.want {
				t.Errorf("%d passages found, want %d", len(hits), tc.want)
			}
		})
	}
	for _, tc := range []struct {
		in    Field
		terms []string
		want  map[string]int
	}{
		{InText, []string{"hydropow", "stori", "sichuan"}, map[string]int{"hydropow": 9, "stori": 0, "sichuan": 3}},
		{InTitles, []string{"hydropow", "stori", "sichuan"}, map[string]int{"hydropow": 0, "stori": 18, "sichuan": 6}},
		{InRegions, []string{"texas", "Texas", "ohio"}, map[string]int{"texas": 6, "Texas": 0, "ohio": 0}},
	} {
		got, total, err := s.FreqsIn(ctx, tc.in, tc.terms)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" || total != 18 {
			t.Errorf("FreqsIn(%d) (-want +got):\n%s total %d", tc.in, diff, total)
		}
	}
}

func TestBatchPassages(t *testing.T) {
	for _, tc := range []struct {
		n, workers int
		inMemory   bool
		want       int
	}{
		{500, 2, true, minSegment},     // small: one segment
		{3000, 2, false, 1501},         // one batch per worker
		{730_000, 2, false, batchSize}, // on disk scorch merges the segments
		{730_000, 2, true, 11_407},     // in memory: at most maxMemorySegments
		{100_000, 4, true, batchSize},  // 50 batches are few enough
		{127_000, 2, true, batchSize},  // 64 batches
		{200_000, 2, true, 200_000/64 + 1},
	} {
		if got := batchPassages(tc.n, tc.workers, tc.inMemory); got != tc.want {
			t.Errorf("batchPassages(%d, %d, %v) = %d, want %d", tc.n, tc.workers, tc.inMemory, got, tc.want)
		}
	}
}
