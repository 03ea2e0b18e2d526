package bot

import (
	"context"
	"sort"
	"strings"

	"github.com/minebot/minebot/index"
)

// reading is what the engine made of the retrieved sentences for one question.
type reading struct {
	sentences []*sentence // best first
	about     bool        // some retrieved article is about the question's places
}

// miningWords mark a sentence as being about mining at all, so "shut down the
// internet" is not read as a mining ban.
var miningWords = wordList{
	EN: []string{"mining", "mine", "mines", "miner", "miners", "crypto", "cryptocurrency", "cryptocurrencies", "bitcoin",
		"btc", "rigs", "rig", "farms", "farm", "hashrate", "hash", "proof-of-work", "data", "virtual", "digital", "projects", "project", "machines", "asic", "asics"},
	ZH: []string{"挖矿", "矿", "比特币", "加密", "虚拟货币", "算力", "数字货币"},
}

// liftWords turn a restriction around: "lifted the ban".
var liftWords = wordList{
	EN: []string{"lift", "lifted", "lifts", "lifting", "resume", "resumed", "resumes", "resuming", "reopen", "reopened", "legalize", "legalized", "legalise", "legalised", "legalizes", "legalizing", "legalization", "legalisation"},
	ZH: []string{"解禁", "恢复", "合法化", "取消禁令"},
}

func (e *Engine) read(ctx context.Context, q *question, st *engineState, hits []index.Hit) (*reading, error) {
	terms := q.stems()
	var zhTerms []string
	if q.lang == "zh" {
		for _, z := range e.lx.zhTerms {
			if strings.Contains(q.text, z) {
				zhTerms = append(zhTerms, z)
				for _, t := range e.lx.Translations[z] {
					terms = append(terms, index.Analyze(t)...)
				}
			}
		}
	}
	freqs, total, err := e.store.DocFreqs(ctx, terms)
	if err != nil {
		return nil, err
	}
	w := newIDF(freqs, total)
	r := &reading{sentences: sentencesOf(hits)}
	// A cheap first pass ranks every sentence; only the best are read closely.
	for _, s := range r.sentences {
		e.skim(s, q, st, w, terms, zhTerms)
		if s.artRel >= relAbove || s.rel >= relInside {
			r.about = true
		}
	}
	sort.SliceStable(r.sentences, func(i, j int) bool { return r.sentences[i].score > r.sentences[j].score })
	for i, s := range r.sentences {
		if i < closeReads || (s.rel >= relAbove || s.artRel >= relAbove) && (q.restrict || q.permit) {
			e.readClosely(s, q)
		}
	}
	sort.SliceStable(r.sentences, func(i, j int) bool { return r.sentences[i].score > r.sentences[j].score })
	return r, nil
}

// closeReads is how many of the best-ranked sentences are read for dates, figures and
// stance.
const closeReads = 24

// stems are the question's content words as the index analyses them.
func (q *question) stems() []string {
	var out []string
	for _, t := range q.terms {
		out = append(out, index.Analyze(t)...)
	}
	return out
}

// skim reads what ranks a sentence: its words, places and how much of the question it
// covers.
func (e *Engine) skim(s *sentence, q *question, st *engineState, w idf, terms, zhTerms []string) {
	cased := wordsCased(s.text)
	s.cased = cased
	s.han = hasHan(s.text)
	s.toks = make([]string, len(cased))
	for i, c := range cased {
		s.toks[i] = strings.ToLower(c)
	}
	s.places = st.places.find(cased, s.text)
	s.rel = relationTo(placesOf(s.places), q.places)
	s.mentionRel = make([]relation, len(s.places))
	for i, m := range s.places {
		s.mentionRel[i] = relationTo([]*place{m.place}, q.places)
	}
	s.artRel = relationTo(st.regionsOf(s.article), q.places)
	s.cover = coverage(terms, w, s.toks, st.synonyms, s.text, zhTerms)
	s.when = s.article.Published
	s.score = 2*s.cover + 0.3*s.hit + placeScore(s, q)
}

