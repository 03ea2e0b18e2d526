package index

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/minebot/minebot/content"
)

// batchSize is how many passages go to bleve at once: large enough to amortise a
// batch's segment and persistence, small enough to keep memory flat.
const batchSize = 2000

// maxMemorySegments is how many segments at most an index in memory is cut into. In
// memory scorch never merges segments, and every segment costs each search a look-up
// per term: at 100,000 generated articles, 365 segments of batchSize passages made
// answers three times slower at the 99th percentile than 64 larger ones, for an eighth
// more memory.
const maxMemorySegments = 64

// minSegment is the fewest passages a batch is cut at: below it, building one segment
// on one core is quick (the embedded corpus, about 500 passages, builds in a few tens
// of milliseconds), and a search of one segment is about a quarter faster than of two.
const minSegment = 1000

// BuildInput is what a generation is built from.
type BuildInput struct {
	Articles []content.Article
	// Synonyms are groups of single-word terms that mean the same ("ban", "prohibit");
	// a query for one also finds the others.
	Synonyms [][]string
	// Places are the content folder's own gazetteer rows (places.tsv), kept with the
	// generation for whoever reads places from it.
	Places string
}

// BuildStats reports a rebuild.
type BuildStats struct {
	Generation int
	Articles   int
	Passages   int
	Duration   time.Duration
	Previous   Info // what was serving before
}

// Rebuild builds a new generation from in beside the serving one, verifies it, swaps it
// in and then closes and deletes the old one. Searches go on meanwhile. On any error,
// or when ctx ends first, the serving generation stays as it was and the half-built
// one is removed. One rebuild runs at a time; a second call waits for the first.
func (s *Store) Rebuild(ctx context.Context, in BuildInput) (BuildStats, error) {
	if s.opts.ReadOnly {
		return BuildStats{}, errors.New("the index was opened read-only")
	}
	s.building.Lock()
	defer s.building.Unlock()
	start := time.Now()
	stats := BuildStats{Previous: s.Info(), Articles: len(in.Articles)}
	stats.Generation = stats.Previous.Generation + 1
	if s.dir != "" {
		nums, err := s.generations()
		if err != nil {
			return stats, err
		}
		if len(nums) > 0 && nums[0] >= stats.Generation {
			stats.Generation = nums[0] + 1
		}
	}

	gen, err := s.build(ctx, stats.Generation, in)
	if err != nil {
		return stats, err
	}
	stats.Passages = gen.meta.Passages
	if err := s.retire(s.swap(gen)); err != nil {
		// the new generation serves; only the clean-up of the old one failed
		return stats, fmt.Errorf("remove the previous index: %w", err)
	}
	stats.Duration = time.Since(start)
	return stats, nil
}

