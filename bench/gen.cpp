// bench/gen N: writes the benchmark's service with N functions to stdout.
// bench/gen --http N: the REST counterpart, N functions each with an http route.
// bench/gen --tree FILES DIR: writes the packaging benchmark's service folder (bench/tree.h), to
// compare `sls-compile package` with `sls package` on the same folder.
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include <string>

#include "generate.h"
#include "tree.h"

int main(int argc, char** argv) {
  if (argc == 4 && std::string(argv[1]) == "--tree") {
    int files = std::atoi(argv[2]);
    if (files < 1 || std::filesystem::exists(argv[3])) {
      std::cerr << "usage: gen --tree FILES DIR   (FILES >= 1, DIR must not exist)\n";
      return 2;
    }
    slsc::bench::generateTree(argv[3], files);
    return 0;
  }
  if (argc == 3 && std::string(argv[1]) == "--http") {
    int routes = std::atoi(argv[2]);
    if (routes < 1) {
      std::cerr << "usage: gen --http N   (N >= 1 functions)\n";
      return 2;
    }
    std::cout << slsc::bench::generateHttpService(routes);
    return 0;
  }
  int n = argc > 1 ? std::atoi(argv[1]) : 0;
  if (n < 1) {
    std::cerr << "usage: gen N   (N >= 1 functions)\n";
    return 2;
  }
  std::cout << slsc::bench::generateService(n);
  return 0;
}
