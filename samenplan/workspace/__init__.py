"""The use cases between the screens (and the command line) and the vault.

Qt-free. `profiles.Profiles` lists, creates and reserves profiles; `unlocked.Unlocked` is the
one owner of an unlocked profile: every read and write goes through it, under one lock, and
after `lock()` every call refuses with `Locked`. `documents.Document` is an open dossier with
its undo history; `exchange` sends and takes in cards and dossiers. Neither the app nor the
command line imports `samenplan.vault`.
"""
