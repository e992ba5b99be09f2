# Shared compile settings for every Custos target.

find_program(CUSTOS_CCACHE ccache)
if(CUSTOS_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_C_COMPILER_LAUNCHER ${CUSTOS_CCACHE})
  set(CMAKE_CXX_COMPILER_LAUNCHER ${CUSTOS_CCACHE})
endif()

if(CUSTOS_SANITIZE)
  add_compile_options(-fsanitize=${CUSTOS_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${CUSTOS_SANITIZE})
endif()

# Warnings (and, in CI, errors) for the project's own targets; generated and third-party code
# is compiled without them.
function(custos_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
  if(CUSTOS_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

# For targets that also compile generated code (QML modules): warnings on our own sources only.
function(custos_source_warnings)
  set(flags -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
  if(CUSTOS_WERROR)
    list(APPEND flags -Werror)
  endif()
  set_source_files_properties(${ARGN} DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    PROPERTIES COMPILE_OPTIONS "${flags}")
endfunction()