func (s *Store) build(ctx context.Context, number int, in BuildInput) (*generation, error) {
	m, err := newMapping(s.opts.Scoring)
	if err != nil {
		return nil, fmt.Errorf("index mapping: %w", err)
	}
	tmp, final := "", ""
	if s.dir != "" {
		final = filepath.Join(s.dir, genName(number))
		tmp = final + ".tmp"
		if err := os.RemoveAll(tmp); err != nil {
			return nil, err
		}
	}
	idx, err := bleve.NewUsing(tmp, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	fail := func(err error) (*generation, error) {
		idx.Close()
		if tmp != "" {
			os.RemoveAll(tmp)
		}
		return nil, err
	}
	meta, err := fill(ctx, idx, in, tmp == "")
	if err != nil {
		return fail(err)
	}
	meta.Generation, meta.Scoring = number, s.opts.Scoring
	want, err := idx.DocCount()
	if err != nil {
		return fail(fmt.Errorf("count documents: %w", err))
	}
	if tmp == "" {
		return newGeneration(number, "", idx, meta), nil
	}
	if err := writeMeta(tmp, meta); err != nil {
		return fail(err)
	}
	if err := idx.Close(); err != nil {
		return fail(fmt.Errorf("close new index: %w", err))
	}
	if err := os.Rename(tmp, final); err != nil {
		return fail(fmt.Errorf("publish new index: %w", err))
	}
	syncDir(s.dir)
	gen, err := openGeneration(final, number)
	if err != nil {
		os.RemoveAll(final)
		return nil, err
	}
	if got, err := gen.index.DocCount(); err != nil || got != want {
		gen.index.Close()
		os.RemoveAll(final)
		return nil, fmt.Errorf("verify new index: %d documents of %d (%v)", got, want, err)
	}
	return gen, nil
}

// fill indexes the passages of every article, and the synonyms, in batches.
func fill(ctx context.Context, idx bleve.Index, in BuildInput, inMemory bool) (Meta, error) {
	meta := Meta{BuiltAt: time.Now().UTC(), Synonyms: in.Synonyms, Places: in.Places}
	// Batches go to bleve from one goroutine per core: each batch becomes a segment,
	// and segments are built in parallel.
	workers := runtime.GOMAXPROCS(0)
	size := batchPassages(estimatePassages(in.Articles), workers, inMemory)
	batches := make(chan *bleve.Batch)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range batches {
				if err := idx.Batch(b); err != nil {
					errs <- fmt.Errorf("index batch: %w", err)
					for range batches {
					}
					return
				}
			}
		}()
	}
	send := func(b *bleve.Batch) error {
		select {
		case err := <-errs:
			return err
		case <-ctx.Done():
			return ctx.Err()
		case batches <- b:
			return nil
		}
	}
	err := func() error {
		defer close(batches)
		batch := idx.NewBatch()
		for i := range in.Articles {
			a := articleOf(in.Articles[i])
			meta.Articles = append(meta.Articles, a)
			ps := passages(a, in.Articles[i].Paragraphs)
			a.Passages = len(ps)
			for _, p := range ps {
				if err := batch.Index(p.ID, document(p)); err != nil {
					return fmt.Errorf("index %s: %w", a.Path, err)
				}
				meta.Passages++
				if batch.Size() >= size {
					if err := send(batch); err != nil {
						return err
					}
					batch = idx.NewBatch()
				}
			}
		}
		for i, group := range in.Synonyms {
			def := &bleve.SynonymDefinition{Synonyms: group}
			if err := batch.IndexSynonym(fmt.Sprintf("synonym-%d", i), synonymCollection, def); err != nil {
				return fmt.Errorf("index synonyms %s: %w", strings.Join(group, ","), err)
			}
		}
		if batch.Size() > 0 {
			return send(batch)
		}
		return nil
	}()
	wg.Wait()
	close(errs)
	if err == nil {
		err = <-errs
	}
	if err == nil {
		err = ctx.Err()
	}
	return meta, err
}

// batchPassages is how many passages a batch holds when workers goroutines index n.
// A mid-sized corpus is cut so every worker has a batch; a small one stays a single
// segment, since every segment costs each search a look-up per term and, in memory,
// scorch never merges them; for the same reason a large corpus in memory is cut into
// at most maxMemorySegments.
func batchPassages(n, workers int, inMemory bool) int {
	size := batchSize
	if n/workers < size {
		size = max(n/workers+1, minSegment)
	}
	if inMemory {
		size = max(size, n/maxMemorySegments+1)
	}
	return size
}

// estimatePassages guesses how many passages articles make, to size batches.
func estimatePassages(arts []content.Article) int {
	n := 0
	for _, a := range arts {
		n += len(a.Paragraphs)
	}
	return n
}

func writeMeta(dir string, meta Meta) error {
	data, err := json.Marshal(meta)
	if err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "meta.json"))
	if err != nil {
		return fmt.Errorf("write index metadata: %w", err)
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write index metadata: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write index metadata: %w", err)
	}
	return f.Close()
}

// syncDir makes a rename in dir durable; failure only weakens crash safety.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
