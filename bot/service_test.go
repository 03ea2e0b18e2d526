package bot

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/minebot/minebot/index"
)

// answerFunc is a fake Answerer.
type answerFunc func(ctx context.Context, q string) (*Answer, error)

func (f answerFunc) Answer(ctx context.Context, q string) (*Answer, error) { return f(ctx, q) }

// countingObserver counts outcomes and rebuilds.
type countingObserver struct {
	mu       sync.Mutex
	outcomes map[Outcome]int
	rebuilds int
	failed   int
}

func (o *countingObserver) Handled(_ string, _ Command, out Outcome, _ time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.outcomes == nil {
		o.outcomes = map[Outcome]int{}
	}
	o.outcomes[out]++
}

func (o *countingObserver) Reindexed(r ReindexReport) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.rebuilds++
	if !r.OK() {
		o.failed++
	}
}

func (o *countingObserver) counts() map[Outcome]int {
	o.mu.Lock()
	defer o.mu.Unlock()
	out := map[Outcome]int{}
	for k, v := range o.outcomes {
		out[k] = v
	}
	return out
}

var svcAdmin = UserRef{Platform: "telegram", ID: "42"}

func svcAsk(text string) Message {
	return Message{Platform: "telegram", UserID: "7", Command: CmdAsk, Text: text}
}

func TestServiceAsk(t *testing.T) {
	answer := &Answer{Question: "q", Kind: KindYesNo, Text: "Yes [1].", Citations: []Citation{{N: 1}}}
	abstain := &Answer{Question: "q", Kind: KindOther, Text: "I don't have a source for that.", Abstained: true, Citations: []Citation{}}
	secret := errors.New("open /srv/minebot/index/gen-000003: permission denied")
	tests := []struct {
		name    string
		text    string
		engine  answerFunc
		want    Reply
		outcome Outcome
	}{
		{"answered", "Is Sichuan banned?", func(context.Context, string) (*Answer, error) { return answer, nil },
			Reply{Answer: answer}, OutcomeAnswered},
		{"abstained", "price of bitcoin?", func(context.Context, string) (*Answer, error) { return abstain, nil },
			Reply{Answer: abstain}, OutcomeAbstained},
		{"empty question gets a hint", "  \n", nil, Reply{Text: textEmptyQuestion}, OutcomeRefused},
		{"internal error is a plain sentence", "x?", func(context.Context, string) (*Answer, error) { return nil, secret },
			Reply{Text: textInternalError}, OutcomeError},
		{"no index yet", "x?", func(context.Context, string) (*Answer, error) { return nil, index.ErrNotReady },
			Reply{Text: textNotReady}, OutcomeError},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			obs := &countingObserver{}
			s := NewService(ServiceConfig{Engine: tt.engine, Observer: obs})
			got := s.Handle(context.Background(), svcAsk(tt.text))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("reply (-want +got):\n%s", diff)
			}
			if strings.Contains(got.Text, "permission") || strings.Contains(got.Text, "/srv") {
				t.Errorf("an internal error reached the chat: %q", got.Text)
			}
			if c := obs.counts(); c[tt.outcome] != 1 {
				t.Errorf("outcomes = %v; want one %s", c, tt.outcome)
			}
		})
	}
}

func TestServiceAnswerOutlivesCancel(t *testing.T) {
	// a shutdown cancels the adapter's context; the answer in flight still finishes
	s := NewService(ServiceConfig{Engine: answerFunc(func(ctx context.Context, q string) (*Answer, error) {
		return &Answer{Text: "ok"}, ctx.Err()
	})})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if got := s.Handle(ctx, svcAsk("x?")); got.Answer == nil {
		t.Errorf("reply = %+v; want the answer", got)
	}
}

