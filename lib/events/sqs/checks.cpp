// sqs, model: checks across the service. What the reference lets fail at deploy time: a queue
// mapped twice to one function, two events whose ids collide, a FIFO queue's batch over 10 or
// with a batching window, a standard queue's batch over 10 without a batching window.
#include <fmt/format.h>

#include "events/event_source/mapping.h"
#include "events/sqs/family.h"

namespace slsc::sqs {
namespace {

// Whether the queue is a FIFO one: its ARN ends in .fifo, or it is Fn::GetAtt of a queue of the
// service's resources with FifoQueue true.
bool isFifo(const Service& service, const Event& event) {
  if (event.fifo) return true;
  const Node* getAtt = event.arn.isMap() ? event.arn.get("Fn::GetAtt") : nullptr;
  if (!getAtt || !service.resources || !service.resources->isMap()) return false;
  const Node* resources = service.resources->get("Resources");
  const Node* queue = resources && resources->isMap() ? resources->get(event.queueName) : nullptr;
  const Node* properties = queue && queue->isMap() ? queue->get("Properties") : nullptr;
  const Node* fifo = properties && properties->isMap() ? properties->get("FifoQueue") : nullptr;
  return fifo && fifo->asBool().value_or(false);
}

void checkBatch(const Service& service, const Event& event, Diagnostics& diagnostics) {
  std::int64_t size = event.batchSize ? event.batchSize->asInt().value_or(10) : 10;
  std::int64_t window =
      event.maximumBatchingWindow ? event.maximumBatchingWindow->asInt().value_or(0) : 0;
  if (isFifo(service, event)) {
    if (size > 10)
      diagnostics.error(event.batchSizeAt, "sqs-batch-size",
                        fmt::format("batchSize {} is over 10, the most a FIFO queue's mapping takes",
                                    size));
    if (event.maximumBatchingWindow)
      diagnostics.error(event.maximumBatchingWindow->location(), "sqs-batching-window-fifo",
                        "a FIFO queue's mapping takes no maximumBatchingWindow");
    return;
  }
  if (size > 10 && window < 1)
    diagnostics.error(event.batchSizeAt, "sqs-batch-size",
                      fmt::format("batchSize {} is over 10: AWS requires a maximumBatchingWindow "
                                  "of at least 1 second for it",
                                  size));
}

}  // namespace

void checkModel(const Service& service, Diagnostics& diagnostics) {
  std::vector<eventsource::MappingRef> mappings;
  for (const auto& event : service.events.sqs.events) {
    const std::string& function = service.functions[event.function].key;
    mappings.push_back({event.id, eventsource::sourceKey(event.arn),
                        event.arn.isScalar() ? event.arn.text() : event.queueName, event.function,
                        function, event.at});
    checkBatch(service, event, diagnostics);
    if (event.filterPatterns) eventsource::checkFilterCount(*event.filterPatterns, event.filtersAt, diagnostics);
  }
  eventsource::checkMappings(mappings, "sqs queue", diagnostics);
}

}  // namespace slsc::sqs
