package core

// This file holds what Debian's AWS CLI 2.9.19 printed (awscli/formatter.py
// with --output yaml|text|table, stdout not a terminal) for the Responses of
// goldResponses, in order: "name/format": {format, output}.

var goldOutputs = map[string]struct{ format, want string }{
	"refsAndTags/yaml": {"yaml", `Return: true
SecurityGroupRules:
- CidrIpv4: 203.0.113.0/24
  Description: SSH from office
  FromPort: 22
  GroupId: sg-0123456789abcdef0
  GroupOwnerId: '123456789012'
  IpProtocol: tcp
  IsEgress: false
  SecurityGroupRuleId: sgr-0000000000000000a
  Tags:
  - Key: team
    Value: web
  - Key: Name
    Value: Bob's rule, v2
  ToPort: 22
- Description: 'peer: app tier #2'
  FromPort: -1
  GroupId: sg-0123456789abcdef0
  GroupOwnerId: '123456789012'
  IpProtocol: '-1'
  IsEgress: false
  ReferencedGroupInfo:
    GroupId: sg-0fedcba9876543210
    UserId: '000123456789'
    VpcId: vpc-0123456789abcdef0
    VpcPeeringConnectionId: pcx-0123456789abcdef0
  SecurityGroupRuleId: sgr-0000000000000000b
  Tags:
  - Key: team
    Value: web
  - Key: Name
    Value: Bob's rule, v2
  ToPort: -1
`},
	"refsAndTags/text": {"text", `True
SECURITYGROUPRULES	203.0.113.0/24	SSH from office	22	sg-0123456789abcdef0	123456789012	tcp	False	sgr-0000000000000000a	22
TAGS	team	web
TAGS	Name	Bob's rule, v2
SECURITYGROUPRULES		peer: app tier #2	-1	sg-0123456789abcdef0	123456789012	-1	False	sgr-0000000000000000b	-1
REFERENCEDGROUPINFO	sg-0fedcba9876543210	000123456789	vpc-0123456789abcdef0	pcx-0123456789abcdef0
TAGS	team	web
TAGS	Name	Bob's rule, v2
`},
	"refsAndTags/table": {"table", `---------------------------------------------------------
|             AuthorizeSecurityGroupIngress             |
+------------------------------+------------------------+
|  Return                      |  True                  |
+------------------------------+------------------------+
||                 SecurityGroupRules                  ||
|+------------------------+----------------------------+|
||  CidrIpv4              |  203.0.113.0/24            ||
||  Description           |  SSH from office           ||
||  FromPort              |  22                        ||
||  GroupId               |  sg-0123456789abcdef0      ||
||  GroupOwnerId          |  123456789012              ||
||  IpProtocol            |  tcp                       ||
||  IsEgress              |  False                     ||
||  SecurityGroupRuleId   |  sgr-0000000000000000a     ||
||  ToPort                |  22                        ||
|+------------------------+----------------------------+|
|||                       Tags                        |||
||+--------------+------------------------------------+||
|||      Key     |               Value                |||
||+--------------+------------------------------------+||
|||  team        |  web                               |||
|||  Name        |  Bob's rule, v2                    |||
||+--------------+------------------------------------+||
||                 SecurityGroupRules                  ||
|+------------------------+----------------------------+|
||  CidrIpv4              |                            ||
||  Description           |  peer: app tier #2         ||
||  FromPort              |  -1                        ||
||  GroupId               |  sg-0123456789abcdef0      ||
||  GroupOwnerId          |  123456789012              ||
||  IpProtocol            |  -1                        ||
||  IsEgress              |  False                     ||
||  SecurityGroupRuleId   |  sgr-0000000000000000b     ||
||  ToPort                |  -1                        ||
|+------------------------+----------------------------+|
|||                ReferencedGroupInfo                |||
||+-------------------------+-------------------------+||
|||  GroupId                |  sg-0fedcba9876543210   |||
|||  UserId                 |  000123456789           |||
|||  VpcId                  |  vpc-0123456789abcdef0  |||
|||  VpcPeeringConnectionId |  pcx-0123456789abcdef0  |||
||+-------------------------+-------------------------+||
|||                       Tags                        |||
||+--------------+------------------------------------+||
|||      Key     |               Value                |||
||+--------------+------------------------------------+||
|||  team        |  web                               |||
|||  Name        |  Bob's rule, v2                    |||
||+--------------+------------------------------------+||
`},
	"horizontal/yaml": {"yaml", `Return: true
SecurityGroupRules:
- CidrIpv4: 0.0.0.0/0
  FromPort: 22
  GroupId: sg-0123456789abcdef0
  GroupOwnerId: '123456789012'
  IpProtocol: tcp
  IsEgress: false
  SecurityGroupRuleId: sgr-0000000000000000c
  ToPort: 22
- CidrIpv4: 198.51.100.0/24
  Description: office
  FromPort: 22
  GroupId: sg-0123456789abcdef0
  GroupOwnerId: '123456789012'
  IpProtocol: tcp
  IsEgress: false
  SecurityGroupRuleId: sgr-0000000000000000d
  ToPort: 22
- CidrIpv6: 2001:db8::/32
  FromPort: 22
  GroupId: sg-0123456789abcdef0
  GroupOwnerId: '123456789012'
  IpProtocol: tcp
  IsEgress: false
  SecurityGroupRuleId: sgr-0000000000000000e
  ToPort: 22
`},
	"horizontal/text": {"text", `True
SECURITYGROUPRULES	0.0.0.0/0			22	sg-0123456789abcdef0	123456789012	tcp	False	sgr-0000000000000000c	22
SECURITYGROUPRULES	198.51.100.0/24		office	22	sg-0123456789abcdef0	123456789012	tcp	False	sgr-0000000000000000d	22
SECURITYGROUPRULES		2001:db8::/32		22	sg-0123456789abcdef0	123456789012	tcp	False	sgr-0000000000000000e	22
`},
	"horizontal/table": {"table", `------------------------------------------------------------------------------------------------------------------------------------------------------------------------
|                                                                     AuthorizeSecurityGroupIngress                                                                    |
+-------------------------------------------------------------------------------------------+--------------------------------------------------------------------------+
|  Return                                                                                   |  True                                                                    |
+-------------------------------------------------------------------------------------------+--------------------------------------------------------------------------+
||                                                                         SecurityGroupRules                                                                         ||
|+-----------------+----------------+--------------+-----------+-----------------------+---------------+-------------+-----------+-------------------------+----------+|
||    CidrIpv4     |   CidrIpv6     | Description  | FromPort  |        GroupId        | GroupOwnerId  | IpProtocol  | IsEgress  |   SecurityGroupRuleId   | ToPort   ||
|+-----------------+----------------+--------------+-----------+-----------------------+---------------+-------------+-----------+-------------------------+----------+|
||  0.0.0.0/0      |                |              |  22       |  sg-0123456789abcdef0 |  123456789012 |  tcp        |  False    |  sgr-0000000000000000c  |  22      ||
||  198.51.100.0/24|                |  office      |  22       |  sg-0123456789abcdef0 |  123456789012 |  tcp        |  False    |  sgr-0000000000000000d  |  22      ||
||                 |  2001:db8::/32 |              |  22       |  sg-0123456789abcdef0 |  123456789012 |  tcp        |  False    |  sgr-0000000000000000e  |  22      ||
|+-----------------+----------------+--------------+-----------+-----------------------+---------------+-------------+-----------+-------------------------+----------+|
`},
	"wide/yaml": {"yaml", `Return: true
SecurityGroupRules:
- CidrIpv4: 10.0.0.0/8
  Description: Ωmega é
  FromPort: 22
  GroupId: sg-0123456789abcdef0
  GroupOwnerId: '123456789012'
  IpProtocol: tcp
  IsEgress: false
  SecurityGroupRuleId: sgr-0000000000000000f
  Tags:
  - Key: 名前
    Value: データベース
  - Key: emoji
    Value: "\U0001F680 launch"
  - Key: owner
    Value: José
  - Key: k
    Value: ''
  ToPort: 22
`},
	"wide/text": {"text", `True
SECURITYGROUPRULES	10.0.0.0/8	Ωmega é	22	sg-0123456789abcdef0	123456789012	tcp	False	sgr-0000000000000000f	22
TAGS	名前	データベース
TAGS	emoji	🚀 launch
TAGS	owner	José
TAGS	k	
`},
	"wide/table": {"table", `----------------------------------------------------
|           AuthorizeSecurityGroupIngress          |
+---------------------------+----------------------+
|  Return                   |  True                |
+---------------------------+----------------------+
||               SecurityGroupRules               ||
|+----------------------+-------------------------+|
||  CidrIpv4            |  10.0.0.0/8             ||
||  Description         |  Ωmega é              ||
||  FromPort            |  22                     ||
||  GroupId             |  sg-0123456789abcdef0   ||
||  GroupOwnerId        |  123456789012           ||
||  IpProtocol          |  tcp                    ||
||  IsEgress            |  False                  ||
||  SecurityGroupRuleId |  sgr-0000000000000000f  ||
||  ToPort              |  22                     ||
|+----------------------+-------------------------+|
|||                     Tags                     |||
||+---------------+------------------------------+||
|||      Key      |            Value             |||
||+---------------+------------------------------+||
|||  名前         |  データベース                |||
|||  emoji        |  🚀 launch                   |||
|||  owner        |  José                       |||
|||  k            |                              |||
||+---------------+------------------------------+||
`},
	"egressOneTag/yaml": {"yaml", `Return: true
SecurityGroupRules:
- CidrIpv6: ::/0
  FromPort: -1
  GroupId: sg-0123456789abcdef0
  GroupOwnerId: '123456789012'
  IpProtocol: icmpv6
  IsEgress: true
  SecurityGroupRuleId: sgr-00000000000000010
  Tags:
  - Key: k
    Value: v
  ToPort: -1
- FromPort: 22
  GroupId: sg-0123456789abcdef0
  GroupOwnerId: '123456789012'
  IpProtocol: tcp
  IsEgress: true
  PrefixListId: pl-0123456789abcdef0
  SecurityGroupRuleId: sgr-00000000000000011
  Tags:
  - Key: k
    Value: v
  ToPort: 22
`},
	"egressOneTag/text": {"text", `True
SECURITYGROUPRULES	::/0	-1	sg-0123456789abcdef0	123456789012	icmpv6	True		sgr-00000000000000010	-1
TAGS	k	v
SECURITYGROUPRULES		22	sg-0123456789abcdef0	123456789012	tcp	True	pl-0123456789abcdef0	sgr-00000000000000011	22
TAGS	k	v
`},
	"egressOneTag/table": {"table", `----------------------------------------------------
|           AuthorizeSecurityGroupIngress          |
+---------------------------+----------------------+
|  Return                   |  True                |
+---------------------------+----------------------+
||               SecurityGroupRules               ||
|+----------------------+-------------------------+|
||  CidrIpv6            |  ::/0                   ||
||  FromPort            |  -1                     ||
||  GroupId             |  sg-0123456789abcdef0   ||
||  GroupOwnerId        |  123456789012           ||
||  IpProtocol          |  icmpv6                 ||
||  IsEgress            |  True                   ||
||  PrefixListId        |                         ||
||  SecurityGroupRuleId |  sgr-00000000000000010  ||
||  ToPort              |  -1                     ||
|+----------------------+-------------------------+|
|||                     Tags                     |||
||+-----------------------------+----------------+||
|||  Key                        |  k             |||
|||  Value                      |  v             |||
||+-----------------------------+----------------+||
||               SecurityGroupRules               ||
|+----------------------+-------------------------+|
||  CidrIpv6            |                         ||
||  FromPort            |  22                     ||
||  GroupId             |  sg-0123456789abcdef0   ||
||  GroupOwnerId        |  123456789012           ||
||  IpProtocol          |  tcp                    ||
||  IsEgress            |  True                   ||
||  PrefixListId        |  pl-0123456789abcdef0   ||
||  SecurityGroupRuleId |  sgr-00000000000000011  ||
||  ToPort              |  22                     ||
|+----------------------+-------------------------+|
|||                     Tags                     |||
||+-----------------------------+----------------+||
|||  Key                        |  k             |||
|||  Value                      |  v             |||
||+-----------------------------+----------------+||
`},
}
