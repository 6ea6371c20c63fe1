#!/usr/bin/env bash
# The cfn-lint gate: every template the compiler writes for a golden case (expected.json or
# expected.part.json) and for each case of the reference corpora (../shared/corpus-*/ with a
# check script, compiled in default mode: our own output; the compat output of a corpus case is
# the reference's template, which the corpus tests compare with the reference's) is linted by
# cfn-lint, in one run. Any error-level finding fails, except E2533 and W2531 (a runtime past or near its deprecation) when
# the compile of that template warned [runtime-deprecated] for that runtime. A warning or an
# informational finding fails unless an entry of tests/cfn-lint-allow.tsv covers it (rule, mode,
# template, logical id); an entry no finding used is printed as a note.
#   cfn_lint_test.sh SLS_COMPILE SOURCE_DIR
# CFN_LINT_CENSUS=FILE writes every finding as TSV (template, mode, rule, resource, verdict,
# message); CFN_LINT_KEEP=DIR keeps the templates and their .err files in DIR.
#
# Golden cases are compiled as tests/golden_test.cpp compiles them (in the case folder,
# `--color=never ARGS SERVICE_FILE`), except that a `--today DATE` of the args is dropped: cfn-lint
# judges runtimes at the real date, so the compiler must too for its warning to be comparable.
# Compiles that exit non-zero (the error cases) are skipped.
set -uo pipefail
# shellcheck disable=SC2034  # used inside the eval of compile()
bin=$(realpath "${1:?usage: cfn_lint_test.sh SLS_COMPILE SOURCE_DIR}")
source_dir=$(realpath "${2:?usage: cfn_lint_test.sh SLS_COMPILE SOURCE_DIR}")
allow_list=$source_dir/tests/cfn-lint-allow.tsv

# cfn-lint is looked for on PATH, then where pip and pyenv put it (a CI shell that read no
# profile has no pyenv on its PATH).
if ! command -v cfn-lint >/dev/null 2>&1; then
  for candidate in "$HOME/.local/bin/cfn-lint" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/*/bin/cfn-lint \
                   "${PYENV_ROOT:-$HOME/.pyenv}/shims/cfn-lint" /usr/local/bin/cfn-lint; do
    if [ -x "$candidate" ]; then PATH=$(dirname "$candidate"):$PATH; export PATH; break; fi
  done
fi
if ! command -v cfn-lint >/dev/null 2>&1 || ! version=$(cfn-lint --version 2>&1); then
  echo "cfn-lint is not installed: this test lints every compiled template with it and cannot" \
       "pass without it; install with pip install cfn-lint==1.51.0 (the version the allow-list" \
       "tests/cfn-lint-allow.tsv was made with)" >&2
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "python3 is not on PATH: this test reads cfn-lint's JSON with it" >&2
  exit 1
fi
case "$version" in
  *" 1.51."*) ;;
  *) echo "note: $version, not 1.51.x: findings may differ from those the allow-list was made for" ;;
esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/t"
manifest=$work/manifest.tsv  # name, mode, what was compiled
: >"$manifest"
skipped=()

service_file() {
  local f
  for f in serverless.yml serverless.yaml serverless.json; do [ -f "$1/$f" ] && { echo "$f"; return; }; done
  echo serverless.yml
}

# compile NAME MODE DESCRIPTION DIR COMMAND: runs COMMAND (a shell string, as golden_test.cpp's
# std::system does) in DIR; keeps stdout as t/NAME.json and stderr as t/NAME.err on exit 0.
compile() {
  local name=$1 mode=$2 what=$3 dir=$4 command=$5 rc
  (cd "$dir" && eval "timeout 60 $command") >"$work/t/$name.json" 2>"$work/t/$name.err"
  rc=$?
  if [ "$rc" -eq 0 ]; then
    printf '%s\t%s\t%s\n' "$name" "$mode" "$what" >>"$manifest"
  else
    skipped+=("$name (exit $rc)")
    rm -f "$work/t/$name.json" "$work/t/$name.err"
  fi
}

# The golden cases that expect a template.
golden=0
while IFS= read -r dir; do
  rel=${dir#"$source_dir/golden/"}
  args=""
  [ -f "$dir/args" ] && args=$(cat "$dir/args")
  args=$(sed -E 's/(^|[[:space:]])--today(=|[[:space:]]+)[^[:space:]]+//g' <<<"$args" | tr '\n' ' ')
  mode=default
  grep -Eq -- '--compat(=|[[:space:]]+)serverless-v3' <<<"$args" && mode=compat
  compile "golden__${rel//\//__}" "$mode" "golden/$rel" "$dir" \
    "\"\$bin\" --color=never $args $(service_file "$dir")"
  golden=$((golden + 1))
done < <(find "$source_dir/golden" \( -name expected.json -o -name expected.part.json \) \
           -printf '%h\n' 2>/dev/null | sort -u)

# The reference corpora, as their check script compiles them, in both modes.
corpora=0
for corpus in "$source_dir"/../shared/corpus "$source_dir"/../shared/corpus-*; do
  [ -x "$corpus/check" ] || continue
  corpus=$(realpath "$corpus")
  label=$(basename "$corpus")
  for dir in "$corpus"/*/; do
    dir=${dir%/}
    svc=$(service_file "$dir")
    [ -f "$dir/$svc" ] || continue
    case_name=$(basename "$dir")
    compile "${label}__${case_name}" default "$label/$case_name" "$dir" \
      "\"\$bin\" \$(cat ARGS 2>/dev/null || echo --stage dev --region us-east-1) $svc"
    corpora=$((corpora + 1))
  done
