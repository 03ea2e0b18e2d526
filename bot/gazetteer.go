package bot

import (
	"bufio"
	"bytes"
	_ "embed"
	"sort"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

//go:embed data/places.tsv
var placesFile []byte

//go:embed data/demonyms.tsv
var demonymsFile []byte

// place is one entry of the gazetteer: a country, province, state, prefecture, park...
type place struct {
	Name     string // canonical English name
	Type     string
	Parent   *place
	names    []string // every English name, lower-case words joined by spaces
	zh       []string // Chinese names
	children []*place
}

// ancestors lists the places that contain p, nearest first.
func (p *place) ancestors() []*place {
	var out []*place
	for q := p.Parent; q != nil; q = q.Parent {
		out = append(out, q)
	}
	return out
}

// contains reports whether q is p or lies inside p.
func (p *place) contains(q *place) bool {
	for ; q != nil; q = q.Parent {
		if q == p {
			return true
		}
	}
	return false
}

func (p *place) depth() int { return len(p.ancestors()) }

// nameIn is the place's name in a language: its first Chinese name for "zh".
func (p *place) nameIn(lang string) string {
	if lang == "zh" && len(p.zh) > 0 {
		return p.zh[0]
	}
	return p.Name
}

// gazetteer knows places by every name: English (exact, or one edit away) and Chinese.
type gazetteer struct {
	places []*place
	byName map[string][]*place // normalised English name → places
	zh     []zhName            // longest first
	first  map[string]int      // first word of a name → most words of such a name
	// sized are the names of five letters or more, by words, letters and name; byAffix
	// indexes them by their first and last two letters, for typos (findFuzzy)
	sized    []sizedName
	byAffix  map[affix][]int
	maxWords int
	// adjectives are the names from demonyms.tsv: "Kyrgyz mining farms" in a question
	// asks about Kyrgyzstan, but "the Canadian province of Manitoba" in a source speaks
	// of Manitoba, so sources' adjectives are not read as places (see nounsOnly).
	adjectives map[string]bool
	aliases    []alias // rows of type alias, added once every place is known
	// glosses are the English names of things other than places, by the Chinese
	// names the articles give them (rows of type gloss), longest first
	glosses []zhGloss
}

// zhGloss is a Chinese name of a company, a body or a person and its English name.
type zhGloss struct{ zh, en string }

// nounsOnly drops the mentions made by a country's adjective.
func (g *gazetteer) nounsOnly(ms []mention, cased []string) []mention {
	out := ms[:0]
	for _, m := range ms {
		if m.pos >= 0 && m.pos+m.n <= len(cased) && g.adjectives[normName(strings.Join(cased[m.pos:m.pos+m.n], " "))] {
			continue
		}
		out = append(out, m)
	}
	return out
}

// idiomNouns make a country's adjective part of a term that names no place: an
// "American call option", a "Dutch auction", "European-style" options.
var idiomNouns = map[string]bool{"call": true, "put": true, "option": true, "options": true, "auction": true,
	"auctions": true, "style": true}

// idiomsOut drops the mentions made by a country's adjective in such a term.
func (g *gazetteer) idiomsOut(ms []mention, cased []string) []mention {
	out := ms[:0]
	for _, m := range ms {
		end := m.pos + m.n
		if m.pos >= 0 && end < len(cased) && idiomNouns[strings.ToLower(cased[end])] &&
			g.adjectives[normName(strings.Join(cased[m.pos:end], " "))] {
			continue
		}
		out = append(out, m)
	}
	return out
}

type zhName struct {
	name  string
	place *place
}

// normName normalises an English place name: lower-case words joined by one space,
// with a leading "the" dropped.
func normName(s string) string {
	ws := words(s)
	if len(ws) > 1 && ws[0] == "the" {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// newGazetteer builds the gazetteer from CLDR's country names, the places data file,
// a content folder's own rows (extra), and the regions that articles list (regions[i]
// holds one article's list).
func newGazetteer(regions [][]string, extra ...[]byte) *gazetteer {
	g := &gazetteer{byName: map[string][]*place{}}
	g.addCountries()
	g.addFile(placesFile)
	g.addFile(demonymsFile)
	g.adjectives = map[string]bool{}
	for _, line := range strings.Split(string(demonymsFile), "\n") {
		if f := strings.Split(line, "\t"); len(f) == 4 && !strings.HasPrefix(line, "#") {
			for _, a := range strings.Split(f[3], "|") {
				g.adjectives[normName(a)] = true
			}
		}
	}
	for _, rows := range extra {
		g.addFile(rows)
	}
	for _, list := range regions {
		g.addArticleRegions(list)
	}
	for _, a := range g.aliases {
		for _, p := range g.lookup(a.name) {
			g.add(p, a.en, a.zh)
		}
	}
	sort.SliceStable(g.zh, func(i, j int) bool { return len(g.zh[i].name) > len(g.zh[j].name) })
	g.glosses = oneMeaning(g.glosses)
	g.indexFirstWords()
	return g
}

// alias is a row of more names for a place known by another row or an article.
type alias struct {
	name   string
	en, zh []string
}

func (g *gazetteer) add(p *place, english []string, chinese []string) {
	for _, n := range english {
		k := normName(n)
		keys := []string{k}
		if joined := strings.ReplaceAll(k, " ", ""); joined != k && len(joined) >= 6 {
			keys = append(keys, joined) // "Deli Tua" written "Delitua"
		}
		for _, k := range keys {
			if k != "" && !containsPlace(g.byName[k], p) {
				g.byName[k] = append(g.byName[k], p)
				p.names = append(p.names, k)
			}
		}
	}
	for _, n := range chinese {
		if n = strings.TrimSpace(n); n != "" {
			g.zh = append(g.zh, zhName{n, p})
			p.zh = append(p.zh, n)
		}
	}
}

func containsPlace(ps []*place, p *place) bool {
	for _, q := range ps {
		if q == p {
			return true
		}
	}
	return false
}

// addCountries adds every country and territory CLDR names, in English and Chinese.
func (g *gazetteer) addCountries() {
	en, zh := display.English.Regions(), display.SimplifiedChinese.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			name := en.Name(r)
			if name == "" || strings.EqualFold(name, "unknown region") || len(g.lookup(name)) > 0 {
				continue // deprecated codes (BU, VD) name a country already added
			}
			p := &place{Name: name, Type: "country"}
			g.places = append(g.places, p)
			g.add(p, []string{name}, []string{zh.Name(r)})
		}
	}
}

// lookup returns the places with this English name, countries first.
func (g *gazetteer) lookup(name string) []*place { return g.byName[normName(name)] }

// addFile reads the places data file: name, parent, type, aliases (|-separated),
// tab-separated. A row may also add aliases to a country CLDR already named.
func (g *gazetteer) addFile(data []byte) {
	type row struct{ name, parent, typ, aliases string }
	var rows []row
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 4 {
			f = append(f, "")
		}
		rows = append(rows, row{strings.TrimSpace(f[0]), strings.TrimSpace(f[1]), strings.TrimSpace(f[2]), f[3]})
	}
	// Add every row first, then link parents, so rows may come in any order.
	made := make([]*place, len(rows))
	for i, r := range rows {
		var en, zh []string
		for _, a := range append([]string{r.name}, strings.Split(r.aliases, "|")...) {
			if hasHan(a) {
				zh = append(zh, a)
			} else if strings.TrimSpace(a) != "" {
				en = append(en, a)
			}
		}
		if r.typ == "country" {
			if ps := g.lookup(r.name); len(ps) > 0 {
				g.add(ps[0], en, zh)
				continue
			}
		}
		if r.typ == "alias" {
			// more names of a place known by the end, an article's region too
			g.aliases = append(g.aliases, alias{r.name, en, zh})
			continue
		}
		if r.typ == "gloss" {
			for _, z := range zh {
				g.glosses = append(g.glosses, zhGloss{z, r.name})
			}
			continue
		}
		p := &place{Name: r.name, Type: r.typ}
		made[i] = p
		g.places = append(g.places, p)
		g.add(p, en, zh)
	}
	for i, r := range rows {
		if made[i] == nil || r.parent == "" || r.parent == "-" {
			continue
		}
		if parent := g.bestParent(r.parent, made[i]); parent != nil {
			made[i].Parent = parent
			parent.children = append(parent.children, made[i])
		}
	}
}

