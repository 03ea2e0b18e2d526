package bot

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
)

// serveTestArticle is a small valid article; i makes its source and words unique.
func serveTestArticle(i int) string {
	return fmt.Sprintf(`---
title: Testland district %d halts crypto mining
source: https://example.com/testland/%d
publisher: Example News
published: 2021-06-%02d
regions: [Testland]
---
Testland district %d ordered every crypto mining farm to halt on %d June 2021.

The district said the %d farms used too much power during the dry season.
`, i, i, i%28+1, i, i%28+1, i*10)
}

// writeArticles writes n articles into dir as a-000.md, a-001.md, ...
func writeArticles(t *testing.T, dir string, n int) {
	t.Helper()
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a-%03d.md", i)), []byte(serveTestArticle(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// gateFS blocks a rebuild when it opens a-000.md, after it listed the folder, until
// open is closed; entered says when that happened first.
type gateFS struct {
	fs.FS
	once    sync.Once
	entered chan struct{}
	open    chan struct{}
}

func newGateFS(fsys fs.FS) *gateFS {
	return &gateFS{FS: fsys, entered: make(chan struct{}), open: make(chan struct{})}
}

func (g *gateFS) Open(name string) (fs.File, error) {
	if name == "a-000.md" {
		g.once.Do(func() { close(g.entered) })
		<-g.open
	}
	return g.FS.Open(name)
}

// startReindexer runs a reindexer over fsys with an in-memory store until the test ends.
func startReindexer(t *testing.T, fsys fs.FS, obs Observer) (*Reindexer, *index.Store) {
	return startReindexerIn(t, "", fsys, obs)
}

// startReindexerIn is startReindexer with the index in dir ("" = in memory).
func startReindexerIn(t *testing.T, dir string, fsys fs.FS, obs Observer) (*Reindexer, *index.Store) {
	t.Helper()
	store, err := index.Open(dir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := NewReindexer(ReindexerConfig{Store: store, Content: fsys, Observer: obs})
	runReindexer(t, r, store)
	return r, store
}

// runReindexer runs r until the test ends, then closes its store.
func runReindexer(t *testing.T, r *Reindexer, store *index.Store) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		r.Run(ctx)
		close(done)
	}()
	t.Cleanup(func() {
		cancel()
		<-done
		store.Close()
	})
}

func waitReport(t *testing.T, tk ReindexTicket) ReindexReport {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	rep, err := tk.Wait(ctx)
	if err != nil {
		t.Fatalf("no reindex report: %v", err)
	}
	return rep
}

func TestReindexerCoalesces(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, 3)
	gate := newGateFS(os.DirFS(dir))
	r, _ := startReindexer(t, gate, nil)

	first := r.Request("admin")
	<-gate.entered // the first rebuild is running and blocked
	if first.Queued {
		t.Error("the first request was queued, but nothing was running")
	}
	writeArticles(t, dir, 5) // a change the follow-up must see
	second, third := r.Request("admin"), r.Request("watch")
	if !second.Queued || !third.Queued {
		t.Errorf("requests during a rebuild: queued %v, %v; want true, true", second.Queued, third.Queued)
	}
	close(gate.open)

	rep1, rep2, rep3 := waitReport(t, first), waitReport(t, second), waitReport(t, third)
	if !rep1.OK() || !rep2.OK() {
		t.Fatalf("rebuilds failed: %v / %v", rep1.Err, rep2.Err)
	}
	if rep1.After.Articles != 3 || rep2.After.Articles != 5 {
		t.Errorf("articles after: first %d, follow-up %d; want 3, 5", rep1.After.Articles, rep2.After.Articles)
	}
	if rep2.After.Generation != rep3.After.Generation || rep2.Trigger != "admin+watch" {
		t.Errorf("the two queued requests got different rebuilds: %+v / %+v", rep2, rep3)
	}
	st := r.Stats()
	if st.Runs != 2 || st.Requests != 3 || st.Coalesced != 1 || st.Failures != 0 {
		t.Errorf("stats = %+v; want 2 runs for 3 requests, 1 coalesced", st)
	}
}

