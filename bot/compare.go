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
