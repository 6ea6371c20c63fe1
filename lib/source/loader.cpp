// load: yaml-cpp parses; this file converts its nodes into ours, keeping positions and paths,
// refusing duplicate keys and unknown tags, and bounding what aliases can expand into.
#include "source/loader.h"

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <sstream>
#include <string_view>
#include <unordered_map>

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

class Converter {
 public:
  Converter(const SourceFile& file, Diagnostics& diagnostics, const LoadLimits& limits)
      : file_(file), diagnostics_(diagnostics), limits_(limits) {}

  Node convert(const YAML::Node& y, const std::string& path, const Location& fallback,
               std::size_t depth) {
    Location at = locationOf(y, path, fallback);
    if (++nodes_ > limits_.maxNodes) return tooLarge(at);
    if (depth > limits_.maxDepth) return tooDeep(at);
    const std::string& tag = y.Tag();
    if (!tag.empty() && tag[0] == '!' && tag != "!") return convertTagged(y, tag, at, depth);
    return convertPlain(y, tag, at, depth);
  }

  bool stopped() const { return stopped_; }

 private:
  Location locationOf(const YAML::Node& y, const std::string& path, const Location& fallback) {
    YAML::Mark mark = y.Mark();
    if (mark.line < 0 || mark.column < 0) {
      Location at = fallback;
      at.path = path;
      return at;
    }
    Location at;
    at.file = &file_;
    at.line = mark.line + 1;
    at.column = mark.column + 1;
    at.path = path;
    if (y.IsScalar()) at.length = static_cast<int>(y.Scalar().size()) + (y.Tag() == "!" ? 2 : 0);
    return at;
  }

  Node convertPlain(const YAML::Node& y, const std::string& tag, Location at, std::size_t depth) {
    switch (y.Type()) {
      case YAML::NodeType::Map: return convertMap(y, at, depth);
      case YAML::NodeType::Sequence: return convertSeq(y, at, depth);
      case YAML::NodeType::Scalar: {
        bool quoted = tag == "!" || tag == "tag:yaml.org,2002:str";
        return Node::scalar(y.Scalar(), quoted, at);
      }
      default: return Node::null(at);
    }
  }

