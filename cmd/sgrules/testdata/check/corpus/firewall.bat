@echo off
rem Opens RDP from the admin network.
set SG=sg-0c0c0c0c0c0c00004

aws ec2 authorize-security-group-ingress ^
  --group-id sg-0c0c0c0c0c0c00004 ^
  --ip-permissions "[{\"IpProtocol\":\"tcp\",\"FromPort\":3389,\"ToPort\":3389,\"IpRanges\":[{\"CidrIp\":\"10.9.0.0/16\"}]}]"

aws ec2 authorize-security-group-ingress --group-id %SG% --protocol tcp --port 3389 --cidr 0.0.0.0/0

aws ec2 authorize-security-group-ingress --group-id sg-0c0c0c0c0c0c00004 --protocol tcp --port 445 --cidr 10.9.0.0/33
aws ec2 authorize-security-group-ingress --group-id sg-0c0c0c0c0c0c00004 --ip-permissions IpProtocol=tcp,FromPort=5985,ToPort=5986,IpRanges=[{CidrIp=10.9.0.0/16,Description="WinRM from admins"}]

rem Copied from a wiki page that was written for bash.
aws ec2 authorize-security-group-ingress --group-id sg-0c0c0c0c0c0c00004 \
  --ip-permissions 'IpProtocol=udp,FromPort=161,ToPort=161,IpRanges=[{CidrIp=10.9.0.0/16}]'
aws ec2 authorize-security-group-ingress --group-id sg-0c0c0c0c0c0c00004 --protocol tcp --port 636 –-cidr 10.9.0.0/16
