// Heap use of the benchmark process, counted by replacing the global operator new and delete:
// what a stage holds at its peak, without the noise of RSS (pages kept by the allocator,
// earlier stages' caches).
#pragma once

#include <cstddef>

namespace slsc::bench {

// Starts a measurement: the peak is reset to what is allocated now, which is returned.
std::size_t startPeak();
// The most that was allocated, above `baseline`, since startPeak().
std::size_t peakSince(std::size_t baseline);

}  // namespace slsc::bench
