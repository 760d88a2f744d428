; Inno Setup script for samenplan on Windows: a per-user install (no administrator rights),
; a Start-menu entry and an uninstaller. Made by packaging/windows/build.ps1 after PyInstaller
; has left the bundle in dist\samenplan\; the version comes in as /DAppVersion=X.Y.Z.
; Written for Inno Setup 6 but never compiled or run: there is no Windows machine here.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 samenplan.iss
#endif

[Setup]
AppId={{6C1F3A52-8E0B-4B7A-9D55-2F4E1C7B9A30}
AppName=samenplan
AppVersion={#AppVersion}
AppVerName=samenplan {#AppVersion}
AppPublisher=samenplan
AppPublisherURL=https://samenplan.example.org/
; lowest: installs for this user only, in %LOCALAPPDATA%\Programs\samenplan, without asking
; for administrator rights (an organisation's laptop often has none to give).
PrivilegesRequired=lowest
DefaultDirName={autopf}\samenplan
DisableProgramGroupPage=yes
DisableDirPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=samenplan-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\samenplan.exe
UninstallDisplayName=samenplan
CloseApplications=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\samenplan\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\samenplan"; Filename: "{app}\samenplan.exe"
Name: "{autodesktop}\samenplan"; Filename: "{app}\samenplan.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\samenplan.exe"; Description: "{cm:LaunchProgram,samenplan}"; Flags: nowait postinstall skipifsilent

; The program folder only: a person's dossiers live in their own AppData folder and stay.
[UninstallDelete]
Type: filesandordirs; Name: "{app}"
