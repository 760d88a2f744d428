# Windows: build the bundle with PyInstaller (packaging/samenplan.spec), check it with
# `samenplan-cli selftest`, then make dist\samenplan-VERSION-setup.exe with Inno Setup 6.
# Used by .github/workflows/desktop.yml. Written carefully but never run: no Windows here.
# usage (PowerShell, Python 3.11 and Inno Setup 6 installed): .\packaging\windows\build.ps1
param([string]$Python = "python")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

function Invoke-Checked {
  # Native programs do not stop the script on failure by themselves.
  $rest = if ($args.Count -gt 1) { $args[1..($args.Count - 1)] } else { @() }
  & $args[0] @rest
  if ($LASTEXITCODE -ne 0) { throw "$($args[0]) failed with exit code $LASTEXITCODE" }
}

$version = (Select-String -Path samenplan\__init__.py -Pattern '^__version__ = "(.+)"').Matches[0].Groups[1].Value
$venv = "build\bundle-venv"
if (-not (Test-Path "$venv\Scripts\python.exe")) { Invoke-Checked $Python -m venv $venv }
$py = "$venv\Scripts\python.exe"
Invoke-Checked $py -m pip install -q --upgrade pip
# The lock is resolved for Linux; --no-deps takes its versions here, and build-tools.txt
# brings what Windows needs beyond it (pywin32-ctypes, also keyring's Windows backend).
Invoke-Checked $py -m pip install -q --require-hashes --no-deps -r requirements\lock.txt
Invoke-Checked $py -m pip install -q --require-hashes -r packaging\build-tools.txt

if (Test-Path dist\samenplan) { Remove-Item -Recurse -Force dist\samenplan }
Invoke-Checked "$venv\Scripts\pyinstaller.exe" --noconfirm --clean --log-level WARN `
  --distpath dist --workpath build\pyinstaller packaging\samenplan.spec
$env:QT_QPA_PLATFORM = "offscreen"
Invoke-Checked dist\samenplan\samenplan-cli.exe selftest
Remove-Item Env:QT_QPA_PLATFORM

$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
Invoke-Checked $iscc "/DAppVersion=$version" packaging\windows\samenplan.iss
Write-Output "dist\samenplan-$version-setup.exe"
