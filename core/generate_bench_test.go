package core

import (
	"fmt"
	"testing"
)

// benchInput is an ingress Input with n TCP rules, each with one described
// IPv4 source (the shape tools/bench loads into the page).
func benchInput(n int) Input {
	in := Input{Command: Ingress, Request: Request{GroupId: Str("sg-1234567890abcdef0")}}
	for i := 0; i < n; i++ {
		in.Request.IpPermissions = append(in.Request.IpPermissions, IpPermission{
			IpProtocol: Str("tcp"), FromPort: Int(int64(1000 + i)), ToPort: Int(int64(1000 + i)),
			IpRanges: []IpRange{{CidrIp: Str(fmt.Sprintf("10.%d.%d.0/24", i/256, i%256)), Description: Str(fmt.Sprintf("rule %d", i))}},
		})
	}
	return in
}

func BenchmarkGenerate(b *testing.B) {
	for _, n := range []int{1, 10, 60} {
		in := benchInput(n)
		b.Run(fmt.Sprintf("rules=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Generate(in)
			}
		})
	}
}