func TestServiceRateLimit(t *testing.T) {
	obs := &countingObserver{}
	s := NewService(ServiceConfig{
		Engine:   answerFunc(func(context.Context, string) (*Answer, error) { return &Answer{Text: "a"}, nil }),
		Limiter:  NewRateLimiter(10, 2),
		Observer: obs,
	})
	var got []string
	for range 5 {
		r := s.Handle(context.Background(), svcAsk("Is Sichuan banned?"))
		switch {
		case r.Silent:
			got = append(got, "silent")
		case r.Answer != nil:
			got = append(got, "answer")
		case r.Ephemeral && strings.Contains(r.Text, "10 questions a minute"):
			got = append(got, "notice")
		default:
			got = append(got, fmt.Sprintf("unexpected %+v", r))
		}
	}
	want := []string{"answer", "answer", "notice", "silent", "silent"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("replies (-want +got):\n%s", diff)
	}
	other := Message{Platform: "discord", UserID: "7", Command: CmdAsk, Text: "Is Sichuan banned?"}
	if r := s.Handle(context.Background(), other); r.Answer == nil {
		t.Errorf("the same id on another platform was limited too: %+v", r)
	}
	if c := obs.counts(); c[OutcomeRateLimited] != 3 || c[OutcomeAnswered] != 3 {
		t.Errorf("outcomes = %v; want 3 rate_limited, 3 answered", c)
	}
}

func TestServiceReindex(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, 3)
	gate := newGateFS(os.DirFS(dir))
	obs := &countingObserver{}
	r, store := startReindexer(t, gate, obs)
	s := NewService(ServiceConfig{Engine: NewEngine(store), Reindexer: r, Store: store, Admins: []UserRef{svcAdmin}, Observer: obs})
	ctx := context.Background()

	t.Run("non-admin is refused", func(t *testing.T) {
		for _, m := range []Message{
			{Platform: "telegram", UserID: "7", Command: CmdReindex},
			{Platform: "discord", UserID: "42", Command: CmdReindex}, // the admin's id, another platform
		} {
			got := s.Handle(ctx, m)
			if diff := cmp.Diff(Reply{Text: textNotAdmin, Ephemeral: true}, got); diff != "" {
				t.Errorf("%s:%s (-want +got):\n%s", m.Platform, m.UserID, diff)
			}
		}
		if st := r.Stats(); st.Requests != 0 {
			t.Errorf("a refused reindex still asked for a rebuild: %+v", st)
		}
	})

	t.Run("admin while a rebuild runs is coalesced", func(t *testing.T) {
		running := r.Request("startup")
		<-gate.entered
		replies := make(chan Reply, 2)
		for range 2 {
			go func() {
				replies <- s.Handle(ctx, Message{Platform: svcAdmin.Platform, UserID: svcAdmin.ID, Command: CmdReindex})
			}()
		}
		svcWaitFor(t, func() bool { return r.Stats().Requests == 3 })
		close(gate.open)
		waitReport(t, running)
		for range 2 {
			got := <-replies
			if !got.Ephemeral || !strings.HasPrefix(got.Text, textQueued+"\nReindexed: 3 → 3 articles") {
				t.Errorf("reply = %+v; want the queued notice, then the report", got)
			}
		}
		if st := r.Stats(); st.Runs != 2 {
			t.Errorf("runs = %d; want 2 (the running one and one follow-up)", st.Runs)
		}
	})

	t.Run("admin gets the report", func(t *testing.T) {
		got := s.Handle(ctx, Message{Platform: svcAdmin.Platform, UserID: svcAdmin.ID, Command: CmdReindex})
		if !strings.HasPrefix(got.Text, "Reindexed: 3 → 3 articles, ") || !got.Ephemeral {
			t.Errorf("reply = %+v", got)
		}
	})

	t.Run("help says what it covers", func(t *testing.T) {
		got := s.Handle(ctx, Message{Platform: "discord", UserID: "1", Command: CmdHelp})
		for _, want := range []string{"/ask", "/reindex", "cites its sources", "3 curated articles", "Testland"} {
			if !strings.Contains(got.Text, want) {
				t.Errorf("help %q lacks %q", got.Text, want)
			}
		}
	})
}

