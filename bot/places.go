package bot

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// mention is a place named in a text.
type mention struct {
	place *place
	pos   int // index of its first word, or -1 for a Chinese name
	n     int // how many words
	fuzzy bool
}

// indexFirstWords indexes the first word of every English name, so scanning a text
// costs one map look-up per word that cannot start a name. The gazetteer is read-only
// once built, so many questions may use it at once.
func (g *gazetteer) indexFirstWords() {
	g.first = map[string]int{}
	g.sized = g.sized[:0]
	for name := range g.byName {
		ws := strings.Split(name, " ")
		if len(ws) > g.first[ws[0]] {
			g.first[ws[0]] = len(ws)
		}
		if n := utf8.RuneCountInString(name); n >= 5 {
			g.sized = append(g.sized, sizedName{name, ws, n})
			g.maxWords = max(g.maxWords, len(ws))
		}
	}
	sort.Slice(g.sized, func(i, j int) bool {
		a, b := g.sized[i], g.sized[j]
		if len(a.words) != len(b.words) {
			return len(a.words) < len(b.words)
		}
		if a.runes != b.runes {
			return a.runes < b.runes
		}
		return a.name < b.name
	})
	g.byAffix = map[affix][]int{}
	for i, sn := range g.sized {
		head, tail := affixesOf(sn.name, len(sn.words))
		g.byAffix[head] = append(g.byAffix[head], i)
		g.byAffix[tail] = append(g.byAffix[tail], i)
	}
}

// sizedName is a name, its words and its number of letters.
type sizedName struct {
	name  string
	words []string
	runes int
}

// affix is the first or the last two letters of a name of so many words. A name of
// five letters or more and a text one letter away from it share one of the two: one
// letter changed, added, dropped or two swapped cannot touch both ends.
type affix struct {
	words int
	end   bool
	text  string
}

func affixesOf(name string, words int) (head, tail affix) {
	first := 0
	for range 2 {
		_, size := utf8.DecodeRuneInString(name[first:])
		first += size
	}
	last := len(name)
	for range 2 {
		_, size := utf8.DecodeLastRuneInString(name[:last])
		last -= size
	}
	return affix{words, false, name[:first]}, affix{words, true, name[last:]}
}

// typoCandidates lists, in the order g.sized has them, the names of words words and
// of runes-1 to runes+1 letters (only runes+1 when longer) that may be one letter away
// from phrase, a text of four letters or more.
func (g *gazetteer) typoCandidates(phrase string, words, runes int, longer bool) []sizedName {
	head, tail := affixesOf(phrase, words)
	a, b := g.byAffix[head], g.byAffix[tail]
	var out []sizedName
	for len(a) > 0 || len(b) > 0 {
		var i int
		switch {
		case len(b) == 0 || len(a) > 0 && a[0] < b[0]:
			i, a = a[0], a[1:]
		case len(a) == 0 || b[0] < a[0]:
			i, b = b[0], b[1:]
		default: // in both
			i, a, b = a[0], a[1:], b[1:]
		}
		sn := g.sized[i]
		if sn.runes == runes+1 || !longer && sn.runes >= runes-1 && sn.runes <= runes {
			out = append(out, sn)
		}
	}
	return out
}

// find lists the places a text names. toks are the text's words in their original case
// (see wordsCased). A name of two or more capitals (US, UK, NY) must be written that
// way, so "tell us" is not the United States.
func (g *gazetteer) find(toks []string, text string) []mention {
	first := g.first
	var out []mention
	for i := 0; i < len(toks); i++ {
		longest := first[strings.ToLower(toks[i])]
		for n := min(longest, len(toks)-i); n >= 1; n-- {
			key := strings.ToLower(strings.Join(toks[i:i+n], " "))
			ps := g.byName[key]
			if len(ps) == 0 || (n == 1 && isAcronymName(key) && toks[i] != strings.ToUpper(toks[i])) {
				continue
			}
			if i+n < len(toks) && currencyNouns[strings.ToLower(toks[i+n])] {
				break // "1,800 million US dollars", "Hong Kong dollars": a currency, no place
			}
			if i+n < len(toks) && upgradeNouns[strings.ToLower(toks[i+n])] {
				break // "the London upgrade", "the Shanghai hard fork": a network upgrade's name
			}
			for _, p := range ps {
				out = append(out, mention{place: p, pos: i, n: n})
			}
			i += n - 1
			break
		}
	}
	out = disambiguate(out)
	if hasHan(text) {
		covered := make([]bool, len(text))
	names:
		for _, z := range g.zh {
			from := 0
			for {
				j := strings.Index(text[from:], z.name)
				if j < 0 {
					continue names
				}
				j += from
				if !covered[j] {
					for k := j; k < j+len(z.name); k++ {
						covered[k] = true
					}
					out = append(out, mention{place: z.place, pos: -1})
				}
				from = j + len(z.name)
			}
		}
	}
	return out
}

