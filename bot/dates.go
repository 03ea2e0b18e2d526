package bot

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// dateMention is a date a sentence names, as precisely as it names it.
type dateMention struct {
	text      string    // as written
	when      time.Time // the first day it can mean
	precision int       // 3 day, 2 month, 1 year
	pos       int       // index of its first word, -1 for a Chinese date
	season    string    // "autumn" for "autumn 2025", which is shown as written
}

var seasons = map[string]int{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

var months = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// zhDateRE finds Chinese dates: 2021年6月18日, 2021年6月, 6月18日.
var zhDateRE = regexp.MustCompile(`(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?`)

// yearOrLater is the year of a date written without one: in a text with no date of
// its own (a question), the year of the date that closes its span ("between 31 August
// and 11 September 2022"); else the year near ref.
func yearOrLater(toks []string, from int, ref time.Time, m int) int {
	if ref.IsZero() && from < len(toks) && (toks[from] == "and" || toks[from] == "to") {
		for k := from + 1; k < len(toks) && k <= from+4; k++ {
			if y := yearOf(toks[k]); y > 0 {
				return y
			}
		}
	}
	return yearNear(ref, m)
}

// yearNear is the year a day and month without a year most likely mean in a text
// published at ref: the same year, or the previous one for a month after ref's.
func yearNear(ref time.Time, m int) int {
	if ref.IsZero() {
		return 0
	}
	if time.Month(m) > ref.Month()+1 {
		return ref.Year() - 1
	}
	return ref.Year()
}

func ymd(y, m, d string, precision int) (time.Time, int, bool) {
	yi, _ := strconv.Atoi(y)
	mi, _ := strconv.Atoi(m)
	di, _ := strconv.Atoi(d)
	if yi < 1900 || mi < 1 || mi > 12 || di < 1 || di > 31 {
		return time.Time{}, 0, false
	}
	return time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC), precision, true
}

// isISODate reports a word shaped as time.DateOnly ("2021-06-18"), the only words
// worth parsing as one.
func isISODate(w string) bool {
	return len(w) == len(time.DateOnly) && w[4] == '-' && w[7] == '-'
}

// findDates lists the dates a sentence names: "18 June 2021", "June 18, 2021",
// "June 2021", "18 June", "2021-06-18", "2021", "2021年6月18日". ref is when the
// sentence was published, for dates written without a year.
func findDates(s string, ref time.Time) []dateMention {
	return datesIn(wordsCased(s), s, hasHan(s), ref)
}

// datesIn is findDates for a sentence already cut into words.
func datesIn(toks []string, s string, han bool, ref time.Time) []dateMention {
	if !strings.ContainsAny(s, "0123456789") {
		return nil
	}
	var out []dateMention
	for i := 0; i < len(toks); i++ {
		d, n := dateAt(toks, i, ref)
		if n > 0 {
			d.pos = i
			if first, ok := spanStart(toks, d); ok {
				out = append(out, first) // "between 17 and 27 February 2025": 17 February too
			}
			out = append(out, d)
			i += n - 1
		}
	}
	if han && strings.Contains(s, "月") {
		for _, m := range zhDateRE.FindAllStringSubmatch(s, -1) {
			y, precision := m[1], 2
			if y == "" {
				y = strconv.Itoa(ref.Year())
			}
			day := m[3]
			if day != "" {
				precision = 3
			} else {
				day = "1"
			}
			if t, _, ok := ymd(y, m[2], day, precision); ok && (m[1] != "" || m[3] != "") {
				out = append(out, dateMention{text: m[0], when: t, precision: precision, pos: -1})
			}
		}
	}
	return out
}

