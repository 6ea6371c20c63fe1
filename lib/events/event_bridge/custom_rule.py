import hashlib, json, urllib.request
import boto3


def respond(event, status, physical, reason=""):
    body = json.dumps({"Status": status, "Reason": reason, "PhysicalResourceId": physical, "StackId": event["StackId"], "RequestId": event["RequestId"], "LogicalResourceId": event["LogicalResourceId"], "Data": {}}).encode()
    request = urllib.request.Request(event["ResponseURL"], data=body, method="PUT", headers={"Content-Type": "", "Content-Length": str(len(body))})
    urllib.request.urlopen(request, timeout=30)


# EventBus as written: none or "default" (the default bus), a bus name (the stack's own bus,
# created when missing), or an ARN, whose name after the first "/" the rule goes on.
def bus_name(bus):
    if bus and bus.startswith("arn"):
        bus = bus[bus.find("/") + 1:]
    return None if not bus or bus == "default" else bus


def owns_bus(bus):
    return bool(bus) and not bus.startswith("arn") and bus != "default"


# A rule is known by its bus and name: a new physical id (a renamed rule, another bus) makes
# CloudFormation delete the old one.
def identity(props):
    config = props["EventBridgeConfig"]
    return "%s|%s" % (bus_name(config.get("EventBus")) or "default", config["RuleName"])


# The reference's target id and statement id, so that a rule it set up is taken over in place.
def target_id(rule):
    full = rule + "-target"
    if len(full) <= 64:
        return full
    return full[:25] + hashlib.md5(full.encode()).hexdigest() + "-target"


def statement_id(function, rule):
    return ("%s-%s" % (function, rule.lower().translate({ord(c): None for c in ".:*"})))[:100]


def function_arn(context, function):
    _, partition, _, region, account = context.invoked_function_arn.split(":")[:5]
    return "arn:%s:lambda:%s:%s:function:%s" % (partition, region, account, function)


def on_bus(params, bus):
    name = bus_name(bus)
    if name:
        params["EventBusName"] = name
    return params


def ignore_missing(call, **params):
    try:
        call(**params)
    except Exception as error:
        if type(error).__name__ != "ResourceNotFoundException":
            raise


def unpermit(function, rule):
    lam = boto3.client("lambda")
    ignore_missing(lam.remove_permission, FunctionName=function, StatementId=statement_id(function, rule))


def put(context, props):
    config = props["EventBridgeConfig"]
    bus, rule = config.get("EventBus"), config["RuleName"]
    events = boto3.client("events")
    if owns_bus(bus):
        try:
            events.create_event_bus(Name=bus)
        except events.exceptions.ResourceAlreadyExistsException:
            pass
    params = on_bus({"Name": rule, "State": config.get("State", "ENABLED")}, bus)
    if "Pattern" in config:
        params["EventPattern"] = json.dumps(config["Pattern"])
    if "Schedule" in config:
        params["ScheduleExpression"] = config["Schedule"]
    rule_arn = events.put_rule(**params)["RuleArn"]
    target = {"Id": target_id(rule), "Arn": function_arn(context, props["FunctionName"])}
    if "Input" in config:
        target["Input"] = json.dumps(config["Input"])
    elif "InputPath" in config:
        target["InputPath"] = config["InputPath"]
    elif "InputTransformer" in config:
        target["InputTransformer"] = config["InputTransformer"]
    result = events.put_targets(**on_bus({"Rule": rule, "Targets": [target]}, bus))
    if result.get("FailedEntryCount"):
        raise Exception("target not set: %s" % result["FailedEntries"])
    # The permission names the rule's own ARN (a default-bus rule's is rule/<name>).
    unpermit(props["FunctionName"], rule)
    boto3.client("lambda").add_permission(FunctionName=props["FunctionName"], StatementId=statement_id(props["FunctionName"], rule), Action="lambda:InvokeFunction", Principal="events.amazonaws.com", SourceArn=rule_arn)


def remove(props):
    config = props["EventBridgeConfig"]
    bus, rule = config.get("EventBus"), config["RuleName"]
    events = boto3.client("events")
    ignore_missing(events.remove_targets, **on_bus({"Rule": rule, "Ids": [target_id(rule)]}, bus))
    ignore_missing(events.delete_rule, **on_bus({"Name": rule}, bus))
    unpermit(props["FunctionName"], rule)
    if not owns_bus(bus):
        return
    # The bus goes with its last rule; without events:ListRules (the reference's statements)
    # it is kept rather than deleted under another event's rules.
    try:
        rules = events.list_rules(EventBusName=bus, Limit=1)["Rules"]
    except events.exceptions.ResourceNotFoundException:
        return
    except Exception as error:
        print("event bus %s kept: %r" % (bus, error))
        return
    if not rules:
        ignore_missing(events.delete_event_bus, Name=bus)


def handler(event, context):
    props = event["ResourceProperties"]
    kind = event["RequestType"]
    physical = event.get("PhysicalResourceId") or identity(props)
    try:
        if kind == "Create":
            put(context, props)
        elif kind == "Update":
            old = event.get("OldResourceProperties") or props
            put(context, props)
            if identity(old) != identity(props):
                physical = identity(props)  # CloudFormation then deletes the old rule
            elif old.get("FunctionName") != props["FunctionName"]:
                try:
                    unpermit(old["FunctionName"], old["EventBridgeConfig"]["RuleName"])
                except Exception as error:
                    print("permission of %s kept: %r" % (old["FunctionName"], error))
        else:
            remove(props)
        respond(event, "SUCCESS", physical)
    except Exception as error:
        print("FAILED: %r" % error)
        respond(event, "FAILED", physical, "%s (see %s)" % (error, context.log_stream_name))
