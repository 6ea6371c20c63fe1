import json, time, urllib.request
import boto3

ROLE = "serverlessApiGatewayCloudWatchRole"
ASSUME = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"Service": ["apigateway.amazonaws.com"]}, "Action": ["sts:AssumeRole"]}]}


def respond(event, context, status, reason=""):
    body = json.dumps({"Status": status, "Reason": reason, "PhysicalResourceId": "CustomResourceApiGatewayAccountCloudWatchRole", "StackId": event["StackId"], "RequestId": event["RequestId"], "LogicalResourceId": event["LogicalResourceId"], "Data": {}}).encode()
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT", headers={"Content-Type": "", "Content-Length": str(len(body))})
    urllib.request.urlopen(request, timeout=30)


def ensure_role(partition, account):
    iam = boto3.client("iam")
    policy = "arn:%s:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs" % partition
    try:
        attached = iam.list_attached_role_policies(RoleName=ROLE)["AttachedPolicies"]
    except iam.exceptions.NoSuchEntityException:
        iam.create_role(RoleName=ROLE, Path="/", AssumeRolePolicyDocument=json.dumps(ASSUME))
        attached = []
    if not any(p["PolicyArn"] == policy for p in attached):
        iam.attach_role_policy(RoleName=ROLE, PolicyArn=policy)
    return "arn:%s:iam::%s:role/%s" % (partition, account, ROLE)


def assign(event, context):
    arn_parts = context.invoked_function_arn.split(":")
    apigateway = boto3.client("apigateway")
    assigned = apigateway.get_account().get("cloudwatchRoleArn")
    wanted = event["ResourceProperties"].get("RoleArn") or ensure_role(arn_parts[1], arn_parts[4])
    attempt = 0
    while wanted != assigned:
        try:
            apigateway.update_account(patchOperations=[{"op": "replace", "path": "/cloudwatchRoleArn", "value": wanted}])
            return
        except Exception:
            attempt += 1
            if attempt >= 10 or context.get_remaining_time_in_millis() < 30000:
                raise
            time.sleep(10)


def handler(event, context):
    try:
        if event["RequestType"] in ("Create", "Update"):
            assign(event, context)
        respond(event, context, "SUCCESS")
    except Exception as error:
        print("FAILED: %r" % error)
        respond(event, context, "FAILED", "%s (see %s)" % (error, context.log_stream_name))
