import json, urllib.request
import boto3

SENDERS = ("CustomSMSSender", "CustomEmailSender")


def respond(event, status, reason=""):
    body = json.dumps({"Status": status, "Reason": reason, "PhysicalResourceId": event.get("PhysicalResourceId") or event["LogicalResourceId"], "StackId": event["StackId"], "RequestId": event["RequestId"], "LogicalResourceId": event["LogicalResourceId"], "Data": {}}).encode()
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT", headers={"Content-Type": "", "Content-Length": str(len(body))})
    urllib.request.urlopen(request, timeout=30)


def find_pool(cognito, name):
    for page in cognito.get_paginator("list_user_pools").paginate(MaxResults=60):
        for pool in page["UserPools"]:
            if pool["Name"] == name:
                return pool["Id"]
    return None


def target(value):
    return value.get("LambdaArn") if isinstance(value, dict) else value


# UpdateUserPool resets what it is not given: pass the pool's settings back.
def configure(context, props, configs):
    cognito = boto3.client("cognito-idp")
    pool_id = find_pool(cognito, props["UserPoolName"])
    if pool_id is None:
        if configs:
            raise Exception("no user pool named %s" % props["UserPoolName"])
        return
    part = context.invoked_function_arn.split(":")
    arn = "arn:%s:lambda:%s:%s:function:%s" % (part[1], part[3], part[4], props["FunctionName"])
    pool = cognito.describe_user_pool(UserPoolId=pool_id)["UserPool"]
    members = cognito.meta.service_model.operation_model("UpdateUserPool").input_shape.members
    params = {k: v for k, v in pool.items() if k in members and k != "UserPoolId"}
    old = pool.get("LambdaConfig", {})
    config = {k: v for k, v in old.items() if k != "KMSKeyID" and target(v) != arn}
    for c in configs:
        trigger = c["Trigger"]
        if trigger in SENDERS:
            config[trigger] = {"LambdaArn": arn, "LambdaVersion": c.get("LambdaVersion", "V1_0")}
            config["KMSKeyID"] = c["KMSKeyID"]
        else:
            config[trigger] = arn
        if trigger == "PreTokenGeneration":
            config.pop("PreTokenGenerationConfig", None)
    if "KMSKeyID" not in config and "KMSKeyID" in old and any(s in config for s in SENDERS):
        config["KMSKeyID"] = old["KMSKeyID"]
    params["LambdaConfig"] = config
    admin = params.get("AdminCreateUserConfig", {})
    if "TemporaryPasswordValidityDays" in params.get("Policies", {}).get("PasswordPolicy", {}):
        admin.pop("UnusedAccountValidityDays", None)
    cognito.update_user_pool(UserPoolId=pool_id, **params)
    permit(props["FunctionName"], pool_id, pool["Arn"], bool(configs))


def permit(function, pool_id, pool_arn, allow):
    lam = boto3.client("lambda")
    sid = "cognito-" + pool_id
    try:
        if allow:
            lam.add_permission(FunctionName=function, StatementId=sid, Action="lambda:InvokeFunction", Principal="cognito-idp.amazonaws.com", SourceArn=pool_arn)
        else:
            lam.remove_permission(FunctionName=function, StatementId=sid)
    except (lam.exceptions.ResourceConflictException, lam.exceptions.ResourceNotFoundException):
        pass


def handler(event, context):
    try:
        props = event["ResourceProperties"]
        old = event.get("OldResourceProperties") or {}
        kind = event["RequestType"]
        if kind == "Update" and (old.get("FunctionName"), old.get("UserPoolName")) != (props["FunctionName"], props["UserPoolName"]):
            configure(context, old, [])
        configure(context, props, [] if kind == "Delete" else props.get("UserPoolConfigs", []))
        respond(event, "SUCCESS")
    except Exception as error:
        print("FAILED: %r" % error)
        if event["RequestType"] == "Delete":
            respond(event, "SUCCESS")
        else:
            respond(event, "FAILED", "%s (see %s)" % (error, context.log_stream_name))
