// load: yaml-cpp's parser reads the text; its events build our tree directly, keeping positions
// and paths, refusing duplicate keys and unknown tags, and bounding what aliases expand into.
#include "source/loader.h"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <new>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include "source/js_scalars.h"
#include "source/utf8.h"

namespace slsc {
namespace {

// CloudFormation's short-form tags and the long-form key each becomes.
const char* longFormOf(std::string_view tag) {
  static const std::unordered_map<std::string_view, const char*> forms = {
      {"!Ref", "Ref"},           {"!Condition", "Condition"},   {"!GetAtt", "Fn::GetAtt"},
      {"!Sub", "Fn::Sub"},       {"!Join", "Fn::Join"},         {"!Select", "Fn::Select"},
      {"!Split", "Fn::Split"},   {"!If", "Fn::If"},             {"!Equals", "Fn::Equals"},
      {"!Not", "Fn::Not"},       {"!And", "Fn::And"},           {"!Or", "Fn::Or"},
      {"!FindInMap", "Fn::FindInMap"}, {"!Base64", "Fn::Base64"}, {"!Cidr", "Fn::Cidr"},
      {"!GetAZs", "Fn::GetAZs"}, {"!ImportValue", "Fn::ImportValue"},
  };
  auto it = forms.find(tag);
  return it == forms.end() ? nullptr : it->second;
}

Location markLocation(const SourceFile& file, const YAML::Mark& mark);

// Thrown by the builder to stop the parser at a limit; the diagnostic is already reported.
struct Stop {};

// Builds our tree straight from yaml-cpp's parser events: no yaml-cpp node graph, one pass over
// the text. Each value gets its position (the parser's mark) and its path; duplicate keys,
// unknown tags and merge keys are handled here; aliases copy the anchored value, within a budget
// that makes a "billion laughs" file fail fast and small.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceFile& file, Diagnostics& diagnostics, const LoadLimits& limits)
      : file_(file), diagnostics_(diagnostics), limits_(limits) {}

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    count(1);
    Node value = Node::null(locate(mark, childSlotPath()));
    remember(anchor, value, mark);
    deliver(std::move(value));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (anchor >= anchors_.size() || !anchors_[anchor].done) {
      fail(locate(mark, ""), "yaml-recursive-alias",
           "an alias refers to the value that contains it");
    }
    const Anchored& source = anchors_[anchor];
    // The copy nests as deep as the anchored value does, below where it is placed.
    if (stack_.size() + source.height > limits_.maxDepth + 1) {
      fail(locate(mark, ""), "yaml-too-deep",
           fmt::format("values are nested more than {} levels deep (through an alias)",
                       limits_.maxDepth));
    }
    charge(source.values, mark);
    Node copy = source.node;
    repath(copy, childSlotPath());
    deliver(std::move(copy));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    count(1);
    Location at = locate(mark, childSlotPath());
    at.length = static_cast<int>(value.size()) + (tag == "!" ? 2 : 0);
    Node node;
    if (const char* longForm = shortForm(tag, at)) {
      node = tag == "!GetAtt" ? getAttFromDotted(value, at)
                              : Node::scalar(value, true, locate(mark, childPath(at.path, longForm)));
      if (tag != "!GetAtt") node.location().length = at.length;
      node = wrap(longForm, at, std::move(node));
    } else {
      bool quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
      node = isUnknownTag(tag) ? Node::null(at) : Node::scalar(value, quoted, at);
    }
    remember(anchor, node, mark);
    deliver(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, false);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(mark, tag, anchor, true);
  }
  void OnMapEnd() override { close(); }

  // The document's value: null for an empty document.
  Node take(const Location& top) { return root_ ? std::move(*root_) : Node::null(top); }

