package bot

import (
	"strconv"
	"strings"
)

// comparison is a yes/no question's claim about a share: "more than half", "over
// 40%", "the majority".
type comparison struct {
	more  bool    // more than (or at least) the bound; else less than
	bound float64 // in percent
}

var fractions = map[string]float64{"half": 50, "third": 100.0 / 3, "quarter": 25, "fifth": 20, "tenth": 10}

// shareClaim reads a comparison from a yes/no question, if it makes one.
func shareClaim(q *question) (comparison, bool) {
	if q.kind != KindYesNo || q.lang != "en" {
		return comparison{}, false
	}
	for i, w := range q.toks {
		switch w {
		case "majority":
			return comparison{more: true, bound: 50}, true
		case "minority":
			return comparison{more: false, bound: 50}, true
		}
		more, less := false, false
		rest := q.toks[i+1:]
		switch {
		case (w == "more" || w == "less" || w == "fewer") && len(rest) > 0 && rest[0] == "than":
			more, less, rest = w == "more", w != "more", rest[1:]
		case w == "over" || w == "above" || w == "exceeds" || w == "exceed":
			more = true
		case w == "under" || w == "below":
			less = true
		case (w == "at") && len(rest) > 0 && (rest[0] == "least" || rest[0] == "most"):
			more, less, rest = rest[0] == "least", rest[0] == "most", rest[1:]
		}
		if !more && !less {
			continue
		}
		if len(rest) > 0 && (rest[0] == "a" || rest[0] == "one") {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			continue
		}
		if f, ok := fractions[strings.TrimSuffix(rest[0], "s")]; ok {
			return comparison{more: more, bound: f}, true
		}
		if v, ok := percentOf(rest[0]); ok && (strings.HasSuffix(rest[0], "%") || len(rest) > 1 && (rest[1] == "percent" || rest[1] == "per")) {
			return comparison{more: more, bound: v}, true
		}
	}
	return comparison{}, false
}

// percentOf reads "36.5%" or "36.5" as a number.
func percentOf(w string) (float64, bool) {
	v, err := strconv.ParseFloat(strings.TrimSuffix(strings.ReplaceAll(w, ",", ""), "%"), 64)
	return v, err == nil
}

// holds reports whether a figure such as "36.5%" or "20 percent" meets the claim.
func (c comparison) holds(figure string) (bool, bool) {
	if m := fractionRE.FindString(figure); m != "" {
		ws := strings.Fields(strings.ToLower(m))
		share := 50.0 // "half of"
		if ws[0] != "half" {
			share = fractions[strings.TrimSuffix(ws[1], "s")]
			if n := map[string]float64{"two": 2, "three": 3, "four": 4}[ws[0]]; n > 0 {
				share *= n
			}
		}
		if c.more {
			return share > c.bound, true
		}
		return share < c.bound, true
	}
	f := strings.Fields(figure)
	if len(f) == 0 || !strings.HasSuffix(f[0], "%") && (len(f) < 2 || f[1] != "percent" && f[1] != "per") {
		return false, false
	}
	v, ok := percentOf(f[0])
	if !ok {
		return false, false
	}
	if c.more {
		return v > c.bound, true
	}
	return v < c.bound, true
}

// A figure's class: what it measures.
const (
	classCount   = "count"
	classMoney   = "money"
	classPower   = "power"
	classPercent = "percent"
	classArea    = "area"
)

var areaUnits = []string{"square", "km²", "km2", "hectare", "acre", "平方公里", "公顷"}

var moneyUnits = []string{"$", "€", "£", "¥", "₹", "₦", "₽", "₸", "dollar", "euro", "yuan", "tenge", "ruble", "rouble",
	"usd", "pound", "rupee", "peso", "dinar", "rand", "naira", "shilling", "baht", "riyal", "dirham", "lira", "yen",
	"hryvnia", "manat", "lari", "reais", "元", "万", "亿"}
var powerUnits = []string{"mw", "gw", "kwh", "mwh", "twh", "megawatt", "gigawatt", "kilowatt", "兆瓦", "千瓦时"}

// classIn tells what a figure of a sentence measures, from its unit or the two words
// after it ("500 million US dollars").
func classIn(text, n string) string {
	if c := figureClass(n); c != classCount {
		return c
	}
	if currencyBefore(text, n) != "" {
		return classMoney
	}
	after := wordsAround(text, n, 0, 2)
	return figureClass(n + " " + strings.Join(after, " "))
}

// figureClass tells what a figure measures from its unit.
func figureClass(n string) string {
	l := strings.ToLower(n)
	switch {
	case strings.Contains(l, "%") || strings.Contains(l, "percent") || strings.Contains(l, "per cent") || fractionRE.MatchString(l):
		return classPercent
	case hasAny(l, moneyUnits):
		return classMoney
	case hasAny(l, powerUnits):
		return classPower
	case hasAny(l, areaUnits):
		return classArea
	}
	return classCount
}

