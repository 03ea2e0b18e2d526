package bot

import (
	"math"
	"regexp"
	"strings"
	"time"

	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
)

// relation says how a place named in a source relates to the place a question asks about.
type relation int

const (
	relNone   relation = iota // names no place
	relOther                  // a place outside the question's
	relAbove                  // a place that contains the question's (a national measure)
	relInside                 // a place inside the question's (a province of the country asked about)
	relExact                  // the place itself
)

// stance is what a statement says about whether mining is restricted.
type stance int

const (
	stanceNone       stance = iota
	stanceRestricted        // banned, halted, shut
	stancePartial           // restricted in part, for a time, or only proposed
	stanceAllowed           // legal, allowed, not (yet) banned
)

// sentence is one sentence of a retrieved passage, read against a question.
type sentence struct {
	text    string
	article *index.Article
	hit     float64  // the passage's search score, relative to the best
	toks    []string // lower case
	cased   []string
	han     bool // has Chinese text
	places  []mention
	// mentionRel relates each of places to the question's places.
	mentionRel []relation
	rel        relation // of the sentence's own place mentions
	artRel     relation // of its article's regions
	cover      float64  // weighted share of the question's terms it contains
	score      float64
	dates      []dateMention
	stance     stance
	// when is the date the statement speaks of: a date it names, or its publication.
	when time.Time
}

// relationTo relates a list of places to the question's places: the closest relation
// of any of them, where a more specific other place outweighs a containing one
// ("Kazakhstan" beats "Asia" in a sentence asked about China).
func relationTo(ps []*place, qs []*place) relation {
	best := relNone
	otherDepth, aboveDepth := -1, -1
	for _, p := range ps {
		r := relOther
		for _, q := range qs {
			switch {
			case p == q:
				r = max(r, relExact)
			case q.contains(p):
				r = max(r, relInside)
			case p.contains(q):
				r = max(r, relAbove)
			}
		}
		switch r {
		case relOther:
			otherDepth = max(otherDepth, p.depth())
		case relAbove:
			aboveDepth = max(aboveDepth, p.depth())
		}
		best = max(best, r)
	}
	if best == relAbove && otherDepth > aboveDepth {
		return relOther
	}
	return best
}

// idf weighs terms by how rare they are among the passages.
type idf struct {
	weight map[string]float64
}

func newIDF(freqs map[string]int, total int) idf {
	w := make(map[string]float64, len(freqs))
	for t, df := range freqs {
		w[t] = math.Log(1 + (float64(total)-float64(df)+0.5)/(float64(df)+0.5))
	}
	return idf{weight: w}
}

// coverage is the idf-weighted share of the question's terms that the sentence holds,
// counting a synonym as the term itself.
func coverage(terms []string, w idf, toks []string, syn map[string][]string, text string, zhTerms []string) float64 {
	var have, all float64
	for _, t := range terms {
		weight := w.weight[t]
		all += weight
		if hasStem(toks, t) {
			have += weight
			continue
		}
		for _, s := range syn[t] {
			if hasStem(toks, s) {
				have += weight
				break
			}
		}
	}
	for _, z := range zhTerms {
		all++
		if strings.Contains(text, z) {
			have++
		}
	}
	if all == 0 {
		return 0
	}
	return have / all
}

// hasStem reports whether a word of toks has the stem: the English stemmer keeps a
// word's beginning, but for a final y it turns into i ("polici" for "policy").
func hasStem(toks []string, stem string) bool {
	alt := ""
	if strings.HasSuffix(stem, "i") {
		alt = stem[:len(stem)-1] + "y"
	}
	for _, t := range toks {
		if strings.HasPrefix(t, stem) || alt != "" && strings.HasPrefix(t, alt) {
			return true
		}
	}
	return false
}

var numberRE = regexp.MustCompile(`(?:[$€£¥]\s?)?\d[\d,]*(?:\.\d+)?\s?(?:%|percent|per cent|per ?cent|million|billion|trillion|EH/s|TH/s|PH/s|exahashes|MW|GW|kWh|kilowatt-hours|megawatts|gigawatts|BTC|bitcoin|yuan|tenge|rubles|roubles|dollars|tonnes|machines|rigs|companies|projects|farms|mines|miners|万|亿|千瓦时|兆瓦|台|家|个)?`)

// numbers lists the figures a sentence gives, leaving out years and dates.
func numbers(s string, dates []dateMention) []string {
	var out []string
	for _, m := range numberRE.FindAllString(s, -1) {
		m = strings.TrimSpace(m)
		if yearOf(m) > 0 || isInDates(m, dates) || len(strings.Trim(m, "0123456789,.")) == 0 && len(m) <= 2 {
			continue
		}
		out = append(out, m)
	}
	return out
}

func isInDates(m string, dates []dateMention) bool {
	for _, d := range dates {
		if strings.Contains(d.text, m) {
			return true
		}
	}
	return false
}

// sentencesOf cuts the hits into sentences, once each.
func sentencesOf(hits []index.Hit) []*sentence {
	var out []*sentence
	seen := map[string]bool{}
	top := 0.0
	for _, h := range hits {
		top = math.Max(top, h.Score)
	}
	for _, h := range hits {
		for _, text := range content.Sentences(h.Text) {
			key := h.Article.Path + "\x00" + text
			if seen[key] || len([]rune(text)) < 12 {
				continue
			}
			seen[key] = true
			out = append(out, &sentence{text: text, article: h.Article, hit: h.Score / math.Max(top, 1e-9)})
		}
	}
	return out
}