// svcWaitFor polls cond for up to 10 s.
func svcWaitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met in 10 s")
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestServiceDrain(t *testing.T) {
	release := make(chan struct{})
	started := make(chan struct{})
	s := NewService(ServiceConfig{Engine: answerFunc(func(context.Context, string) (*Answer, error) {
		close(started)
		<-release
		return &Answer{Text: "late but whole"}, nil
	})})
	inflight := make(chan Reply, 1)
	go func() { inflight <- s.Handle(context.Background(), svcAsk("slow?")) }()
	<-started
	drained := make(chan error, 1)
	go func() { drained <- s.Drain(context.Background()) }()
	svcWaitFor(t, func() bool { // help does not reach the engine, which is busy
		return s.Handle(context.Background(), Message{Command: CmdHelp}).Text == textShuttingDown
	})
	if r := s.Handle(context.Background(), svcAsk("new?")); r.Text != textShuttingDown {
		t.Errorf("a question while draining: %+v; want the restarting notice", r)
	}
	select {
	case err := <-drained:
		t.Fatalf("Drain returned (%v) with an answer in flight", err)
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	if err := <-drained; err != nil {
		t.Errorf("Drain: %v", err)
	}
	if r := <-inflight; r.Answer == nil || r.Answer.Text != "late but whole" {
		t.Errorf("the answer in flight = %+v", r)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer cancel()
	if err := s.Drain(ctx); err != nil {
		t.Errorf("a second Drain with nothing in flight: %v", err)
	}
}

// TestConcurrentQuestionsDuringRebuilds asks questions from many goroutines while
// the index is rebuilt again and again: every question gets an answer.
func TestConcurrentQuestionsDuringRebuilds(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, 20)
	obs := &countingObserver{}
	indexDir := t.TempDir()
	r, store := startReindexerIn(t, indexDir, os.DirFS(dir), obs)
	waitReport(t, r.Request("startup"))
	s := NewService(ServiceConfig{Engine: NewEngine(store), Reindexer: r, Admins: []UserRef{svcAdmin}, Observer: obs})

	const rebuilds = 5
	done := make(chan struct{})
	var failed []string
	var mu sync.Mutex
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			for i := 0; ; i++ {
				select {
				case <-done:
					return
				default:
				}
				q := fmt.Sprintf("Did Testland district %d halt crypto mining?", (w*7+i)%20)
				if rep := s.Handle(context.Background(), Message{Platform: "test", UserID: fmt.Sprint(w), Text: q}); rep.Answer == nil {
					mu.Lock()
					failed = append(failed, fmt.Sprintf("%q: %+v", q, rep))
					mu.Unlock()
				}
			}
		})
	}
	for i := range rebuilds {
		writeArticles(t, dir, 20+i) // each rebuild has one article more
		if rep := waitReport(t, r.Request("admin")); !rep.OK() {
			t.Errorf("rebuild %d failed: %v %v", i, rep.Problems, rep.Err)
		}
	}
	close(done)
	wg.Wait()
	if len(failed) > 0 {
		t.Errorf("%d questions failed during rebuilds, e.g. %s", len(failed), failed[0])
	}
	c := obs.counts()
	if c[OutcomeAnswered]+c[OutcomeAbstained] == 0 || c[OutcomeError] != 0 {
		t.Errorf("outcomes = %v; want answers and no errors", c)
	}
	if got := store.Info().Articles; got != 20+rebuilds-1 {
		t.Errorf("serving %d articles; want %d", got, 20+rebuilds-1)
	}
	if gens, _ := filepath.Glob(filepath.Join(indexDir, "gen-*")); len(gens) != 1 {
		t.Errorf("index folder holds %v; want only the serving generation", gens)
	}
	t.Logf("%d questions answered during %d rebuilds", c[OutcomeAnswered]+c[OutcomeAbstained], rebuilds)
}
