package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/index"
	"github.com/minebot/minebot/internal/gctune"
)

// evalQuestion is one line of a question file (shared/spec/answers.md).
type evalQuestion struct {
	ID         string   `json:"id"`
	Q          string   `json:"q"`
	Kind       string   `json:"kind"`
	Verdict    string   `json:"verdict"`
	CiteAny    []string `json:"cite_any"`
	ContainAny []string `json:"contain_any"`
}

func (m *Main) eval(ctx context.Context, args []string) error {
	fl := m.newFlags("eval", "eval [--content DIR] [--min PERCENT] [--scoring bm25|tf-idf] [-v] QUESTIONS.jsonl")
	contentDir := fl.String("content", "", "grade on this content folder instead of the embedded corpus")
	minScore := fl.Float64("min", 0, "exit 1 when the overall score (percent) is below this")
	verbose := fl.Bool("v", false, "print one line per wrong answer")
	scoring := fl.String("scoring", index.BM25, "scoring model to build the index with: bm25 or tf-idf")
	rest, err := parse(fl, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usageErrorf("eval: usage: minebot eval [--content DIR] [--min PERCENT] [-v] QUESTIONS.jsonl")
	}
	questions, err := readQuestions(rest[0])
	if err != nil {
		return err
	}
	if *scoring != index.BM25 && *scoring != index.TFIDF {
		return usageErrorf("eval: --scoring is bm25 or tf-idf, not %q", *scoring)
	}
	store, err := m.openStoreScored(ctx, *contentDir, "", *scoring)
	if err != nil {
		return err
	}
	defer store.Close()
	engine := bot.NewEngine(store)
	if err := engine.Prepare(ctx, true); err != nil {
		return failf("eval: %v", err)
	}
	gctune.Apply(gctune.DefaultFloor) // the collector as serve sets it

	var (
		latencies []time.Duration
		byKind    = map[string]*tally{}
		total     tally
	)
	for _, q := range questions {
		start := time.Now()
		ans, err := engine.Answer(ctx, q.Q)
		latencies = append(latencies, time.Since(start))
		if err != nil {
			return failf("eval: question %s: %v", q.ID, err)
		}
		ok, why := grade(q, ans)
		for _, k := range kindsOf(q) {
			if byKind[k] == nil {
				byKind[k] = &tally{}
			}
			byKind[k].add(ok)
		}
		total.add(ok)
		if !ok && *verbose {
			fmt.Fprintf(m.Stdout, "WRONG %s [%s] %q: %s\n", q.ID, q.Kind, q.Q, why)
		}
	}
	printTable(m.Stdout, byKind)
	p50, p99 := percentile(latencies, 50), percentile(latencies, 99)
	fmt.Fprintf(m.Stdout, "latency p50 %.2f ms p99 %.2f ms\n", ms(p50), ms(p99))
	fmt.Fprintf(m.Stdout, "overall %d/%d = %.1f%%\n", total.right, total.n, total.percent())
	if total.percent() < *minScore {
		return failf("eval: %.1f%% is below --min %.1f%%", total.percent(), *minScore)
	}
	return nil
}

func readQuestions(file string) ([]evalQuestion, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, failf("eval: %v", err)
	}
	defer f.Close()
	var qs []evalQuestion
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var q evalQuestion
		if err := json.Unmarshal([]byte(text), &q); err != nil {
			return nil, failf("eval: %s:%d: %v", file, line, err)
		}
		if q.Q == "" || q.Kind == "" {
			return nil, failf("eval: %s:%d: a question needs q and kind", file, line)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, failf("eval: %v", err)
	}
	if len(qs) == 0 {
		return nil, failf("eval: %s holds no questions", file)
	}
	return qs, nil
}

// grade applies the rules of shared/spec/answers.md.
func grade(q evalQuestion, a *bot.Answer) (bool, string) {
	if q.Kind == "unanswerable" {
		if a.Abstained {
			return true, ""
		}
		return false, "answered instead of abstaining: " + firstLine(a.Text)
	}
	if a.Abstained {
		return false, "abstained"
	}
	cited := false
	var files []string
	for _, c := range a.Citations {
		files = append(files, path.Base(c.File))
		for _, want := range q.CiteAny {
			if path.Base(c.File) == path.Base(want) {
				cited = true
			}
		}
	}
	if !cited {
		return false, fmt.Sprintf("cited %v, want one of %v: %s", files, q.CiteAny, firstLine(a.Text))
	}
	if q.Kind == "yesno" {
		if string(a.Verdict) != q.Verdict {
			return false, fmt.Sprintf("verdict %q, want %q: %s", a.Verdict, q.Verdict, firstLine(a.Text))
		}
		return true, ""
	}
	if len(q.ContainAny) == 0 {
		return true, ""
	}
	lower := strings.ToLower(a.Text)
	for _, s := range q.ContainAny {
		if strings.Contains(lower, strings.ToLower(s)) {
			return true, ""
		}
	}
	return false, fmt.Sprintf("answer lacks any of %q: %s", q.ContainAny, firstLine(a.Text))
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if r := []rune(s); len(r) > 160 {
		s = string(r[:160]) + "…"
	}
	return s
}

// kindsOf lists the table rows a question counts in: its kind, and "chinese" for a
// question written in Chinese.
func kindsOf(q evalQuestion) []string {
	kinds := []string{q.Kind}
	for _, r := range q.Q {
		if unicode.Is(unicode.Han, r) {
			return append(kinds, "(chinese)")
		}
	}
	return kinds
}

type tally struct{ right, n int }

func (t *tally) add(ok bool) {
	t.n++
	if ok {
		t.right++
	}
}

func (t tally) percent() float64 {
	if t.n == 0 {
		return 0
	}
	return 100 * float64(t.right) / float64(t.n)
}

func printTable(w io.Writer, byKind map[string]*tally) {
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Slice(kinds, func(i, j int) bool {
		// "(chinese)" sorts last: it overlaps the kinds above it
		return (kinds[i] != "(chinese)" && kinds[j] == "(chinese)") || (kinds[i] < kinds[j] && (kinds[i] == "(chinese)") == (kinds[j] == "(chinese)"))
	})
	fmt.Fprintf(w, "%-14s %9s %7s\n", "kind", "right", "score")
	for _, k := range kinds {
		t := byKind[k]
		fmt.Fprintf(w, "%-14s %4d/%-4d %6.1f%%\n", k, t.right, t.n, t.percent())
	}
}

func percentile(ds []time.Duration, p int) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p + 99) / 100
	return s[min(max(i-1, 0), len(s)-1)]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
