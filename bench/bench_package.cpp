// The packaging benchmark: `sls-compile package` of a service whose node_modules holds N files
// (bench/tree.h), from listing the folder to renaming the finished package into place. peak_MiB
// counts the C++ heap (bench/heap.cpp); libzip's own allocations are C mallocs, outside it, so
// bench/README.md also gives the process's maximum resident set, measured with /usr/bin/time.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "heap.h"
#include "slsc/package.h"
#include "tree.h"

namespace {

namespace fs = std::filesystem;

class Folder {
 public:
  explicit Folder(int files) {
    std::string pattern = (fs::temp_directory_path() / "slsc-bench-package-XXXXXX").string();
    root_ = fs::path(::mkdtemp(pattern.data()));
    slsc::bench::generateTree(root_ / "service", files);
  }
  ~Folder() { fs::remove_all(root_); }
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;
  std::string serviceFile() const { return (root_ / "service" / "serverless.yml").string(); }
  std::string output() const { return (root_ / "out").string(); }

 private:
  fs::path root_;
};

void BM_Package(benchmark::State& state) {
  Folder folder(static_cast<int>(state.range(0)));
  slsc::PackageOptions options;
  options.outputDir = folder.output();
  std::size_t baseline = slsc::bench::startPeak();
  for (auto _ : state) {
    slsc::PackageResult result = slsc::packageFile(folder.serviceFile(), slsc::Options{}, options);
    if (!result.ok) state.SkipWithError("packaging failed");
  }
  state.counters["peak_MiB"] = static_cast<double>(slsc::bench::peakSince(baseline)) / (1 << 20);
  state.counters["files"] = static_cast<double>(state.range(0));
}

BENCHMARK(BM_Package)->Arg(1000)->Arg(30000)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
