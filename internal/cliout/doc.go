// Package cliout prints a service response as the AWS CLI v2 prints it with
// --output yaml, text or table, byte for byte: a Value tree (built with a
// Builder, dict members sorted by key as every one of those formatters sorts
// them) and one printer per format, all of one shape, called through Format
// as the CLI's formatter registry calls them.
//
// Sources, read in Debian's awscli v2 package and held to its output by the
// golden tests in core: awscli/formatter.py (the registry, YAMLDumper and
// TableFormatter), awscli/text.py, awscli/table.py (MultiTable, Section),
// ruamel.yaml's SafeRepresenter and YAML 1.2 resolver (resolver.py) and
// libyaml's emitter.c (scalar analysis, folding), and Unicode's
// EastAsianWidth.txt for the table's column widths. The docs/ folder has no
// section on output formats: these sources and the goldens are the record.
package cliout
