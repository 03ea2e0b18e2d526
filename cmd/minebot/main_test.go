package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/minebot/minebot/content"
	"github.com/minebot/minebot/index"
	"github.com/minebot/minebot/internal/gen"
)

// TestMain removes the minebot binary that tests build, once, on first use.
func TestMain(m *testing.M) {
	code := m.Run()
	if cliBinary.dir != "" {
		os.RemoveAll(cliBinary.dir)
	}
	os.Exit(code)
}

// cliResult is what one run of the command gave.
type cliResult struct {
	code           int
	stdout, stderr string
}

// runCLI runs minebot in-process with args, with empty environment and captured
// streams.
func runCLI(t testing.TB, args ...string) cliResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	m := &Main{Stdout: &stdout, Stderr: &stderr, Getenv: func(string) string { return "" }}
	code := m.Run(context.Background(), args)
	return cliResult{code: code, stdout: stdout.String(), stderr: stderr.String()}
}

var cliBinary struct {
	once      sync.Once
	dir, path string
	err       error
}

// minebotBinary builds cmd/minebot once per test process and returns its path. Tests
// that need a real process (exit codes, SIGKILL, start-up time) use it.
func minebotBinary(tb testing.TB) string {
	tb.Helper()
	if testing.Short() {
		tb.Skip("builds the minebot binary")
	}
	cliBinary.once.Do(func() {
		cliBinary.dir, cliBinary.err = os.MkdirTemp("", "minebot-test-")
		if cliBinary.err != nil {
			return
		}
		path := filepath.Join(cliBinary.dir, "minebot")
		if out, err := exec.Command("go", "build", "-o", path, ".").CombinedOutput(); err != nil {
			cliBinary.err = fmt.Errorf("go build: %v\n%s", err, out)
			return
		}
		cliBinary.path = path
	})
	if cliBinary.err != nil {
		tb.Fatal(cliBinary.err)
	}
	return cliBinary.path
}

// binaryCommand is the built minebot with args, in an environment without MINEBOT_
// settings.
func binaryCommand(tb testing.TB, args ...string) *exec.Cmd {
	cmd := exec.Command(minebotBinary(tb), args...)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "MINEBOT_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	return cmd
}

// runBinary runs the built minebot to its end.
func runBinary(t *testing.T, args ...string) cliResult {
	t.Helper()
	cmd := binaryCommand(t, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatal(err)
	}
	return cliResult{code: cmd.ProcessState.ExitCode(), stdout: stdout.String(), stderr: stderr.String()}
}

// jsonAnswer is the `ask --json` object (shared/spec/answers.md).
type jsonAnswer struct {
	Question  string         `json:"question"`
	Kind      string         `json:"kind"`
	Verdict   string         `json:"verdict"`
	AsOf      string         `json:"as_of"`
	Answer    string         `json:"answer"`
	Abstained bool           `json:"abstained"`
	Citations []jsonCitation `json:"citations"`
}

type jsonCitation struct {
	N         int    `json:"n"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	Publisher string `json:"publisher"`
	Published string `json:"published"`
	File      string `json:"file"`
	Quote     string `json:"quote"`
}

var (
	validKinds    = []string{"yesno", "when", "who", "where", "number", "what", "other"}
	validVerdicts = []string{"yes", "no", "partly", "unknown"}
	marker        = regexp.MustCompile(`\[(\d+)\]`)
	urlPattern    = regexp.MustCompile(`^https?://[^/\s]+`)
)

