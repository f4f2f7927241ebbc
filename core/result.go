package core

// Result is everything the page shows for one Input. Every list is non-nil.
type Result struct {
	Problems    []Problem
	Commands    []Command
	Unavailable []Unavailable
	// Response is the predicted answer when the Input has no error-severity
	// problem; nil otherwise.
	Response *Response
	// Error is the predicted error when the Input has an error-severity
	// problem (or DryRun is true); nil otherwise.
	Error *APIError
	// Output is Response rendered as the CLI prints it, by --output format
	// (the values of OutputFormats); empty when Error is set.
	Output map[string]string
}

// Severity of a Problem.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// Problem is something wrong with, or worth knowing about, one field.
type Problem struct {
	// Path is relative to Input.Request in the API's names, zero-based:
	// "IpPermissions[0].IpRanges[1].CidrIp"; "" for the request as a whole;
	// "Command" or "OwnerId" for the outer fields.
	Path     string
	Severity string
	// Code is the EC2 error code, "ParamValidation" for the CLI's own checks,
	// or one of the warning codes in warnings.go.
	Code    string
	Message string
}

// Shells.
const (
	ShellBash        = "bash"        // bash, zsh, POSIX sh
	ShellCmd         = "cmd"         // Windows cmd.exe
	ShellPowerShell  = "powershell"  // PowerShell 7.3+
	ShellPowerShell5 = "powershell5" // Windows PowerShell 5.1
)

// Shells lists every shell, in the order Commands are sorted.
var Shells = []string{ShellBash, ShellCmd, ShellPowerShell, ShellPowerShell5}

// Forms.
const (
	FormSugar        = "sugar"
	FormShorthand    = "shorthand"
	FormJSON         = "json"
	FormCliInputJSON = "cli-input-json"
	FormCliInputYAML = "cli-input-yaml"
)

// Forms lists every form, in the order Commands are sorted.
var Forms = []string{FormCliInputJSON, FormCliInputYAML, FormJSON, FormShorthand, FormSugar}

// Output formats: the keys of Result.Output, named as the CLI's --output
// option names them.
const (
	OutputJSON  = "json"
	OutputYAML  = "yaml"
	OutputText  = "text"
	OutputTable = "table"
)

// Command is one command text for one (command, shell, form).
type Command struct {
	Command string
	Shell   string
	Form    string
	// Text is exactly what the user pastes, starting with "aws ".
	Text string
	// Files are read by Text (file://NAME) and must be saved beside it.
	Files []File
}

// File is a file a command reads, to be saved in the current directory.
type File struct {
	Name    string
	Content string
}

// Unavailable says why a (command, shell, form) cannot express the Input. An
// empty Command or Shell means every command or every shell.
type Unavailable struct {
	Command string
	Shell   string
	Form    string
	Reason  string
}

// Response is the predicted answer of the authorize call.
type Response struct {
	Return             bool
	SecurityGroupRules []SecurityGroupRule
}

// SecurityGroupRule is one rule EC2 reports as created. Optional members are
// nil when EC2 leaves them out.
type SecurityGroupRule struct {
	SecurityGroupRuleId string
	GroupId             string
	GroupOwnerId        string
	IsEgress            bool
	IpProtocol          string
	FromPort            int64
	ToPort              int64
	CidrIpv4            *string          `json:",omitempty"`
	CidrIpv6            *string          `json:",omitempty"`
	PrefixListId        *string          `json:",omitempty"`
	ReferencedGroupInfo *ReferencedGroup `json:",omitempty"`
	Description         *string          `json:",omitempty"`
	Tags                []Tag            `json:",omitempty"` // nil when the call tags nothing
}

// ReferencedGroup is the security group a rule references.
type ReferencedGroup struct {
	GroupId                *string `json:",omitempty"`
	PeeringStatus          *string `json:",omitempty"`
	UserId                 *string `json:",omitempty"`
	VpcId                  *string `json:",omitempty"`
	VpcPeeringConnectionId *string `json:",omitempty"`
}

// APIError is a predicted error answer.
type APIError struct {
	Code    string
	Message string
	// Output is the line AWS CLI v2 prints for it.
	Output string
}
