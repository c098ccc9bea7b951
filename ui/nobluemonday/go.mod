module github.com/microcosm-cc/bluemonday

go 1.23.0

require golang.org/x/net v0.39.0
