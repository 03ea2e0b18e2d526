package bot

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

// Thresholds on how much of a question a sentence must cover to be an answer. They
// were chosen on the shipped question set and confirmed on the held-out one.
const (
	minCoverNoPlace = 0.5  // a question that names no place
	minCoverFact    = 0.34 // a factoid or a yes/no about a fact, with its place found
)

func (e *Engine) compose(ans *Answer, q *question, st *engineState, r *reading) *Answer {
	if len(q.places) > 0 && !r.about {
		return e.abstain(ans, st, e.noSourceAbout(q))
	}
	if len(r.sentences) == 0 {
		return e.abstain(ans, st, "")
	}
	if q.kind == KindYesNo && e.isStatusQuestion(q) && len(q.places) > 0 {
		if e.status(ans, q, r) {
			return ans
		}
	}
	best := r.sentences[0]
	need := minCoverFact
	if len(q.places) == 0 {
		need = minCoverNoPlace
	}
	if best.cover < need || (len(q.places) > 0 && best.rel < relAbove && best.artRel < relAbove) {
		return e.abstain(ans, st, "")
	}
	if q.kind == KindYesNo {
		ans.Verdict = VerdictYes
		if e.lx.Negation.has(best.toks, best.text) || hasNegatedWord(best.toks) {
			ans.Verdict = VerdictNo
		}
		return e.write(ans, q, e.verdictLead(ans.Verdict, q, best, nil), []*sentence{best})
	}
	picked := []*sentence{best}
	for _, s := range r.sentences[1:] {
		if s.article != best.article && s.score >= 0.85*best.score && s.cover >= need {
			picked = append(picked, s)
			break
		}
	}
	return e.write(ans, q, e.factLead(q, picked), picked)
}

func hasNegatedWord(toks []string) bool {
	for _, w := range toks {
		if negatedWord(w) {
			return true
		}
	}
	return false
}

// isStatusQuestion tells "is X banned?", "can I mine in X?" from questions about a
// particular fact ("did X set up a hotline?"): beyond the place, mining and the
// measure, it says at most one thing.
func (e *Engine) isStatusQuestion(q *question) bool {
	if !q.restrict && !q.permit {
		return false
	}
	extra := 0
	for _, t := range q.terms {
		one := []string{t}
		if miningWords.has(one, t) || e.lx.Restrict.has(one, t) || e.lx.Permit.has(one, t) ||
			e.lx.Completeness.has(one, t) || yearOf(t) > 0 || months[t] > 0 || liftWords.has(one, t) {
			continue
		}
		extra++
	}
	return extra <= 1
}

// status answers whether mining is restricted in the question's place, from the
// newest statement about it; it reports false when no statement says.
func (e *Engine) status(ans *Answer, q *question, r *reading) bool {
	var levels [relExact + 1][]*sentence
	for _, s := range r.sentences {
		if s.stance == stanceNone {
			continue
		}
		level := s.rel
		if level == relNone {
			level = s.artRel
		}
		if level >= relAbove {
			levels[level] = append(levels[level], s)
		}
	}
	for _, level := range []relation{relExact, relInside, relAbove} {
		stmts := newestPerArticle(levels[level])
		if len(stmts) == 0 {
			continue
		}
		decide := stmts[0]
		st := decide.stance
		if level == relInside && st == stanceRestricted {
			st = stancePartial // bans in some regions of the place asked about
		}
		ans.Verdict = verdictFor(st, q)
		var earlier *sentence
		for _, s := range stmts[1:] {
			if s.stance != decide.stance {
				earlier = s
				break
			}
		}
		cites := []*sentence{decide}
		if earlier != nil {
			cites = append(cites, earlier)
		}
		e.write(ans, q, e.verdictLead(ans.Verdict, q, decide, earlier), cites)
		if level == relInside {
			ans.Text = e.regionsNote(q, levels[level]) + " " + ans.Text
		}
		return true
	}
	return false
}

// newestPerArticle keeps each article's best statement and orders them newest first.
func newestPerArticle(ss []*sentence) []*sentence {
	best := map[string]*sentence{}
	for _, s := range ss {
		if b := best[s.article.Path]; b == nil || s.score > b.score {
			best[s.article.Path] = s
		}
	}
	out := make([]*sentence, 0, len(best))
	for _, s := range best {
		out = append(out, s)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].when.Equal(out[j].when) {
			return out[i].when.After(out[j].when)
		}
		return out[i].score > out[j].score
	})
	return out
}

func verdictFor(st stance, q *question) Verdict {
	askAllowed := q.permit
	switch st {
	case stancePartial:
		return VerdictPartly
	case stanceRestricted:
		if askAllowed {
			return VerdictNo
		}
		return VerdictYes
	case stanceAllowed:
		if askAllowed {
			return VerdictYes
		}
		return VerdictNo
	}
	return VerdictUnknown
}

