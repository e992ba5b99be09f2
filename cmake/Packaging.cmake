# Two Debian packages from one build: custos-server (custosd, custosctl) and custos-client.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "custos")
set(CPACK_PACKAGE_VENDOR "Custos project")
set(CPACK_PACKAGE_CONTACT "Custos maintainers <maintainers@custos.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server client)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "custos-server")
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION "net")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "Custos server: custosd (gRPC sync server with an encrypted SQLCipher store) and custosctl")
set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME "custos-client")
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION "misc")
set(CPACK_COMPONENT_CLIENT_DESCRIPTION
    "Custos tablet client: offline-first detention monitoring checklists (Qt Quick)")
install(FILES ${CMAKE_SOURCE_DIR}/checklists/demo.yaml DESTINATION share/custos/checklists
        COMPONENT server)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/systemd/custosd.service
        DESTINATION lib/systemd/system COMPONENT server)
include(CPack)
