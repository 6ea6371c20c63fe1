// bench/gen N: writes the benchmark's service with N functions to stdout.
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "generate.h"

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : 0;
  if (n < 1) {
    std::cerr << "usage: gen N   (N >= 1 functions)\n";
    return 2;
  }
  std::cout << slsc::bench::generateService(n);
  return 0;
}