func (e *Engine) regionsNote(q *question, ss []*sentence) string {
	var names []string
	for _, s := range ss {
		for i, m := range s.places {
			if s.mentionRel[i] == relInside && !contains(names, m.place.Name) {
				names = append(names, m.place.Name)
			}
		}
	}
	if q.lang == "zh" {
		return "部分地区有禁令：" + strings.Join(names, "、") + "。"
	}
	if len(names) == 0 {
		return "Measures apply in some regions."
	}
	return "Measures apply in some regions: " + strings.Join(names, ", ") + "."
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

var verdictWords = map[string]map[Verdict]string{
	"en": {VerdictYes: "Yes", VerdictNo: "No", VerdictPartly: "Partly", VerdictUnknown: "Unclear"},
	"zh": {VerdictYes: "是", VerdictNo: "否", VerdictPartly: "部分是", VerdictUnknown: "不确定"},
}

// verdictLead is the first words of a yes/no answer: the verdict and its date, and the
// date the status changed when an earlier source said otherwise.
func (e *Engine) verdictLead(v Verdict, q *question, decide, earlier *sentence) string {
	word := verdictWords[q.lang][v]
	date := DateWords(decide.when, q.lang)
	switch {
	case q.lang == "zh" && earlier != nil:
		return fmt.Sprintf("%s——自%s起。", word, date)
	case q.lang == "zh":
		return fmt.Sprintf("%s——截至%s。", word, date)
	case earlier != nil:
		return fmt.Sprintf("%s — since %s.", word, date)
	default:
		return fmt.Sprintf("%s — as of %s.", word, date)
	}
}

// factLead is the answer itself for a factoid: the date, figure or places that the
// best sentence gives.
func (e *Engine) factLead(q *question, picked []*sentence) string {
	best := picked[0]
	switch q.kind {
	case KindWhen:
		if d, ok := mostPrecise(best.dates); ok {
			return d.words(q.lang) + "."
		}
		if q.lang == "zh" {
			return "据" + DateWords(best.article.Published, q.lang) + "的报道："
		}
		return "Reported on " + DateWords(best.article.Published, q.lang) + ":"
	case KindNumber:
		if ns := numbers(best.text, best.dates); len(ns) > 0 {
			return ns[0] + "."
		}
	case KindWhere:
		var names []string
		for _, s := range picked {
			for i, m := range s.places {
				if (s.mentionRel[i] == relOther || s.mentionRel[i] == relInside) && !contains(names, m.place.Name) {
					names = append(names, m.place.Name)
				}
			}
		}
		if len(names) > 0 {
			if q.lang == "zh" {
				return strings.Join(names, "、") + "。"
			}
			return strings.Join(names, ", ") + "."
		}
	}
	return ""
}

func mostPrecise(ds []dateMention) (dateMention, bool) {
	if len(ds) == 0 {
		return dateMention{}, false
	}
	best := ds[0]
	for _, d := range ds[1:] {
		if d.precision > best.precision {
			best = d
		}
	}
	return best, true
}

// write fills in the answer text and its citations: the lead, then each sentence
// quoted with its [n] marker.
func (e *Engine) write(ans *Answer, q *question, lead string, cites []*sentence) *Answer {
	var b strings.Builder
	b.WriteString(lead)
	newest := time.Time{}
	for i, s := range cites {
		if i == 1 && ans.Kind == KindYesNo && ans.Verdict != "" && lead != "" && strings.Contains(lead, "since") {
			b.WriteString(" Before that, on " + DateWords(s.when, q.lang) + ":")
		} else if i == 1 && strings.Contains(lead, "起") {
			b.WriteString(" 此前（" + DateWords(s.when, q.lang) + "）：")
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s [%d]", s.text, i+1)
		a := s.article
		ans.Citations = append(ans.Citations, Citation{
			N: i + 1, Title: a.Title, URL: a.Source, Publisher: a.Publisher,
			Published: a.Published.Format(time.DateOnly), File: a.Path, Quote: s.text,
		})
		if a.Published.After(newest) {
			newest = a.Published
		}
	}
	ans.Text = b.String()
	ans.AsOf = newest.Format(time.DateOnly)
	return ans
}

// abstain says plainly that the corpus does not support an answer, and what it covers.
func (e *Engine) abstain(ans *Answer, st *engineState, why string) *Answer {
	ans.Abstained = true
	ans.Verdict = ""
	ans.AsOf = ""
	ans.Citations = []Citation{}
	if ans.Kind == KindYesNo {
		ans.Verdict = VerdictUnknown
	}
	covers := st.covered
	if len(covers) > 8 {
		covers = covers[:8]
	}
	if ans.Lang == "zh" {
		if why == "" {
			why = "我没有能回答这个问题的来源。"
		}
		ans.Text = why
		if len(covers) > 0 {
			ans.Text += "我的文章涉及：" + strings.Join(covers, "、") + "。"
		}
		return ans
	}
	if why == "" {
		why = "I don't have a source for that."
	}
	ans.Text = why
	if len(covers) > 0 {
		ans.Text += " My articles cover crypto mining in: " + strings.Join(covers, ", ") + "."
	}
	return ans
}

func (e *Engine) noSourceAbout(q *question) string {
	var names []string
	for _, p := range q.places {
		names = append(names, p.Name)
	}
	if q.lang == "zh" {
		return "我没有关于" + strings.Join(names, "、") + "的来源。"
	}
	return "I don't have a source about " + strings.Join(names, " or ") + "."
}
