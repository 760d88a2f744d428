"""`python -m samenplan` runs the command line."""

from samenplan.cli import main

main()
