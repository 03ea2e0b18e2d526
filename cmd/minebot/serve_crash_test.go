package main

import (
	"context"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestServeHelperProcess is not a test: the crash test runs the test binary again with
// MINEBOT_SERVE_HELPER=1 to get a real `minebot serve` process it can kill.
func TestServeHelperProcess(t *testing.T) {
	if os.Getenv("MINEBOT_SERVE_HELPER") != "1" {
		t.Skip("runs only as the crash test's child process")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := NewMain().Run(ctx, []string{"serve"})
	stop()
	os.Exit(code)
}

// serveProcess is `minebot serve` running in a child process.
type serveProcess struct {
	cmd    *exec.Cmd
	stderr *syncBuffer
	base   string // http://host:port
	exited chan struct{}
	err    error // the exit, once exited is closed
}

func startServeProcess(t *testing.T, env ...string) *serveProcess {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestServeHelperProcess$")
	for _, kv := range os.Environ() {
		key, _, _ := strings.Cut(kv, "=")
		if !slices.Contains(serveKeys, key) && key != "MINEBOT_CONFIG" {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "MINEBOT_SERVE_HELPER=1", "MINEBOT_HTTP_ADDR=127.0.0.1:0")
	cmd.Env = append(cmd.Env, env...)
	p := &serveProcess{cmd: cmd, stderr: &syncBuffer{}, exited: make(chan struct{})}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.err = cmd.Wait()
		close(p.exited)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-p.exited
		if t.Failed() {
			t.Logf("serve's log:\n%s", p.stderr)
		}
	})
	addr := regexp.MustCompile(`"msg":"minebot serving","http":"([0-9.:]+)"`)
	eventually(t, "the serving line", func() bool {
		if m := addr.FindStringSubmatch(p.stderr.String()); m != nil {
			p.base = "http://" + m[1]
			return true
		}
		return false
	})
	return p
}

// TestServeSurvivesKillMidRebuild kills serve with SIGKILL while it builds a new
// generation; the restart serves the last complete one and removes the half-built one.
func TestServeSurvivesKillMidRebuild(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	contentDir, indexDir := t.TempDir(), t.TempDir()
	writeServeArticles(t, contentDir, 0, 5)
	env := []string{"MINEBOT_CONTENT=" + contentDir, "MINEBOT_INDEX=" + indexDir, "MINEBOT_WATCH=false"}

	first := startServeProcess(t, env...)
	var ready readiness
	eventually(t, "first ready", func() bool {
		return getJSON(t, first.base+"/readyz", &ready) == http.StatusOK
	})
	if ready.Articles != 5 || ready.Generation != 1 {
		t.Fatalf("/readyz = %+v; want 5 articles in generation 1", ready)
	}

	// enough articles that the second build takes a while, then SIGHUP
	writeServeArticles(t, contentDir, 5, 600)
	halfBuilt := filepath.Join(indexDir, "gen-000002.tmp")
	if err := first.cmd.Process.Signal(syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(halfBuilt); err == nil {
			break
		}
		if _, err := os.Stat(filepath.Join(indexDir, "gen-000002")); err == nil || time.Now().After(deadline) {
			t.Fatal("the second generation was never seen half-built")
		}
		time.Sleep(time.Millisecond)
	}
	if err := first.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-first.exited
	if _, err := os.Stat(filepath.Join(indexDir, "gen-000001", "meta.json")); err != nil {
		t.Fatalf("the complete generation is gone after the kill: %v", err)
	}

	// a bad article makes the restart's own rebuild fail, so it must keep serving
	// what it found on disk
	writeFile(t, filepath.Join(contentDir, "bad.md"), "---\ntitle: Bad\n---\n")
	second := startServeProcess(t, env...)
	if code := getJSON(t, second.base+"/readyz", &ready); code != http.StatusOK || ready.Articles != 5 || ready.Generation != 1 {
		t.Errorf("/readyz right after the restart = %d %+v; want 200 with 5 articles of generation 1", code, ready)
	}
	eventually(t, "the restart's failed rebuild", func() bool {
		return metricValue(t, second.base, `minebot_reindex_total{result="failed"}`) == 1
	})
	if getJSON(t, second.base+"/readyz", &ready); ready.Articles != 5 || ready.Generation != 1 {
		t.Errorf("/readyz = %+v; want 5 articles of generation 1", ready)
	}
	if _, err := os.Stat(halfBuilt); !os.IsNotExist(err) {
		t.Errorf("the half-built generation is still there: %v", err)
	}

	start := time.Now()
	if err := second.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-second.exited:
		if second.err != nil {
			t.Errorf("exit after SIGTERM: %v; want status 0", second.err)
		}
		t.Logf("stopped %s after SIGTERM", time.Since(start).Round(time.Millisecond))
	case <-time.After(10 * time.Second):
		t.Error("no exit within 10 s of SIGTERM")
	}
}
