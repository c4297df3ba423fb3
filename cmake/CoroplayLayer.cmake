# coroplay_layer(<target> [DEPENDS <targets>...])
#
# One layer of core/ is one static library made of every .cpp under its folder
# (a layer with headers only is an INTERFACE library). Headers are included as
# "loop/...", "python/...", "session/...", so the include root is core/.
function(coroplay_layer target)
  cmake_parse_arguments(ARG "" "" "DEPENDS" ${ARGN})
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  if(sources)
    add_library(${target} STATIC ${sources})
    set(scope PUBLIC)
  else()
    add_library(${target} INTERFACE)
    set(scope INTERFACE)
  endif()
  target_include_directories(${target} ${scope} ${PROJECT_SOURCE_DIR}/core)
  if(ARG_DEPENDS)
    target_link_libraries(${target} ${scope} ${ARG_DEPENDS})
  endif()
endfunction()
