# Installation layout and installers (CPack). One version for everything: the
# project version (--version, the About dialog, package names).
#
#   Linux:   cpack -G DEB / -G RPM in the build folder -> garagereg-integrations_<version>_<arch>.deb / .rpm
#   Windows: cpack -G NSIS (packaging/windows/README.md says how)

set(GARAGEREG_PACKAGE_NAME garagereg-integrations)
# Linux packages install under /usr whatever CMAKE_INSTALL_PREFIX is; the service
# file names the worker by its packaged path.
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(GARAGEREG_SERVICE_BINDIR ${CPACK_PACKAGING_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR})
set(GARAGEREG_TRANSLATIONS_DIR ${CMAKE_INSTALL_DATADIR}/${GARAGEREG_PACKAGE_NAME}/translations)

# The Hungarian and English translations: embedded in the programs, and installed
# beside them for translators and tools (the .qm files lrelease wrote).
if(GARAGEREG_GUI)
    install(FILES
        ${PROJECT_BINARY_DIR}/ui/garagereg-integrations_hu.qm
        ${PROJECT_BINARY_DIR}/ui/garagereg-integrations_en.qm
        DESTINATION ${GARAGEREG_TRANSLATIONS_DIR})
endif()
install(FILES README.md docs/webhooks.md docs/erp-sync.md docs/openapi.json
    DESTINATION ${CMAKE_INSTALL_DOCDIR})

if(UNIX AND NOT APPLE)
    if(GARAGEREG_GUI)
        install(FILES packaging/linux/garagereg-integrations.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
        foreach(size 16 24 32 48 64 128 256)
            install(FILES resources/icons/garagereg-integrations-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
                RENAME garagereg-integrations.png)
        endforeach()
        install(FILES resources/garagereg-integrations.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
        configure_file(packaging/linux/com.garagereg.Integrations.metainfo.xml
            ${PROJECT_BINARY_DIR}/packaging/com.garagereg.Integrations.metainfo.xml @ONLY)
        install(FILES ${PROJECT_BINARY_DIR}/packaging/com.garagereg.Integrations.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    endif()
endif()
# The worker as a systemd service, with its settings in /etc (Linux packages only;
# GARAGEREG_SYSTEM_FILES=OFF leaves them out, e.g. to try the NSIS template on Linux).
option(GARAGEREG_SYSTEM_FILES "Install the systemd unit and /etc/garagereg-integrations" ${UNIX})
if(UNIX AND NOT APPLE AND GARAGEREG_SYSTEM_FILES)
    configure_file(packaging/linux/garagereg-integrations-worker.service
        ${PROJECT_BINARY_DIR}/packaging/garagereg-integrations-worker.service @ONLY)
    install(FILES ${PROJECT_BINARY_DIR}/packaging/garagereg-integrations-worker.service
        DESTINATION lib/systemd/system)
    install(FILES packaging/linux/worker.env DESTINATION /etc/garagereg-integrations
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ)
endif()

if(WIN32 AND GARAGEREG_GUI)
    # Qt's libraries and plugins (platform, styles, SQL drivers, TLS) beside the
    # programs, and the other libraries they load (QtKeychain, QCoro, libmicrohttpd, libsodium).
    qt_generate_deploy_app_script(TARGET garagereg-integrations
        OUTPUT_SCRIPT garagereg_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${garagereg_deploy_script})
    install(FILES $<TARGET_RUNTIME_DLLS:garagereg-integrations> $<TARGET_RUNTIME_DLLS:garagereg-integrations-cli>
        DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# ---------------------------------------------------------------------------
# CPack

set(CPACK_PACKAGE_NAME ${GARAGEREG_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "GarageReg")
set(CPACK_PACKAGE_CONTACT "GarageReg Integrations maintainers <integrations@garagereg.example.hu>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Webhooks and ERP synchronisation for GarageReg")
set(CPACK_PACKAGE_DESCRIPTION
    "GarageReg Integrations connects the GarageReg gate and garage-door registry to other systems: signed webhooks "
    "with a durable retry scheduler, ERP and invoicing adapters with spare-part synchronisation, a desktop "
    "application in Hungarian and English, a command line tool, a headless worker service and a REST API.")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://garagereg.example.hu/integrations")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "GarageReg Integrations")
set(CPACK_PACKAGE_EXECUTABLES garagereg-integrations "GarageReg Integrations")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build.*/")

# Debian: shlibdeps finds the linked libraries (libmicrohttpd, libsodium, ...;
# scripts/package-check.sh checks they are there); what Qt and QtKeychain load at
# run time (the platform plugin, the SQL drivers, libsecret) is listed by hand.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6sql6-psql, libsecret-1-0, adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/linux/postinst
    ${PROJECT_SOURCE_DIR}/packaging/linux/prerm
    ${PROJECT_SOURCE_DIR}/packaging/linux/postrm
    ${PROJECT_BINARY_DIR}/packaging/conffiles)
file(WRITE ${PROJECT_BINARY_DIR}/packaging/conffiles "/etc/garagereg-integrations/worker.env\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# RPM (Fedora/RHEL package names); automatic requirements cover the linked libraries.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtbase-postgresql, libsecret, shadow-utils")
set(CPACK_RPM_POST_INSTALL_SCRIPT_FILE ${PROJECT_SOURCE_DIR}/packaging/linux/rpm-post.sh)
set(CPACK_RPM_PRE_UNINSTALL_SCRIPT_FILE ${PROJECT_SOURCE_DIR}/packaging/linux/rpm-preun.sh)
set(CPACK_RPM_USER_FILELIST "%config(noreplace) /etc/garagereg-integrations/worker.env")
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION /lib /lib/systemd /lib/systemd/system /etc /usr/share/metainfo
    /usr/share/icons /usr/share/icons/hicolor /usr/share/applications)

# Windows (NSIS): Start-menu shortcuts, an uninstaller, English and Hungarian texts
# (packaging/windows/NSIS.template.in).
set(CPACK_NSIS_DISPLAY_NAME "GarageReg Integrations")
set(CPACK_NSIS_PACKAGE_NAME "GarageReg Integrations ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/garagereg-integrations.ico)
set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/garagereg-integrations.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\garagereg-integrations.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
list(PREPEND CMAKE_MODULE_PATH ${PROJECT_SOURCE_DIR}/packaging/windows)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
else()
    set(CPACK_GENERATOR DEB)
    find_program(GARAGEREG_RPMBUILD rpmbuild)
    if(GARAGEREG_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    endif()
endif()

include(CPack)