 private:
  struct Key {
    std::string name;
    Location at;
    bool quoted = false;
    bool usable = true;  // false for a complex key: its value is dropped
  };
  struct Frame {
    Node node;
    YAML::anchor_t anchor = YAML::NullAnchor;
    YAML::Mark mark;                 // where the map or list starts
    const char* longForm = nullptr;  // a short-form tag: wrap in {longForm: node} when closed
    Location tagAt;                  // where that tag was
    std::optional<Key> key;          // a map's key waiting for its value
    std::vector<std::pair<Node, Location>> merges;  // << values, and where each << was
    // The index of each key in node.entries(), made when the map grows past kIndexedFrom
    // entries (a smaller one is searched instead: most maps have a handful of keys).
    std::unordered_map<std::string, std::size_t> keyIndex;
  };
  static constexpr std::size_t kIndexedFrom = 16;
  struct Anchored {
    Node node;
    std::size_t values = 0;  // its size for the budget (see measure)
    std::size_t height = 0;  // levels of the value: 1 for a scalar
    bool done = false;
  };

  // The path of the value about to be delivered into the innermost open map or list.
  std::string childSlotPath() const {
    if (stack_.empty()) return "";
    const Frame& top = stack_.back();
    if (top.node.isSeq()) return itemPath(top.node.path(), top.node.items().size());
    if (top.key) return childPath(top.node.path(), top.key->name);
    return top.node.path();  // a key
  }

  Location locate(const YAML::Mark& mark, std::string path) const {
    Location at = markLocation(file_, mark);
    at.path = std::move(path);
    return at;
  }

  void count(std::size_t values) { written_ += values; }

  [[noreturn]] void fail(const Location& at, const char* code, const std::string& message) {
    diagnostics_.error(at, code, message);
    throw Stop{};
  }

  bool isUnknownTag(const std::string& tag) const {
    return !tag.empty() && tag[0] == '!' && tag != "!";
  }

  // The long form of a CloudFormation short-form tag; an unknown tag is reported (and its
  // value read as null, so that every unknown tag in the file is reported in one run).
  const char* shortForm(const std::string& tag, const Location& at) {
    if (!isUnknownTag(tag)) return nullptr;
    if (const char* longForm = longFormOf(tag)) return longForm;
    diagnostics_.error(at, "yaml-unknown-tag",
                       fmt::format("unknown tag '{}'; CloudFormation short forms such as !Ref, "
                                   "!GetAtt and !Sub are supported",
                                   tag));
    return nullptr;
  }

  static Node wrap(const char* longForm, const Location& at, Node inner) {
    Node wrapper = Node::map(at);
    wrapper.set(longForm, at, std::move(inner));
    return wrapper;
  }

  // "Resource.Attribute" → [Resource, Attribute]; the attribute may itself contain dots.
  Node getAttFromDotted(const std::string& text, const Location& at) {
    Node list = Node::seq(at);
    list.location().path = childPath(at.path, "Fn::GetAtt");
    auto dot = text.find('.');
    if (dot == std::string::npos) {
      diagnostics_.error(at, "yaml-getatt-form",
                         fmt::format("!GetAtt '{}' needs the form Resource.Attribute", text));
      return list;
    }
    list.push(Node::scalar(text.substr(0, dot), true, at));
    list.push(Node::scalar(text.substr(dot + 1), true, at));
    return list;
  }

  void open(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, bool isMap) {
    count(1);
    Location at = locate(mark, childSlotPath());
    if (stack_.size() >= limits_.maxDepth) {
      fail(at, "yaml-too-deep",
           fmt::format("values are nested more than {} levels deep", limits_.maxDepth));
    }
    Frame frame;
    frame.anchor = anchor;
    frame.mark = mark;
    if (anchor != YAML::NullAnchor) reserve(anchor);
    if (const char* longForm = shortForm(tag, at)) {
      frame.longForm = longForm;
      frame.tagAt = at;
      at.path = childPath(at.path, longForm);
    }
    frame.node = isMap ? Node::map(at) : Node::seq(at);
    stack_.push_back(std::move(frame));
  }

