package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/index"
)

// serveArticle is a small valid article; i makes its source unique.
func serveArticle(i int, title string) string {
	return fmt.Sprintf(`---
title: %s
source: https://example.com/serve-test/%d
published: 2022-03-%02d
regions: [Testland]
---
Testland district %d ordered crypto miners to stop on %d March 2022, citing the strain on its power grid.
`, title, i, i%28+1, i, i%28+1)
}

func writeServeArticles(t *testing.T, dir string, from, to int) {
	t.Helper()
	for i := from; i < to; i++ {
		writeFile(t, filepath.Join(dir, fmt.Sprintf("a-%04d.md", i)), serveArticle(i, fmt.Sprintf("Article %d", i)))
	}
}

// TestWatchRebuildsOncePerChange edits, adds, deletes and renames articles and adds a
// sub-folder: each change ends in exactly one rebuild that has it; hidden files are
// ignored.
func TestWatchRebuildsOncePerChange(t *testing.T) {
	const debounce = 200 * time.Millisecond // long enough that a busy CI machine does not split one change
	dir := t.TempDir()
	writeServeArticles(t, dir, 0, 3)
	store, err := index.Open("", index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	r := bot.NewReindexer(bot.ReindexerConfig{Store: store, Content: os.DirFS(dir)})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go r.Run(ctx)
	w, err := newContentWatcher(dir, debounce, func() { r.Request("watch") }, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	go w.Run(ctx)

	titles := func() []string {
		var ts []string
		for _, a := range store.Articles() {
			ts = append(ts, a.Title)
		}
		return ts
	}
	// expectOneRebuild waits for the next rebuild, then makes sure no second one follows.
	expectOneRebuild := func(t *testing.T, articles int) {
		t.Helper()
		before := r.Stats().Runs
		deadline := time.Now().Add(10 * time.Second)
		for r.Stats().Runs == before {
			if time.Now().After(deadline) {
				t.Fatal("no rebuild within 10 s of the change")
			}
			time.Sleep(10 * time.Millisecond)
		}
		time.Sleep(2 * debounce)
		if st := r.Stats(); st.Runs != before+1 || st.Running {
			t.Errorf("%d rebuilds after one change; want 1", st.Runs-before)
		}
		if got := store.Info().Articles; got != articles {
			t.Errorf("serving %d articles; want %d (titles %v)", got, articles, titles())
		}
	}
	expectNoRebuild := func(t *testing.T) {
		t.Helper()
		before := r.Stats().Runs
		time.Sleep(2 * debounce)
		if st := r.Stats(); st.Runs != before || st.Running {
			t.Errorf("a rebuild ran after a change that does not matter")
		}
	}
	r.Request("startup")
	expectOneRebuild(t, 3)

	t.Run("edit", func(t *testing.T) {
		writeFile(t, filepath.Join(dir, "a-0001.md"), serveArticle(1, "Edited title"))
		expectOneRebuild(t, 3)
		if !slices.Contains(titles(), "Edited title") {
			t.Errorf("titles %v lack the edit", titles())
		}
	})
	t.Run("save storm of an editor", func(t *testing.T) {
		path := filepath.Join(dir, "a-0002.md")
		for i := range 5 {
			tmp := filepath.Join(dir, fmt.Sprintf(".a-0002.md.swp%d", i))
			writeFile(t, tmp, serveArticle(2, fmt.Sprintf("Saved %d", i)))
			if err := os.Rename(tmp, path); err != nil {
				t.Fatal(err)
			}
			time.Sleep(debounce / 20)
		}
		expectOneRebuild(t, 3)
		if !slices.Contains(titles(), "Saved 4") {
			t.Errorf("titles %v lack the last save", titles())
		}
	})
	t.Run("add", func(t *testing.T) {
		writeServeArticles(t, dir, 3, 5)
		expectOneRebuild(t, 5)
	})
	t.Run("delete", func(t *testing.T) {
		if err := os.Remove(filepath.Join(dir, "a-0004.md")); err != nil {
			t.Fatal(err)
		}
		expectOneRebuild(t, 4)
	})
	t.Run("rename", func(t *testing.T) {
		if err := os.Rename(filepath.Join(dir, "a-0003.md"), filepath.Join(dir, "renamed.md")); err != nil {
			t.Fatal(err)
		}
		expectOneRebuild(t, 4)
		if !slices.ContainsFunc(store.Articles(), func(a *index.Article) bool { return a.Path == "renamed.md" }) {
			t.Error("the renamed article is not indexed under its new name")
		}
	})
	t.Run("new sub-folder", func(t *testing.T) {
		writeServeArticles(t, filepath.Join(dir, "asia", "kazakhstan"), 10, 12)
		expectOneRebuild(t, 6)
		// the new folder is watched too
		writeFile(t, filepath.Join(dir, "asia", "kazakhstan", "a-0010.md"), serveArticle(10, "Edited in a new folder"))
		expectOneRebuild(t, 6)
		if !slices.Contains(titles(), "Edited in a new folder") {
			t.Errorf("titles %v lack the edit in the new folder", titles())
		}
	})
	t.Run("sub-folder moved away", func(t *testing.T) {
		if err := os.Rename(filepath.Join(dir, "asia"), filepath.Join(t.TempDir(), "asia")); err != nil {
			t.Fatal(err)
		}
		expectOneRebuild(t, 4)
	})
	t.Run("hidden files and folders are ignored", func(t *testing.T) {
		writeFile(t, filepath.Join(dir, ".draft.md"), serveArticle(20, "Draft"))
		writeFile(t, filepath.Join(dir, ".git", "objects", "x.md"), serveArticle(21, "Git"))
		expectNoRebuild(t)
	})
	t.Run("other files are ignored", func(t *testing.T) {
		writeFile(t, filepath.Join(dir, "notes.txt"), "not an article")
		expectNoRebuild(t)
	})
}
