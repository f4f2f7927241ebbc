package core

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file checks TagSpecifications (docs/ec2-semantics.md §3.8): the resource
// type must be security-group-rule; a key is 1..factTagKeyMax characters
// and does not start with "aws:"; a value is at most 256 characters; a
// resource takes at most 50 tags.

// validateTags reports what EC2 refuses in TagSpecifications.
func validateTags(ps *problems, specs []TagSpecification) {
	total := 0
	for i, ts := range specs {
		path := indexed("TagSpecifications", i)
		switch {
		case ts.ResourceType == nil || *ts.ResourceType == "":
			ps.err(path+".ResourceType", codeTagSpecMalformed, "The resource type cannot be null or empty.")
		case *ts.ResourceType != "security-group-rule":
			ps.err(path+".ResourceType", codeInvalidParameterValue, fill(factMsgTagResourceType, *ts.ResourceType))
		}
		for j, t := range ts.Tags {
			tp := indexed(path+".Tags", j)
			checkTag(ps, tp, t)
		}
		total += len(ts.Tags)
	}
	if total > 50 {
		ps.err("TagSpecifications", codeTagLimitExceeded, fill(factMsgTooManyTags, strconv.Itoa(total)))
	}
}

// checkTag checks one tag. EC2 reserves "aws:" in any letter case (EC2 user
// guide, "Tag restrictions").
func checkTag(ps *problems, path string, t Tag) {
	switch {
	case t.Key == nil || *t.Key == "":
		ps.err(path+".Key", codeInvalidParameterValue, factMsgTagKeyEmpty)
	case utf8.RuneCountInString(*t.Key) > factTagKeyMax:
		ps.err(path+".Key", codeInvalidParameterValue, fill(factMsgTagKeyLength, strconv.Itoa(factTagKeyMax)))
	case strings.HasPrefix(strings.ToLower(*t.Key), "aws:"):
		ps.err(path+".Key", codeInvalidParameterValue, factAWSTagPrefixMessage)
	}
	if t.Value != nil && utf8.RuneCountInString(*t.Value) > 256 {
		ps.err(path+".Value", codeInvalidParameterValue, factMsgTagValueLength)
	}
}

// ruleTags are the tags every created rule carries: those of the
// security-group-rule specifications; nil when the call tags nothing.
func ruleTags(specs []TagSpecification) []Tag {
	var tags []Tag
	for _, ts := range specs {
		if ts.ResourceType != nil && *ts.ResourceType == "security-group-rule" {
			tags = append(tags, ts.Tags...)
		}
	}
	return tags
}
