# Script mode: writes OUTPUT, a C++ file defining SYMBOL as an array of the texts of INPUTS
# (separated by |), SYMBOLNames as their file names without folder and extension, SYMBOLExtends
# as the property names each JSON text's `extend` member adds to the definitions it names
# (space-separated, each followed by a space; empty for a text without one), SYMBOLDefines as
# the names of each JSON text's `definitions` (the same way), and SYMBOLCount as their number.
string(REPLACE "|" ";" INPUTS "${INPUTS}")
set(delimiter "slsc_embed")
set(body "")
set(names "")
set(extends "")
set(defines "")
set(count 0)

# The names of the members of the JSON object at the path ARGN of `text` (none when there is
# no such object), as a list.
function(json_member_names out text)
  set(result "")
  string(JSON count ERROR_VARIABLE missing LENGTH "${text}" ${ARGN})
  if(NOT missing AND count GREATER 0)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
      string(JSON name MEMBER "${text}" ${ARGN} ${i})
      list(APPEND result "${name}")
    endforeach()
  endif()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

# The property names of every definition that `text`'s `extend` member extends, each followed
# by a space.
function(extend_names text out)
  set(result "")
  json_member_names(definitions "${text}" extend)
  foreach(definition IN LISTS definitions)
    json_member_names(properties "${text}" extend ${definition} properties)
    foreach(property IN LISTS properties)
      string(APPEND result "${property} ")
    endforeach()
  endforeach()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

# The names of `text`'s `definitions`, each followed by a space.
function(definition_names text out)
  set(result "")
  json_member_names(definitions "${text}" definitions)
  foreach(definition IN LISTS definitions)
    string(APPEND result "${definition} ")
  endforeach()
  set(${out} "${result}" PARENT_SCOPE)
endfunction()

foreach(input IN LISTS INPUTS)
  file(READ ${input} text)
  string(APPEND body "    R\"${delimiter}(${text})${delimiter}\",\n")
  get_filename_component(name ${input} NAME_WE)
  string(APPEND names "    \"${name}\",\n")
  extend_names("${text}" added)
  string(APPEND extends "    \"${added}\",\n")
  definition_names("${text}" defined)
  string(APPEND defines "    \"${defined}\",\n")
  math(EXPR count "${count} + 1")
endforeach()
file(WRITE ${OUTPUT} "// Generated from ${INPUTS}; do not edit.\n#include <cstddef>\nnamespace slsc {\nextern const char* const ${SYMBOL}[];\nextern const std::size_t ${SYMBOL}Count;\nextern const char* const ${SYMBOL}Names[];\nextern const char* const ${SYMBOL}Extends[];\nextern const char* const ${SYMBOL}Defines[];\nconst char* const ${SYMBOL}[] = {\n${body}    nullptr};\nconst char* const ${SYMBOL}Names[] = {\n${names}    nullptr};\nconst char* const ${SYMBOL}Extends[] = {\n${extends}    nullptr};\nconst char* const ${SYMBOL}Defines[] = {\n${defines}    nullptr};\nconst std::size_t ${SYMBOL}Count = ${count};\n}  // namespace slsc\n")
