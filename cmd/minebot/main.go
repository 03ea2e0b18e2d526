// Command minebot answers questions about the crypto-mining industry from curated,
// cited articles: on the command line (ask, eval), for curators (check, reindex) and
// in Discord and Telegram (serve).
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `minebot answers questions about the crypto-mining industry from curated, cited articles.

Usage:
  minebot ask [--json] [--content DIR | --index DIR] QUESTION...
  minebot reindex --content DIR --index DIR
  minebot check --content DIR
  minebot eval [--content DIR] [--min PERCENT] [-v] QUESTIONS.jsonl
  minebot serve

Run "minebot COMMAND --help" for a command's options.
`

// Main is the minebot command, with its streams and environment, so tests can run it
// end to end in-process.
type Main struct {
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

// NewMain returns a Main wired to the process's streams and environment.
func NewMain() *Main {
	return &Main{Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

// exitError carries an exit status; its message, if any, is printed to stderr.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func usageErrorf(format string, args ...any) error {
	return &exitError{code: 2, msg: fmt.Sprintf(format, args...)}
}

func failf(format string, args ...any) error {
	return &exitError{code: 1, msg: fmt.Sprintf(format, args...)}
}

// Run runs one command and returns the process's exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	err := m.dispatch(ctx, args)
	if err == nil {
		return 0
	}
	code, msg := 1, err.Error()
	if e, ok := err.(*exitError); ok {
		code = e.code
	}
	if msg != "" {
		fmt.Fprintln(m.Stderr, "minebot: "+msg)
	}
	return code
}

func (m *Main) dispatch(ctx context.Context, args []string) error {
	if len(args) == 0 {
		fmt.Fprint(m.Stderr, usage)
		return &exitError{code: 2}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "ask":
		return m.ask(ctx, rest)
	case "reindex":
		return m.reindex(ctx, rest)
	case "check":
		return m.check(rest)
	case "eval":
		return m.eval(ctx, rest)
	case "serve":
		return m.serve(ctx, rest)
	case "-h", "-help", "--help", "help":
		fmt.Fprint(m.Stdout, usage)
		return nil
	default:
		fmt.Fprint(m.Stderr, usage)
		return usageErrorf("unknown command %q", cmd)
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := NewMain().Run(ctx, os.Args[1:])
	stop()
	os.Exit(code)
}
