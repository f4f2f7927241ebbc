package store

import (
	"strconv"
	"testing"

	"sgrules/core"
)

// BenchmarkKeyPress is the store's share of one key press in a rule's
// description (Dispatch: apply, core.GenerateOnly for the page's shell and
// tab, the problem index), at 1, 10 and 60 rules shaped as tools/bench's
// pages are. B/op is the garbage each key press leaves for Go's collector
// (the page's render adds its own).
func BenchmarkKeyPress(b *testing.B) {
	for _, n := range []int{1, 10, 60} {
		in := core.Input{Command: core.Ingress, Request: core.Request{GroupId: core.Str("sg-1234567890abcdef0")}}
		for i := 0; i < n; i++ {
			in.Request.IpPermissions = append(in.Request.IpPermissions, core.IpPermission{
				IpProtocol: core.Str("tcp"), FromPort: core.Int(int64(1000 + i)), ToPort: core.Int(int64(1000 + i)),
				IpRanges: []core.IpRange{{CidrIp: core.Str("10.0." + strconv.Itoa(i) + ".0/24"), Description: core.Str("rule " + strconv.Itoa(i))}},
			})
		}
		b.Run("rules="+strconv.Itoa(n), func(b *testing.B) {
			s := Link{Input: in, HasInput: true}.NewStore()
			text := "rule 0"
			b.ReportAllocs()
			for b.Loop() {
				text += "x"
				if len(text) > 40 {
					text = "rule 0"
				}
				s.Dispatch(SetSource{Rule: 0, Kind: core.KindIPv4, Index: 0, Field: "Description", Text: text})
			}
		})
	}
}
