package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/minebot/minebot/bot"
	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
)

// newFlags makes a command's flag set; --help prints help to stdout.
func (m *Main) newFlags(name, synopsis string) *flags {
	fl := &flags{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError)}
	fl.SetOutput(io.Discard)
	// The flag package calls Usage on every parse error too; help is printed by parse,
	// for --help only, and errors are one sentence on stderr.
	fl.Usage = func() {}
	fl.help = func() {
		fmt.Fprintf(m.Stdout, "Usage: minebot %s\n\nOptions:\n", synopsis)
		fl.SetOutput(m.Stdout)
		fl.PrintDefaults()
		fl.SetOutput(io.Discard)
	}
	return fl
}

// flags is a command's flag set with its help.
type flags struct {
	*flag.FlagSet
	help func()
}

// parse parses flags that may come before or after the positional arguments, so
// `minebot ask "Is Sichuan banned?" --json` works. It returns errHelp for --help.
func parse(fl *flags, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fl.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fl.help()
				return nil, errHelp
			}
			return nil, usageErrorf("%s: %v", fl.Name(), err)
		}
		args = fl.Args()
		if len(args) == 0 {
			return positional, nil
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), nil
		}
		positional = append(positional, args[0])
		args = args[1:]
	}
}

// errHelp ends a command successfully after it printed its help.
var errHelp = &exitError{code: 0}

func (m *Main) ask(ctx context.Context, args []string) error {
	fl := m.newFlags("ask", "ask [--json] [--content DIR | --index DIR] QUESTION...")
	asJSON := fl.Bool("json", false, "print the answer as one JSON object")
	contentDir := fl.String("content", "", "index this content folder first (in memory) instead of the embedded corpus")
	indexDir := fl.String("index", "", "answer from an index built by minebot reindex")
	words, err := parse(fl, args)
	if err != nil {
		return err
	}
	if *contentDir != "" && *indexDir != "" {
		return usageErrorf("ask: use --content or --index, not both")
	}
	question := strings.Join(words, " ")
	if strings.TrimSpace(question) == "" {
		return usageErrorf("ask: give a question, e.g. minebot ask \"Is Sichuan banned?\"")
	}
	store, err := m.openStore(ctx, *contentDir, *indexDir)
	if err != nil {
		return err
	}
	defer store.Close()
	engine := bot.NewEngine(store)
	if m.Getenv("MINEBOT_DEBUG") != "" {
		engine.Debug = m.Stderr
	}
	ans, err := engine.Answer(ctx, question)
	if err != nil {
		return failf("could not answer: %v", err)
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(ans)
	}
	fmt.Fprint(m.Stdout, bot.PlainText(ans))
	return nil
}

// openStore opens the index a command answers from: an on-disk one built by reindex,
// or an in-memory one built now from a content folder or the embedded corpus.
func (m *Main) openStore(ctx context.Context, contentDir, indexDir string) (*index.Store, error) {
	return m.openStoreScored(ctx, contentDir, indexDir, index.BM25)
}

// openStoreScored is openStore with a choice of scoring model for a built index.
func (m *Main) openStoreScored(ctx context.Context, contentDir, indexDir, scoring string) (*index.Store, error) {
	if indexDir != "" {
		store, err := index.Open(indexDir, index.Options{ReadOnly: true})
		if err != nil {
			return nil, failf("open index %s: %v", indexDir, err)
		}
		return store, nil
	}
	fsys, err := contentFS(contentDir)
	if err != nil {
		return nil, err
	}
	store, err := index.Open("", index.Options{Scoring: scoring})
	if err != nil {
		return nil, failf("create index: %v", err)
	}
	if _, err := bot.Rebuild(ctx, store, fsys); err != nil {
		store.Close()
		return nil, m.rebuildError(contentDir, err)
	}
	return store, nil
}

func contentFS(dir string) (fs.FS, error) {
	if dir == "" {
		return content.Embedded(), nil
	}
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return nil, failf("content folder %s does not exist or is not a folder", dir)
	}
	return os.DirFS(dir), nil
}

// rebuildError prints a curator's problems one per line and returns the summary.
func (m *Main) rebuildError(dir string, err error) error {
	var problems content.Problems
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Fprintln(m.Stderr, p)
		}
		return failf("%s has %d problem(s); fix them and try again", displayDir(dir), len(problems))
	}
	return failf("build index: %v", err)
}

func displayDir(dir string) string {
	if dir == "" {
		return "the embedded corpus"
	}
	return dir
}

func (m *Main) check(args []string) error {
	fl := m.newFlags("check", "check --content DIR")
	contentDir := fl.String("content", "", "content folder to validate (required)")
	if rest, err := parse(fl, args); err != nil {
		return err
	} else if len(rest) > 0 || *contentDir == "" {
		return usageErrorf("check: usage: minebot check --content DIR")
	}
	fsys, err := contentFS(*contentDir)
	if err != nil {
		return err
	}
	arts, problems := content.Load(fsys)
	for _, p := range problems {
		fmt.Fprintln(m.Stdout, p)
	}
	if problems != nil {
		return failf("%d problem(s) in %s", len(problems), *contentDir)
	}
	fmt.Fprintf(m.Stdout, "%d articles, no problems\n", len(arts))
	return nil
}

func (m *Main) reindex(ctx context.Context, args []string) error {
	fl := m.newFlags("reindex", "reindex --content DIR --index DIR")
	contentDir := fl.String("content", "", "content folder to index (required)")
	indexDir := fl.String("index", "", "folder for the on-disk index (required)")
	if rest, err := parse(fl, args); err != nil {
		return err
	} else if len(rest) > 0 || *contentDir == "" || *indexDir == "" {
		return usageErrorf("reindex: usage: minebot reindex --content DIR --index DIR")
	}
	fsys, err := contentFS(*contentDir)
	if err != nil {
		return err
	}
	store, err := index.Open(*indexDir, index.Options{})
	if err != nil {
		return failf("open index %s: %v", *indexDir, err)
	}
	defer store.Close()
	stats, err := bot.Rebuild(ctx, store, fsys)
	if err != nil {
		m.rebuildError(*contentDir, err)
		prev := "no previous index exists"
		if stats.Previous.Ready || store.Info().Ready {
			info := store.Info()
			prev = fmt.Sprintf("the previous index (%d articles, built %s) is untouched and still serving", info.Articles, info.BuiltAt.Format(time.RFC3339))
		}
		return failf("reindex failed: %v; %s", summary(err), prev)
	}
	fmt.Fprintf(m.Stdout, "indexed %d articles (%d passages) in %s into %s, generation %d",
		stats.Articles, stats.Passages, stats.Duration.Round(time.Millisecond), *indexDir, stats.Generation)
	if stats.Previous.Ready {
		fmt.Fprintf(m.Stdout, " (before: %d articles)", stats.Previous.Articles)
	}
	fmt.Fprintln(m.Stdout)
	return nil
}

func summary(err error) string {
	var problems content.Problems
	if errors.As(err, &problems) {
		return fmt.Sprintf("%d problem(s) in the content", len(problems))
	}
	return err.Error()
}