// checkAnswerJSON checks stdout against the ask --json contract and returns the answer.
func checkAnswerJSON(t *testing.T, stdout string) jsonAnswer {
	t.Helper()
	var keys map[string]json.RawMessage
	if err := json.Unmarshal([]byte(stdout), &keys); err != nil {
		t.Fatalf("stdout is not one JSON object: %v\n%.2000s", err, stdout)
	}
	var a jsonAnswer
	if err := json.Unmarshal([]byte(stdout), &a); err != nil {
		t.Fatalf("answer JSON: %v\n%.2000s", err, stdout)
	}
	for _, k := range []string{"question", "kind", "answer", "abstained", "citations"} {
		if _, ok := keys[k]; !ok {
			t.Errorf("key %q missing from %.2000s", k, stdout)
		}
	}
	if string(keys["citations"]) == "null" {
		t.Errorf("citations is null, want a list")
	}
	if !slices.Contains(validKinds, a.Kind) {
		t.Errorf("kind %q is not one of %v", a.Kind, validKinds)
	}
	_, hasVerdict := keys["verdict"]
	switch {
	case hasVerdict && !slices.Contains(validVerdicts, a.Verdict):
		t.Errorf("verdict %q is not one of %v", a.Verdict, validVerdicts)
	case hasVerdict && a.Kind != "yesno":
		t.Errorf("verdict %q on a %s question; verdicts are for yesno only", a.Verdict, a.Kind)
	case !hasVerdict && a.Kind == "yesno" && !a.Abstained:
		t.Error("an answered yes/no question has no verdict")
	}
	if strings.TrimSpace(a.Answer) == "" {
		t.Error("empty answer")
	}
	if a.Abstained {
		if len(a.Citations) != 0 {
			t.Errorf("abstained with %d citations", len(a.Citations))
		}
		return a
	}
	checkCitations(t, a)
	return a
}

func checkCitations(t *testing.T, a jsonAnswer) {
	t.Helper()
	if len(a.Citations) == 0 {
		t.Fatalf("answered without citations: %q", a.Answer)
	}
	dates := map[string]bool{}
	for i, c := range a.Citations {
		if c.N != i+1 || c.Title == "" || !urlPattern.MatchString(c.URL) || c.Quote == "" ||
			!strings.HasSuffix(c.File, ".md") || strings.HasPrefix(c.File, "/") {
			t.Errorf("citation %d: %+v", i, c)
		}
		if _, err := time.Parse(time.DateOnly, c.Published); err != nil {
			t.Errorf("citation %d published %q: %v", i, c.Published, err)
		}
		dates[c.Published] = true
	}
	if !dates[a.AsOf] {
		t.Errorf("as_of %q is no citation's published date", a.AsOf)
	}
	if !strings.Contains(a.Answer, "[1]") {
		t.Errorf("answer has no [1] marker: %q", a.Answer)
	}
	for _, m := range marker.FindAllStringSubmatch(a.Answer, -1) {
		if n, err := strconv.Atoi(m[1]); err != nil || n < 1 || n > len(a.Citations) {
			t.Errorf("marker %s refers to no citation (%d citations)", m[0], len(a.Citations))
		}
	}
}

func TestAskJSON(t *testing.T) {
	t.Run("yes/no question", func(t *testing.T) {
		r := runCLI(t, "ask", "--json", "Is", "Sichuan", "banned?")
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
		}
		a := checkAnswerJSON(t, r.stdout)
		if a.Question != "Is Sichuan banned?" || a.Kind != "yesno" || a.Abstained {
			t.Errorf("question %q kind %q abstained %v", a.Question, a.Kind, a.Abstained)
		}
		var keys map[string]any
		json.Unmarshal([]byte(r.stdout), &keys)
		for _, k := range []string{"verdict", "as_of"} {
			if _, ok := keys[k]; !ok {
				t.Errorf("key %q missing from an answered yes/no question", k)
			}
		}
	})
	t.Run("flags after the question", func(t *testing.T) {
		r := runCLI(t, "ask", "When did Inner Mongolia ban mining?", "--json")
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		if a := checkAnswerJSON(t, r.stdout); a.Kind != "when" {
			t.Errorf("kind %q, want when", a.Kind)
		}
	})
	t.Run("abstains", func(t *testing.T) {
		r := runCLI(t, "ask", "--json", "What is the price of bitcoin today?")
		if r.code != 0 {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
		if a := checkAnswerJSON(t, r.stdout); !a.Abstained {
			t.Errorf("answered a question the corpus does not cover: %q", a.Answer)
		}
	})
	t.Run("plain text", func(t *testing.T) {
		r := runCLI(t, "ask", "Is Sichuan banned?")
		if r.code != 0 || !strings.Contains(r.stdout, "[1]") || !strings.Contains(r.stdout, "Sources:") || strings.HasPrefix(r.stdout, "{") {
			t.Errorf("exit %d, stdout:\n%s", r.code, r.stdout)
		}
	})
}