// bestParent resolves a parent name, preferring a country when several places share it
// (the US state and the country Georgia), and never the place itself.
func (g *gazetteer) bestParent(name string, child *place) *place {
	var best *place
	for _, p := range g.lookup(name) {
		if p == child {
			continue
		}
		if best == nil || (p.Type == "country" && best.Type != "country") {
			best = p
		}
	}
	return best
}

// addArticleRegions makes sure every region an article lists is known. A new one is
// placed under the most specific known place of the same list, so a curator's
// [Zhundong, Changji, Xinjiang] teaches the bot where Zhundong is.
func (g *gazetteer) addArticleRegions(list []string) {
	var deepest *place
	for _, r := range list {
		for _, p := range g.lookup(r) {
			if deepest == nil || p.depth() > deepest.depth() {
				deepest = p
			}
		}
	}
	for _, r := range list {
		if hasHan(r) {
			if g.findZH(r) == nil {
				p := &place{Name: r, Type: "region", Parent: deepest}
				g.places = append(g.places, p)
				g.add(p, nil, []string{r})
			}
			continue
		}
		if len(g.lookup(r)) > 0 || normName(r) == "" {
			continue
		}
		p := &place{Name: r, Type: "region", Parent: deepest}
		if deepest != nil {
			deepest.children = append(deepest.children, p)
		}
		g.places = append(g.places, p)
		g.add(p, []string{r}, nil)
	}
}

func (g *gazetteer) findZH(name string) *place {
	for _, z := range g.zh {
		if z.name == name {
			return z.place
		}
	}
	return nil
}

// oneMeaning sorts glosses longest first and drops the Chinese names given to more
// than one English name: "大学" ends both 哈佛大学 and 斯坦福大学.
func oneMeaning(gs []zhGloss) []zhGloss {
	ens := map[string]map[string]bool{}
	for _, gl := range gs {
		if ens[gl.zh] == nil {
			ens[gl.zh] = map[string]bool{}
		}
		ens[gl.zh][strings.ToLower(gl.en)] = true
	}
	var out []zhGloss
	seen := map[string]bool{}
	for _, gl := range gs {
		if len(ens[gl.zh]) == 1 && !seen[gl.zh] {
			seen[gl.zh] = true
			out = append(out, gl)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].zh) > len(out[j].zh) })
	return out
}
