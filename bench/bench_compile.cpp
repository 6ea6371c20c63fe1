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
#include "heap.h"
#include "model/build.h"
#include "package/artifacts.h"
#include "schema/validate.h"
#include "slsc/compile.h"
#include "source/loader.h"
#include "vars/resolve.h"
#include "vars/stage.h"

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
  MemoryFileReader reader;
  std::optional<Node> loaded;
  std::optional<Node> resolved;
  std::optional<Service> service;
  std::optional<Artifacts> artifacts;

  explicit Stages(int n) {
    const SourceFile& file = sources.add("serverless.yml", serviceText(n));
    loaded = loadYaml(file, diagnostics);
    resolved = resolveVariables(*loaded, context(), diagnostics);
    service = buildModel(*resolved, modelContext(), diagnostics);
    artifacts = packageArtifacts(*service, reader, diagnostics);
  }

  // The generated services name no stage: the default one.
  static ModelContext modelContext() {
    ModelContext c;
    c.file = "serverless.yml";
    c.serviceDir = ".";
    c.stage = chooseStage("", std::nullopt);
    return c;
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

// Times `stage` (one run of one stage, its result kept alive until the next), then runs it
// once more to measure the heap it needs at its peak, above what was allocated before it.
template <class Stage>
void measure(benchmark::State& state, int n, Stage&& stage) {
  for (auto _ : state) {
    auto result = stage();
    benchmark::DoNotOptimize(result);
  }
  std::size_t baseline = bench::startPeak();
  {
    auto result = stage();
    benchmark::DoNotOptimize(result);
  }
  state.counters["peak_MiB"] = static_cast<double>(bench::peakSince(baseline)) / (1 << 20);
  state.counters["functions"] = n;
  state.counters["bytes"] = static_cast<double>(serviceText(n).size());
}

int sizeOf(const benchmark::State& state) { return static_cast<int>(state.range(0)); }

void BM_Whole(benchmark::State& state) {
  int n = sizeOf(state);
  Options options;
  options.reader = std::make_shared<MemoryFileReader>();
  measure(state, n, [&] { return compileString(serviceText(n), "serverless.yml", options); });
}

// The same pipeline over the REST service of N routes (bench/generate.h).
void BM_WholeHttp(benchmark::State& state) {
  int n = sizeOf(state);
  static std::map<int, std::string> texts;
  auto it = texts.find(n);
  if (it == texts.end()) it = texts.emplace(n, bench::generateHttpService(n)).first;
  const std::string& text = it->second;
  Options options;
  options.reader = std::make_shared<MemoryFileReader>();
  for (auto _ : state) {
    auto result = compileString(text, "serverless.yml", options);
    if (!result.ok) state.SkipWithError("the http service does not compile");
    benchmark::DoNotOptimize(result);
  }
  std::size_t baseline = bench::startPeak();
  {
    auto result = compileString(text, "serverless.yml", options);
    benchmark::DoNotOptimize(result);
  }
  state.counters["peak_MiB"] = static_cast<double>(bench::peakSince(baseline)) / (1 << 20);
  state.counters["functions"] = n;
  state.counters["bytes"] = static_cast<double>(text.size());
}

void BM_Load(benchmark::State& state) {
  int n = sizeOf(state);
  measure(state, n, [&] {
    SourceSet sources;
    Diagnostics diagnostics;
    return loadYaml(sources.add("serverless.yml", serviceText(n)), diagnostics);
  });
}

// The pipeline moves the loaded tree into the resolver; here each run gets a copy, made with
// the clock stopped.
void BM_Resolve(benchmark::State& state) {
  Stages& s = stages(sizeOf(state));
  for (auto _ : state) {
    state.PauseTiming();
    Node input = *s.loaded;
    Diagnostics diagnostics;
    state.ResumeTiming();
    auto resolved = resolveVariables(std::move(input), s.context(), diagnostics);
    benchmark::DoNotOptimize(resolved);
  }
  Node input = *s.loaded;
  std::size_t baseline = bench::startPeak();
  {
    Diagnostics diagnostics;
    auto resolved = resolveVariables(std::move(input), s.context(), diagnostics);
    benchmark::DoNotOptimize(resolved);
  }
  state.counters["peak_MiB"] = static_cast<double>(bench::peakSince(baseline)) / (1 << 20);
  state.counters["functions"] = sizeOf(state);
  state.counters["bytes"] = static_cast<double>(serviceText(sizeOf(state)).size());
}

void BM_Validate(benchmark::State& state) {
  Stages& s = stages(sizeOf(state));
  measure(state, sizeOf(state), [&] {
    Diagnostics diagnostics;
    validateSchema(*s.resolved, diagnostics);
    return diagnostics.hasErrors();
  });
}

void BM_Model(benchmark::State& state) {
  Stages& s = stages(sizeOf(state));
  ModelContext model = Stages::modelContext();
  measure(state, sizeOf(state), [&] {
    Diagnostics diagnostics;
    return buildModel(*s.resolved, model, diagnostics);
  });
}

void BM_Compile(benchmark::State& state) {
  Stages& s = stages(sizeOf(state));
  measure(state, sizeOf(state), [&] {
    auto diagnostics = std::make_unique<Diagnostics>();
    auto out = std::make_unique<Template>(*diagnostics);
    compileService(*s.service, *s.artifacts, *out);
    return std::make_pair(std::move(diagnostics), std::move(out));
  });
}

void BM_Check(benchmark::State& state) {
  Stages& s = stages(sizeOf(state));
  Diagnostics diagnostics;
  Template out(diagnostics);
  compileService(*s.service, *s.artifacts, out);
  measure(state, sizeOf(state), [&] {
    Diagnostics checked;
    checkTemplate(*s.service, out, &*s.resolved, checked);
    return checked.hasErrors();
  });
}

void BM_Emit(benchmark::State& state) {
  Stages& s = stages(sizeOf(state));
  Diagnostics diagnostics;
  Template out(diagnostics);
  compileService(*s.service, *s.artifacts, out);
  measure(state, sizeOf(state), [&] { return emitTemplate(out); });
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
  int n = sizeOf(state);
  Stages& s = stages(n);
  Diagnostics diagnostics;
  Template out(diagnostics);
  compileService(*s.service, *s.artifacts, out);
  rapidjson::Document document;
  document.Parse(emitTemplate(out).c_str());
  measure(state, n, [&] {
    std::size_t nodes = walk(YAML::Load(serviceText(n)));
    auto buffer = std::make_unique<rapidjson::StringBuffer>();
    rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(*buffer);
    writer.SetIndent(' ', 2);
    document.Accept(writer);
    return std::make_pair(nodes, std::move(buffer));
  });
}

void sizes(benchmark::internal::Benchmark* b) {
  for (int n : {1, 10, 100, 1000, 10000}) b->Arg(n);
  b->Unit(benchmark::kMillisecond);
}

BENCHMARK(BM_Floor)->Apply(sizes);
BENCHMARK(BM_Whole)->Apply(sizes);
BENCHMARK(BM_WholeHttp)->Apply(sizes);
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
