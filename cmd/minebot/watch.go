package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Watching waits this long after the last change before it asks for a rebuild, so that
// an editor's save (write, rename, chmod, backup files) or a `git pull` gives one
// rebuild; and at most maxDebounce after the first change, so that a folder that keeps
// changing still gets rebuilt.
const (
	defaultDebounce = 500 * time.Millisecond
	maxDebounce     = 5 * time.Second
)

// contentWatcher asks for a rebuild when an article under root changes. It watches
// every folder under root, sub-folders created later too, and ignores hidden files
// and folders as the content loader does.
type contentWatcher struct {
	root     string
	debounce time.Duration
	trigger  func()
	log      *slog.Logger
	w        *fsnotify.Watcher
	dirs     map[string]bool // folders being watched
}

func newContentWatcher(root string, debounce time.Duration, trigger func(), log *slog.Logger) (*contentWatcher, error) {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", root, err)
	}
	cw := &contentWatcher{root: filepath.Clean(root), debounce: debounce, trigger: trigger, log: log, w: w, dirs: map[string]bool{}}
	if err := cw.addTree(cw.root); err != nil {
		w.Close()
		return nil, err
	}
	return cw, nil
}

// addTree watches dir and every folder under it that is not hidden.
func (cw *contentWatcher) addTree(dir string) error {
	return filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path != dir && errors.Is(err, fs.ErrNotExist) {
				return nil // gone while we walked
			}
			return fmt.Errorf("watch %s: %w", path, err)
		}
		if !d.IsDir() {
			return nil
		}
		if cw.hidden(path) {
			return filepath.SkipDir
		}
		if cw.dirs[path] {
			return nil
		}
		if err := cw.w.Add(path); err != nil {
			return fmt.Errorf("watch %s: %w", path, err)
		}
		cw.dirs[path] = true
		return nil
	})
}

// hidden says whether path, or a folder it is in under root, starts with a dot.
func (cw *contentWatcher) hidden(path string) bool {
	rel, err := filepath.Rel(cw.root, path)
	if err != nil || rel == "." {
		return false
	}
	for _, part := range strings.Split(filepath.ToSlash(rel), "/") {
		if strings.HasPrefix(part, ".") {
			return true
		}
	}
	return false
}

// relevant says whether ev may change the articles, and watches new folders.
func (cw *contentWatcher) relevant(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod || cw.hidden(ev.Name) {
		return false
	}
	if ev.Has(fsnotify.Create) {
		if info, err := os.Lstat(ev.Name); err == nil && info.IsDir() {
			if err := cw.addTree(ev.Name); err != nil {
				cw.log.Warn("cannot watch a new folder; its changes need a /reindex", "err", err)
			}
			return true // articles may have been written in it before the watch began
		}
	}
	if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
		if cw.dirs[ev.Name] {
			cw.forget(ev.Name)
			return true
		}
	}
	return strings.HasSuffix(ev.Name, ".md")
}

// forget stops watching dir and the folders under it (they moved or were deleted).
func (cw *contentWatcher) forget(dir string) {
	for d := range cw.dirs {
		if d == dir || strings.HasPrefix(d, dir+string(filepath.Separator)) {
			_ = cw.w.Remove(d) // already gone when the folder was deleted
			delete(cw.dirs, d)
		}
	}
}

// Run asks for rebuilds until ctx ends, then stops watching.
func (cw *contentWatcher) Run(ctx context.Context) error {
	defer cw.w.Close()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var first time.Time // the first change not yet rebuilt; zero when none
	schedule := func() {
		now := time.Now()
		if first.IsZero() {
			first = now
		}
		timer.Reset(min(cw.debounce, maxDebounce-now.Sub(first)))
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev, ok := <-cw.w.Events:
			if !ok {
				return nil
			}
			if cw.relevant(ev) {
				schedule()
			}
		case err, ok := <-cw.w.Errors:
			if !ok {
				return nil
			}
			// an overflow loses events: rebuild to be sure nothing was missed
			cw.log.Warn("watching the content folder", "err", err)
			schedule()
		case <-timer.C:
			first = time.Time{}
			cw.trigger()
		}
	}
}
