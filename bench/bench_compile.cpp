// The compile, whole and stage by stage, for N = 1 … 10,000 functions, and the floor it is
// measured against: yaml-cpp loading the same file and walking every node, plus RapidJSON
// writing a document the size of the output.
#include <benchmark/benchmark.h>
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <yaml-cpp/yaml.h>

#include <map>
#include <memory>

#include "check/check.h"
#include "compile/pipeline.h"
#include "emit/emit.h"
#include "generate.h"
#include "model/build.h"
#include "schema/validate.h"
#include "slsc/compile.h"
#include "source/loader.h"
#include "vars/resolve.h"

namespace slsc {
namespace {

const std::string& serviceText(int n) {
  static std::map<int, std::string> cache;
  auto it = cache.find(n);
  if (it == cache.end()) it = cache.emplace(n, bench::generateService(n)).first;
  return it->second;
}

// Every stage's input, prepared once per N, so that each benchmark times one stage.
struct Stages {
  SourceSet sources;
  Diagnostics diagnostics;
  Options options;
  MemoryFileReader reader;
  std::optional<Node> loaded;
  std::optional<Node> resolved;
  std::optional<Service> service;

  explicit Stages(int n) {
    const SourceFile& file = sources.add("serverless.yml", serviceText(n));
    loaded = loadYaml(file, diagnostics);
    resolved = resolveVariables(*loaded, context(), diagnostics);
    ModelContext model{&options, "serverless.yml", "."};
    service = buildModel(*resolved, model, diagnostics);
  }

  ResolveContext context() {
    ResolveContext c;
    c.reader = &reader;
    c.serviceDir = ".";
    c.sources = &sources;
    c.env = [](const std::string&) { return std::optional<std::string>(); };
    return c;
  }
};

Stages& stages(int n) {
  static std::map<int, std::unique_ptr<Stages>> cache;
  auto& slot = cache[n];
  if (!slot) slot = std::make_unique<Stages>(n);
  return *slot;
}

void setCounters(benchmark::State& state, int n) {
  state.counters["functions"] = n;
  state.counters["bytes"] = static_cast<double>(serviceText(n).size());
}

void BM_Whole(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  Options options;
  options.reader = std::make_shared<MemoryFileReader>();
  for (auto _ : state) {
    Result r = compileString(serviceText(n), "serverless.yml", options);
    benchmark::DoNotOptimize(r.templateJson.data());
  }
  setCounters(state, n);
}

void BM_Load(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  for (auto _ : state) {
    SourceSet sources;
    Diagnostics diagnostics;
    auto root = loadYaml(sources.add("serverless.yml", serviceText(n)), diagnostics);
    benchmark::DoNotOptimize(root);
  }
  setCounters(state, n);
}

void BM_Resolve(benchmark::State& state) {
  Stages& s = stages(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    Diagnostics diagnostics;
    auto resolved = resolveVariables(*s.loaded, s.context(), diagnostics);
    benchmark::DoNotOptimize(resolved);
  }
  setCounters(state, static_cast<int>(state.range(0)));
}

void BM_Validate(benchmark::State& state) {
  Stages& s = stages(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    Diagnostics diagnostics;
    validateSchema(*s.resolved, diagnostics);
    benchmark::DoNotOptimize(diagnostics);
  }
  setCounters(state, static_cast<int>(state.range(0)));
}

void BM_Model(benchmark::State& state) {
  Stages& s = stages(static_cast<int>(state.range(0)));
  ModelContext model{&s.options, "serverless.yml", "."};
  for (auto _ : state) {
    Diagnostics diagnostics;
    auto service = buildModel(*s.resolved, model, diagnostics);
    benchmark::DoNotOptimize(service);
  }
  setCounters(state, static_cast<int>(state.range(0)));
}

void BM_Compile(benchmark::State& state) {
  Stages& s = stages(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    Diagnostics diagnostics;
    Template out(diagnostics);
    compileService(*s.service, s.reader, out);
    benchmark::DoNotOptimize(out.resources().size());
  }
  setCounters(state, static_cast<int>(state.range(0)));
}

void BM_Check(benchmark::State& state) {
  Stages& s = stages(static_cast<int>(state.range(0)));
  Diagnostics diagnostics;
  Template out(diagnostics);
  compileService(*s.service, s.reader, out);
  for (auto _ : state) {
    Diagnostics checked;
    checkTemplate(out, &*s.resolved, checked);
    benchmark::DoNotOptimize(checked);
  }
  setCounters(state, static_cast<int>(state.range(0)));
}

void BM_Emit(benchmark::State& state) {
  Stages& s = stages(static_cast<int>(state.range(0)));
  Diagnostics diagnostics;
  Template out(diagnostics);
  compileService(*s.service, s.reader, out);
  for (auto _ : state) {
    std::string json = emitTemplate(out);
    benchmark::DoNotOptimize(json.data());
  }
  setCounters(state, static_cast<int>(state.range(0)));
}

std::size_t walk(const YAML::Node& node) {
  std::size_t count = 1;
  if (node.IsMap()) {
    for (const auto& kv : node) count += walk(kv.first) + walk(kv.second);
  } else if (node.IsSequence()) {
    for (const auto& item : node) count += walk(item);
  } else if (node.IsScalar()) {
    count += node.Scalar().size() > 0 ? 0 : 1;
  }
  return count;
}

// The floor: what reading the input and writing an output of the same size cost at least.
void BM_Floor(benchmark::State& state) {
  int n = static_cast<int>(state.range(0));
  Stages& s = stages(n);
  Diagnostics diagnostics;
  Template out(diagnostics);
  compileService(*s.service, s.reader, out);
  rapidjson::Document document;
  document.Parse(emitTemplate(out).c_str());
  for (auto _ : state) {
    std::size_t nodes = walk(YAML::Load(serviceText(n)));
    rapidjson::StringBuffer buffer;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
    writer.SetIndent(' ', 2);
    document.Accept(writer);
    benchmark::DoNotOptimize(nodes);
    benchmark::DoNotOptimize(buffer.GetString());
  }
  setCounters(state, n);
}

void sizes(benchmark::internal::Benchmark* b) {
  for (int n : {1, 10, 100, 1000, 10000}) b->Arg(n);
  b->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_Floor)->Apply(sizes);
BENCHMARK(BM_Whole)->Apply(sizes);
BENCHMARK(BM_Load)->Apply(sizes);
BENCHMARK(BM_Resolve)->Apply(sizes);
BENCHMARK(BM_Validate)->Apply(sizes);
BENCHMARK(BM_Model)->Apply(sizes);
BENCHMARK(BM_Compile)->Apply(sizes);
BENCHMARK(BM_Check)->Apply(sizes);
BENCHMARK(BM_Emit)->Apply(sizes);

}  // namespace
}  // namespace slsc

BENCHMARK_MAIN();