// oneSentence checks that stderr is a single line, the way errors are reported.
func oneSentence(t *testing.T, stderr string) {
	t.Helper()
	if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "minebot: ") || len(strings.TrimSpace(stderr)) < 20 {
		t.Errorf("stderr is not one clear sentence: %q", stderr)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"ask without a question", []string{"ask"}},
		{"ask with a blank question", []string{"ask", "--json", "  \t "}},
		{"ask with an unknown flag", []string{"ask", "--bogus", "Is Sichuan banned?"}},
		{"ask with a flag missing its value", []string{"ask", "Is Sichuan banned?", "--index"}},
		{"ask from content and index", []string{"ask", "--content", "a", "--index", "b", "Is Sichuan banned?"}},
		{"reindex without folders", []string{"reindex"}},
		{"check without a folder", []string{"check"}},
		{"eval without a file", []string{"eval"}},
		{"unknown command", []string{"frobnicate"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, tt.args...)
			if r.code != 2 {
				t.Errorf("exit %d, want 2", r.code)
			}
			if r.stdout != "" {
				t.Errorf("stdout %q, want nothing: errors go to stderr", r.stdout)
			}
			if tt.name == "unknown command" {
				// the usage, then the sentence
				_, last, _ := strings.Cut(r.stderr, "Run \"minebot COMMAND --help\" for a command's options.\n")
				oneSentence(t, last)
				return
			}
			oneSentence(t, r.stderr)
		})
	}
	t.Run("no command", func(t *testing.T) {
		if r := runCLI(t); r.code != 2 || !strings.Contains(r.stderr, "Usage:") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
	})
}

func TestHelp(t *testing.T) {
	for _, cmd := range []string{"ask", "reindex", "check", "eval", "serve"} {
		for _, flag := range []string{"--help", "-h"} {
			t.Run(cmd+" "+flag, func(t *testing.T) {
				r := runCLI(t, cmd, flag)
				if r.code != 0 || r.stderr != "" {
					t.Errorf("exit %d, stderr %q", r.code, r.stderr)
				}
				if !strings.Contains(r.stdout, "Usage: minebot "+cmd) {
					t.Errorf("stdout has no usage for %s:\n%s", cmd, r.stdout)
				}
			})
		}
	}
	for _, arg := range []string{"--help", "help", "-h"} {
		t.Run(arg, func(t *testing.T) {
			r := runCLI(t, arg)
			if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "minebot reindex --content DIR --index DIR") {
				t.Errorf("exit %d, stderr %q, stdout:\n%s", r.code, r.stderr, r.stdout)
			}
		})
	}
}

