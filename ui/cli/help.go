package cli

// The long help and examples of the commands, as `fineprint help CMD` prints them.
const (
	rootLong = `fineprint reads privacy policies: the five bundled ones, and your own .md, .txt and
.html files and folders (loaded recursively). With no command it opens the reader on them.`
	rootExample = `  fineprint                     open the reader on the bundled policies
  fineprint ~/saved-policies    ... and on every policy in a folder
  fineprint list --json
  fineprint show api7 --section 2.1`

	showLong = `Print a policy, or one section of it with its subsections. On a terminal the text is
rendered with glamour; piped, it is the canonical markdown (unless --style is given).`
	showExample = `  fineprint show api7
  fineprint show api7 --section 2.1
  fineprint show aiwellflow --lang en --section 1.2 | less`

	compareLong = `compare runs the detector on the policies named: bundled IDs, your own files, or
folders of them (all bundled policies when none is named), and prints a matrix with keys down
and policies across: ✓ declared, ✗ denied, · not mentioned, with the scope when a finding is
limited to a region or to children. --json adds the evidence (section, clause, quote) for
every mark; --jsonl prints the same policies one per line, each as soon as it is analysed.`
	compareExample = `  fineprint compare
  fineprint compare api7 7ding ~/policies/acme.md
  fineprint compare --json ~/policies/
  fineprint compare --jsonl ~/policies/ | jq -r .id`

	searchLong = `search prints the clauses that match QUERY, best first: whole words and phrases before
word starts, word starts before inner substrings, short fuzzy matches last. Terms separated by
spaces must all match. Syntax: 'exact (substring), 'word' (whole word), ^start, end$,
!term (exclude), @company (policy ID or company name prefix), #key (clauses the detector cites
for a taxonomy key, e.g. #deletion, #data.location). Quote the query for the shell.`
	searchExample = `  fineprint search "delete account"
  fineprint search '删除 @aiwellflow'
  fineprint search '#deletion' --json
  fineprint search singapore --policy api7 --limit 5`

	diffLong = `diff compares two versions of a policy: files, bundled IDs, or PATH@REV for a file in a
git repository (any revision git understands: a commit, a tag, HEAD~3). It prints a summary,
what changed in what the policy declares (rights, data collected, practices, with the evidence
in both versions), the sections added, removed, moved, renamed or changed, and the changed
clauses with deleted [-words-] and inserted {+words+}.`
	diffExample = `  fineprint diff old/acme.md new/acme.md
  fineprint diff policy.md@HEAD~1 policy.md@HEAD
  fineprint diff --json policy.md@v1 policy.md`

	historyLong = `history lists the commits that changed a policy file in a git repository (an Open Terms
Archive versions repository, say), newest first: date, commit, and a one-line summary of what
the version changed against the one before it. Compare two of them with
fineprint diff FILE@COMMIT FILE@COMMIT.`
	historyExample = `  fineprint history "pga-versions/PGA/Privacy Policy.md"
  fineprint history --json policy.md`
)

// Help is what cobra prints about a command: its usage line, its one-line summary, the long
// help and the examples.
type Help struct{ Use, Short, Long, Example string }

// HelpOf returns the help of the command name ("" for fineprint itself).
func HelpOf(name string) Help {
	switch name {
	case "list":
		return Help{Use: "list [PATH...]", Short: "List the policies: id, company, title, date, languages and size"}
	case "toc":
		return Help{Use: "toc ID|FILE [PATH...]", Short: "Print a policy's table of contents"}
	case "show":
		return Help{"show ID|FILE [PATH...]", "Print a policy, or one section of it", showLong, showExample}
	case "compare":
		return Help{"compare [ID|FILE|DIR...]", "Compare what policies declare: rights, data collected, practices (✓ ✗ ·)", compareLong, compareExample}
	case "search":
		return Help{"search QUERY [PATH...]", "Search the clauses of every policy (fzf-style query syntax)", searchLong, searchExample}
	case "diff":
		return Help{"diff OLD NEW", "What changed between two versions of a policy: sections, clauses, what it declares", diffLong, diffExample}
	case "history":
		return Help{"history FILE", "The versions of a policy file in git, newest first, with what each changed", historyLong, historyExample}
	}
	return Help{"fineprint [PATH...]", "Read and compare privacy policies in the terminal", rootLong, rootExample}
}