  Node convertTagged(const YAML::Node& y, const std::string& tag, Location at, std::size_t depth) {
    if (tag.rfind("tag:yaml.org,2002:", 0) == 0) return convertPlain(y, tag, at, depth);
    const char* longForm = longFormOf(tag);
    if (!longForm) {
      diagnostics_.error(at, "yaml-unknown-tag",
                         fmt::format("unknown tag '{}'; CloudFormation short forms such as !Ref, "
                                     "!GetAtt and !Sub are supported",
                                     tag));
      return Node::null(at);
    }
    Node inner;
    if (tag == "!GetAtt" && y.IsScalar()) {
      inner = getAttFromDotted(y.Scalar(), at);
    } else {
      inner = convertPlain(y, "", at, depth + 1);
      inner.location().path = childPath(at.path, longForm);
    }
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

  Node convertSeq(const YAML::Node& y, Location at, std::size_t depth) {
    Node seq = Node::seq(at);
    std::size_t index = 0;
    for (const auto& item : y) {
      if (stopped_) break;
      seq.push(convert(item, itemPath(at.path, index++), at, depth + 1));
    }
    return seq;
  }

  Node convertMap(const YAML::Node& y, Location at, std::size_t depth) {
    Node map = Node::map(at);
    std::unordered_map<std::string, int> firstLine;
    std::vector<std::pair<YAML::Node, Location>> mergeValues;  // value, and where << is
    for (const auto& kv : y) {
      if (stopped_) break;
      const YAML::Node& key = kv.first;
      Location keyAt = locationOf(key, at.path, at);
      if (!key.IsScalar()) {
        diagnostics_.error(keyAt, "yaml-complex-key", "a map key must be a plain value, not " +
                                                          std::string(key.IsMap() ? "a map"
                                                                                  : "a list"));
        continue;
      }
      const std::string& name = key.Scalar();
      if (name == "<<" && key.Tag() != "!") {
        keyAt.length = 2;
        mergeValues.emplace_back(kv.second, keyAt);
        continue;
      }
      keyAt.path = childPath(at.path, name);
      auto [it, inserted] = firstLine.emplace(name, keyAt.line);
      if (!inserted) {
        diagnostics_.error(keyAt, "yaml-duplicate-key",
                           fmt::format("duplicate key '{}' (first defined on line {})", name,
                                       it->second));
        continue;
      }
      Node value = convert(kv.second, keyAt.path, keyAt, depth + 1);
      map.entries().push_back(MapEntry{name, std::move(keyAt), std::move(value)});
    }
    for (const auto& [merge, mergeAt] : mergeValues) {
      if (!mergesMaps(merge)) {
        diagnostics_.error(mergeAt, "yaml-merge",
                           "a merge key (<<) takes a map, or a list of maps, to merge in");
        continue;
      }
      applyMerge(map, merge, at, depth);
    }
    return map;
  }

  static bool mergesMaps(const YAML::Node& merge) {
    if (merge.IsMap()) return true;
    if (!merge.IsSequence()) return false;
    for (const auto& item : merge) {
      if (!item.IsMap()) return false;
    }
    return true;
  }

  // YAML merge keys (<<: *base, or << : [*a, *b]): keys written in the map win over merged
  // ones, and an earlier map of the list over a later one.
  void applyMerge(Node& map, const YAML::Node& merge, const Location& at, std::size_t depth) {
    if (merge.IsSequence()) {
      for (const auto& item : merge) applyMerge(map, item, at, depth);
      return;
    }
    Node source = convert(merge, at.path, at, depth + 1);
    if (!source.isMap()) return;  // stopped by a limit while converting
    for (auto& e : source.entries()) {
      if (map.get(e.key)) continue;
      e.keyAt.path = childPath(at.path, e.key);
      map.entries().push_back(std::move(e));
    }
  }

  Node tooLarge(const Location& at) {
    if (!stopped_) {
      diagnostics_.error(at, "yaml-too-large",
                         fmt::format("the document expands to more than {} values (aliases that "
                                     "repeat each other grow exponentially)",
                                     limits_.maxNodes));
    }
    stopped_ = true;
    return Node::null(at);
  }

  Node tooDeep(const Location& at) {
    if (!stopped_) {
      diagnostics_.error(at, "yaml-too-deep",
                         fmt::format("values are nested more than {} levels deep",
                                     limits_.maxDepth));
    }
    stopped_ = true;
    return Node::null(at);
  }

  const SourceFile& file_;
  Diagnostics& diagnostics_;
  const LoadLimits& limits_;
  std::size_t nodes_ = 0;
  bool stopped_ = false;
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

// Counts documents without building them.
class DocumentCounter : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents == 2) second = mark;
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
  YAML::Mark second;
};

// Whether the text holds a second document. yaml-cpp's LoadAll never ends on some malformed
// input (a lone ','), so documents are counted, two at the most.
std::optional<YAML::Mark> secondDocument(const std::string& text) {
  std::istringstream stream(text);
  YAML::Parser parser(stream);
  DocumentCounter counter;
  for (int i = 0; i < 2 && parser.HandleNextDocument(counter); ++i) {
  }
  if (counter.documents < 2) return std::nullopt;
  return counter.second;
}

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

std::optional<YAML::Node> parse(const SourceFile& file, Diagnostics& diagnostics) {
  try {
    YAML::Node document = YAML::Load(file.text());
    if (auto second = secondDocument(file.text())) {
      diagnostics.error(markLocation(file, *second), "yaml-multiple-documents",
                        "a service file holds one YAML document; this one holds more");
      return std::nullopt;
    }
    return document;
  } catch (const YAML::Exception& e) {
    if (auto tab = tabIndentation(file, e.mark)) {
      diagnostics.error(*tab, "yaml-tab-indent",
                        "a tab in the indentation; YAML indents with spaces only");
      return std::nullopt;
    }
    diagnostics.error(markLocation(file, e.mark), "yaml-syntax",
                      "invalid YAML: " + lowerFirst(e.msg));
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
  std::optional<YAML::Node> parsed = parse(file, diagnostics);
  if (!parsed) return std::nullopt;
  std::size_t errorsBefore = diagnostics.errorCount();
  Converter converter(file, diagnostics, limits);
  Node root;
  try {
    root = converter.convert(*parsed, "", top, 0);
  } catch (const YAML::Exception& e) {
    if (auto tab = tabIndentation(file, e.mark)) {
      diagnostics.error(*tab, "yaml-tab-indent",
                        "a tab in the indentation; YAML indents with spaces only");
      return std::nullopt;
    }
    diagnostics.error(markLocation(file, e.mark), "yaml-syntax",
                      "invalid YAML: " + lowerFirst(e.msg));
    return std::nullopt;
  }
  if (diagnostics.errorCount() > errorsBefore) return std::nullopt;
  return root;
}

}  // namespace slsc
