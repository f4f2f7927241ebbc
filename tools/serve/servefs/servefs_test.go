package servefs

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestHandler(t *testing.T) {
	root := t.TempDir()
	write := func(name, content string) {
		require.NoError(t, os.MkdirAll(filepath.Dir(filepath.Join(root, name)), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(root, name), []byte(content), 0o644))
	}
	write("index.html", "<p>hi</p>")
	write("static/main.wasm", "raw")
	write("static/main.wasm.gz", "gz")
	write("static/main.wasm.br", "br")
	write(".git/config", "secret")
	srv := httptest.NewServer(Handler(root))
	defer srv.Close()

	get := func(path, enc string) (*http.Response, string) {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		req.Header.Set("Accept-Encoding", enc)
		resp, err := http.DefaultTransport.RoundTrip(req)
		require.NoError(t, err)
		defer resp.Body.Close()
		b := make([]byte, 64)
		n, _ := resp.Body.Read(b)
		return resp, string(b[:n])
	}
	resp, body := get("/", "")
	assert.Equal(t, "text/html; charset=utf-8", resp.Header.Get("Content-Type"))
	assert.Equal(t, "<p>hi</p>", body)

	for _, c := range []struct{ enc, want, ce string }{
		{"", "raw", ""}, {"gzip", "gz", "gzip"}, {"gzip, br", "br", "br"}, {"br;q=0, gzip", "gz", "gzip"},
	} {
		resp, body = get("/static/main.wasm", c.enc)
		assert.Equal(t, c.want, body, c.enc)
		assert.Equal(t, c.ce, resp.Header.Get("Content-Encoding"), c.enc)
		assert.Equal(t, "application/wasm", resp.Header.Get("Content-Type"))
	}
	resp, _ = get("/.git/config", "")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
	resp, _ = get("/../../etc/passwd", "")
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
}
