// The real bluemonday, for fineprint's tests of the stand-in in the folder above. golang.org/x/net
// is at fineprint's version, so the oracle and the stand-in use the same HTML tokenizer.
module fineprint/bluemondayoracle

go 1.23.0

require github.com/microcosm-cc/bluemonday v1.0.27

require (
	github.com/aymerick/douceur v0.2.0 // indirect
	github.com/gorilla/css v1.0.1 // indirect
	golang.org/x/net v0.39.0 // indirect
)