func hasAny(s string, subs []string) bool {
	for _, u := range subs {
		if strings.Contains(s, u) {
			return true
		}
	}
	return false
}

var (
	percentWords = map[string]bool{"share": true, "percent": true, "percentage": true, "proportion": true, "fraction": true}
	moneyWords   = map[string]bool{"fund": true, "money": true, "investment": true, "invest": true, "invested": true,
		"cost": true, "costs": true, "price": true, "revenue": true, "fine": true, "fines": true, "debt": true, "loan": true,
		"budget": true, "worth": true, "value": true, "valued": true, "pay": true, "paid": true, "earn": true,
		"earned": true, "raise": true, "raised": true, "spend": true, "spent": true, "dollars": true, "bill": true, "bills": true}
	areaWords  = map[string]bool{"large": true, "big": true, "area": true, "size": true, "cover": true, "covers": true}
	powerWords = map[string]bool{"megawatts": true, "power": true, "capacity": true, "electricity": true, "load": true,
		"gigawatts": true, "energy": true, "mw": true, "gw": true}
)

// askedClass is what kind of figure a number question wants, or "" if it does not
// say: "what share" a percentage, "how large a fund" money, "how much power" power.
func askedClass(q *question) string {
	if q.kind != KindNumber || q.lang != "en" {
		return ""
	}
	for _, set := range []struct {
		words map[string]bool
		class string
	}{{percentWords, classPercent}, {moneyWords, classMoney}, {powerWords, classPower}, {areaWords, classArea}} {
		for _, w := range q.toks {
			if set.words[w] {
				return set.class
			}
		}
	}
	return ""
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// currencyBefore is the currency code written just before a figure: "R403 billion",
// "Rs 20 crore", "US$5m".
func currencyBefore(text, n string) string {
	i := strings.Index(text, n)
	if i <= 0 {
		return ""
	}
	before := strings.TrimRight(text[:i], " ")
	for _, c := range []string{"US$", "HK$", "A$", "C$", "N$", "KSh", "Rs.", "Rs", "R"} {
		if strings.HasSuffix(before, c) && (len(before) == len(c) || !isLetter(before[len(before)-len(c)-1])) {
			return text[i-(len(text[:i])-len(before))-len(c) : i]
		}
	}
	return ""
}

// claimPreps join a question's verb to the value it claims: "powered by geothermal
// energy", "based in Canada", "cooled with air".
var claimPreps = map[string]bool{"by": true, "with": true, "in": true, "from": true, "using": true, "on": true}

// generic words carry no claim of their own.
var genericVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "do": true, "does": true, "did": true, "mining": true, "mine": true,
	"miners": true, "crypto": true, "bitcoin": true, "banned": true, "ban": true, "allowed": true, "legal": true,
	"still": true, "now": true, "mainly": true, "only": true}

// claimVerbs are participles that do not end in -ed.
var claimVerbs = map[string]bool{"run": true, "built": true, "made": true, "held": true, "sold": true, "paid": true,
	"owned": true, "led": true, "set": true, "kept": true}

type claim struct {
	verb   string   // stem
	values []string // stems
}

// valueClaims reads "<verb> <prep> <value>" claims from a yes/no question.
func valueClaims(q *question) []claim {
	if q.kind != KindYesNo || q.lang != "en" {
		return nil
	}
	var out []claim
	for i := 1; i+1 < len(q.toks); i++ {
		verb := q.toks[i-1]
		if !claimPreps[q.toks[i]] || genericVerbs[verb] || q.lx.filler[verb] || months[q.toks[i+1]] > 0 || yearOf(q.toks[i+1]) > 0 {
			continue
		}
		if !strings.HasSuffix(verb, "ed") && !claimVerbs[verb] {
			continue // "rigs in the United States" names a place, it claims no value
		}
		var vals []string
		for _, w := range q.toks[i+1:] {
			if determiners[w] {
				continue
			}
			if claimPreps[w] || countVerbs[w] || len(vals) == 2 {
				break
			}
			vals = append(vals, w)
		}
		if len(vals) > 0 {
			out = append(out, claim{verb: stemAll([]string{verb})[0], values: stemAll(vals)})
		}
	}
	return out
}

// contradicted reports a claim that close statements give another value for and none
// gives the claimed one: "powered by geothermal energy?" — "powered by a renewable
// park of solar panels and wind turbines".
func contradicted(cl claim, ss []*sentence) *sentence {
	var other *sentence
	for _, s := range ss {
		for j, t := range s.stems {
			if t != cl.verb {
				continue
			}
			for k := j + 1; k < len(s.toks) && k <= j+2; k++ {
				if !claimPreps[s.toks[k]] {
					continue
				}
				window := s.stems[k+1 : min(k+7, len(s.stems))]
				for _, v := range cl.values {
					if hasStem(window, v) {
						return nil // a statement gives the claimed value
					}
				}
				if other == nil {
					other = s
				}
			}
		}
	}
	return other
}
