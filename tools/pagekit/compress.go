package pagekit

import (
	"bytes"
	"compress/gzip"
	"os"

	"github.com/andybalholm/brotli"
)

// Sizes are the byte counts of one file raw and compressed.
type Sizes struct{ Raw, Gzip, Brotli int64 }

// Compressed returns data's size raw, gzip -9 and brotli quality 11.
func Compressed(data []byte) (Sizes, []byte, []byte) {
	var gz, br bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	bw.Write(data)
	bw.Close()
	return Sizes{int64(len(data)), int64(gz.Len()), int64(br.Len())}, gz.Bytes(), br.Bytes()
}

// Precompress writes name.gz and name.br beside name and returns the sizes.
func Precompress(name string) (Sizes, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return Sizes{}, err
	}
	s, gz, br := Compressed(data)
	if err := os.WriteFile(name+".gz", gz, 0o644); err != nil {
		return s, err
	}
	return s, os.WriteFile(name+".br", br, 0o644)
}
