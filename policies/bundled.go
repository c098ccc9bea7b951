package policies

import (
	"embed"
	"fmt"
	"sync"

	"fineprint/model"
)

// seeds holds the bundled policies byte for byte, as published.
//
//go:embed seeds
var seeds embed.FS

var bundled struct {
	once     sync.Once
	policies []*model.Policy
	err      error
}

// Bundled returns the five bundled policies, parsed, in manifest order, with their IDs and the
// manifest's company, title and date applied; Source is "bundled:<file>". They are parsed once
// per process and shared: callers must not modify them.
func Bundled() ([]*model.Policy, error) {
	bundled.once.Do(func() {
		bundled.policies, bundled.err = parseBundled()
	})
	if bundled.err != nil {
		return nil, bundled.err
	}
	return append([]*model.Policy(nil), bundled.policies...), nil
}

// Seed returns the raw bytes of the bundled file named file (e.g. "api7.txt").
func Seed(file string) ([]byte, error) {
	return seeds.ReadFile("seeds/" + file)
}

func parseBundled() ([]*model.Policy, error) {
	out := make([]*model.Policy, 0, len(manifest))
	for _, e := range manifest {
		data, err := Seed(e.File)
		if err != nil {
			return nil, fmt.Errorf("bundled policy %s: %w", e.ID, err)
		}
		p, err := parseDocument("bundled:"+e.File, data)
		if err != nil {
			return nil, fmt.Errorf("bundled policy %s: %w", e.ID, err)
		}
		p.ID = e.ID
		p.Title = e.Title
		p.Company = e.Company
		p.Date = e.Date
		out = append(out, p)
	}
	return out, nil
}
