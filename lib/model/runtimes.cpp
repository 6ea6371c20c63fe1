// The runtime table, parsed once from the text CMake compiled in.
#include "model/runtimes.h"

#include <rapidjson/document.h>

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
