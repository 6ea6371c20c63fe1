// slsc-floor SERVICE TEMPLATE: the floor as a whole process, for slsc-bench-process to run
// beside sls-compile. It does what any compiler of this file to that template must do at least:
// yaml-cpp loads SERVICE and every node is visited, and RapidJSON's pretty writer writes a
// document the size of the output (TEMPLATE, sls-compile's own output for SERVICE) to stdout.
// The document is parsed from TEMPLATE first, which no compiler needs to do: that parse is
// timed here and written to stderr as `parse-ns <n>`, for the runner to take off the process's
// time.
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <yaml-cpp/yaml.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string readFile(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::size_t walk(const YAML::Node& node) {
  std::size_t count = 1;
  if (node.IsMap()) {
    for (const auto& kv : node) count += walk(kv.first) + walk(kv.second);
  } else if (node.IsSequence()) {
    for (const auto& item : node) count += walk(item);
  } else if (node.IsScalar()) {
    count += node.Scalar().empty() ? 1 : 0;
  }
  return count;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: slsc-floor SERVICE TEMPLATE\n";
    return 2;
  }
  auto start = std::chrono::steady_clock::now();
  std::string templateText = readFile(argv[2]);
  rapidjson::Document document;
  document.Parse(templateText.c_str());
  std::string().swap(templateText);  // not part of the floor's memory either
  auto parsed = std::chrono::steady_clock::now();
  if (document.HasParseError()) {
    std::cerr << "slsc-floor: " << argv[2] << " is no JSON\n";
    return 1;
  }

  std::size_t nodes = walk(YAML::LoadFile(argv[1]));
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer(buffer);
  writer.SetIndent(' ', 2);
  document.Accept(writer);
  std::fwrite(buffer.GetString(), 1, buffer.GetSize(), stdout);
  std::fputc('\n', stdout);
  std::fflush(stdout);
  std::cerr << "parse-ns "
            << std::chrono::duration_cast<std::chrono::nanoseconds>(parsed - start).count()
            << "\nnodes " << nodes << "\n";
  return 0;
}
