; AuditReady setup for 64-bit Windows 10/11, built on Linux by build_spec/windows.py:
;   makensis -INPUTCHARSET UTF8 -DVERSION=... -DVERSION_NUMERIC=a.b.c.d
;            -DSOURCE_DIR=<program folder> -DOUTFILE=<setup.exe> -DICON=<.ico> this file
; Per-user install (no administrator rights): %LOCALAPPDATA%\Programs\AuditReady by
; default, registry entries under HKCU only. Start-menu and desktop shortcuts, the
; .auditready file association, an entry in "Apps & features", an uninstaller.
; Silent use: setup.exe /S [/D=C:\folder with spaces\AuditReady]  (/D must come last)
;             "<folder>\Uninstall.exe" /S

Unicode true
Target amd64-unicode
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!include "MUI2.nsh"

!define APP_NAME "AuditReady"
!define PROG_ID "AuditReady.Project"
; One shortcut name in every language, so the uninstaller always finds it.
!define SHORTCUT "AuditReady 审核就绪助手"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\AuditReady"
!define SHCNE_ASSOCCHANGED 0x08000000

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "AuditReady"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\AuditReady.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback; NSIS picks the one matching the Windows UI language.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"

LangString DESC_PROJECT ${LANG_ENGLISH} "AuditReady project"
LangString DESC_PROJECT ${LANG_SIMPCHINESE} "审核就绪助手项目"

Section "AuditReady" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; Remove the program parts of an earlier version first (user data lives elsewhere).
  RMDir /r "$INSTDIR\runtime"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\app"
  File /r "${SOURCE_DIR}/*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${SHORTCUT}.lnk" "$INSTDIR\AuditReady.exe" "" \
      "$INSTDIR\app\resources\icons\auditready.ico"
  CreateShortCut "$DESKTOP\${SHORTCUT}.lnk" "$INSTDIR\AuditReady.exe" "" \
      "$INSTDIR\app\resources\icons\auditready.ico"

  ; .auditready files open with AuditReady and show its icon (current user only).
  WriteRegStr HKCU "Software\Classes\.auditready" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "$(DESC_PROJECT)"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" \
      "$INSTDIR\app\resources\icons\auditready.ico"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" \
      '"$INSTDIR\AuditReady.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME} ${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "AuditReady"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\app\resources\icons\auditready.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  ; Only what the setup put there: the folder itself goes only if nothing else is left.
  ; Projects, settings and backups live in the user's folders and are kept.
  Delete "$SMPROGRAMS\${SHORTCUT}.lnk"
  Delete "$DESKTOP\${SHORTCUT}.lnk"
  RMDir /r "$INSTDIR\runtime"
  RMDir /r "$INSTDIR\lib"
  RMDir /r "$INSTDIR\app"
  Delete "$INSTDIR\AuditReady.exe"
  Delete "$INSTDIR\auditready-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"

  ReadRegStr $0 HKCU "Software\Classes\.auditready" ""
  StrCmp $0 "${PROG_ID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.auditready"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