// dateAt reads a date starting at toks[i] and says how many words it took.
func dateAt(toks []string, i int, ref time.Time) (dateMention, int) {
	word := func(k int) string {
		if k < len(toks) {
			return toks[k]
		}
		return ""
	}
	mk := func(y, m, d, precision, n int) (dateMention, int) {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || t.Day() != d {
			return dateMention{}, 0
		}
		return dateMention{text: strings.Join(toks[i:i+n], " "), when: t, precision: precision}, n
	}
	w := toks[i]
	if isISODate(w) {
		if t, err := time.Parse(time.DateOnly, w); err == nil {
			return mk(t.Year(), int(t.Month()), t.Day(), 3, 1)
		}
	}
	day, isDay := dayOf(w)
	if m := monthOf(word(i + 1)); isDay && m > 0 {
		if y := yearOf(word(i + 2)); y > 0 {
			return mk(y, m, day, 3, 3) // 18 June 2021
		}
		return mk(yearOrLater(toks, i+2, ref, m), m, day, 3, 2) // 18 June
	}
	if m := monthOf(w); m > 0 {
		if d, ok := dayOf(word(i + 1)); ok {
			if y := yearOf(word(i + 2)); y > 0 {
				return mk(y, m, d, 3, 3) // June 18, 2021
			}
			return mk(yearOrLater(toks, i+2, ref, m), m, d, 3, 2) // June 18
		}
		if y := yearOf(word(i + 1)); y > 0 {
			return mk(y, m, 1, 2, 2) // June 2021
		}
		return dateMention{}, 0
	}
	if m, ok := seasons[strings.ToLower(w)]; ok {
		n := 1
		if strings.EqualFold(word(i+1), "of") {
			n = 2
		}
		if y := yearOf(word(i + n)); y > 0 {
			d, k := mk(y, m, 1, 2, n+1) // autumn 2025, summer of 2021
			d.season = strings.ToLower(w)
			return d, k
		}
		return dateMention{}, 0
	}
	if y := yearOf(w); y > 0 {
		return mk(y, 1, 1, 1, 1)
	}
	return dateMention{}, 0
}

// monthOf reads a capitalised month name ("May", "Sept"); "may" the verb is not one.
func monthOf(w string) int {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	return int(months[strings.ToLower(strings.TrimSuffix(w, "."))])
}

// dayOf reads a day of the month: "18", "18th".
func dayOf(w string) (int, bool) {
	w = strings.TrimRight(w, "stndrh")
	d, err := strconv.Atoi(w)
	return d, err == nil && d >= 1 && d <= 31 && len(w) <= 2
}

// words renders a date mention at its own precision, in the answer's language.
func (d dateMention) words(lang string) string {
	if d.season != "" {
		if lang == "zh" {
			return d.when.Format("2006年") + map[string]string{"spring": "春季", "summer": "夏季", "autumn": "秋季", "fall": "秋季", "winter": "冬季"}[d.season]
		}
		return d.season + " " + d.when.Format("2006")
	}
	switch {
	case d.precision >= 3:
		return DateWords(d.when, lang)
	case d.precision == 2 && lang == "zh":
		return d.when.Format("2006年1月")
	case d.precision == 2:
		return d.when.Format("January 2006")
	case lang == "zh":
		return d.when.Format("2006年")
	default:
		return d.when.Format("2006")
	}
}

// spans reports whether t falls in the time the mention names: its day, month,
// season (three months) or year.
func (d dateMention) spans(t time.Time) bool {
	return !t.Before(d.when) && t.Before(d.end())
}

// end is the first moment after the time the mention names.
func (d dateMention) end() time.Time {
	switch {
	case d.season != "":
		return d.when.AddDate(0, 3, 0)
	case d.precision >= 3:
		return d.when.AddDate(0, 0, 1)
	case d.precision == 2:
		return d.when.AddDate(0, 1, 0)
	default:
		return d.when.AddDate(1, 0, 0)
	}
}

// spanStart is the first day of a span of days whose last day d gives: the 17 of
// "between 17 and 27 February 2025" or "from 24 to 26 December 2022".
func spanStart(toks []string, d dateMention) (dateMention, bool) {
	i := d.pos
	if d.precision != 3 || i < 3 || (toks[i-1] != "to" && toks[i-1] != "and") ||
		!strings.EqualFold(toks[i-3], "from") && !strings.EqualFold(toks[i-3], "between") {
		return dateMention{}, false
	}
	day, err := strconv.Atoi(toks[i-2])
	if err != nil || day < 1 || day >= d.when.Day() {
		return dateMention{}, false
	}
	t := time.Date(d.when.Year(), d.when.Month(), day, 0, 0, 0, 0, time.UTC)
	return dateMention{text: toks[i-2] + " " + t.Format("January 2006"), when: t, precision: 3, pos: i - 2}, true
}