// upgradeNouns follow a city's name in the name of a network upgrade ("London
// upgrade", "Istanbul hard fork"), or say what the upgrade did ("when London went live",
// "London activated"): blockchains name upgrades after cities.
var upgradeNouns = map[string]bool{"upgrade": true, "upgrades": true, "fork": true, "hard": true, "hardfork": true,
	"network": true, "went": true, "goes": true, "activated": true, "activates": true, "activate": true, "activation": true}

// currencyNouns follow a place's name in the name of its currency.
var currencyNouns = map[string]bool{"dollar": true, "dollars": true}

// disambiguate keeps, of the places a name may be, those that contain or lie in
// another place the text names: Georgia beside Svaneti is the country, beside Atlanta
// the state. A name no other place settles keeps all its places.
func disambiguate(ms []mention) []mention {
	count := map[int]int{}
	for _, m := range ms {
		count[m.pos]++
	}
	out := ms[:0:0]
	for _, m := range ms {
		if count[m.pos] < 2 {
			out = append(out, m)
			continue
		}
		if related(m.place, ms, m.pos) || !anyRelated(ms, m.pos) {
			out = append(out, m)
		}
	}
	return out
}

// related reports whether p contains or lies in a place mentioned elsewhere than pos.
func related(p *place, ms []mention, pos int) bool {
	for _, o := range ms {
		if o.pos != pos && o.place != p && (p.contains(o.place) || o.place.contains(p)) {
			return true
		}
	}
	return false
}

// anyRelated reports whether one of the places mentioned at pos is related to another
// mention.
func anyRelated(ms []mention, pos int) bool {
	for _, m := range ms {
		if m.pos == pos && related(m.place, ms, pos) {
			return true
		}
	}
	return false
}

// isAcronymName reports whether a lower-cased name is a short acronym that is also an
// English word or too easily one (us, uk, ny).
func isAcronymName(key string) bool {
	return !strings.Contains(key, " ") && utf8.RuneCountInString(key) <= 3
}

// findFuzzy matches words no place is called, and no index knows, against names one
// edit away (Sichaun → Sichuan, Quebc → Quebec). known reports whether a word is a
// real word of the corpus or the lexicon, which is never taken for a typo.
func (g *gazetteer) findFuzzy(toks []string, known func(string) bool) []mention {
	var out []mention
	lower := make([]string, len(toks))
	for i, t := range toks {
		lower[i] = strings.ToLower(t)
	}
	for i, t := range toks {
		w := lower[i]
		short := utf8.RuneCountInString(w) == 4 // "Egyt": only a letter dropped from a longer name, and capitalised
		if utf8.RuneCountInString(w) < 5 && !(short && isCapitalised(t)) || !isAlpha(w) || len(g.byName[w]) > 0 {
			continue
		}
		// A word the corpus knows may still be a typo in a name of several words:
		// "McDowel" stems as "McDowell" does, but "McDowel County" is no name.
		least := 1
		if short && (known(w) || i+1 < len(toks) && isCapitalised(toks[i+1]) || i > 1 && isCapitalised(toks[i-1])) {
			continue // "Iris Energy", "Peak Mining": a name's word
		}
		if known(w) {
			if !isCapitalised(t) {
				continue
			}
			least = 2
		}
		// the longest name the typo starts or ends ("Chealn County" → Chelan County),
		// else a one-word one
		var best []*place
		n, start := 0, i
		for k := g.maxWords; k >= least && n == 0; k-- {
			for from := max(i-k+1, 0); from <= i && from+k <= len(toks); from++ {
				phrase := strings.Join(lower[from:from+k], " ")
				runes := utf8.RuneCountInString(phrase)
				// the typo is in one word: a name of several words has another of the
				// phrase's words as is
				other := from + k - 1
				if other == i {
					other = from
				}
				for _, sized := range g.typoCandidates(phrase, k, runes, short && k == 1) {
					name := sized.name
					if k > 1 && sized.words[other-from] != lower[other] {
						continue
					}
					if phrase != name && editDistanceAtMostOne(phrase, name) {
						best, n, start = append(best, g.byName[name]...), k, from
					}
				}
				if n > 0 {
					break
				}
			}
		}
		for _, p := range best {
			out = append(out, mention{place: p, pos: start, n: n, fuzzy: true})
		}
	}
	return out
}

func isAlpha(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// editDistanceAtMostOne reports whether a and b differ by at most one insertion,
// deletion, substitution or swap of neighbouring letters.
func editDistanceAtMostOne(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if i == len(rb) {
		return true
	}
	if len(ra) == len(rb) {
		if string(ra[i+1:]) == string(rb[i+1:]) {
			return true // substitution
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
	}
	return string(ra[i+1:]) == string(rb[i:]) // deletion
}
