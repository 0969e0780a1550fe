; Inno Setup 6.3 or newer (x64compatible, {autopf}, PrivilegesRequiredOverridesAllowed). Script: installs the PyInstaller folder build\dist\genuka-desk.
; Build (from the repository root, after PyInstaller):
;   iscc /DAppVersion=0.1.0 packaging\windows\genuka-desk.iss
; Output: build\GenukaDesk-<version>-setup.exe
; Per-user by default (no administrator rights); the first page lets an administrator install for all users.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Genuka Desk"
#define AppExe "genuka-desk.exe"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller tied to the same program.
AppId={{6F0E2A4B-7C1D-4E59-9B8A-3D2C1F0E9A71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Genuka
AppPublisherURL=https://genuka.com
AppSupportURL=https://genuka.com
; {autopf} is the user's Programs folder for a per-user install, Program Files for all users.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\build
OutputBaseFilename=GenukaDesk-{#AppVersion}-setup
SetupIconFile=genuka-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\build\dist\genuka-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder: the clerk's orders, queue and settings (in %LOCALAPPDATA%\Genuka) stay.
Type: filesandordirs; Name: "{app}"