// readClosely reads a sentence's dates, figures and stance, and scores it for the
// kind of answer the question wants.
func (e *Engine) readClosely(s *sentence, q *question) {
	s.dates = datesIn(s.cased, s.text, s.han, s.article.Published)
	for _, d := range s.dates {
		if d.precision >= 2 && !d.when.After(s.article.Published) && d.when.Before(s.when) {
			s.when = d.when
		}
	}
	s.stance = e.stanceOf(s)
	s.score += kindScore(s, q)
}

func placesOf(ms []mention) []*place {
	out := make([]*place, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.place)
	}
	return out
}

func placeScore(s *sentence, q *question) float64 {
	if len(q.places) == 0 {
		return 0
	}
	score := map[relation]float64{relExact: 1, relInside: 0.6, relAbove: 0.3, relOther: -0.8}[s.rel]
	if s.rel <= relOther {
		score += map[relation]float64{relExact: 0.6, relInside: 0.3, relAbove: 0.1, relOther: -0.5}[s.artRel]
	}
	return score
}

func kindScore(s *sentence, q *question) float64 {
	switch q.kind {
	case KindWhen:
		best := 0
		for _, d := range s.dates {
			best = max(best, d.precision)
		}
		return []float64{0, 0.2, 0.5, 0.8}[best]
	case KindNumber:
		if len(numbers(s.text, s.dates)) > 0 {
			return 0.6
		}
	case KindWhere:
		if s.rel == relOther || s.rel == relInside {
			return 0.4
		}
	}
	return 0
}

// stanceOf reads whether a sentence says mining is restricted where the question asks.
func (e *Engine) stanceOf(s *sentence) stance {
	if !miningWords.has(s.toks, s.text) {
		return stanceNone
	}
	lx := e.lx
	restrictAt := lx.Restrict.find(s.toks, s.text)
	permitAt := lx.Permit.find(s.toks, s.text)
	if len(restrictAt) == 0 && len(permitAt) == 0 {
		return stanceNone
	}
	if !e.attached(s, append(append([]int{}, restrictAt...), permitAt...)) {
		return stanceNone
	}
	partial := lx.Partial.has(s.toks, s.text)
	if liftWords.has(s.toks, s.text) {
		if e.negatedNear(s, liftWords.find(s.toks, s.text), liftWords.ZH) {
			return stanceRestricted
		}
		return stanceAllowed
	}
	if len(restrictAt) > 0 {
		if e.negatedNear(s, restrictAt, lx.Restrict.ZH) {
			return stanceAllowed
		}
		if partial {
			return stancePartial
		}
		return stanceRestricted
	}
	if e.negatedNear(s, permitAt, lx.Permit.ZH) {
		return stanceRestricted
	}
	if partial {
		return stancePartial
	}
	return stanceAllowed
}

// negatedNear reports a negation within five words before any of the positions, or a
// Chinese negation right before one of the Chinese words.
func (e *Engine) negatedNear(s *sentence, at []int, zh []string) bool {
	negAt := e.lx.Negation.find(s.toks, s.text)
	for i, w := range s.toks {
		if negatedWord(w) {
			negAt = append(negAt, i)
		}
	}
	for _, p := range at {
		if p < 0 {
			continue
		}
		for _, n := range negAt {
			if n >= 0 && n < p && p-n <= 5 {
				return true
			}
		}
	}
	if !s.han {
		return false
	}
	for _, w := range zh {
		for _, neg := range e.lx.Negation.ZH {
			if strings.Contains(s.text, neg+w) || strings.Contains(s.text, neg+"被"+w) {
				return true
			}
		}
	}
	return false
}

// attached reports whether the measure a sentence states concerns the question's
// place: the place named nearest to the measure word is not some other place.
func (e *Engine) attached(s *sentence, at []int) bool {
	if len(s.places) == 0 {
		return s.artRel >= relAbove || s.artRel == relNone
	}
	for _, p := range at {
		if p < 0 {
			return s.rel >= relAbove
		}
		best, dist := relNone, 1<<30
		for i, m := range s.places {
			if m.pos < 0 {
				continue
			}
			d := m.pos - p
			if d < 0 {
				d = -d
			}
			if d < dist {
				best, dist = s.mentionRel[i], d
			}
		}
		if best >= relAbove {
			return true
		}
	}
	return false
}