// writeContent writes files (path → text) under dir.
func writeContent(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

const goodArticle = "---\ntitle: Testland orders miners to stop\nsource: https://example.com/good\npublished: 2022-03-01\nregions: [Testland]\n---\nTestland ordered crypto miners to stop on 1 March 2022.\n"

func TestCheckReportsEveryProblem(t *testing.T) {
	front := func(source string) string {
		return "---\ntitle: A title\nsource: " + source + "\npublished: 2021-06-18\n---\n"
	}
	dir := t.TempDir()
	writeContent(t, dir, map[string]string{
		"good.md":                goodArticle,
		".draft.md":              "hidden files are not articles",
		"notes.txt":              "nor are other files",
		"no-front.md":            "# Title\n\nBody.\n",
		"china/unclosed.md":      "---\ntitle: x\nsource: https://e.com/u\n\nBody.\n",
		"bad-yaml.md":            "---\ntitle: x\nsource: [https://e.com/y\npublished: 2021-01-01\n---\nBody.\n",
		"missing-key.md":         "---\ntitle: x\nsource: https://e.com/m\n---\nBody.\n",
		"relative-source.md":     front("/news/1") + "Body.\n",
		"published-yesterday.md": "---\ntitle: x\nsource: https://e.com/p\npublished: yesterday\n---\nBody.\n",
		"not-a-date.md":          "---\ntitle: x\nsource: https://e.com/d\npublished: 2021-02-30\n---\nBody.\n",
		"empty-body.md":          front("https://e.com/e") + "\n\n",
		"not-utf8.md":            front("https://e.com/n") + "Body.\nbad \xff byte\n",
		"big.md":                 front("https://e.com/b") + strings.Repeat("Miners moved. ", content.MaxFileSize/14+1),
		"dup-a.md":               front("https://e.com/same") + "Body.\n",
		"world/dup-b.md":         front("https://e.com/same/") + "Body.\n",
	})
	want := []string{
		"bad-yaml.md:2: invalid YAML", // yaml.v3 places an unclosed [ at the mapping before it
		"big.md:1: file is",
		"china/unclosed.md:1: front matter never closed",
		"dup-a.md:3: same source as world/dup-b.md",
		"empty-body.md:6: the article has no body text",
		`missing-key.md:2: missing required key "published"`,
		"no-front.md:1: no front matter",
		"not-a-date.md:4: published \"2021-02-30\" is not a real date",
		"not-utf8.md:7: file is not valid UTF-8",
		"published-yesterday.md:4: published must be a date written YYYY-MM-DD",
		"relative-source.md:3: source must be an absolute http(s) URL",
		"world/dup-b.md:3: same source as dup-a.md",
	}
	r := runCLI(t, "check", "--content", dir)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(want) {
		t.Fatalf("%d problem lines, want %d:\n%s", len(lines), len(want), r.stdout)
	}
	for i, w := range want {
		loc, _, _ := strings.Cut(w, ": ")
		if !strings.HasPrefix(lines[i], loc+": ") || !strings.Contains(lines[i], w[len(loc)+2:]) {
			t.Errorf("line %d = %q, want %q...", i+1, lines[i], w)
		}
	}
	oneSentence(t, r.stderr)

	t.Run("good folder", func(t *testing.T) {
		good := t.TempDir()
		writeContent(t, good, map[string]string{"a/good.md": goodArticle})
		if r := runCLI(t, "check", "--content", good); r.code != 0 || r.stdout != "1 articles, no problems\n" {
			t.Errorf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
		}
	})
	t.Run("missing folder", func(t *testing.T) {
		r := runCLI(t, "check", "--content", filepath.Join(dir, "nope"))
		if r.code != 1 {
			t.Errorf("exit %d, want 1", r.code)
		}
		oneSentence(t, r.stderr)
	})
}

// copyEmbedded writes the embedded corpus into a new folder, so tests can reindex it
// and add to it.
func copyEmbedded(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	fsys := content.Embedded()
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dir, filepath.FromSlash(path))
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// folderState lists a folder's files with their sizes and modification times.
func folderState(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		out = append(out, fmt.Sprintf("%s %v %d %s", rel, info.IsDir(), info.Size(), info.ModTime().Format(time.RFC3339Nano)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// askIndex asks the Sichuan question from an on-disk index and checks the answer.
func askIndex(t *testing.T, indexDir string, run func(t *testing.T, args ...string) cliResult) jsonAnswer {
	t.Helper()
	r := run(t, "ask", "--json", "--index", indexDir, "Is Sichuan banned?")
	if r.code != 0 {
		t.Fatalf("ask --index: exit %d: %s", r.code, r.stderr)
	}
	a := checkAnswerJSON(t, r.stdout)
	if a.Abstained {
		t.Fatalf("ask --index abstained: %q", a.Answer)
	}
	return a
}

func inProcess(t *testing.T, args ...string) cliResult { return runCLI(t, args...) }

var reindexed = regexp.MustCompile(`^indexed (\d+) articles \((\d+) passages\) in \S+ into .+, generation (\d+)`)

func TestReindex(t *testing.T) {
	contentDir, indexDir := copyEmbedded(t), filepath.Join(t.TempDir(), "index")
	r := runCLI(t, "reindex", "--content", contentDir, "--index", indexDir)
	if r.code != 0 || !reindexed.MatchString(r.stdout) {
		t.Fatalf("reindex: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	askIndex(t, indexDir, inProcess)

	t.Run("bad article leaves the index untouched", func(t *testing.T) {
		before := folderState(t, indexDir)
		writeContent(t, contentDir, map[string]string{"zz/bad.md": "no front matter here\n"})
		defer os.RemoveAll(filepath.Join(contentDir, "zz"))
		r := runCLI(t, "reindex", "--content", contentDir, "--index", indexDir)
		if r.code != 1 {
			t.Errorf("exit %d, want 1", r.code)
		}
		if !strings.Contains(r.stderr, "zz/bad.md:1: ") || !strings.Contains(r.stderr, "untouched and still serving") {
			t.Errorf("stderr does not name the problem and the live index:\n%s", r.stderr)
		}
		if after := folderState(t, indexDir); !slices.Equal(before, after) {
			t.Errorf("index folder changed:\nbefore %v\nafter  %v", before, after)
		}
		askIndex(t, indexDir, inProcess)
	})

	t.Run("second reindex while the folder is held", func(t *testing.T) {
		held := runHolder(t, indexDir)
		start := time.Now()
		r := runCLI(t, "reindex", "--content", contentDir, "--index", indexDir)
		took := time.Since(start)
		if r.code != 1 || !strings.Contains(r.stderr, "in use") {
			t.Errorf("exit %d, stderr %q; want 1 and the folder in use", r.code, r.stderr)
		}
		oneSentence(t, r.stderr)
		if took > 3*time.Second {
			t.Errorf("refusal took %v, want about a second", took)
		}
		askIndex(t, indexDir, inProcess) // readers are not locked out
		held()
		if r := runCLI(t, "reindex", "--content", contentDir, "--index", indexDir); r.code != 0 {
			t.Errorf("reindex after the holder closed: exit %d: %s", r.code, r.stderr)
		}
	})
}

// runHolder holds the index folder's writer lock, as a reindex in progress does, until
// the returned func is called.
func runHolder(t *testing.T, indexDir string) (release func()) {
	t.Helper()
	s, err := index.Open(indexDir, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var once sync.Once
	release = func() { once.Do(func() { s.Close() }) }
	t.Cleanup(release)
	return release
}

// TestReindexKilledMidBuild kills a reindex process with SIGKILL while it builds a
// generation of 1500 more articles: the last complete generation still answers, and
// the next reindex completes and removes the half-built one.
func TestReindexKilledMidBuild(t *testing.T) {
	binary := func(t *testing.T, args ...string) cliResult { return runBinary(t, args...) }
	contentDir, indexDir := copyEmbedded(t), filepath.Join(t.TempDir(), "index")
	if r := binary(t, "reindex", "--content", contentDir, "--index", indexDir); r.code != 0 {
		t.Fatalf("first reindex: exit %d: %s", r.code, r.stderr)
	}
	arts := gen.Articles(1500, 1)
	if err := gen.WriteFolder(contentDir, arts); err != nil {
		t.Fatal(err)
	}

	cmd := binaryCommand(t, "reindex", "--content", contentDir, "--index", indexDir)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	tmp := filepath.Join(indexDir, "gen-000002.tmp")
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err := os.Stat(tmp); err == nil {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("reindex ended before it started building: %v\n%s", err, stderr.String())
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("reindex did not start building within 30 s")
		}
	}
	time.Sleep(300 * time.Millisecond)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	if err := <-exited; err == nil || !strings.Contains(err.Error(), "killed") {
		t.Fatalf("reindex was not killed mid-build (%v); make the folder bigger", err)
	}
	if _, err := os.Stat(tmp); err != nil {
		t.Fatalf("no half-built generation after the kill: %v", err)
	}

	a := askIndex(t, indexDir, binary)
	for _, c := range a.Citations {
		if strings.HasPrefix(c.File, "gen/") {
			t.Errorf("answered from the killed build: %s", c.File)
		}
	}

	// the next reindex needs not be as big to show that it completes
	if err := os.RemoveAll(filepath.Join(contentDir, "gen")); err != nil {
		t.Fatal(err)
	}
	r := binary(t, "reindex", "--content", contentDir, "--index", indexDir)
	m := reindexed.FindStringSubmatch(r.stdout)
	if r.code != 0 || m == nil {
		t.Fatalf("reindex after the kill: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if want := fmt.Sprint(len(folderArticles(t, content.Embedded()))); m[1] != want || m[3] != "2" {
		t.Errorf("reindex after the kill: %q, want %s articles in generation 2", r.stdout, want)
	}
	entries, _ := os.ReadDir(indexDir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != "LOCK,gen-000002" {
		t.Errorf("index folder holds %v, want the lock and generation 2", names)
	}
	askIndex(t, indexDir, binary)
}

func folderArticles(t *testing.T, fsys fs.FS) []content.Article {
	arts, problems := content.Load(fsys)
	if problems != nil {
		t.Fatal(problems)
	}
	return arts
}

var (
	latencyLine = regexp.MustCompile(`^latency p50 \d+\.\d\d ms p99 \d+\.\d\d ms$`)
	overallLine = regexp.MustCompile(`^overall (\d+)/(\d+) = (\d+\.\d)%$`)
)

func TestEval(t *testing.T) {
	file := filepath.Join(t.TempDir(), "questions.jsonl")
	writeContent(t, filepath.Dir(file), map[string]string{"questions.jsonl": `{"id":"q1","q":"Is Sichuan banned?","kind":"yesno","verdict":"yes","cite_any":["sichuan-2021-06-18.md","sichuan-shutdown-2021-06-22.md","china-miners-exodus-2021-06-25.md","hashrate-plunge-difficulty-2021-07-05.md"],"contain_any":[]}

{"id":"q2","q":"What is the price of bitcoin today?","kind":"unanswerable","cite_any":[],"contain_any":[]}
{"id":"q3","q":"When did Inner Mongolia ban mining?","kind":"when","cite_any":["no-such-article.md"],"contain_any":["May 2021"]}
`})
	lastLines := func(t *testing.T, stdout string) (latency, overall string) {
		t.Helper()
		lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
		if len(lines) < 4 || !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, "kind ") }) {
			t.Fatalf("no table:\n%s", stdout)
		}
		return lines[len(lines)-2], lines[len(lines)-1]
	}

	r := runCLI(t, "eval", file)
	if r.code != 0 {
		t.Fatalf("exit %d without --min: %s", r.code, r.stderr)
	}
	latency, overall := lastLines(t, r.stdout)
	if !latencyLine.MatchString(latency) {
		t.Errorf("latency line %q", latency)
	}
	m := overallLine.FindStringSubmatch(overall)
	if m == nil {
		t.Fatalf("overall line %q", overall)
	}
	right, _ := strconv.Atoi(m[1])
	if m[2] != "3" || right > 2 || m[3] != fmt.Sprintf("%.1f", 100*float64(right)/3) {
		t.Errorf("overall line %q: q3 cites an article that does not exist, so at most 2/3", overall)
	}
	for _, kind := range []string{"yesno", "unanswerable", "when"} {
		if !regexp.MustCompile(`(?m)^` + kind + ` +\d+/1 +\d+\.\d%$`).MatchString(r.stdout) {
			t.Errorf("no table row for %s:\n%s", kind, r.stdout)
		}
	}

	t.Run("below --min", func(t *testing.T) {
		r := runCLI(t, "eval", "--min", "100", "-v", file)
		if r.code != 1 {
			t.Errorf("exit %d, want 1", r.code)
		}
		oneSentence(t, r.stderr)
		if !strings.Contains(r.stdout, "WRONG q3 [when]") {
			t.Errorf("-v does not list the wrong answer:\n%s", r.stdout)
		}
		if _, overall := lastLines(t, r.stdout); !overallLine.MatchString(overall) {
			t.Errorf("last line %q", overall)
		}
	})
	t.Run("bad question file", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "bad.jsonl")
		writeContent(t, filepath.Dir(bad), map[string]string{"bad.jsonl": `{"id":"q1","q":"Is Sichuan banned?","kind":"yesno"}` + "\n{not json\n"})
		r := runCLI(t, "eval", bad)
		if r.code != 1 || !strings.Contains(r.stderr, bad+":2: ") {
			t.Errorf("exit %d, stderr %q; want 1 and the line", r.code, r.stderr)
		}
	})
}

// TestHostileQuestions: whatever a user types, ask --json prints a valid answer (or,
// for nothing at all, a usage error) and never an internal error.
func TestHostileQuestions(t *testing.T) {
	tests := []struct {
		name, q string
		code    int
	}{
		{"empty", "", 2},
		{"whitespace only", " \t\n\r\u00a0\u3000 ", 2},
		{"zero-width space", "\u200b", 0},
		{"100 KB", strings.Repeat("Is Sichuan banned? ", 100<<10/19), 0},
		{"one 50 KB word", strings.Repeat("sichuan", 50<<10/7), 0},
		{"control characters", "Is\x00 Sichuan\x07 banned?\x1b[31m\x7f", 0},
		{"invalid UTF-8", "Is Sichuan \xff\xfe banned?", 0},
		{"query syntax", `+title:x -y "~^`, 0},
		{"more query syntax", `title:Sichuan AND published:>2020 OR regions:(a b) ~2 ^5 \ * ? /re.*x/`, 0},
		{"emoji", "Is ⛏️ mining 🚫 banned in 🇨🇳 Sichuan?", 0},
		{"mixed scripts", "Is 四川 banned? Майнинг запрещён? هل التعدين محظور", 0},
		{"right-to-left override", "\u202eIs Sichuan banned?", 0},
		{"only punctuation", "?!?!...;;", 0},
		{"citation markers", "Is Sichuan [1] banned [2]? [99]", 0},
		{"html", "<script>alert(1)</script> Is Sichuan banned?", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "ask", "--json", tt.q)
			if r.code != tt.code {
				t.Fatalf("exit %d, want %d; stderr %q", r.code, tt.code, r.stderr)
			}
			if tt.code != 0 {
				oneSentence(t, r.stderr)
				return
			}
			if r.stderr != "" {
				t.Errorf("stderr %q", r.stderr)
			}
			a := checkAnswerJSON(t, r.stdout)
			for _, bad := range []string{"panic", "runtime error", "goroutine", "bleve", "could not answer", "%!", "<nil>"} {
				if strings.Contains(strings.ToLower(a.Answer), bad) {
					t.Errorf("answer shows an internal error (%q): %q", bad, a.Answer)
				}
			}
		})
	}
}

// TestBinary runs the built command for what only a real process shows: exit codes.
func TestBinary(t *testing.T) {
	if r := runBinary(t, "--help"); r.code != 0 || !strings.HasPrefix(r.stdout, "minebot answers") {
		t.Errorf("--help: exit %d, stdout %q", r.code, r.stdout)
	}
	if r := runBinary(t, "check", "--help"); r.code != 0 || !strings.HasPrefix(r.stdout, "Usage: minebot check") {
		t.Errorf("check --help: exit %d, stdout %q", r.code, r.stdout)
	}
	r := runBinary(t, "ask")
	if r.code != 2 || r.stdout != "" {
		t.Errorf("ask without a question: exit %d, stdout %q", r.code, r.stdout)
	}
	oneSentence(t, r.stderr)
	if r := runBinary(t, "check", "--content", t.TempDir()+"/none"); r.code != 1 {
		t.Errorf("check of a missing folder: exit %d, want 1", r.code)
	}
	r = runBinary(t, "ask", "--json", "Is Sichuan banned?")
	if r.code != 0 {
		t.Fatalf("ask: exit %d: %s", r.code, r.stderr)
	}
	checkAnswerJSON(t, r.stdout)
}

// BenchmarkStartToFirstAnswer is the wall-clock time from starting the process to its
// exit after printing an answer from the embedded corpus (the target is 150 ms).
func BenchmarkStartToFirstAnswer(b *testing.B) {
	minebotBinary(b)
	var took []time.Duration
	for b.Loop() {
		cmd := binaryCommand(b, "ask", "Is Sichuan banned?")
		start := time.Now()
		out, err := cmd.Output()
		took = append(took, time.Since(start))
		if err != nil || !bytes.Contains(out, []byte("[1]")) {
			b.Fatalf("ask: %v\n%s", err, out)
		}
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "median-ms")
}
