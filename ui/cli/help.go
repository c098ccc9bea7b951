package cli

// The long help and examples of the commands, as `fineprint help CMD` prints them.
const (
	RootLong = `fineprint reads privacy policies: the five bundled ones, and your own .md, .txt and
.html files and folders (loaded recursively). With no command it opens the reader on them.`
	RootExample = `  fineprint                     open the reader on the bundled policies
  fineprint ~/saved-policies    ... and on every policy in a folder
  fineprint list --json
  fineprint show api7 --section 2.1`

	ShowLong = `Print a policy, or one section of it with its subsections. On a terminal the text is
rendered with glamour; piped, it is the canonical markdown (unless --style is given).`
	ShowExample = `  fineprint show api7
  fineprint show api7 --section 2.1
  fineprint show aiwellflow --lang en --section 1.2 | less`

	CompareLong = `compare runs the detector on the policies named: bundled IDs, your own files, or
folders of them (all bundled policies when none is named), and prints a matrix with keys down
and policies across: ✓ declared, ✗ denied, · not mentioned, with the scope when a finding is
limited to a region or to children. --json adds the evidence (section, clause, quote) for
every mark; --jsonl prints the same policies one per line, each as soon as it is analysed.`
	CompareExample = `  fineprint compare
  fineprint compare api7 7ding ~/policies/acme.md
  fineprint compare --json ~/policies/
  fineprint compare --jsonl ~/policies/ | jq -r .id`

	SearchLong = `search prints the clauses that match QUERY, best first: whole words and phrases before
word starts, word starts before inner substrings, short fuzzy matches last. Terms separated by
spaces must all match. Syntax: 'exact (substring), 'word' (whole word), ^start, end$,
!term (exclude), @company (policy ID or company name prefix), #key (clauses the detector cites
for a taxonomy key, e.g. #deletion, #data.location). Quote the query for the shell.`
	SearchExample = `  fineprint search "delete account"
  fineprint search '删除 @aiwellflow'
  fineprint search '#deletion' --json
  fineprint search singapore --policy api7 --limit 5`
)
