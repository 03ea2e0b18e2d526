package index

import (
	"context"
	"sync"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/registry"
	bindex "github.com/blevesearch/bleve_index_api"
)

var (
	enOnce     sync.Once
	enAnalyzer analysis.Analyzer
)

// Analyze returns the terms the index makes of English text: lower-cased, stemmed,
// without stop words ("Banned miners" → "ban", "miner"). Callers compare words with
// what the index holds through it.
func Analyze(text string) []string {
	enOnce.Do(func() {
		a, err := registry.NewCache().AnalyzerNamed(en.AnalyzerName)
		if err != nil {
			panic(err) // the en analyzer is compiled in
		}
		enAnalyzer = a
	})
	tokens := enAnalyzer.Analyze([]byte(text))
	out := make([]string, 0, len(tokens))
	for _, t := range tokens {
		out = append(out, string(t.Term))
	}
	return out
}

// Field is a part of the passages that FreqsIn counts terms in.
type Field int

const (
	InText    Field = iota // the English text, terms as Analyze makes them
	InTitles               // the articles' titles, terms as Analyze makes them
	InRegions              // the articles' regions, lower-cased names
)

// FreqsIn returns how many passages of the serving generation hold each term in a
// field, and how many passages there are in all. For the titles and the regions, a
// passage holds what its article does.
func (s *Store) FreqsIn(ctx context.Context, in Field, terms []string) (map[string]int, int, error) {
	field := fieldText
	switch in {
	case InTitles:
		field = fieldTitle
	case InRegions:
		field = fieldRegions
	}
	freqs := make(map[string]int, len(terms))
	total := 0
	err := s.read(func(r bindex.IndexReader, meta Meta) error {
		total = meta.Passages
		for _, t := range terms {
			if _, done := freqs[t]; done {
				continue
			}
			tfr, err := r.TermFieldReader(ctx, []byte(t), field, false, false, false)
			if err != nil {
				return err
			}
			freqs[t] = int(tfr.Count())
			tfr.Close()
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return freqs, total, nil
}

// Near returns the analyzed English terms of the serving generation one edit from
// term, for mending a name typed with a letter wrong ("harvrd" → "harvard").
func (s *Store) Near(ctx context.Context, term string) ([]string, error) {
	var out []string
	err := s.read(func(r bindex.IndexReader, _ Meta) error {
		fr, ok := r.(bindex.IndexReaderFuzzy)
		if !ok {
			return nil // an index that cannot look up near terms mends nothing
		}
		d, err := fr.FieldDictFuzzy(fieldText, term, 1, "")
		if err != nil {
			return err
		}
		defer d.Close()
		for {
			e, err := d.Next()
			if err != nil || e == nil {
				return err
			}
			if e.Term != term {
				out = append(out, e.Term)
			}
		}
	})
	return out, err
}

// read calls fn with a reader of the serving generation's index and its meta, holding
// the generation for the call.
func (s *Store) read(fn func(bindex.IndexReader, Meta) error) error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.gen == nil {
		return ErrNotReady
	}
	adv, err := s.gen.index.Advanced()
	if err != nil {
		return err
	}
	r, err := adv.Reader()
	if err != nil {
		return err
	}
	defer r.Close()
	return fn(r, s.gen.meta)
}