done
[ "$corpora" -gt 0 ] || echo "note: no corpus at $source_dir/../shared/corpus*: only golden cases are linted"

templates=$(wc -l <"$manifest")
if [ "$templates" -eq 0 ]; then
  echo "FAIL: no template to lint (golden cases: $golden, corpus cases: $corpora)"
  exit 1
fi
echo "compiled $templates templates: $golden golden cases, $corpora corpus cases;" \
     "${#skipped[@]} compiles skipped (exit != 0)"
if [ ${#skipped[@]} -gt 0 ]; then
  printf 'skipped: %s' "${skipped[0]}"; printf ', %s' "${skipped[@]:1:5}"
  [ ${#skipped[@]} -gt 6 ] && printf ' and %d more' $((${#skipped[@]} - 6)); echo
fi

# One cfn-lint run over all the templates.
(cd "$work/t" && cfn-lint --format json -- ./*.json) >"$work/lint.json" 2>"$work/lint.err"
lint_rc=$?
[ -n "${CFN_LINT_KEEP:-}" ] && { mkdir -p "$CFN_LINT_KEEP" && cp "$work"/t/* "$CFN_LINT_KEEP"/; }

python3 - "$work" "$allow_list" "$lint_rc" "${CFN_LINT_CENSUS:-}" <<'PY'
import collections, json, os, re, sys

work, allow_path, lint_rc, census_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
failures = []  # (template, rule, resource, message)
notes = []

def fail(template, rule, resource, message):
    failures.append((template, rule, resource, message))

# The allow-list: rule, mode, template and resource (anchored regexes over the template's name
# and the finding's logical id), reason.
entries = []
try:
    lines = open(allow_path, encoding="utf-8").read().splitlines()
except FileNotFoundError:
    lines = []
    notes.append(f"no allow-list at {allow_path}: every warning fails")
for number, line in enumerate(lines, 1):
    if not line.strip() or line.lstrip().startswith("#"):
        continue
    where = f"cfn-lint-allow.tsv:{number}"
    cols = line.split("\t")
    if len(cols) != 5 or not cols[4].strip():
        fail(where, "allow-list", "", "an entry needs 5 tab-separated columns: rule, mode, "
             "template, resource, reason (a non-empty reason)")
        continue
    rule, mode, template_re, resource, reason = (c.strip() for c in cols)
    if not re.fullmatch(r"[WI]\d{4}", rule):
        fail(where, "allow-list", "", f"rule '{rule}' is no W or I rule id (an E finding "
             "cannot be allowed)")
        continue
    if mode not in ("compat", "default", "any"):
        fail(where, "allow-list", "", f"mode '{mode}' is none of compat, default, any")
        continue
    try:
        pattern = re.compile(resource)
        template_pattern = re.compile(template_re)
    except re.error as e:
        fail(where, "allow-list", "", f"'{template_re}' or '{resource}' is no regex: {e}")
        continue
    entries.append({"where": where, "rule": rule, "mode": mode, "resource": resource,
                    "template": template_re, "pattern": pattern,
                    "template_pattern": template_pattern, "reason": reason, "used": 0})

modes = {}
for line in open(os.path.join(work, "manifest.tsv"), encoding="utf-8"):
    name, mode, desc = line.rstrip("\n").split("\t")
    modes[name] = mode

raw = open(os.path.join(work, "lint.json"), encoding="utf-8").read()
try:
    findings = json.loads(raw) if raw.strip() else []
    assert isinstance(findings, list)
except (ValueError, AssertionError):
    err = open(os.path.join(work, "lint.err"), encoding="utf-8", errors="replace").read()
    print(f"FAIL: cfn-lint (exit {lint_rc}) wrote no JSON list of findings:")
    print((raw + err)[-3000:])
    sys.exit(1)

templates = {}
def template(name):
    if name not in templates:
        try:
            doc = json.load(open(os.path.join(work, "t", name + ".json"), encoding="utf-8"))
            templates[name] = list((doc.get("Resources") or {}).keys()) if isinstance(doc, dict) else []
        except (OSError, ValueError):
            templates[name] = []
    return templates[name]

warned = {}
def deprecation_warnings(name):
    if name not in warned:
        text = open(os.path.join(work, "t", name + ".err"), encoding="utf-8", errors="replace").read()
        warned[name] = [l for l in text.splitlines() if "[runtime-deprecated]" in l]
    return warned[name]

by_rule = collections.Counter()
allowed_by_rule = collections.Counter()
census = []
for f in findings:
    filename = f.get("Filename") or ""
    name = os.path.basename(filename)[:-5] if filename.endswith(".json") else filename
    rule = (f.get("Rule") or {}).get("Id", "?")
    message = " ".join(str(f.get("Message", "")).split())
    path = (f.get("Location") or {}).get("Path") or []
    resource = ""
    if len(path) > 1 and path[0] in ("Resources", "Outputs", "Conditions", "Mappings"):
        resource = str(path[1])
    else:  # the longest logical id of the template the message names
        for logical in sorted(template(name), key=len, reverse=True):
            if re.search(r"(?<![A-Za-z0-9])" + re.escape(logical) + r"(?![A-Za-z0-9])", message):
                resource = logical
                break
    mode = modes.get(name, "?")
    by_rule[rule] += 1
    verdict = "fail"
    if name not in modes:
        fail(name or "(cfn-lint)", rule, resource, message)
    elif rule in ("E2533", "W2531"):
        runtime = re.search(r"'([^']+)'", message)
        lines = deprecation_warnings(name)
        if runtime:
            lines = [l for l in lines if f"'{runtime.group(1)}'" in l]
        if lines:
            verdict = "allowed: [runtime-deprecated] warned"
            allowed_by_rule[rule] += 1
        else:
            fail(name, rule, resource, message + "  (the compile did not warn [runtime-deprecated]"
                 + (f" for '{runtime.group(1)}'" if runtime else "") + ")")
    elif rule.startswith("E"):
        fail(name, rule, resource, message)
    else:
        for e in entries:
            if (e["rule"] == rule and e["mode"] in ("any", mode)
                    and e["template_pattern"].fullmatch(name) and e["pattern"].fullmatch(resource)):
                e["used"] += 1
                verdict = "allowed: " + e["where"]
                allowed_by_rule[rule] += 1
                break
        else:
            fail(name, rule, resource, message)
    census.append((name, mode, rule, resource, verdict, message))

if census_path:
    with open(census_path, "w", encoding="utf-8") as out:
        out.write("template\tmode\trule\tresource\tverdict\tmessage\n")
        for row in census:
            out.write("\t".join(row) + "\n")

print(f"cfn-lint: {len(modes)} templates linted, {len(findings)} findings")
for rule in sorted(by_rule):
    print(f"  {rule:8} {by_rule[rule]:5}   allowed {allowed_by_rule[rule]}")
for e in entries:
    if e["used"]:
        print(f"allowed by {e['where']} ({e['rule']} {e['mode']} {e['template']} {e['resource']}):"
              f" {e['used']}")
for e in entries:
    if not e["used"]:
        print(f"note: {e['where']} ({e['rule']} {e['mode']} {e['template']} {e['resource']}) allowed no finding:"
              " remove it if it is no longer needed")
for n in notes:
    print("note: " + n)
if failures:
    print(f"FAIL: {len(failures)} findings not allowed (template, rule, resource: message):")
    failures.sort(key=lambda f: (not f[1].startswith("E"), f[1], f[0], f[2]))
    for template_name, rule, resource, message in failures[:50]:
        print(f"  {template_name}  {rule}  {resource or '-'}: "
              + (message if len(message) <= 240 else message[:240] + "..."))
    if len(failures) > 50:
        print(f"  ... and {len(failures) - 50} more")
    sys.exit(1)
print("cfn-lint: every finding is allowed")
PY
