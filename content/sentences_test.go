package content

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two", "Sichuan banned mining. Miners left.", []string{"Sichuan banned mining.", "Miners left."}},
		{"question and exclamation", "Is it banned? Yes! It is.", []string{"Is it banned?", "Yes!", "It is."}},
		{"abbreviation", "The U.S. share rose. Mr. Li agreed.", []string{"The U.S. share rose.", "Mr. Li agreed."}},
		{"decimal", "Hashrate fell 3.5 percent. Then it rose.", []string{"Hashrate fell 3.5 percent.", "Then it rose."}},
		{"lower case after stop", "It was approx. ten farms. Next.", []string{"It was approx. ten farms.", "Next."}},
		{"initial", "J. Smith said so. Others agreed.", []string{"J. Smith said so.", "Others agreed."}},
		{"dotted initials", "The Harvard T.H. Chan School led it. J.P. Morgan agreed.", []string{"The Harvard T.H. Chan School led it.", "J.P. Morgan agreed."}},
		{"dotted word ends", "It ran on a.b.c. Then it stopped.", []string{"It ran on a.b.c.", "Then it stopped."}},
		{"company and title abbreviations", "It ordered from Bitmain Development Pte. Ltd. for 27,700 machines. Sen. Reyes objected.", []string{"It ordered from Bitmain Development Pte. Ltd. for 27,700 machines.", "Sen. Reyes objected."}},
		{"quote closes", `He said "we will leave." Then they did.`, []string{`He said "we will leave."`, "Then they did."}},
		{"chinese", "四川省发布通知。矿场关闭！还有吗？", []string{"四川省发布通知。", "矿场关闭！", "还有吗？"}},
		{"mixed", "On 18 June 2021 Sichuan ordered a halt. 四川要求关停。", []string{"On 18 June 2021 Sichuan ordered a halt.", "四川要求关停。"}},
		{"number start", "It fell. 35% was in Xinjiang.", []string{"It fell.", "35% was in Xinjiang."}},
		{"no stop", "no final stop", []string{"no final stop"}},
		{"empty", "  ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, Sentences(tt.in)); diff != "" {
				t.Error(diff)
			}
		})
	}
}
