#!/usr/bin/env bash
# deploy.sh, run against a stub `aws` on the PATH that records its calls: it creates the
# bucket-only stack only when the stack does not exist, uploads every file of the plan (one
# `aws s3 sync` of the mirror), and deploys with the plan's settings: `cloudformation deploy`
# (change sets), or `update-stack` for deploymentMethod: direct.
#   deploy_script_test.sh SLS_COMPILE SOURCE_DIR
set -uo pipefail
bin=$(realpath "$1") source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# The stub: one line per call in $AWS_LOG; `s3 sync` also lists the files it would upload.
# describe-stacks fails (as the CLI does) until create-stack ran or $AWS_STATE/exists is there.
mkdir -p "$work/bin"
cat >"$work/bin/aws" <<'STUB'
#!/bin/sh
echo "aws $*" >>"$AWS_LOG"
case "$1 $2" in
  "cloudformation describe-stacks")
    [ -f "$AWS_STATE/exists" ] || { echo "An error occurred (ValidationError): Stack does not exist" >&2; exit 254; }
    case "$*" in *--query*) echo "stub-bucket" ;; esac ;;
  "cloudformation create-stack") touch "$AWS_STATE/exists" ;;
  "s3 sync") (cd "$3" && find . -type f | sed 's|^\./|upload |' | sort) >>"$AWS_LOG" ;;
esac
exit 0
STUB
chmod +x "$work/bin/aws"

package() {  # folder
  (cd "$1" && "$bin" package --today 2026-03-01 >/dev/null 2>"$1.err") || fail "packaging $1 failed: $(cat "$1.err")"
}
run_deploy() {  # folder, state
  mkdir -p "$2"
  : >"$work/log"
  (cd / && PATH="$work/bin:$PATH" AWS_LOG="$work/log" AWS_STATE="$2" sh "$1/.slsc/deploy.sh") \
    >"$work/deploy.out" 2>&1 || fail "deploy.sh failed: $(cat "$work/deploy.out")"
}
calls() { grep -c -- "$1" "$work/log"; }
has() { grep -q -- "$1" "$work/log" || fail "no call matching '$1' in: $(cat "$work/log")"; }

cp -r "$source_dir/examples/chat" "$work/chat"
package "$work/chat"
plan=$work/chat/.slsc/deploy-plan.json

# 1. A new stack: the bucket stack first, then the uploads, then the change-set deploy.
run_deploy "$work/chat" "$work/state-new"
[ "$(calls 'cloudformation create-stack')" -eq 1 ] || fail "create-stack was not called once: $(cat "$work/log")"
has "create-stack --region us-east-1 --stack-name chat-dev --template-body file://cloudformation-template-create-stack.json"
has "wait stack-create-complete --region us-east-1 --stack-name chat-dev"
has "s3 sync s3/ s3://stub-bucket/ --region us-east-1"
has "cloudformation deploy --region us-east-1 --stack-name chat-dev --template-file cloudformation-template-update-stack.json --s3-bucket stub-bucket --s3-prefix serverless/chat/dev --no-fail-on-empty-changeset --capabilities CAPABILITY_IAM CAPABILITY_NAMED_IAM"
has "--tags STAGE=dev"
# Every upload of the plan, and nothing else, is in the synced folder.
grep -o '"key": "[^"]*"' "$plan" | sed 's/"key": "\(.*\)"/upload \1/' | sort >"$work/planned"
grep '^upload ' "$work/log" | sort >"$work/uploaded"
[ -s "$work/planned" ] || fail "the plan lists no upload"
cmp -s "$work/planned" "$work/uploaded" || fail "the uploads differ from the plan: $(diff "$work/planned" "$work/uploaded")"
grep -q 'chat.zip' "$work/uploaded" || fail "the zip is not uploaded"
# The create-stack call comes before the sync, the sync before the deploy.
order=$(grep -n -e 'create-stack' -e 's3 sync' -e 'cloudformation deploy' "$work/log" | cut -d: -f1 | tr '\n' ' ')
[ "$order" = "$(grep -n -e 'create-stack' -e 's3 sync' -e 'cloudformation deploy' "$work/log" | cut -d: -f1 | sort -n | tr '\n' ' ')" ] || fail "calls out of order"
first=$(grep -n 'create-stack' "$work/log" | head -1 | cut -d: -f1)
sync=$(grep -n 's3 sync' "$work/log" | head -1 | cut -d: -f1)
deploy=$(grep -n 'cloudformation deploy' "$work/log" | head -1 | cut -d: -f1)
[ "$first" -lt "$sync" ] && [ "$sync" -lt "$deploy" ] || fail "expected create-stack < s3 sync < deploy: $first $sync $deploy"