func TestReindexerFailureKeepsServing(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, 4)
	r, store := startReindexer(t, os.DirFS(dir), nil)
	if rep := waitReport(t, r.Request("startup")); !rep.OK() {
		t.Fatalf("first rebuild failed: %v %v", rep.Problems, rep.Err)
	}
	bad := "---\ntitle: No source\npublished: 2021-13-40\n---\nBody.\n"
	if err := os.WriteFile(filepath.Join(dir, "bad.md"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	rep := waitReport(t, r.Request("admin"))
	if rep.OK() || len(rep.Problems) == 0 {
		t.Fatalf("a rebuild with a bad article succeeded: %+v", rep)
	}
	if rep.After != rep.Before || store.Info().Articles != 4 {
		t.Errorf("the serving index changed: before %+v, after %+v", rep.Before, store.Info())
	}
	text := rep.Text()
	for _, want := range []string{"Reindex failed:", "bad.md:", "The previous index (4 articles) is still serving."} {
		if !strings.Contains(text, want) {
			t.Errorf("report %q lacks %q", text, want)
		}
	}
	if _, err := NewEngine(store).Answer(context.Background(), "Did Testland district 2 halt mining?"); err != nil {
		t.Errorf("the previous index no longer answers: %v", err)
	}
	if st := r.Stats(); st.Failures != 1 {
		t.Errorf("failures = %d; want 1", st.Failures)
	}
	if last, ok := r.Last(); !ok || last.OK() {
		t.Errorf("Last() = %+v, %v; want the failed report", last, ok)
	}
}

func TestReindexerStops(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, 2)
	gate := newGateFS(os.DirFS(dir))
	store, err := index.Open("", index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	r := NewReindexer(ReindexerConfig{Store: store, Content: gate})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		r.Run(ctx)
		close(done)
	}()
	running := r.Request("startup")
	<-gate.entered
	queued := r.Request("admin")
	cancel()
	close(gate.open)
	<-done
	if rep := waitReport(t, running); rep.OK() || !errors.Is(rep.Err, context.Canceled) {
		t.Errorf("the running rebuild: %+v; want it stopped by the cancel", rep)
	}
	if rep := waitReport(t, queued); !errors.Is(rep.Err, ErrReindexerClosed) {
		t.Errorf("the queued request: err %v; want ErrReindexerClosed", rep.Err)
	}
	if rep := waitReport(t, r.Request("admin")); !errors.Is(rep.Err, ErrReindexerClosed) {
		t.Errorf("a request after Run ended: err %v; want ErrReindexerClosed", rep.Err)
	}
	if store.Info().Ready {
		t.Error("a stopped rebuild left an index serving")
	}
}

func TestReindexReportText(t *testing.T) {
	before := index.Info{Ready: true, Articles: 64, Passages: 420}
	after := index.Info{Ready: true, Articles: 66, Passages: 431}
	var seven content.Problems
	for i := range 7 {
		seven = append(seven, content.Problem{Path: fmt.Sprintf("china/a%d.md", i), Line: i + 2, Message: "published is not a real date"})
	}
	tests := []struct {
		name string
		rep  ReindexReport
		want string
	}{
		{"reindexed", ReindexReport{Before: before, After: after, Duration: 1234 * time.Millisecond},
			"Reindexed: 64 → 66 articles, 431 passages, 1.2 s."},
		{"first", ReindexReport{After: after, Duration: 340 * time.Millisecond},
			"Indexed 66 articles, 431 passages, 340 ms."},
		{"one problem", ReindexReport{Before: before, After: before, Problems: seven[:1]},
			"Reindex failed: 1 problem in the content.\nchina/a0.md:2: published is not a real date\nThe previous index (64 articles) is still serving."},
		{"seven problems", ReindexReport{Before: before, After: before, Problems: seven},
			"Reindex failed: 7 problems in the content.\nchina/a0.md:2: published is not a real date\nchina/a1.md:3: published is not a real date\n" +
				"china/a2.md:4: published is not a real date\nchina/a3.md:5: published is not a real date\nchina/a4.md:6: published is not a real date\n" +
				"… and 2 more.\nThe previous index (64 articles) is still serving."},
		{"internal error stays internal", ReindexReport{Before: before, After: before, Err: errors.New("write /srv/index/gen-000007.tmp: no space left on device")},
			"Reindex failed: the index could not be built (the reason is in the server's log).\nThe previous index (64 articles) is still serving."},
		{"nothing serving", ReindexReport{Problems: seven[:1]},
			"Reindex failed: 1 problem in the content.\nchina/a0.md:2: published is not a real date\nNo index is serving yet."},
		{"shutdown", ReindexReport{Before: before, After: before, Err: context.Canceled},
			"Reindex stopped: minebot is shutting down.\nThe previous index (64 articles) is still serving."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.rep.Text(); got != tt.want {
				t.Errorf("Text() =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// A rebuild that puts a new generation in service readies the engine for it (its
// passages read before any question); one that fails does not.
func TestReindexerReadiesTheEngine(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, 3)
	store, err := index.Open("", index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	engine := NewEngine(store)
	var mu sync.Mutex
	var readied []int // the generations Ready saw
	r := NewReindexer(ReindexerConfig{Store: store, Content: os.DirFS(dir), Ready: func(ctx context.Context) error {
		mu.Lock()
		readied = append(readied, store.Info().Generation)
		mu.Unlock()
		return engine.Prepare(ctx, true)
	}})
	runReindexer(t, r, store)

	if rep := waitReport(t, r.Request("startup")); !rep.OK() {
		t.Fatalf("first rebuild failed: %v %v", rep.Problems, rep.Err)
	}
	st := engine.current()
	if st.generation != store.Info().Generation || st.cached.Load() == 0 {
		t.Errorf("engine state for generation %d with %d passages read; want generation %d, read", st.generation, st.cached.Load(), store.Info().Generation)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.md"), []byte("---\ntitle: No source\n---\nBody.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if rep := waitReport(t, r.Request("admin")); rep.OK() {
		t.Fatal("a rebuild with a bad article succeeded")
	}
	mu.Lock()
	defer mu.Unlock()
	if len(readied) != 1 || readied[0] != store.Info().Generation {
		t.Errorf("Ready saw generations %v; want only the one that serves (%d)", readied, store.Info().Generation)
	}
}