  void close() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    if (frame.node.isMap()) {
      applyMerges(frame);
      orderKeysAsJavaScript(frame.node.entries());
    }
    Node node = std::move(frame.node);
    if (frame.longForm) node = wrap(frame.longForm, frame.tagAt, std::move(node));
    remember(frame.anchor, node, frame.mark);
    deliver(std::move(node));
  }

  void reserve(YAML::anchor_t anchor) {
    if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
  }

  // Keeps a copy of an anchored value for its aliases. The copy is charged to the alias budget
  // (anchors nested in anchors would otherwise copy one subtree once per level).
  void remember(YAML::anchor_t anchor, const Node& node, const YAML::Mark& mark) {
    if (anchor == YAML::NullAnchor) return;
    reserve(anchor);
    Anchored kept;
    measure(node, 0, kept);
    charge(kept.values, mark);  // before copying
    kept.node = node;
    kept.done = true;
    anchors_[anchor] = std::move(kept);
  }

  // A value's size for the budget: one per value, and one more for every 32 bytes of its text
  // and path (a deep path costs as much memory as many values do).
  static void measure(const Node& node, std::size_t level, Anchored& into) {
    into.values += 1 + (node.text().size() + node.path().size()) / 32;
    if (level + 1 > into.height) into.height = level + 1;
    for (const auto& item : node.items()) measure(item, level + 1, into);
    for (const auto& e : node.entries()) measure(e.value, level + 1, into);
  }

  void charge(std::size_t values, const YAML::Mark& mark) {
    aliasValues_ += values;
    std::size_t limit = limits_.maxAliasValues + 4 * written_;
    if (aliasValues_ <= limit) return;
    Location at = locate(mark, "");
    at.length = 1;
    fail(at, "yaml-too-large",
         fmt::format("aliases copy more than {} values into the document (aliases that "
                     "repeat each other grow exponentially)",
                     limit));
  }

  // A copied value takes the path of the place it is copied to.
  static void repath(Node& node, const std::string& path) {
    node.location().path = path;
    for (std::size_t i = 0; i < node.items().size(); ++i)
      repath(node.items()[i], itemPath(path, i));
    for (auto& e : node.entries()) {
      e.keyAt.path = childPath(path, e.key);
      repath(e.value, e.keyAt.path);
    }
  }

  void deliver(Node value) {
    if (stack_.empty()) {
      root_ = std::move(value);
      return;
    }
    Frame& top = stack_.back();
    if (top.node.isSeq()) {
      top.node.push(std::move(value));
    } else if (!top.key) {
      acceptKey(top, std::move(value));
    } else {
      acceptValue(top, std::move(value));
    }
  }

  void acceptKey(Frame& top, Node key) {
    Key k;
    k.at = std::move(key.location());  // its path is the map's (childSlotPath, no key pending)
    if (!key.isScalar()) {
      diagnostics_.error(k.at, "yaml-complex-key",
                         std::string("a map key must be a plain value, not ") +
                             (key.isMap() ? "a map" : key.isSeq() ? "a list" : "empty or null"));
      k.usable = false;
    } else {
      k.at.length = static_cast<int>(key.text().size());
      if (key.quoted()) k.at.length += 2;
      k.quoted = key.quoted();
      // The reference's YAML reader makes a plain 1.10, 0x1F or True key a number or boolean,
      // and JavaScript makes that the key "1.1", "31" or "true".
      bool typed = !key.quoted() && key.scalarType() != ScalarType::String &&
                   key.scalarType() != ScalarType::Null;
      k.name = typed ? asStringNode(key).text() : key.text();
    }
    top.key = std::move(k);
  }

  void acceptValue(Frame& top, Node value) {
    Key key = std::move(*top.key);
    top.key.reset();
    if (!key.usable) return;
    if (key.name == "<<" && !keyWasQuoted(key)) {
      key.at.length = 2;
      top.merges.emplace_back(std::move(value), key.at);
      return;
    }
    key.at.path = value.path();  // the value's slot: childPath(map, key), made once already
    if (const MapEntry* first = existing(top, key.name)) {
      diagnostics_.error(key.at, "yaml-duplicate-key",
                         fmt::format("duplicate key '{}' (first defined on line {})", key.name,
                                     first->keyAt.line));
      return;
    }
    append(top, MapEntry{std::move(key.name), std::move(key.at), std::move(value)});
  }

  // The entry of the frame's map that has `key` (written, or merged before), if any.
  static const MapEntry* existing(Frame& frame, const std::string& key) {
    const auto& entries = frame.node.entries();
    if (entries.size() < kIndexedFrom) {
      for (const auto& e : entries)
        if (e.key == key) return &e;
      return nullptr;
    }
    if (frame.keyIndex.empty())
      for (std::size_t i = 0; i < entries.size(); ++i) frame.keyIndex.emplace(entries[i].key, i);
    auto it = frame.keyIndex.find(key);
    return it == frame.keyIndex.end() ? nullptr : &entries[it->second];
  }

  static void append(Frame& frame, MapEntry entry) {
    auto& entries = frame.node.entries();
    if (!frame.keyIndex.empty()) frame.keyIndex.emplace(entry.key, entries.size());
    entries.push_back(std::move(entry));
  }

  static bool keyWasQuoted(const Key& key) { return key.quoted; }

  // YAML merge keys (<<: *base, or <<: [*a, *b]): keys written in the map win over merged ones,
  // and an earlier map of the list over a later one.
  void applyMerges(Frame& frame) {
    for (auto& [merge, mergeAt] : frame.merges) {
      if (!mergesMaps(merge)) {
        diagnostics_.error(mergeAt, "yaml-merge",
                           "a merge key (<<) takes a map, or a list of maps, to merge in");
        continue;
      }
      if (merge.isMap()) {
        mergeOne(frame, std::move(merge));
      } else {
        for (auto& item : merge.items()) mergeOne(frame, std::move(item));
      }
    }
  }

  static bool mergesMaps(const Node& merge) {
    if (merge.isMap()) return true;
    if (!merge.isSeq()) return false;
    for (const auto& item : merge.items())
      if (!item.isMap()) return false;
    return true;
  }

  // Keys are found through the frame's index once the map is large (existing): a merge
  // of many keys stays linear.
  static void mergeOne(Frame& frame, Node source) {
    Node& map = frame.node;
    for (auto& e : source.entries()) {
      if (existing(frame, e.key)) continue;
      e.keyAt.path = childPath(map.path(), e.key);
      repath(e.value, e.keyAt.path);
      append(frame, std::move(e));
    }
  }

  const SourceFile& file_;
  Diagnostics& diagnostics_;
  const LoadLimits& limits_;
  std::vector<Frame> stack_;
  std::vector<Anchored> anchors_;
  std::optional<Node> root_;
  std::size_t written_ = 0;      // values written in the text
  std::size_t aliasValues_ = 0;  // values copied by aliases
};

