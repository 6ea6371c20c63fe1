# Installs the library as a package: public headers, libslsc.a and libslsc.so, a CMake package
# (find_package(slsc CONFIG) → slsc::slsc, the shared library, and slsc::slsc_static) and
# slsc.pc for pkg-config. Only lib/include/slsc is installed: no yaml-cpp, RapidJSON or
# valijson header is needed to use it.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS slsc slsc_shared EXPORT slscTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS sls-compile RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/lib/include/slsc DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(SLSC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/slsc)
install(EXPORT slscTargets NAMESPACE slsc:: FILE slscTargets.cmake DESTINATION ${SLSC_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/slscConfig.cmake.in
  ${CMAKE_BINARY_DIR}/slscConfig.cmake INSTALL_DESTINATION ${SLSC_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_BINARY_DIR}/slscConfigVersion.cmake
  VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_BINARY_DIR}/slscConfig.cmake ${CMAKE_BINARY_DIR}/slscConfigVersion.cmake
  DESTINATION ${SLSC_CMAKE_DIR})

file(RELATIVE_PATH SLSC_PC_UP /prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig /prefix)
configure_file(${PROJECT_SOURCE_DIR}/cmake/slsc.pc.in ${CMAKE_BINARY_DIR}/slsc.pc @ONLY)
install(FILES ${CMAKE_BINARY_DIR}/slsc.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
