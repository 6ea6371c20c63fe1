// The runtime table, parsed once from the text CMake compiled in.
#include "model/runtimes.h"

#include <rapidjson/document.h>

#include <cctype>
#include <map>
#include <stdexcept>

namespace slsc {

extern const char* const kLambdaRuntimes;

namespace {

std::string text(const rapidjson::Value& object, const char* key) {
  auto it = object.FindMember(key);
  return it != object.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

struct Table {
  std::string referenceDefault;
  std::map<std::string, RuntimeLifecycle, std::less<>> runtimes;
};

const Table& table() {
  static const Table parsed = [] {
    rapidjson::Document doc;
    doc.Parse(kLambdaRuntimes);
    if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("runtimes"))
      throw std::runtime_error("the Lambda runtime table is not valid");
    Table t;
    t.referenceDefault = text(doc, "referenceDefault");
    for (const auto& r : doc["runtimes"].GetObject()) {
      t.runtimes.emplace(r.name.GetString(),
                         RuntimeLifecycle{text(r.value, "deprecated"), text(r.value, "createBlocked"),
                                          text(r.value, "updateBlocked"), text(r.value, "successor")});
    }
    return t;
  }();
  return parsed;
}

}  // namespace

const RuntimeLifecycle* runtimeLifecycle(std::string_view runtime) {
  const auto& runtimes = table().runtimes;
  auto it = runtimes.find(runtime);
  return it == runtimes.end() ? nullptr : &it->second;
}

bool isLambdaRuntimeFamily(std::string_view runtime) {
  static constexpr std::string_view families[] = {"nodejs", "python", "java", "dotnetcore",
                                                  "dotnet", "ruby", "go", "provided"};
  for (std::string_view family : families) {
    if (runtime.substr(0, family.size()) != family) continue;
    std::string_view version = runtime.substr(family.size());
    // A version (nodejs26.x, java29) or, for provided, an OS suffix (provided.al2030).
    if (!version.empty() && (std::isdigit(static_cast<unsigned char>(version[0])) ||
                             (family == "provided" && version[0] == '.')))
      return true;
  }
  return runtimeLifecycle(runtime) != nullptr;
}

const std::string& referenceDefaultRuntime() { return table().referenceDefault; }

std::string newestSuccessor(std::string runtime) {
  // Bounded: the table's successor chains are short and never loop.
  for (int hops = 0; hops < 8; ++hops) {
    const RuntimeLifecycle* lifecycle = runtimeLifecycle(runtime);
    if (!lifecycle || lifecycle->successor.empty()) break;
    runtime = lifecycle->successor;
  }
  return runtime;
}

std::string deployableDefaultRuntime() { return newestSuccessor(referenceDefaultRuntime()); }

}  // namespace slsc