Location markLocation(const SourceFile& file, const YAML::Mark& mark) {
  Location at;
  at.file = &file;
  at.line = mark.line >= 0 ? mark.line + 1 : 1;
  at.column = mark.column >= 0 ? mark.column + 1 : 1;
  return at;
}

// yaml-cpp's messages are capitalised sentences; ours are lower-case.
std::string lowerFirst(std::string message) {
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z')
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  return message;
}

// Counts documents without building them (stops at the first: parsing ends there).
class DocumentCounter : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents == 1) first = mark;
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
  int documents = 0;
  YAML::Mark first;
};

// A tab in the leading whitespace of the line where parsing failed, or of the line before it:
// the usual cause of a YAML error that yaml-cpp words as a structural one.
std::optional<Location> tabIndentation(const SourceFile& file, const YAML::Mark& mark) {
  if (mark.is_null()) return std::nullopt;
  for (int line = mark.line + 1; line >= mark.line && line >= 1; --line) {
    std::string_view text = file.line(line);
    std::size_t indent = text.find_first_not_of(" \t");
    std::size_t tab = text.substr(0, indent).find('\t');
    if (tab == std::string_view::npos) continue;
    Location at;
    at.file = &file;
    at.line = line;
    at.column = static_cast<int>(tab) + 1;
    return at;
  }
  return std::nullopt;
}

