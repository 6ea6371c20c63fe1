// slsc-bench-process: sls-compile against its floor (slsc-floor), each a whole process, side by
// side in one run, on the generated websocket and REST services (bench/generate.h).
//
//   build/slsc-bench-process [--runs R] [--sizes 1,100,1000,10000] [--instructions]
//
// For each service and N it writes the service to a scratch folder, compiles it once (the floor
// writes a document of that output's size), then makes R pairs of runs, the order inside a pair
// alternating: wall time from spawn to exit, peak RSS from wait4. The floor's time is its
// process's less the parse of the template it reports (what no compiler has to do). Printed:
// medians of each, the median of the pairs' ratios, and t(10,000) / t(1,000).
// --instructions adds one run of each under callgrind (valgrind), instructions from start to
// exit, for N <= 1,000.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "generate.h"

extern char** environ;

namespace {

namespace fs = std::filesystem;

struct Run {
  double seconds = 0;
  long maxRssKiB = 0;
  int status = -1;
  std::string err;  // what the process wrote to stderr
};

// Runs `argv` in `dir`, stdout to `out`, stderr captured.
Run spawn(const std::vector<std::string>& argv, const fs::path& dir, const fs::path& out) {
  fs::path errFile = dir / "stderr.txt";
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&actions, 2, errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  fs::path cwd = fs::current_path();
  fs::current_path(dir);
  Run run;
  pid_t pid = 0;
  auto start = std::chrono::steady_clock::now();
  int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  if (spawned == 0) {
    struct rusage usage {};
    wait4(pid, &run.status, 0, &usage);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.maxRssKiB = usage.ru_maxrss;
  }
  fs::current_path(cwd);
  posix_spawn_file_actions_destroy(&actions);
  std::ifstream in(errFile);
  std::ostringstream text;
  text << in.rdbuf();
  run.err = text.str();
  return run;
}

// The value after `key ` in a process's stderr.
double reported(const std::string& err, const std::string& key) {
  std::size_t at = err.find(key + " ");
  return at == std::string::npos ? 0 : std::atof(err.c_str() + at + key.size() + 1);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Instructions from start to exit under callgrind.
double instructions(std::vector<std::string> argv, const fs::path& dir) {
  argv.insert(argv.begin(), {"/usr/bin/valgrind", "--tool=callgrind",
                             "--callgrind-out-file=/dev/null"});
  Run run = spawn(argv, dir, "/dev/null");
  return reported(run.err, "Collected :");
}

struct Figures {
  double floor = 0, whole = 0, ratio = 0;
  double floorRss = 0, wholeRss = 0;
  double floorInstructions = 0, wholeInstructions = 0;
};

[[noreturn]] void fail(const std::string& what) {
  std::cerr << "slsc-bench-process: " << what << "\n";
  std::exit(1);
}

Figures measure(const fs::path& build, const std::string& kind, int n, int runs,
                bool countInstructions) {
  fs::path dir = fs::temp_directory_path() / ("slsc-bench-" + kind + "-" + std::to_string(n));
  fs::remove_all(dir);
  fs::create_directories(dir);
  {
    std::ofstream service(dir / "serverless.yml");
    service << (kind == "http" ? slsc::bench::generateHttpService(n)
                               : slsc::bench::generateService(n));
  }
  std::vector<std::string> whole = {(build / "sls-compile").string(), "serverless.yml"};
  std::vector<std::string> floor = {(build / "slsc-floor").string(), "serverless.yml",
                                    "template.json"};
  Run first = spawn(whole, dir, dir / "template.json");
  if (first.status != 0) fail(kind + " " + std::to_string(n) + " does not compile:\n" + first.err);

  std::vector<double> floors, wholes, ratios, floorRss, wholeRss;
  for (int i = 0; i < runs; ++i) {
    Run f, w;
    if (i % 2) {
      w = spawn(whole, dir, "/dev/null");
      f = spawn(floor, dir, "/dev/null");
    } else {
      f = spawn(floor, dir, "/dev/null");
      w = spawn(whole, dir, "/dev/null");
    }
    if (f.status != 0 || w.status != 0) fail("a run failed:\n" + f.err + w.err);
    double floorSeconds = f.seconds - reported(f.err, "parse-ns") / 1e9;
    floors.push_back(floorSeconds);
    wholes.push_back(w.seconds);
    ratios.push_back(w.seconds / floorSeconds);
    floorRss.push_back(static_cast<double>(f.maxRssKiB));
    wholeRss.push_back(static_cast<double>(w.maxRssKiB));
  }
  Figures figures;
  figures.floor = median(floors);
  figures.whole = median(wholes);
  figures.ratio = median(ratios);
  figures.floorRss = median(floorRss) / 1024;
  figures.wholeRss = median(wholeRss) / 1024;
  if (countInstructions && n <= 1000) {
    figures.floorInstructions = instructions(floor, dir);
    figures.wholeInstructions = instructions(whole, dir);
  }
  fs::remove_all(dir);
  return figures;
}

std::vector<int> parseSizes(const std::string& text) {
  std::vector<int> sizes;
  std::stringstream in(text);
  for (std::string item; std::getline(in, item, ',');) sizes.push_back(std::atoi(item.c_str()));
  return sizes;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 11;
  std::vector<int> sizes = {1, 100, 1000, 10000};
  bool countInstructions = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (a == "--sizes" && i + 1 < argc) {
      sizes = parseSizes(argv[++i]);
    } else if (a == "--instructions") {
      countInstructions = true;
    } else {
      std::cerr << "usage: slsc-bench-process [--runs R] [--sizes 1,100,1000,10000] "
                   "[--instructions]\n";
      return 2;
    }
  }
  fs::path build = fs::canonical("/proc/self/exe").parent_path();
  std::printf("| service | N | floor | whole | whole / floor | floor RSS | whole RSS | RSS ratio "
              "| floor instr. | whole instr. |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (const std::string kind : {"websocket", "http"}) {
    std::map<int, Figures> byN;
    for (int n : sizes) {
      Figures f = measure(build, kind, n, runs, countInstructions);
      byN[n] = f;
      std::printf("| %s | %d | %.2f ms | %.2f ms | %.2f | %.1f MiB | %.1f MiB | %.2f |", kind.c_str(),
                  n, f.floor * 1e3, f.whole * 1e3, f.ratio, f.floorRss, f.wholeRss,
                  f.wholeRss / f.floorRss);
      if (f.floorInstructions > 0)
        std::printf(" %.1f M | %.1f M |\n", f.floorInstructions / 1e6, f.wholeInstructions / 1e6);
      else
        std::printf(" | |\n");
      std::fflush(stdout);
    }
    if (byN.count(1000) && byN.count(10000))
      std::printf("| %s | t(10,000) / t(1,000) | %.1f | %.1f | | | | | | |\n", kind.c_str(),
                  byN[10000].floor / byN[1000].floor, byN[10000].whole / byN[1000].whole);
  }
  return 0;
}
