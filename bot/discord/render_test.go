package discord

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/minebot/minebot/bot"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/render")

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Sichuan banned mining in 2021.", "Sichuan banned mining in 2021."},
		{"emphasis", "*bold* _it_ ~~gone~~ `code` ||spoiler||", `\*bold\* \_it\_ \~\~gone\~\~ \` + "`code\\`" + ` \|\|spoiler\|\|`},
		{"quote and link", "> [x](https://e.example)", `\> \[x\]\(https://e.example\)`},
		{"mass mentions", "@everyone @here @Everyone", "@\u200beveryone @\u200bhere @\u200bEveryone"},
		{"user, role, channel", "<@123> <@!123> <@&456> <#789>", `\<@123\> \<@!123\> \<@&456\> \<#789\>`},
		{"timestamp and emoji", "<t:1700000000:R> <:hash:1234>", `\<t:1700000000:R\> \<:hash:1234\>`},
		{"backslash", `C:\mining`, `C:\\mining`},
		{"heading at line start", "# Big\n## Bigger\n-# small", `\# Big` + "\n" + `\## Bigger` + "\n" + `\-# small`},
		{"hash inside a line", "rank #1", "rank #1"},
		{"lists at line start", "- one\n+ two\n12. three", `\- one` + "\n" + `\+ two` + "\n" + `12\. three`},
		{"not lists", "a - b, 3.5 TH/s, 2021. Then", "a - b, 3.5 TH/s, 2021. Then"},
		{"chinese", "四川于2021年6月禁止挖矿。", "四川于2021年6月禁止挖矿。"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := escapeMarkdown(tc.in); got != tc.want {
				t.Errorf("escapeMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{"Yes [1]. No [2].", []string{"Yes [1].", "No [2]."}},
		{"Banned. [1] Before that, allowed. [2]", []string{"Banned. [1]", "Before that, allowed. [2]"}},
		{"In 2021. [12]", []string{"In 2021. [12]"}},
		{"See [a] here. [1]x", []string{"See [a] here.", "[1]x"}},
		{"3.5 EH/s in 2021.", []string{"3.5 EH/s in 2021."}},
		{"第一句。第二句！", []string{"第一句。", "第二句！"}},
		{"", nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, sentences(tc.in)); diff != "" {
			t.Errorf("sentences(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string
	}{
		{"fits", "One. Two.", 20, []string{"One. Two."}},
		{"at a sentence", "First sentence. Second one.", 20, []string{"First sentence.", "Second one."}},
		{"paragraphs kept", "A.\n\nB.", 20, []string{"A.\n\nB."}},
		{"long sentence at words", "alpha beta gamma delta", 11, []string{"alpha beta", "gamma delta"}},
		{"giant word cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"escape pair kept", "ab*cd", 3, []string{"ab", `\*c`, "d"}},
		{"runes kept", "ééé", 3, []string{"é", "é", "é"}},
		{"CJK joined without spaces", "第一句。第二句！", 100, []string{"第一句。第二句！"}},
		{"CJK split at a full stop", "第一句。第二句！", 13, []string{"第一句。", "第二句！"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := renderReply(bot.Reply{Text: tc.text}, tc.limit)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestRenderReply(t *testing.T) {
	tests := []struct {
		name  string
		reply bot.Reply
		want  []string
	}{
		{"silent", bot.Reply{Silent: true, Text: "x"}, nil},
		{"empty", bot.Reply{}, nil},
		{"notice escaped", bot.Reply{Text: "Only admins may *reindex*."}, []string{`Only admins may \*reindex\*.`}},
		{"unknown marker escaped", bot.Reply{Answer: &bot.Answer{Text: "No sources [7]."}}, []string{`No sources \[7\].`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, renderReply(tc.reply, maxContent)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestRenderGolden compares whole rendered answers with testdata/render/*.golden
// (go test -run RenderGolden -update rewrites them).
func TestRenderGolden(t *testing.T) {
	tests := []struct {
		name  string
		reply bot.Reply
	}{
		{"answer", bot.Reply{Answer: &bot.Answer{
			Text: "Partly. Sichuan ordered hydro miners to stop on 18 June 2021 [1], but the *ban* covered only listed sites [2].",
			Citations: []bot.Citation{
				{N: 1, Title: "Sichuan orders [all] miners to stop (hydro)", URL: "https://example.com/a_(b)", Publisher: "Example_News", Published: "2021-06-18"},
				{N: 2, Title: "Which sites? @everyone <@1>", URL: "javascript:alert(1)", Published: "2021-06-20"},
			},
		}}},
		{"abstained", bot.Reply{Answer: &bot.Answer{
			Text:      "I don't know: my articles do not cover bitcoin's price.\nThey cover mining rules, power and machines.",
			Abstained: true,
		}}},
		{"long title", bot.Reply{Answer: &bot.Answer{
			Text:      "Yes [1].",
			Citations: []bot.Citation{{N: 1, Title: strings.Repeat("very long title ", 30), URL: "https://example.com/x", Publisher: "P", Published: "2020-01-01"}},
		}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(renderReply(tc.reply, maxContent), "\n---8<---\n") + "\n"
			path := filepath.Join("testdata", "render", strings.ReplaceAll(tc.name, " ", "_")+".golden")
			if *update {
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("(-golden +got):\n%s", diff)
			}
		})
	}
}

// TestCitationLineFits checks the caps: even a citation whose every character needs
// escaping renders to one line that fits in a message with the Sources heading.
func TestCitationLineFits(t *testing.T) {
	c := bot.Citation{N: 999, Title: strings.Repeat("*", 5000), Publisher: strings.Repeat("_", 5000),
		URL: "https://example.com/" + strings.Repeat("a", maxURL-len("https://example.com/")), Published: strings.Repeat("~", 10)}
	line := citationLine(c, "en")
	if n := len("**Sources**\n" + line); n > maxContent {
		t.Errorf("citation line has %d bytes with the heading, more than %d", n, maxContent)
	}
	if !strings.Contains(line, "](https://example.com/aaa") {
		t.Errorf("the link was dropped: %.80s…", line)
	}
}

func TestLinkTarget(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"https://example.com/a", "https://example.com/a", true},
		{"https://example.com/a_(b)", "https://example.com/a_%28b%29", true},
		{"http://example.com/a b", "http://example.com/a%20b", true},
		{"javascript:alert(1)", "", false},
		{"example.com/a", "", false},
		{"https://example.com/" + strings.Repeat("a", maxURL), "", false},
	}
	for _, tc := range tests {
		got, ok := linkTarget(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("linkTarget(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestTruncateWords(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"one two three four", 12, "one two…"},
		{"abcdefghijkl", 8, "abcde…"},
	}
	for _, tc := range tests {
		if got := truncateWords(tc.in, tc.max); got != tc.want || len(got) > tc.max {
			t.Errorf("truncateWords(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
	}
}
