# Texts compiled into the library, so that installed binaries need no source tree.

# Runs SCRIPT over INPUTS at build time to write the C++ file defining SYMBOL, and adds it to
# TARGET. INPUTS are passed to the script separated by | (a ;-list would be split into separate
# arguments on the way).
function(slsc_embed_with target symbol script)
  set(out ${CMAKE_BINARY_DIR}/generated/${symbol}.cpp)
  string(REPLACE ";" "|" inputs "${ARGN}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DINPUTS=${inputs} -DOUTPUT=${out} -DSYMBOL=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/${script}
    DEPENDS ${ARGN} ${PROJECT_SOURCE_DIR}/cmake/${script}
    COMMENT "Embedding ${symbol}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()

# slsc_embed(TARGET FILE SYMBOL): FILE's text as `extern const char* const SYMBOL;`.
function(slsc_embed target file symbol)
  slsc_embed_with(${target} ${symbol} embed_file.cmake ${file})
endfunction()

# slsc_embed_list(TARGET SYMBOL FILE...): the files' texts, in the order given, as
# `extern const char* const SYMBOL[]` and `extern const std::size_t SYMBOLCount`.
function(slsc_embed_list target symbol)
  slsc_embed_with(${target} ${symbol} embed_list.cmake ${ARGN})
endfunction()
