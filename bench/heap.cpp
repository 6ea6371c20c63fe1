// The malloc family, interposed for the benchmark process (glibc's own functions do the work):
// every allocation of the compiler, yaml-cpp, RapidJSON (which calls malloc directly) and the C++
// library is counted.
#include "heap.h"

#include <malloc.h>

#include <atomic>
#include <cerrno>

extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* __libc_memalign(std::size_t, std::size_t);
void __libc_free(void*);
}

namespace {

std::atomic<std::size_t> current{0};
std::atomic<std::size_t> peak{0};

void* counted(void* p) {
  if (!p) return p;
  std::size_t size = malloc_usable_size(p);
  std::size_t now = current.fetch_add(size, std::memory_order_relaxed) + size;
  std::size_t seen = peak.load(std::memory_order_relaxed);
  while (now > seen && !peak.compare_exchange_weak(seen, now, std::memory_order_relaxed)) {
  }
  return p;
}

void uncount(void* p) {
  if (p) current.fetch_sub(malloc_usable_size(p), std::memory_order_relaxed);
}

}  // namespace

extern "C" {

void* malloc(std::size_t size) { return counted(__libc_malloc(size)); }
void* calloc(std::size_t n, std::size_t size) { return counted(__libc_calloc(n, size)); }
void free(void* p) {
  uncount(p);
  __libc_free(p);
}
void* realloc(void* p, std::size_t size) {
  std::size_t before = p ? malloc_usable_size(p) : 0;
  void* q = __libc_realloc(p, size);
  if (!q) {
    if (p && size == 0) current.fetch_sub(before, std::memory_order_relaxed);  // p was freed
    return q;
  }
  current.fetch_sub(before, std::memory_order_relaxed);
  return counted(q);
}
void* memalign(std::size_t alignment, std::size_t size) {
  return counted(__libc_memalign(alignment, size));
}
void* aligned_alloc(std::size_t alignment, std::size_t size) {
  return counted(__libc_memalign(alignment, size));
}
int posix_memalign(void** out, std::size_t alignment, std::size_t size) {
  void* p = __libc_memalign(alignment, size);
  if (!p) return ENOMEM;
  *out = counted(p);
  return 0;
}

}  // extern "C"

namespace slsc::bench {

std::size_t startPeak() {
  std::size_t now = current.load();
  peak.store(now);
  return now;
}

std::size_t peakSince(std::size_t baseline) {
  std::size_t top = peak.load();
  return top > baseline ? top - baseline : 0;
}

}  // namespace slsc::bench
