package bot

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
)

func TestAsksVenue(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"Where did Peter Todd file his OP_RETURN proposal?", true},
		{"Where was Braidpool proposed?", true},
		{"Where is Hamster Kombat played?", true},
		{"Where is the mine?", false},                                     // a place
		{"In which city did companies meet to agree on SegWit2x?", false}, // a city
		{"At which US ports were the shipments held?", false},
		{"哪里发布了公告？", false}, // English only
	} {
		if got := asksVenue(analyze(tt.q, lx, g, func(string) bool { return true })); got != tt.want {
			t.Errorf("asksVenue(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestVenueIn(t *testing.T) {
	lx := mustLexicon()
	g := newGazetteer(nil)
	q := analyze("Where did Peter Todd post the proposal?", lx, g, func(string) bool { return true })
	for _, tt := range []struct{ text, want string }{
		{"Peter Todd posted the proposal on GitHub on 24 April 2025.", "GitHub"},
		{"He sent it to the bitcoin-dev mailing list in August.", "bitcoin-dev mailing list"},
		{"A message in its Telegram channel said coins were safe.", "Telegram channel"},
		{"The miners met in Texas on Monday.", ""},  // a place
		{"Peter Todd wrote it on Tuesday.", ""},     // a day
		{"It was kept in long-term storage.", ""},   // no name
		{"The idea reached Peter Todd in May.", ""}, // the question's own name
	} {
		s := &sentence{facts: &facts{text: tt.text}}
		if got := venueIn(s, q); got != tt.want {
			t.Errorf("venueIn(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// A where-question that asks where something was said is answered with the venue.
func TestWhereAnswersWithTheVenue(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"proposal.md": article("Developer proposes lifting the data cap", "https://example.com/348", "2025-04-28", "",
			"On 24 April 2025 developer Jane Roe proposed removing the size cap on data outputs.\n\n"+
				"Jane Roe filed her proposal to remove the size cap on GitHub, where other developers argued over it for weeks."),
		"mine.md": article("Miner opens a site in Texas", "https://example.com/349", "2025-05-02", "Texas, United States",
			"HashCo opened a 50 MW mining site in Texas on 1 May 2025."),
	})
	for _, tt := range []struct{ q, want string }{
		{"Where did Jane Roe file her proposal to remove the size cap?", "GitHub"},
		{"Where did HashCo open its mining site?", "Texas"},
	} {
		a, err := e.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if a.Abstained || !strings.HasPrefix(a.Text, tt.want) {
			t.Errorf("%s\ngot: %s", tt.q, a.Text)
		}
	}
}

// A where-question about where its one place lies is answered with the places that
// contain it, from a sentence that names both, the place's own articles first.
func TestWhereAPlaceLies(t *testing.T) {
	shipped := shippedEngine(t)
	yaan := heldoutEngine(t, "heldout66")
	for _, tt := range []struct {
		e       *Engine
		q, want string
		cites   string
	}{
		{shipped, "Which province is Changji in?", "Xinjiang.", ""},
		{shipped, "Where is the Zhundong Economic-Technological Development Park?", "Changji, Xinjiang.", "changji-2021-06-09.md"},
		{yaan, "雅安位于哪个省？", "Sichuan", ""},
		// a question about something else there is no question about the place
		{yaan, "雅安的水电站在哪里？", "", ""},
	} {
		a, err := tt.e.Answer(context.Background(), tt.q)
		if err != nil {
			t.Fatal(err)
		}
		if tt.want == "" {
			if strings.HasPrefix(a.Text, "Sichuan") {
				t.Errorf("%s\nanswered where the place lies: %s", tt.q, a.Text)
			}
			continue
		}
		if a.Abstained || !strings.HasPrefix(a.Text, tt.want) || !strings.HasSuffix(a.Citations[0].File, tt.cites) {
			t.Errorf("%s\ngot: %s %v", tt.q, a.Text, a.Citations)
		}
	}
}
