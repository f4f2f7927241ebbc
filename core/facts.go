package core

// This file holds every EC2 behaviour that docs/ec2-semantics.md (the spec)
// leaves unsettled (confidence Low, or sources that disagree), one named
// switch or constant each, so that a live EC2 check changes one line here and
// nothing else. Each comment names the spec section, the evidence, what was
// decided and why. Everything not listed here is High/Medium in the spec and
// is coded directly where it is used.

// factAcceptAll: is IpProtocol "all" accepted (and stored as "-1")? §2.3:
// CLI example 8 shows all → -1 (an AWS page, but hand-edited); a 2017 real
// EC2 answer rejected it as an unknown protocol. Decided: accepted, exactly
// lower-case "all" only (kics#7755: even the legacy acceptance never covered
// "ALL"), because the seed page — the product's source — uses it; a warning
// (WarnProtocolAll) tells the user to write -1. false makes "all" the unknown
// protocol error of the 2017 report.
const factAcceptAll = true

// factStrictProtocolNumbers: only plain decimals ("6", "50") are protocol
// numbers; "06", "+6" and " 6" are unknown protocols. Not settled (§2.1);
// refusing them warns the user before EC2 might.
const factStrictProtocolNumbers = true

// factSourceOrder is the order of the rules EC2 returns for the sources of
// one permission (§1.2, Low: both emulators agree, never seen on real AWS).
var factSourceOrder = [...]SourceKind{KindIPv4, KindIPv6, KindSecurityGroup, KindPrefixList}

// factPortRangeNewForm picks which of the two real portRange message forms is
// current (§3.1, §8.11). The new form ("Invalid value for portRange. Must
// specify ...") is the more recent evidence (moto AWS-verified test; cfn-lint
// #2999, 2024); the old form was seen for this very call in 2021.
const factPortRangeNewForm = true

// msgPortRangeBoth is EC2's message for a tcp/udp/icmp/icmpv6 permission
// that lacks one or both ports; what is the protocol label the message uses
// ("TCP/UDP", "ICMP", "ICMPv6").
func msgPortRangeBoth(what string) string {
	if factPortRangeNewForm {
		return "Invalid value for portRange. Must specify both from and to ports with " + what + "."
	}
	return "Invalid value 'Must specify both from and to ports with " + what + ".' for portRange."
}

// Message patterns for errors whose real text was never found (§8.4). Each is
// modelled on a real message of the same family, so the code is right with
// Medium confidence and the wording is a guess (Low).
const (
	// factMsgTCPPortRange: a tcp/udp port outside 0..65535. Modelled on the
	// real "TCP/UDP port (-1) out of range" (boto3#336, 2015).
	factMsgTCPPortRange = "TCP/UDP port (%d) out of range"
	// factMsgPortOrder: FromPort > ToPort for tcp/udp. Not found; worded
	// like the portRange family.
	factMsgPortOrder = "Invalid value for portRange. FromPort (%d) must not be greater than ToPort (%d)."
	// factMsgICMPType: ICMP type outside -1..255. Modelled on the real
	// "ICMP code (65535) out of range" (§3.1, High).
	factMsgICMPType = "ICMP type (%d) out of range"
	// factMsgICMPCode is the real message (High).
	factMsgICMPCode = "ICMP code (%d) out of range"
	// factMsgICMPAllTypesCode: type -1 with a specific code; the rule is in
	// the API model (ToPort), the text was not found.
	factMsgICMPAllTypesCode = "Invalid value for portRange. If the ICMP type is -1 (all types), the code must be -1 (all codes)."
	// factMsgCIDRv6Malformed: an unparsable or IPv4 CidrIpv6. Not found;
	// the IPv4 text ("CIDR block %s is malformed", Medium) is reused.
	factMsgCIDRv6Malformed = "CIDR block %s is malformed"
	// factMsgTagKeyLength: a tag key longer than factTagKeyMax. Not found.
	factMsgTagKeyLength = "Tag key exceeds the maximum length of %d characters"
	// factMsgTagValueLength is a RunInstances title (Low-Medium).
	factMsgTagValueLength = "Tag value exceeds the maximum length of 256 characters"
	// factMsgTagResourceType: the generic EC2 text seen for RunInstances.
	factMsgTagResourceType = "'%s' is not a valid taggable resource type for this operation."
	// factMsgTagKeyEmpty: an empty or missing tag key. Not found.
	factMsgTagKeyEmpty = "Tag key cannot be null or empty"
	// factMsgTooManyTags: more than 50 tags on one resource (EC2 user
	// guide, "Tag restrictions"). Not found.
	factMsgTooManyTags = "The number of tags specified (%d) exceeds the limit of 50 tags per resource."
	// factMsgMalformedID: a malformed id other than the target GroupId
	// (whose text is Medium, §3.6). The "Invalid id" form is reused.
	factMsgMalformedID = `Invalid id: "%s" (expecting "%s...")`
	// factMsgUserID: a UserId that is not 12 digits. Not found.
	factMsgUserID = "Invalid user id: '%s'. A user id is a 12-digit AWS account ID."
)

