package harness

import (
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"sync"
)

// Endpoint plays EC2 on 127.0.0.1: it records the form parameters of every
// request and answers with whatever was set by Answer.
type Endpoint struct {
	srv *httptest.Server

	mu       sync.Mutex
	requests [][]string
	status   int
	body     string
}

// NewEndpoint starts an endpoint; it answers 200 with a plain success until
// told otherwise.
func NewEndpoint() *Endpoint {
	e := &Endpoint{}
	e.Answer(200, successXML("AuthorizeSecurityGroupIngress"))
	e.srv = httptest.NewServer(http.HandlerFunc(e.serve))
	return e
}

// URL is the --endpoint-url of the endpoint.
func (e *Endpoint) URL() string { return e.srv.URL }

// Close stops the endpoint.
func (e *Endpoint) Close() { e.srv.Close() }

// Answer sets the status and body of the answers that follow.
func (e *Endpoint) Answer(status int, body string) {
	e.mu.Lock()
	e.status, e.body = status, body
	e.mu.Unlock()
}

// Take returns the requests recorded since the last Take, each as its sorted
// "key=value" form parameters.
func (e *Endpoint) Take() [][]string {
	e.mu.Lock()
	defer e.mu.Unlock()
	r := e.requests
	e.requests = nil
	return r
}

func (e *Endpoint) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	vals, _ := url.ParseQuery(string(body))
	var params []string
	for k, vs := range vals {
		for _, v := range vs {
			params = append(params, k+"="+v)
		}
	}
	sort.Strings(params)
	e.mu.Lock()
	e.requests = append(e.requests, params)
	status, answer := e.status, e.body
	e.mu.Unlock()
	w.Header().Set("Content-Type", "text/xml;charset=UTF-8")
	w.WriteHeader(status)
	io.WriteString(w, answer)
}
