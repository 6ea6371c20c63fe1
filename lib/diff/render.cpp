// diff: the report as plain text (coloured on a terminal), JSON for tools, Markdown for a
// pull-request comment. Sections come in the order a reviewer needs them.
#include <fmt/format.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "diff/changes.h"

namespace slsc::diff {
namespace {

const char* iamWord(IamKind kind) {
  switch (kind) {
    case IamKind::Added: return "added";
    case IamKind::Removed: return "removed";
    case IamKind::Widened: return "widened";
    case IamKind::Narrowed: return "narrowed";
    case IamKind::Changed: return "changed";
  }
  return "changed";
}

std::string summaryLine(const Changes& c) {
  return fmt::format("{} added, {} removed, {} replaced, {} redeployed, {} permission changes, "
                     "{} property changes, {} output changes",
                     c.added.size(), c.removed.size(), c.replaced.size(), c.redeployed.size(),
                     c.iam.size(), c.properties.size(), c.outputs.size());
}

std::string routeMoveText(const RouteMove& m) {
  return fmt::format("route key '{}' moves from {} to {}: CloudFormation creates the new route "
                     "before deleting the old one, and API Gateway refuses a second route with "
                     "the same key (409)",
                     m.routeKey, m.oldId, m.newId);
}

struct Palette {
  const char* red;
  const char* green;
  const char* yellow;
  const char* bold;
  const char* reset;
};

}  // namespace

std::string renderText(const Changes& c, const std::string& oldName, const std::string& newName,
                       bool color) {
  Palette p = color ? Palette{"\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[1m", "\x1b[0m"}
                    : Palette{"", "", "", "", ""};
  std::string out = fmt::format("{}sls-compile diff {} -> {}{}\n", p.bold, oldName, newName, p.reset);
  if (c.empty()) return out + "no changes\n";
  auto section = [&](const char* title) { out += fmt::format("\n{}{}{}\n", p.bold, title, p.reset); };
  if (!c.routeMoves.empty()) {
    section("The deploy will fail:");
    for (const auto& m : c.routeMoves) out += fmt::format("  {}!{} {}\n", p.red, p.reset, routeMoveText(m));
  }
  if (!c.replaced.empty()) {
    section("Replaced (CloudFormation deletes and recreates these):");
    for (const auto& r : c.replaced)
      out += fmt::format("  {}±{} {} ({}): {} changed\n      rule: {}\n", p.red, p.reset,
                         r.resource.id, r.resource.type, fmt::join(r.properties, ", "), r.source);
  }
  if (!c.added.empty()) {
    section("Added:");
    for (const auto& r : c.added) out += fmt::format("  {}+{} {} ({})\n", p.green, p.reset, r.id, r.type);
  }
  if (!c.removed.empty()) {
    section("Removed:");
    for (const auto& r : c.removed) out += fmt::format("  {}-{} {} ({})\n", p.red, p.reset, r.id, r.type);
  }
  if (!c.iam.empty()) {
    section("Permissions:");
    for (const auto& i : c.iam) {
      const char* tone = i.kind == IamKind::Widened || i.kind == IamKind::Added ? p.yellow : p.reset;
      out += fmt::format("  {}{}{} {}: {} {}\n", tone, iamWord(i.kind), p.reset, i.resource,
                         i.summary, i.detail);
    }
  }
  if (!c.redeployed.empty()) {
    section("Redeployed:");
    for (const auto& r : c.redeployed)
      out += fmt::format("  * {} ({}): {} -> {}\n", r.resource.id, r.resource.type, r.oldId, r.newId);
  }
  if (!c.properties.empty()) {
    section("Property changes:");
    for (const auto& x : c.properties)
      out += fmt::format("  ~ {} {}: {} -> {}\n", x.resource, x.path,
                         x.oldValue.empty() ? "(none)" : x.oldValue,
                         x.newValue.empty() ? "(none)" : x.newValue);
  }
  if (!c.outputs.empty()) {
    section("Outputs:");
    for (const auto& o : c.outputs) {
      if (o.kind == '~')
        out += fmt::format("  ~ {}: {} -> {}\n", o.id, o.oldValue, o.newValue);
      else
        out += fmt::format("  {} {}\n", o.kind, o.id);
    }
  }
  out += '\n';
  out += summaryLine(c);
  out += '\n';
  return out;
}

std::string renderJson(const Changes& c) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 2);
  auto str = [&](const std::string& s) { w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size())); };
  auto refs = [&](const char* name, const std::vector<ResourceRef>& list) {
    w.Key(name);
    w.StartArray();
    for (const auto& r : list) {
      w.StartObject();
      w.Key("id");
      str(r.id);
      w.Key("type");
      str(r.type);
      w.EndObject();
    }
    w.EndArray();
  };
  w.StartObject();
  w.Key("equal");
  w.Bool(c.empty());
  w.Key("deployFailures");
  w.StartArray();
  for (const auto& m : c.routeMoves) {
    w.StartObject();
    w.Key("routeKey");
    str(m.routeKey);
    w.Key("oldId");
    str(m.oldId);
    w.Key("newId");
    str(m.newId);
    w.Key("message");
    str(routeMoveText(m));
    w.EndObject();
  }
  w.EndArray();
  w.Key("replaced");
  w.StartArray();
  for (const auto& r : c.replaced) {
    w.StartObject();
    w.Key("id");
    str(r.resource.id);
    w.Key("type");
    str(r.resource.type);
    w.Key("properties");
    w.StartArray();
    for (const auto& prop : r.properties) str(prop);
    w.EndArray();
    w.Key("source");
    str(r.source);
    w.EndObject();
  }
  w.EndArray();
  refs("added", c.added);
  refs("removed", c.removed);
  w.Key("iam");
  w.StartArray();
  for (const auto& i : c.iam) {
    w.StartObject();
    w.Key("change");
    w.String(iamWord(i.kind));
    w.Key("resource");
    str(i.resource);
    w.Key("statement");
    str(i.summary);
    w.Key("detail");
    str(i.detail);
    w.EndObject();
  }
  w.EndArray();
  w.Key("redeployed");
  w.StartArray();
  for (const auto& r : c.redeployed) {
    w.StartObject();
    w.Key("stem");
    str(r.resource.id);
    w.Key("type");
    str(r.resource.type);
    w.Key("oldId");
    str(r.oldId);
    w.Key("newId");
    str(r.newId);
    w.EndObject();
  }
  w.EndArray();
  w.Key("properties");
  w.StartArray();
  for (const auto& x : c.properties) {
    w.StartObject();
    w.Key("resource");
    str(x.resource);
    w.Key("path");
    str(x.path);
    w.Key("old");
    str(x.oldValue);
    w.Key("new");
    str(x.newValue);
    w.EndObject();
  }
  w.EndArray();
  w.Key("outputs");
  w.StartArray();
  for (const auto& o : c.outputs) {
    w.StartObject();
    w.Key("change");
    w.String(o.kind == '+' ? "added" : o.kind == '-' ? "removed" : "changed");
    w.Key("id");
    str(o.id);
    w.Key("old");
    str(o.oldValue);
    w.Key("new");
    str(o.newValue);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

namespace {

// Markdown table cells: pipes and line ends would break the table.
std::string cell(std::string s) {
  std::string out;
  for (char ch : s) {
    if (ch == '|') out += "\\|";
    else if (ch == '\n') out += ' ';
    else out += ch;
  }
  return out;
}

}  // namespace

std::string renderMarkdown(const Changes& c, const std::string& oldName, const std::string& newName) {
  std::string out = fmt::format("### sls-compile diff `{}` → `{}`\n\n", oldName, newName);
  if (c.empty()) return out + "No changes.\n";
  if (!c.routeMoves.empty()) {
    out += "#### :x: The deploy will fail\n\n";
    for (const auto& m : c.routeMoves) out += "- " + routeMoveText(m) + "\n";
    out += "\n";
  }
  if (!c.replaced.empty()) {
    out += "#### :warning: Replaced\n\n| Resource | Type | Changed | Rule |\n|---|---|---|---|\n";
    for (const auto& r : c.replaced)
      out += fmt::format("| `{}` | {} | {} | [docs]({}) |\n", r.resource.id, r.resource.type,
                         cell(fmt::format("{}", fmt::join(r.properties, ", "))), r.source);
    out += "\n";
  }
  if (!c.added.empty() || !c.removed.empty()) {
    out += "#### Added and removed\n\n";
    for (const auto& r : c.added) out += fmt::format("- **+** `{}` ({})\n", r.id, r.type);
    for (const auto& r : c.removed) out += fmt::format("- **−** `{}` ({})\n", r.id, r.type);
    out += "\n";
  }
  if (!c.iam.empty()) {
    out += "#### Permissions\n\n| Change | Resource | Statement | Detail |\n|---|---|---|---|\n";
    for (const auto& i : c.iam)
      out += fmt::format("| {} | `{}` | {} | {} |\n", iamWord(i.kind), i.resource, cell(i.summary),
                         cell(i.detail));
    out += "\n";
  }
  if (!c.redeployed.empty()) {
    out += "#### Redeployed\n\n";
    for (const auto& r : c.redeployed)
      out += fmt::format("- `{}` ({}): `{}` → `{}`\n", r.resource.id, r.resource.type, r.oldId, r.newId);
    out += "\n";
  }
  if (!c.properties.empty()) {
    out += "<details><summary>Property changes</summary>\n\n| Resource | Path | Old | New |\n|---|---|---|---|\n";
    for (const auto& x : c.properties)
      out += fmt::format("| `{}` | `{}` | `{}` | `{}` |\n", x.resource, x.path, cell(x.oldValue),
                         cell(x.newValue));
    out += "\n</details>\n\n";
  }
  if (!c.outputs.empty()) {
    out += "#### Outputs\n\n";
    for (const auto& o : c.outputs)
      out += fmt::format("- {} `{}`\n", o.kind == '+' ? "added" : o.kind == '-' ? "removed" : "changed", o.id);
    out += "\n";
  }
  return out + summaryLine(c) + "\n";
}

}  // namespace slsc::diff
