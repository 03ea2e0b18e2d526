package index

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// Errors callers can test for.
var (
	ErrNotReady = errors.New("no index is serving yet")
	ErrInUse    = errors.New("the index folder is in use by another minebot process")
	ErrNoIndex  = errors.New("the index folder holds no complete index: run minebot reindex first")
)

// openTimeout bounds how long opening an index waits for another process's lock.
const openTimeout = "1s"

// Options tune a Store.
type Options struct {
	// Scoring is BM25 (the default) or TFIDF.
	Scoring string
	// ReadOnly opens the newest generation for searching only, as `ask --index` does;
	// Rebuild is refused.
	ReadOnly bool
}

// Store serves one index generation at a time and builds the next one beside it.
// With a folder, generations live on disk as gen-NNNNNN sub-folders; without one, in
// memory. A Store is safe for concurrent use: searches go on during a rebuild and
// never see a half-built or closed generation.
type Store struct {
	dir  string
	opts Options
	lock *os.File // the folder's writer lock, nil when read-only or in memory

	building sync.Mutex // one rebuild at a time

	mu    sync.RWMutex // guards the swap: alias contents and gen change together
	alias bleve.IndexAlias
	gen   *generation
}

// generation is one complete, searchable index with the articles it was built from.
type generation struct {
	number   int
	path     string // "" in memory
	index    bleve.Index
	meta     Meta
	articles map[string]*Article

	// synonyms is every synonym the index's thesauri hold, by field, read once (see
	// synonymMap)
	synonymsOnce sync.Once
	synonyms     search.FieldTermSynonymMap
}

// Meta describes a generation; it is saved beside the index as meta.json.
type Meta struct {
	Generation int        `json:"generation"`
	BuiltAt    time.Time  `json:"built_at"`
	Scoring    string     `json:"scoring"`
	Passages   int        `json:"passages"`
	Synonyms   [][]string `json:"synonyms,omitempty"`
	Places     string     `json:"places,omitempty"`
	Articles   []*Article `json:"articles"`
}

// Open opens a store. With dir == "" the store is in memory and empty until the first
// Rebuild. With a folder, it takes the folder's writer lock (failing with ErrInUse
// within a second if another process holds it), removes half-built generations and
// reopens the newest complete one, if any.
func Open(dir string, opts Options) (*Store, error) {
	if opts.Scoring == "" {
		opts.Scoring = BM25
	}
	s := &Store{dir: dir, opts: opts, alias: bleve.NewIndexAlias()}
	if dir == "" {
		return s, nil
	}
	if opts.ReadOnly {
		return s, s.openNewest()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create index folder: %w", err)
	}
	lock, err := lockFolder(dir)
	if err != nil {
		return nil, err
	}
	s.lock = lock
	if err := s.removeStale(); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.openNewest(); err != nil && !errors.Is(err, ErrNoIndex) {
		s.Close()
		return nil, err
	}
	return s, nil
}

// generations lists the complete generations on disk, newest first.
func (s *Store) generations() ([]int, error) {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, fmt.Errorf("read index folder: %w", err)
	}
	var nums []int
	for _, e := range entries {
		if n, ok := parseGen(e.Name()); ok && e.IsDir() {
			nums = append(nums, n)
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(nums)))
	return nums, nil
}

func genName(n int) string { return fmt.Sprintf("gen-%06d", n) }

func parseGen(name string) (int, bool) {
	rest, ok := strings.CutPrefix(name, "gen-")
	if !ok {
		return 0, false
	}
	n, err := strconv.Atoi(rest)
	return n, err == nil && n > 0
}

