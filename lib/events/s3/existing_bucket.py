import json, urllib.request
import boto3


def respond(event, status, physical, reason=""):
    body = json.dumps({"Status": status, "Reason": reason, "PhysicalResourceId": physical, "StackId": event["StackId"], "RequestId": event["RequestId"], "LogicalResourceId": event["LogicalResourceId"], "Data": {}}).encode()
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT", headers={"Content-Type": "", "Content-Length": str(len(body))})
    urllib.request.urlopen(request, timeout=30)


def physical_id(props):
    return "%s|%s" % (props["FunctionName"], props["BucketName"])


def statement_id(bucket):
    return "s3-" + "".join(c if c.isalnum() or c in "-_" else "-" for c in bucket)[:90]


# The function's notifications on the bucket are this resource's: any other configuration of the
# bucket is kept, and the function's are replaced by `configs` (none: removed).
def notify(bucket, function_arn, configs):
    s3 = boto3.client("s3")
    current = s3.get_bucket_notification_configuration(Bucket=bucket)
    current.pop("ResponseMetadata", None)
    kept = [c for c in current.get("LambdaFunctionConfigurations", []) if c["LambdaFunctionArn"] != function_arn]
    for index, config in enumerate(configs):
        entry = {"Id": "%s-%d" % (function_arn.split(":")[-1], index + 1), "LambdaFunctionArn": function_arn, "Events": [config["Event"]]}
        rules = [{"Name": name.lower(), "Value": value} for rule in config.get("Rules") or [] for name, value in rule.items()]
        if rules:
            entry["Filter"] = {"Key": {"FilterRules": rules}}
        kept.append(entry)
    current["LambdaFunctionConfigurations"] = kept
    s3.put_bucket_notification_configuration(Bucket=bucket, NotificationConfiguration=current)


def allow(function_arn, bucket, partition, account):
    client = boto3.client("lambda")
    try:
        client.add_permission(FunctionName=function_arn, StatementId=statement_id(bucket), Action="lambda:InvokeFunction", Principal="s3.amazonaws.com", SourceArn="arn:%s:s3:::%s" % (partition, bucket), SourceAccount=account)
    except client.exceptions.ResourceConflictException:
        pass


def disallow(function_arn, bucket):
    client = boto3.client("lambda")
    try:
        client.remove_permission(FunctionName=function_arn, StatementId=statement_id(bucket))
    except client.exceptions.ResourceNotFoundException:
        pass


def handler(event, context):
    props = event["ResourceProperties"]
    physical = event.get("PhysicalResourceId") or physical_id(props)
    try:
        _, partition, _, region, account = context.invoked_function_arn.split(":")[:5]
        function_arn = "arn:%s:lambda:%s:%s:function:%s" % (partition, region, account, props["FunctionName"])
        if event["RequestType"] in ("Create", "Update"):
            allow(function_arn, props["BucketName"], partition, account)
            notify(props["BucketName"], function_arn, props.get("BucketConfigs") or [])
            physical = physical_id(props)
        elif physical == physical_id(props):
            # Only what this handler set up: a resource another handler created is left as it is.
            notify(props["BucketName"], function_arn, [])
            disallow(function_arn, props["BucketName"])
        respond(event, "SUCCESS", physical)
    except Exception as error:
        print("FAILED: %r" % error)
        respond(event, "FAILED", physical, "%s (see %s)" % (error, context.log_stream_name))
