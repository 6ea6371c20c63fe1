# slsc_embed(TARGET FILE SYMBOL): compiles FILE's text into TARGET as
# `extern const char* const SYMBOL;` so that installed binaries need no source tree.
function(slsc_embed target file symbol)
  set(out ${CMAKE_BINARY_DIR}/generated/${symbol}.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${file} -DOUTPUT=${out} -DSYMBOL=${symbol}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake
    DEPENDS ${file} ${PROJECT_SOURCE_DIR}/cmake/embed_file.cmake
    COMMENT "Embedding ${file}")
  target_sources(${target} PRIVATE ${out})
endfunction()

# slsc_embed_list(TARGET SYMBOL FILE...): compiles the files' texts into TARGET as
# `extern const char* const SYMBOL[]` and `extern const std::size_t SYMBOL_COUNT` (named
# SYMBOLCount), in the order given.
function(slsc_embed_list target symbol)
  set(out ${CMAKE_BINARY_DIR}/generated/${symbol}.cpp)
  # A ;-list would be split into separate arguments on the way to the script.
  string(REPLACE ";" "|" inputs "${ARGN}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${out} -DSYMBOL=${symbol} -DINPUTS=${inputs}
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_list.cmake
    DEPENDS ${ARGN} ${PROJECT_SOURCE_DIR}/cmake/embed_list.cmake
    COMMENT "Embedding ${symbol}")
  target_sources(${target} PRIVATE ${out})
endfunction()
