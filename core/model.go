package core

// Command names, as the AWS CLI spells them.
const (
	Ingress       = "authorize-security-group-ingress"
	Egress        = "authorize-security-group-egress"
	RevokeIngress = "revoke-security-group-ingress"
	RevokeEgress  = "revoke-security-group-egress"
)

// Input is everything the user has entered: which command, the command's
// --cli-input-json document, and the account that owns the target group.
type Input struct {
	// Command is Ingress or Egress.
	Command string
	// Request is the command's --cli-input-json document (the member
	// "Input" of the Input document).
	Request Request
	// OwnerId is the account shown in the predicted output; nil means
	// DefaultOwnerId.
	OwnerId *string
}

// DefaultOwnerId is the account the predicted output uses when Input.OwnerId is
// not set: the placeholder AWS's own examples use.
const DefaultOwnerId = "123456789012"

// Request is the --cli-input-json document of both authorize commands. A nil
// pointer or nil slice means the key is absent; an empty, non-nil slice means the
// key is present with an empty list. Every present key is sent by every command.
type Request struct {
	GroupId           *string
	GroupName         *string // ingress only
	IpPermissions     []IpPermission
	TagSpecifications []TagSpecification
	DryRun            *bool
}

// IpPermission is one set of permissions: a protocol, a port range and sources.
type IpPermission struct {
	IpProtocol       *string
	FromPort         *int64
	ToPort           *int64
	IpRanges         []IpRange
	Ipv6Ranges       []Ipv6Range
	PrefixListIds    []PrefixListId
	UserIdGroupPairs []UserIdGroupPair
}

// IpRange is an IPv4 source or destination.
type IpRange struct {
	CidrIp      *string
	Description *string
}

// Ipv6Range is an IPv6 source or destination.
type Ipv6Range struct {
	CidrIpv6    *string
	Description *string
}

// PrefixListId is a managed prefix list used as source or destination.
type PrefixListId struct {
	Description  *string
	PrefixListId *string
}

// UserIdGroupPair is a security group used as source or destination.
type UserIdGroupPair struct {
	Description            *string
	GroupId                *string
	GroupName              *string
	PeeringStatus          *string
	UserId                 *string
	VpcId                  *string
	VpcPeeringConnectionId *string
}

// TagSpecification tags the rules the call creates.
type TagSpecification struct {
	ResourceType *string
	Tags         []Tag
}

// Tag is one key/value pair.
type Tag struct {
	Key   *string
	Value *string
}

// Str returns a pointer to s; a convenience for building Inputs in Go.
func Str(s string) *string { return &s }

// Int returns a pointer to n; a convenience for building Inputs in Go.
func Int(n int64) *int64 { return &n }

// Bool returns a pointer to b; a convenience for building Inputs in Go.
func Bool(b bool) *bool { return &b }

// isEgress reports whether a command name is one of the egress commands.
func isEgress(command string) bool {
	return command == Egress || command == RevokeEgress
}

// RevokeOf names the revoke command that undoes an authorize command:
// RevokeEgress for Egress, RevokeIngress for anything else.
func RevokeOf(command string) string {
	if command == Egress {
		return RevokeEgress
	}
	return RevokeIngress
}

// withoutTags is the request a revoke command sends: revoke has no
// --tag-specifications, so the tags are dropped.
func (r Request) withoutTags() Request {
	r.TagSpecifications = nil
	return r
}
