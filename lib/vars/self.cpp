// ${self:a.b.c}: a value of the service file, resolved before it is used; `${self:}` is the
// whole service. Keys of lists are indexes (`functions.chat.events.0`).
#include "vars/engine.h"

namespace slsc::vars {

Outcome resolveSelf(Resolver& resolver, const SourceCall& call) {
  return resolver.lookup(splitAddress(call.address.value_or("")), call);
}

}  // namespace slsc::vars
