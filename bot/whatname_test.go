package bot

import (
	"testing"
	"testing/fstest"
)

// "What is it called?" is answered by the sentence of the best one's article that gives
// the name, further on.
func TestWhatIsItCalled(t *testing.T) {
	e := engineFrom(t, fstest.MapFS{
		"probe.md": article("Agency examines mining machines", "https://example.com/350", "2025-11-21", "United States",
			"The US Department of Homeland Security has opened an investigation into whether bitcoin mining machines made by HashMaker could be controlled remotely.\n\n"+
				"No findings have been published.\n\n"+
				"The inquiry into HashMaker is called Operation Blue Dawn."),
	})
	checkAnswers(t, e, []answerCase{
		{"What is the code name of the Homeland Security investigation into HashMaker?", "", "Operation Blue Dawn"},
	})
}
