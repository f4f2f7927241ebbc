package core

// This file holds the small value tree the yaml, text and table renderers
// walk: the Response as botocore hands it to the CLI's formatters (a dict per
// structure holding only the members EC2 sent, lists, and str/int/bool
// scalars). Dict members are kept sorted by key, because every one of those
// formatters sorts keys (ruamel.yaml's SafeRepresenter sorts mappings;
// awscli/text.py and awscli/table.py sort keys explicitly). Sorting is by
// code point, as Python's sorted() on str does.

import "strconv"

// Kinds of outNode.
const (
	outStr = iota
	outInt
	outBool
	outDict
	outList
)

// outNode is one value of the tree.
type outNode struct {
	kind  int
	s     string     // outStr: the string; outInt: decimal digits
	b     bool       // outBool
	dict  []outField // outDict, sorted by key
	items []*outNode // outList
}

// outField is one dict member.
type outField struct {
	key string
	val *outNode
}

func (n *outNode) scalar() bool { return n.kind != outDict && n.kind != outList }

// pyStr is Python's str() of a scalar: True/False for booleans.
func (n *outNode) pyStr() string {
	if n.kind == outBool {
		if n.b {
			return "True"
		}
		return "False"
	}
	return n.s
}

// get returns the member named key, or nil.
func (n *outNode) get(key string) *outNode {
	for i := range n.dict {
		if n.dict[i].key == key {
			return n.dict[i].val
		}
	}
	return nil
}

func strNode(s string) *outNode { return &outNode{kind: outStr, s: s} }
func intNode(v int64) *outNode  { return &outNode{kind: outInt, s: strconv.FormatInt(v, 10)} }
func boolNode(v bool) *outNode  { return &outNode{kind: outBool, b: v} }

// dictBuilder collects members and sorts them on done.
type dictBuilder struct{ fields []outField }

func (d *dictBuilder) add(k string, v *outNode) { d.fields = append(d.fields, outField{k, v}) }

func (d *dictBuilder) opt(k string, v *string) {
	if v != nil {
		d.add(k, strNode(*v))
	}
}

func (d *dictBuilder) done() *outNode {
	f := d.fields
	for i := 1; i < len(f); i++ { // insertion sort: a handful of keys
		for j := i; j > 0 && f[j].key < f[j-1].key; j-- {
			f[j], f[j-1] = f[j-1], f[j]
		}
	}
	return &outNode{kind: outDict, dict: f}
}

// responseTree builds the tree of a Response.
func responseTree(resp *Response) *outNode {
	rules := &outNode{kind: outList, items: make([]*outNode, 0, len(resp.SecurityGroupRules))}
	for i := range resp.SecurityGroupRules {
		r := &resp.SecurityGroupRules[i]
		d := dictBuilder{fields: make([]outField, 0, 13)}
		d.add("SecurityGroupRuleId", strNode(r.SecurityGroupRuleId))
		d.add("GroupId", strNode(r.GroupId))
		d.add("GroupOwnerId", strNode(r.GroupOwnerId))
		d.add("IsEgress", boolNode(r.IsEgress))
		d.add("IpProtocol", strNode(r.IpProtocol))
		d.add("FromPort", intNode(r.FromPort))
		d.add("ToPort", intNode(r.ToPort))
		d.opt("CidrIpv4", r.CidrIpv4)
		d.opt("CidrIpv6", r.CidrIpv6)
		d.opt("PrefixListId", r.PrefixListId)
		if g := r.ReferencedGroupInfo; g != nil {
			var gd dictBuilder
			gd.opt("GroupId", g.GroupId)
			gd.opt("PeeringStatus", g.PeeringStatus)
			gd.opt("UserId", g.UserId)
			gd.opt("VpcId", g.VpcId)
			gd.opt("VpcPeeringConnectionId", g.VpcPeeringConnectionId)
			d.add("ReferencedGroupInfo", gd.done())
		}
		d.opt("Description", r.Description)
		if r.Tags != nil {
			tags := &outNode{kind: outList, items: make([]*outNode, 0, len(r.Tags))}
			for _, t := range r.Tags {
				var td dictBuilder
				td.opt("Key", t.Key)
				td.opt("Value", t.Value)
				tags.items = append(tags.items, td.done())
			}
			d.add("Tags", tags)
		}
		rules.items = append(rules.items, d.done())
	}
	var top dictBuilder
	top.add("Return", boolNode(resp.Return))
	top.add("SecurityGroupRules", rules)
	return top.done()
}