void reportParseError(const SourceFile& file, const YAML::Exception& e, Diagnostics& diagnostics) {
  if (auto tab = tabIndentation(file, e.mark)) {
    diagnostics.error(*tab, "yaml-tab-indent",
                      "a tab in the indentation; YAML indents with spaces only");
    return;
  }
  diagnostics.error(markLocation(file, e.mark), "yaml-syntax",
                    "invalid YAML: " + lowerFirst(e.msg));
}

// One document through the builder, then a look for a second one (counted, not built: yaml-cpp's
// LoadAll never ends on some malformed input, a lone ',').
std::optional<Node> parse(const SourceFile& file, const Location& top, Diagnostics& diagnostics,
                          const LoadLimits& limits) {
  std::size_t errorsBefore = diagnostics.errorCount();
  try {
    std::istringstream stream(file.text());
    YAML::Parser parser(stream);
    TreeBuilder builder(file, diagnostics, limits);
    parser.HandleNextDocument(builder);
    DocumentCounter counter;
    parser.HandleNextDocument(counter);
    if (counter.documents > 0) {
      diagnostics.error(markLocation(file, counter.first), "yaml-multiple-documents",
                        "a service file holds one YAML document; this one holds more");
      return std::nullopt;
    }
    if (diagnostics.errorCount() > errorsBefore) return std::nullopt;
    return builder.take(top);
  } catch (const Stop&) {
  } catch (const std::bad_alloc&) {
    diagnostics.error(top, "yaml-too-large", "the document needs more memory than there is");
  } catch (const YAML::Exception& e) {
    reportParseError(file, e, diagnostics);
  } catch (const std::exception& e) {
    diagnostics.error(markLocation(file, YAML::Mark()), "yaml-syntax",
                      std::string("invalid YAML: ") + e.what());
  }
  return std::nullopt;
}

// The first character YAML does not allow in a stream (c-printable): C0 controls but tab and
// line ends, DEL, C1 controls but NEL. yaml-cpp loops on some of them.
std::optional<std::pair<std::size_t, unsigned>> firstNonPrintable(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) return std::make_pair(i, unsigned{c});
    if (c == 0xc2 && i + 1 < text.size()) {
      auto next = static_cast<unsigned char>(text[i + 1]);
      if (next >= 0x80 && next <= 0x9f && next != 0x85) return std::make_pair(i, unsigned{next});
    }
  }
  return std::nullopt;
}

Location offsetLocation(const SourceFile& file, std::size_t offset) {
  Location at;
  at.file = &file;
  at.line = 1;
  std::size_t lineStart = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (file.text()[i] != '\n') continue;
    ++at.line;
    lineStart = i + 1;
  }
  at.column = static_cast<int>(offset - lineStart) + 1;
  return at;
}

bool checkEncoding(const SourceFile& file, Diagnostics& diagnostics) {
  if (auto bad = firstInvalidUtf8(file.text())) {
    Location at;
    at.file = &file;
    at.line = bad->first;
    at.column = bad->second;
    diagnostics.error(at, "file-not-utf8", "the file is not valid UTF-8 text");
    return false;
  }
  if (auto control = firstNonPrintable(file.text())) {
    diagnostics.error(offsetLocation(file, control->first), "yaml-control-character",
                      fmt::format("the control character U+{:04X} is not allowed in YAML",
                                  control->second));
    return false;
  }
  return true;
}

}  // namespace

std::optional<Node> loadYaml(const SourceFile& file, Diagnostics& diagnostics,
                             const LoadLimits& limits) {
  Location top;
  top.file = &file;
  top.line = 1;
  top.column = 1;
  if (file.text().size() > limits.maxBytes) {
    diagnostics.error(top, "file-too-large",
                      fmt::format("the file has {} bytes, more than the limit of {}",
                                  file.text().size(), limits.maxBytes));
    return std::nullopt;
  }
  if (!checkEncoding(file, diagnostics)) return std::nullopt;
  return parse(file, top, diagnostics, limits);
}

}  // namespace slsc