// factAWSTagPrefixMessage: three real forms exist for an "aws:" tag key
// (§3.8); the TagSpecifications one (RunInstances, 2022) is the closest call.
const factAWSTagPrefixMessage = "Tag keys starting with 'aws:' are reserved for internal use"

// factTagKeyMax: 127 per the API model, 128 per the EC2 user guide (§3.8).
// The API model is the contract EC2 validates against, so 127.
const factTagKeyMax = 127

// factDescriptionChars is the character set the server enforces for every
// description (§3.3, §8.10). The docs omit '&' for prefix lists and group
// pairs, but the real error message lists '&' and names no source type, so
// one set with '&' is used for every source.
const factDescriptionChars = "a-zA-Z0-9. _-:/()#,@[]+=&;{}!$*"

// factDropEmptyDescription: is "Description": "" accepted and left out of the
// output (true), or echoed as ""? Not found (§3.3). EC2 leaves optional empty
// strings out of its XML, so it is dropped.
const factDropEmptyDescription = true

// factBareAddressIsMalformed: is a CIDR without /len ("10.0.0.1") refused?
// Not found (§3.2, §8.4). EC2's parameter is a CIDR block, and the "is
// malformed" text is what it says for anything else it cannot parse.
const factBareAddressIsMalformed = true

// factDryRunReportsOnly lists the error codes a dry run still reports before
// DryRunOperation (§3.9, Medium: "checking is minimal": a dry run with no
// GroupId succeeds, one with an empty GroupId is malformed). So a dry run
// checks that ids are well formed and nothing else; CLI-side
// (ParamValidation) errors always come first because nothing is sent. Set it
// to nil to make a dry run report every validation error first. It is a
// slice rather than a map, so that the page does not build a map when it
// starts.
var factDryRunReportsOnly = []string{
	codeGroupIDMalformed, codePrefixListMalformed,
	codeVpcIDMalformed, codePeeringMalformed, codeUserIDMalformed,
}

// factRulesPerGroup is the default rules quota per direction and IP version
// (§4, High); it can be raised, which is why exceeding it is a warning.
const factRulesPerGroup = 60

// factReferenceCountsInBothBuckets: a group reference or prefix-list rule
// counts towards the IPv4 and the IPv6 quota (§4, §8.7 Low: one third-party
// page). Counting it in both can only warn too early, never too late.
const factReferenceCountsInBothBuckets = true

// factEgressMixAllowed: may one egress permission mix a CIDR and a group? The
// sentence forbidding it left the API model around 2024 (§3.4, Low). Allowed.
const factEgressMixAllowed = true

// factMsgEgressMix is the old API model sentence, used as the message if
// factEgressMixAllowed is turned off (no real error was found).
const factMsgEgressMix = "You can't specify a destination security group and a CIDR IP address range in the same set of permissions."

// factMsgMissingGroup is the real text for ingress with neither GroupId nor
// GroupName: aws/aws-cli#1503 (2015) quotes "The request must contain the
// parameter groupName or groupId". Its code is MissingParameter by the
// family of "The request must contain the parameter groupId" (2024).
const factMsgMissingGroup = "The request must contain the parameter groupName or groupId"

// factEgressNoDestinationAccepted: an egress permission with no destination
// is accepted and creates nothing (aws/aws-cli#7069 shows
// {"Return": true, "SecurityGroupRules": []} for one,
// docs/awscli-parsing.md §1.2), while ingress gets MissingParameter (§3.4,
// High).
// One report only, so it is a switch; false makes egress refuse it too.
const factEgressNoDestinationAccepted = true
