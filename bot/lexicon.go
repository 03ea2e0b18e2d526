package bot

import (
	_ "embed"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed data/lexicon.yaml
var lexiconFile []byte

// wordList is a list of English words and phrases and Chinese substrings.
type wordList struct {
	EN []string `yaml:"en"`
	ZH []string `yaml:"zh"`

	// describes marks the side of an opposite that says what a thing is ("a fixed
	// rate", "an unsecured note"), not what was done: its participles count after "a".
	describes bool

	once    sync.Once
	byFirst map[string][][]string // first word → the phrases it starts, as words
}

func (w *wordList) index() map[string][][]string {
	w.once.Do(func() {
		w.byFirst = map[string][][]string{}
		for _, phrase := range w.EN {
			parts := words(phrase) // cut as texts are: "province-wide" is two words
			if len(parts) > 0 {
				w.byFirst[parts[0]] = append(w.byFirst[parts[0]], parts)
			}
		}
	})
	return w.byFirst
}

// lexicon is the vocabulary the engine reads questions and sources with (data/lexicon.yaml).
type lexicon struct {
	Restrict     wordList `yaml:"restrict"`
	Permit       wordList `yaml:"permit"`
	Negation     wordList `yaml:"negation"`
	Partial      wordList `yaml:"partial"`
	Narrower     wordList `yaml:"narrower"`
	Proposal     wordList `yaml:"proposal"`
	NotNegZH     []string `yaml:"not_negation_zh"`
	Completeness wordList `yaml:"completeness"`
	Require      wordList `yaml:"require"`
	Announce     wordList `yaml:"announce"`
	Ending       wordList `yaml:"ending"`
	// a question that asks whether something was stopped (Stopping) is answered
	// "partly" by a source that says it was stopped for a time (Suspension)
	Stopping   wordList          `yaml:"stopping"`
	Suspension wordList          `yaml:"suspension"`
	Filler     []string          `yaml:"filler"`
	FillerZH   []string          `yaml:"filler_zh"`
	Kinds      map[Kind]wordList `yaml:"kinds"`
	// the nouns a Chinese "哪…" question may ask for, by the kind they make it
	WhichNounsZH map[Kind][]string   `yaml:"which_nouns_zh"`
	Translations map[string][]string `yaml:"translations"`
	Opposites    []*opposite         `yaml:"opposites"`
	Limits       wordList            `yaml:"limits"`
	Enforcement  wordList            `yaml:"enforcement"`
	Rule         wordList            `yaml:"rule"`
	Enactment    wordList            `yaml:"enactment"`
	Preliminary  wordList            `yaml:"preliminary"`
	Done         wordList            `yaml:"done"`
	Deals        wordList            `yaml:"deals"`
	Agreed       wordList            `yaml:"agreed"`
	Stages       wordList            `yaml:"legislative_stages"`
	// what makes a yes only a partial one: "some of", "briefly", "preparing to"
	Limiting wordList `yaml:"limiting"`
	// abbreviations a question may use for words sources spell out ("CEO")
	Abbreviations map[string]string `yaml:"abbreviations"`
	// the title a who-question's verb makes the person ("who runs …?": director)
	RoleVerbs map[string]string `yaml:"role_verbs"`
	// crypto activities that are not mining: a ban on mining says nothing of them
	OtherActivities wordList `yaml:"other_activities"`
	// who-questions: what asks for a person or a company, and what marks one
	PersonTitles []string `yaml:"person_titles"`
	PersonVerbs  []string `yaml:"person_verbs"`
	// verbs done to a person, whose name follows them ("police detained Jane Roe")
	PersonObjectVerbs []string `yaml:"person_object_verbs"`
	// nouns that count people, for "how many people"
	PeopleNouns     []string `yaml:"people_nouns"`
	CompanyNouns    []string `yaml:"company_nouns"`
	CompanySuffixes []string `yaml:"company_suffixes"`

	filler                                      map[string]bool
	titles, personVerbs, companyNouns, suffixes map[string]bool
	personObjectVerbs, peopleNouns              map[string]bool
	// kindOrder lists the kinds in the order their openings are tried.
	kindOrder []Kind
	// oppositesByWord lists, for each first word of an opposite's English phrases,
	// which opposites have it (see oppositesIn).
	oppositesByWord map[string][]int
	// kindPhrases are the English openings of each kind, as words.
	kindPhrases map[Kind][][]string
	// zhTerms are the translation keys, longest first.
	zhTerms []string
}

func loadLexicon(data []byte) (*lexicon, error) {
	var lx lexicon
	if err := yaml.Unmarshal(data, &lx); err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	lx.filler = map[string]bool{}
	for _, w := range lx.Filler {
		lx.filler[w] = true
	}
	lx.titles, lx.personVerbs = setOf(lx.PersonTitles), setOf(lx.PersonVerbs)
	lx.personObjectVerbs, lx.peopleNouns = setOf(lx.PersonObjectVerbs), setOf(lx.PeopleNouns)
	lx.companyNouns, lx.suffixes = setOf(lx.CompanyNouns), setOf(lx.CompanySuffixes)
	lx.oppositesByWord = map[string][]int{}
	for i, o := range lx.Opposites {
		o.a, o.b = &wordList{EN: o.A, ZH: o.ZHA, describes: o.Describes}, &wordList{EN: o.B, ZH: o.ZHB, describes: o.Describes}
		for _, side := range []*wordList{o.a, o.b} {
			for first := range side.index() {
				if ids := lx.oppositesByWord[first]; len(ids) == 0 || ids[len(ids)-1] != i {
					lx.oppositesByWord[first] = append(ids, i)
				}
			}
		}
	}
	lx.kindOrder = []Kind{KindWhen, KindWho, KindWhere, KindNumber, KindYesNo, KindWhat}
	lx.kindPhrases = map[Kind][][]string{}
	for k := range lx.Kinds {
		for _, phrase := range lx.Kinds[k].EN {
			lx.kindPhrases[k] = append(lx.kindPhrases[k], strings.Fields(phrase))
		}
	}
	for k := range lx.Translations {
		lx.zhTerms = append(lx.zhTerms, k)
	}
	sort.Slice(lx.zhTerms, func(i, j int) bool {
		if len(lx.zhTerms[i]) != len(lx.zhTerms[j]) {
			return len(lx.zhTerms[i]) > len(lx.zhTerms[j])
		}
		return lx.zhTerms[i] < lx.zhTerms[j] // the same answer every run
	})
	return &lx, nil
}

// mustLexicon loads the embedded lexicon; it is part of the binary, so a broken one is
// a build defect caught by the tests.
func mustLexicon() *lexicon {
	lx, err := loadLexicon(lexiconFile)
	if err != nil {
		panic(err)
	}
	return lx
}

// find reports where the list's entries occur in a sentence: English phrases as whole
// words of toks, Chinese entries as substrings of text. It returns word positions
// (for Chinese, -1).
func (w *wordList) find(toks []string, text string) []int {
	var at []int
	byFirst := w.index()
	for i, t := range toks {
		for _, parts := range byFirst[t] {
			if i+len(parts) <= len(toks) && equalWords(toks[i:i+len(parts)], parts) {
				at = append(at, i)
				break
			}
		}
	}
	if len(w.ZH) > 0 && hasHan(text) {
		for _, s := range w.ZH {
			if strings.Contains(text, s) {
				at = append(at, -1)
			}
		}
	}
	return at
}

func (w *wordList) has(toks []string, text string) bool { return len(w.find(toks, text)) > 0 }

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// covers marks the words of toks that are part of one of the list's English phrases.
func (w *wordList) covers(toks []string) []bool {
	out := make([]bool, len(toks))
	byFirst := w.index()
	for i, t := range toks {
		for _, parts := range byFirst[t] {
			if i+len(parts) <= len(toks) && equalWords(toks[i:i+len(parts)], parts) {
				for k := i; k < i+len(parts); k++ {
					out[k] = true
				}
			}
		}
	}
	return out
}

// spellOut adds to a question the words its abbreviations stand for: "Who is the CEO
// of X?" also asks about X's "chief executive".
func (lx *lexicon) spellOut(text string) string {
	var extra []string
	for _, w := range words(text) {
		if long, ok := lx.Abbreviations[w]; ok {
			extra = append(extra, long)
		}
	}
	if len(extra) == 0 {
		return text
	}
	return text + " (" + strings.Join(extra, ", ") + ")"
}

// opposite is a pair of opposite outcomes; either side may be the one a question asks.
type opposite struct {
	A   []string `yaml:"a"`
	B   []string `yaml:"b"`
	ZHA []string `yaml:"zh_a"`
	ZHB []string `yaml:"zh_b"`
	// Describes marks a pair of descriptions ("fixed" or "variable"), not of outcomes.
	Describes bool `yaml:"describes"`

	a, b *wordList
}

// sides gives the pair as word lists: side a as the asked one, or side b when swapped.
func (o *opposite) sides(swapped bool) (asked, other *wordList) {
	if swapped {
		return o.b, o.a
	}
	return o.a, o.b
}

// outcome is one side of a pair of opposites that a question asks, and the other side.
type outcome struct{ asked, other *wordList }

// outcomesOf are the outcomes a question asks about: one side of a pair of opposites
// it uses, and not the other side too.
func (lx *lexicon) outcomesOf(toks []string, text string) []outcome {
	var out []outcome
	for _, i := range lx.oppositesIn(toks, text) {
		o := lx.Opposites[i]
		for _, swapped := range []bool{false, true} {
			if asked, other := o.sides(swapped); len(asked.stated(toks, text)) > 0 && !other.has(toks, text) {
				out = append(out, outcome{asked, other})
			}
		}
	}
	return out
}

// oppositesIn lists, in order, the opposites an outcome may be read from: those with
// a phrase that starts with one of the words, or every one for a Chinese text.
func (lx *lexicon) oppositesIn(toks []string, text string) []int {
	if hasHan(text) {
		all := make([]int, len(lx.Opposites))
		for i := range all {
			all[i] = i
		}
		return all
	}
	var ids []int
	for _, t := range toks {
		for _, i := range lx.oppositesByWord[t] {
			if !slices.Contains(ids, i) {
				ids = append(ids, i)
			}
		}
	}
	slices.Sort(ids)
	return ids
}

// stated is where the list's phrases stand in toks as the outcome said, not as a
// participle describing a noun; a description counts wherever it stands.
func (w *wordList) stated(toks []string, text string) []int {
	if w.describes {
		return w.find(toks, text)
	}
	return verbal(toks, w.find(toks, text))
}

// verbal drops the participles that describe a noun after a determiner or a
// preposition ("abandoned" in "use abandoned oil wells" is no outcome) and the verbs
// that "out" turns into others ("leave out").
func verbal(toks []string, at []int) []int {
	out := at[:0:0]
	for _, p := range at {
		if p > 0 && p+1 < len(toks) && strings.HasSuffix(toks[p], "ed") && nounMarkers[toks[p-1]] && !figureWords[toks[p+1]] {
			continue
		}
		if p >= 0 && p+1 < len(toks) && toks[p+1] == "out" {
			continue
		}
		out = append(out, p)
	}
	return out
}

// nounMarkers are the words after which a participle describes a noun.
var nounMarkers = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "these": true,
	"those": true, "at": true, "on": true, "of": true, "from": true, "into": true, "with": true, "use": true,
	"using": true, "uses": true}

func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
