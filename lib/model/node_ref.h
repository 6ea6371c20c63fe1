// A setting of the model that is a value as written: most often a value of the resolved tree,
// which the model refers to (the tree outlives the model: lib/driver/compile.cpp frees the model
// first), sometimes one the model made or converted, which it owns. 24 bytes where a
// std::optional<Node> takes 152 even when empty: a function has two dozen such settings, most
// of them unset (at 10,000 functions, 35 MB less, and no copy of a subtree per function).
//
// Reads like std::optional<Node>. Made from a Node or std::optional<Node>, it owns a copy, so
// that a value that does not live in the tree never dangles; it refers only when asked to with
// NodeRef::to (Fields::ref gives one), which only values of the resolved tree may be.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

#include "source/node.h"

namespace slsc {

class NodeRef {
 public:
  NodeRef() = default;
  NodeRef(std::nullopt_t) {}  // NOLINT: as std::optional converts
  NodeRef(Node value) : owned_(std::make_shared<const Node>(std::move(value))) {  // NOLINT
    node_ = owned_.get();
  }
  NodeRef(std::optional<Node> value) {  // NOLINT
    if (value) *this = NodeRef(std::move(*value));
  }

  // Refers to `node` (nothing when null): a value of the resolved tree only.
  static NodeRef to(const Node* node) {
    NodeRef ref;
    ref.node_ = node;
    return ref;
  }

  bool has_value() const { return node_ != nullptr; }
  explicit operator bool() const { return node_ != nullptr; }
  const Node& operator*() const { return *node_; }
  const Node* operator->() const { return node_; }
  const Node& value() const {
    if (!node_) throw std::bad_optional_access();
    return *node_;
  }
  const Node* get() const { return node_; }
  void reset() {
    node_ = nullptr;
    owned_.reset();
  }

 private:
  const Node* node_ = nullptr;
  std::shared_ptr<const Node> owned_;  // set when it owns the value
};

}  // namespace slsc