// removeStale deletes half-built generations (gen-N.tmp, left by a crash) and every
// complete generation but the newest.
func (s *Store) removeStale() error {
	entries, err := os.ReadDir(s.dir)
	if err != nil {
		return fmt.Errorf("read index folder: %w", err)
	}
	nums, err := s.generations()
	if err != nil {
		return err
	}
	for _, e := range entries {
		name := e.Name()
		n, complete := parseGen(name)
		stale := strings.HasPrefix(name, "gen-") && strings.HasSuffix(name, ".tmp")
		if complete && len(nums) > 0 && n != nums[0] {
			stale = true
		}
		if stale {
			if err := os.RemoveAll(filepath.Join(s.dir, name)); err != nil {
				return fmt.Errorf("remove stale generation: %w", err)
			}
		}
	}
	return nil
}

func (s *Store) openNewest() error {
	nums, err := s.generations()
	if err != nil {
		return err
	}
	if len(nums) == 0 {
		return ErrNoIndex
	}
	gen, err := openGeneration(filepath.Join(s.dir, genName(nums[0])), nums[0])
	if err != nil {
		return err
	}
	s.swap(gen)
	return nil
}

func openGeneration(path string, number int) (*generation, error) {
	data, err := os.ReadFile(filepath.Join(path, "meta.json"))
	if err != nil {
		return nil, fmt.Errorf("read index metadata: %w", err)
	}
	var meta Meta
	if err := json.Unmarshal(data, &meta); err != nil {
		return nil, fmt.Errorf("read index metadata: %w", err)
	}
	idx, err := bleve.OpenUsing(path, map[string]interface{}{"read_only": true, "bolt_timeout": openTimeout})
	if err != nil {
		if strings.Contains(err.Error(), "timeout") {
			return nil, ErrInUse
		}
		return nil, fmt.Errorf("open index: %w", err)
	}
	return newGeneration(number, path, idx, meta), nil
}

func newGeneration(number int, path string, idx bleve.Index, meta Meta) *generation {
	g := &generation{number: number, path: path, index: idx, meta: meta, articles: make(map[string]*Article, len(meta.Articles))}
	for _, a := range meta.Articles {
		g.articles[a.Path] = a
	}
	return g
}

// swap makes gen the serving generation and returns the one it replaced. The alias's
// own lock waits for searches in flight, so the old generation is idle afterwards.
func (s *Store) swap(gen *generation) *generation {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := s.gen
	if old != nil {
		s.alias.Swap([]bleve.Index{gen.index}, []bleve.Index{old.index})
	} else {
		s.alias.Add(gen.index)
	}
	s.gen = gen
	return old
}

// retire closes a replaced generation and deletes it from disk.
func (s *Store) retire(old *generation) error {
	if old == nil {
		return nil
	}
	err := old.index.Close()
	if old.path != "" {
		err = errors.Join(err, os.RemoveAll(old.path))
	}
	return err
}

// Info describes the serving generation.
type Info struct {
	Ready      bool
	Generation int
	Articles   int
	Passages   int
	BuiltAt    time.Time
}

// Info describes the serving generation (Ready is false before the first one).
func (s *Store) Info() Info {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.gen == nil {
		return Info{}
	}
	m := s.gen.meta
	return Info{Ready: true, Generation: m.Generation, Articles: len(m.Articles), Passages: m.Passages, BuiltAt: m.BuiltAt}
}

// Articles lists the articles of the serving generation.
func (s *Store) Articles() []*Article {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.gen == nil {
		return nil
	}
	return s.gen.meta.Articles
}

// Places returns the extra gazetteer rows the serving generation was built with.
func (s *Store) Places() string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.gen == nil {
		return ""
	}
	return s.gen.meta.Places
}

// Synonyms returns the synonym groups the serving generation was built with.
func (s *Store) Synonyms() [][]string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.gen == nil {
		return nil
	}
	return s.gen.meta.Synonyms
}

// Close closes the serving generation and releases the folder.
func (s *Store) Close() error {
	s.building.Lock()
	defer s.building.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	var err error
	if s.gen != nil {
		err = s.gen.index.Close()
		s.gen = nil
	}
	if s.lock != nil {
		err = errors.Join(err, s.lock.Close())
		s.lock = nil
	}
	return err
}
