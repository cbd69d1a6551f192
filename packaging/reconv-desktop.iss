; Inno Setup script: per-user install of the one-folder PyInstaller build (no admin rights).
; Build on Windows after PyInstaller: iscc packaging\reconv-desktop.iss
#define AppName "Reconv Desktop"
#define AppVersion "0.1.0"
#define BuildDir "..\dist\reconv-desktop"

[Setup]
AppId={{6C1B7F2E-3E0A-4C39-9E42-5B0D7A1C2F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Reconv Desktop
DefaultDirName={localappdata}\Programs\Reconv Desktop
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputBaseFilename=ReconvDesktop-{#AppVersion}-setup
OutputDir=..\dist
SetupIconFile=icons\reconv-desktop.ico
UninstallDisplayIcon={app}\reconv-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BuildDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\reconv-desktop.exe"
Name: "{group}\Désinstaller {#AppName}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\reconv-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Créer une icône sur le bureau"; Flags: unchecked

[Run]
Filename: "{app}\reconv-desktop.exe"; Description: "Lancer {#AppName}"; Flags: nowait postinstall skipifsilent

[Code]
// The vault lives in %LOCALAPPDATA%\Reconv\ReconvDesktop (platformdirs). Uninstalling keeps
// it unless the counsellor explicitly asks, because it holds years of other people's files.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: string;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\Reconv\ReconvDesktop');
    if DirExists(DataDir) then
      if MsgBox('Supprimer aussi le coffre chiffré et les sauvegardes de ce poste ?' + #13#10 +
                '(' + DataDir + ')' + #13#10 +
                'Répondez Non pour les conserver (recommandé).',
                mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