# 2. An existing stack: no create-stack.
mkdir -p "$work/state-old" && touch "$work/state-old/exists"
run_deploy "$work/chat" "$work/state-old"
[ "$(calls 'create-stack')" -eq 0 ] || fail "create-stack was called for an existing stack: $(cat "$work/log")"
has "cloudformation deploy --region us-east-1 --stack-name chat-dev"

# 3. The service's own settings: deploymentMethod direct, stack name, tags, role, notifications,
#    parameters, a bucket of its own (no bucket stack then).
mkdir -p "$work/direct/src"
echo 'exports.handler = async () => ({ statusCode: 200 });' >"$work/direct/src/live.js"
cat >"$work/direct/serverless.yml" <<'YAML'
service: chat
provider:
  name: aws
  runtime: nodejs24.x
  deploymentMethod: direct
  stackName: chat-live
  deploymentBucket:
    name: my-deployments
  stackTags:
    team: realtime
  iam:
    deploymentRole: arn:aws:iam::123456789012:role/deployer
  notificationArns:
    - arn:aws:sns:us-east-1:123456789012:stack-events
  stackParameters:
    - ParameterKey: Level
      ParameterValue: high
functions:
  live:
    handler: src/live.handler
    events:
      - websocket: $default
YAML
package "$work/direct"
key=$(grep -o '"updateKey": "[^"]*"' "$work/direct/.slsc/deploy-plan.json" | sed 's/"updateKey": "\(.*\)"/\1/')
[ -n "$key" ] || fail "the plan has no updateKey"
[ -f "$work/direct/.slsc/cloudformation-template-create-stack.json" ] && fail "a service with its own bucket got a bucket stack template"
mkdir -p "$work/state-direct" && touch "$work/state-direct/exists"
run_deploy "$work/direct" "$work/state-direct"
[ "$(calls 'create-stack')" -eq 0 ] || fail "create-stack was called with a bucket of the service's own"
[ "$(calls 'cloudformation deploy')" -eq 0 ] || fail "change sets were used for deploymentMethod: direct"
has "s3 sync s3/ s3://my-deployments/ --region us-east-1"
has "update-stack --region us-east-1 --stack-name chat-live --template-url https://my-deployments.s3.us-east-1.amazonaws.com/$key"
has "--role-arn arn:aws:iam::123456789012:role/deployer"
has "--notification-arns arn:aws:sns:us-east-1:123456789012:stack-events"
has '--tags \[{"Key":"STAGE","Value":"dev"},{"Key":"team","Value":"realtime"}\]'
has '--parameters \[{"ParameterKey":"Level","ParameterValue":"high"}\]'
has "wait stack-update-complete --region us-east-1 --stack-name chat-live"

# 4. direct, new stack with its own bucket: create-stack with the whole template, no update.
run_deploy "$work/direct" "$work/state-direct-new"
has "create-stack --region us-east-1 --stack-name chat-live --template-url https://my-deployments.s3.us-east-1.amazonaws.com/$key"
[ "$(calls 'update-stack')" -eq 0 ] || fail "update-stack was called for a new stack"

[ "$failures" -eq 0 ] && echo "deploy.sh: ok"
exit $((failures > 0))
