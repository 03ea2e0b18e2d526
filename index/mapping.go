// Package index is everything minebot does with bleve: the mapping, cutting articles
// into passages, building an index generation in batches, searching it, and swapping a
// new generation in atomically while questions are being answered. It is the only
// package that imports bleve; callers see Passage, Hit and Info.
package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Field names of a passage document.
const (
	fieldText      = "text"    // English text, en analyzer (stemming, stop words, synonyms)
	fieldTextZH    = "text_zh" // Chinese text, cjk analyzer (bigrams)
	fieldTitle     = "title"
	fieldTitleZH   = "title_zh"
	fieldRegions   = "regions" // keyword, one term per region, lower-cased
	fieldTags      = "tags"    // keyword
	fieldPublished = "published"
	fieldLine      = "line" // stored only

	synonymSource     = "en_synonyms"
	synonymCollection = "minebot"
)

// Scoring models the index can be built with.
const (
	BM25  = bindex.BM25Scoring
	TFIDF = bindex.TFIDFScoring
)

// newMapping builds the explicit, lean mapping: only the fields above are indexed,
// nothing is dynamic, and only what answers need is stored.
func newMapping(scoring string) (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	m.ScoringModel = scoring
	m.DefaultAnalyzer = en.AnalyzerName
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	if err := m.AddSynonymSource(synonymSource, map[string]interface{}{
		"collection": synonymCollection,
		"analyzer":   en.AnalyzerName,
	}); err != nil {
		return nil, err
	}

	text := func(analyzer string, store bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	enText := text(en.AnalyzerName, true)
	enText.SynonymSource = synonymSource
	enTitle := text(en.AnalyzerName, false)
	enTitle.SynonymSource = synonymSource

	kw := text(keyword.Name, false)
	published := bleve.NewDateTimeFieldMapping()
	published.Store = false
	published.IncludeInAll = false
	line := bleve.NewNumericFieldMapping()
	line.Index = false
	line.Store = true
	line.IncludeInAll = false
	line.DocValues = false

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, enText)
	doc.AddFieldMappingsAt(fieldTextZH, text(cjk.AnalyzerName, true))
	doc.AddFieldMappingsAt(fieldTitle, enTitle)
	doc.AddFieldMappingsAt(fieldTitleZH, text(cjk.AnalyzerName, false))
	doc.AddFieldMappingsAt(fieldRegions, kw)
	doc.AddFieldMappingsAt(fieldTags, text(keyword.Name, false))
	doc.AddFieldMappingsAt(fieldPublished, published)
	doc.AddFieldMappingsAt(fieldLine, line)
	m.DefaultMapping = doc
	return m, m.Validate()
}
