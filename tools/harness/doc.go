// Package harness drives the real AWS CLI (Debian's awscli package) against a
// loopback endpoint that plays EC2, so tests can compare the request every
// generated command sends with the request --cli-input-json sends, and the
// CLI's printed output with the predicted one.
//
// The CLI runs inside one long-lived Python process (../awsdriver/driver.py),
// fed one argv per case: starting a CLI process costs about a second, a case
// inside the driver a fraction of that.
package harness
