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

// nodeSlab hands out the nodes of one tree from a few large allocations
// instead of one each: a tree of n rules has about 10n nodes.
type nodeSlab struct{ free []outNode }

func (s *nodeSlab) node(n outNode) *outNode {
	if len(s.free) == 0 {
		s.free = make([]outNode, 64)
	}
	p := &s.free[0]
	*p = n
	s.free = s.free[1:]
	return p
}

func (s *nodeSlab) strNode(v string) *outNode { return s.node(outNode{kind: outStr, s: v}) }
func (s *nodeSlab) intNode(v int64) *outNode {
	return s.node(outNode{kind: outInt, s: strconv.FormatInt(v, 10)})
}
func (s *nodeSlab) boolNode(v bool) *outNode { return s.node(outNode{kind: outBool, b: v}) }

// dictBuilder collects members and sorts them on done.
type dictBuilder struct {
	fields []outField
	slab   *nodeSlab
}

func (d *dictBuilder) add(k string, v *outNode) { d.fields = append(d.fields, outField{k, v}) }

func (d *dictBuilder) opt(k string, v *string) {
	if v != nil {
		d.add(k, d.slab.strNode(*v))
	}
}

func (d *dictBuilder) done() *outNode {
	f := d.fields
	for i := 1; i < len(f); i++ { // insertion sort: a handful of keys
		for j := i; j > 0 && f[j].key < f[j-1].key; j-- {
			f[j], f[j-1] = f[j-1], f[j]
		}
	}
	return d.slab.node(outNode{kind: outDict, dict: f})
}

// responseTree builds the tree of a Response.
func responseTree(resp *Response) *outNode {
	slab := &nodeSlab{free: make([]outNode, 4+10*len(resp.SecurityGroupRules))}
	// The members of every rule's dict, 13 at most, from one allocation.
	const ruleFields = 13
	fields := make([]outField, ruleFields*len(resp.SecurityGroupRules))
	rules := slab.node(outNode{kind: outList, items: make([]*outNode, 0, len(resp.SecurityGroupRules))})
	for i := range resp.SecurityGroupRules {
		r := &resp.SecurityGroupRules[i]
		d := dictBuilder{fields: fields[ruleFields*i : ruleFields*i : ruleFields*(i+1)], slab: slab}
		d.add("SecurityGroupRuleId", slab.strNode(r.SecurityGroupRuleId))
		d.add("GroupId", slab.strNode(r.GroupId))
		d.add("GroupOwnerId", slab.strNode(r.GroupOwnerId))
		d.add("IsEgress", slab.boolNode(r.IsEgress))
		d.add("IpProtocol", slab.strNode(r.IpProtocol))
		d.add("FromPort", slab.intNode(r.FromPort))
		d.add("ToPort", slab.intNode(r.ToPort))
		d.opt("CidrIpv4", r.CidrIpv4)
		d.opt("CidrIpv6", r.CidrIpv6)
		d.opt("PrefixListId", r.PrefixListId)
		if g := r.ReferencedGroupInfo; g != nil {
			gd := dictBuilder{slab: slab}
			gd.opt("GroupId", g.GroupId)
			gd.opt("PeeringStatus", g.PeeringStatus)
			gd.opt("UserId", g.UserId)
			gd.opt("VpcId", g.VpcId)
			gd.opt("VpcPeeringConnectionId", g.VpcPeeringConnectionId)
			d.add("ReferencedGroupInfo", gd.done())
		}
		d.opt("Description", r.Description)
		if r.Tags != nil {
			tags := slab.node(outNode{kind: outList, items: make([]*outNode, 0, len(r.Tags))})
			for _, t := range r.Tags {
				td := dictBuilder{slab: slab}
				td.opt("Key", t.Key)
				td.opt("Value", t.Value)
				tags.items = append(tags.items, td.done())
			}
			d.add("Tags", tags)
		}
		rules.items = append(rules.items, d.done())
	}
	top := dictBuilder{slab: slab}
	top.add("Return", slab.boolNode(resp.Return))
	top.add("SecurityGroupRules", rules)
	return top.done()
}
