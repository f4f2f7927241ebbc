# Opens the monitoring ports. Run in PowerShell 7.3 or later.
$ErrorActionPreference = 'Stop'

aws ec2 authorize-security-group-ingress `
  --group-id sg-0d0d0d0d0d0d00005 `
  --ip-permissions '[{"IpProtocol":"tcp","FromPort":9090,"ToPort":9090,"IpRanges":[{"CidrIp":"10.60.0.0/16","Description":"Prometheus"}]}]'

aws ec2 authorize-security-group-ingress --group-id sg-0d0d0d0d0d0d00005 --ip-permissions "[{\"IpProtocol\":\"tcp\",\"FromPort\":3000,\"ToPort\":3000,\"IpRanges\":[{\"CidrIp\":\"10.60.0.0/16\"}]}]"

aws ec2 authorize-security-group-ingress `
  --group-id $env:SG_ID `
  --protocol tcp --port 9093 --cidr '10.60.0.0/16'

aws ec2 authorize-security-group-ingress --group-id sg-0d0d0d0d0d0d00005 --protocol tcp —-port 9100 --cidr 10.60.0.0/16

aws ec2 authorize-security-group-ingress --group-id sg-0d0d0d0d0d0d00005 --protocol tcp --port 9115 --cidr 10.60.0.0/16 --region $Region
