// Package barebleve is plain bleve doing the work minebot's index does, with none of
// minebot's design: one text field, a lean mapping, batches of 1000, a match query with
// highlighting. Benchmarks measure minebot beside it in the same run and report the
// ratio. Only test code imports it.
package barebleve

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
)

// BatchSize is how many documents go to bleve at once.
const BatchSize = 1000

// Index is a bare bleve index of texts.
type Index struct {
	idx bleve.Index
}

// leanMapping indexes one field, "text", with the en analyzer. The text is stored and
// has term vectors because highlighting needs both; nothing else is indexed.
func leanMapping() (*mapping.IndexMappingImpl, error) {
	text := bleve.NewTextFieldMapping()
	text.Analyzer = en.AnalyzerName
	text.Store = true
	text.IncludeTermVectors = true
	text.IncludeInAll = false
	text.DocValues = false
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("text", text)
	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = en.AnalyzerName
	m.IndexDynamic, m.StoreDynamic, m.DocValuesDynamic = false, false, false
	return m, m.Validate()
}

// Build indexes texts (document i has the ID "i") with scorch, in memory when path is
// "", else in a new folder at path, and returns the index open for searching.
func Build(path string, texts []string) (*Index, error) {
	m, err := leanMapping()
	if err != nil {
		return nil, err
	}
	idx, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, err
	}
	batch := idx.NewBatch()
	for i, t := range texts {
		if err := batch.Index(fmt.Sprint(i), map[string]any{"text": t}); err != nil {
			idx.Close()
			return nil, err
		}
		if batch.Size() >= BatchSize || i == len(texts)-1 {
			if err := idx.Batch(batch); err != nil {
				idx.Close()
				return nil, err
			}
			batch.Reset()
		}
	}
	return &Index{idx: idx}, nil
}

// Search runs a match query for text on the text field, best 10 hits, with their
// highlighted fragments, and returns how many hits matched in all.
func (x *Index) Search(ctx context.Context, text string) (uint64, error) {
	q := bleve.NewMatchQuery(text)
	q.SetField("text")
	req := bleve.NewSearchRequestOptions(q, 10, 0, false)
	req.Highlight = bleve.NewHighlight()
	req.Highlight.AddField("text")
	res, err := x.idx.SearchInContext(ctx, req)
	if err != nil {
		return 0, err
	}
	for _, h := range res.Hits {
		if len(h.Fragments["text"]) == 0 {
			return 0, fmt.Errorf("hit %s has no highlighted fragment", h.ID)
		}
	}
	return res.Total, nil
}

// Open opens an index Build made on disk, read-only, as a serving process would.
func Open(path string) (*Index, error) {
	idx, err := bleve.OpenUsing(path, map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, err
	}
	return &Index{idx: idx}, nil
}

// Close closes the index.
func (x *Index) Close() error { return x.idx.Close() }
