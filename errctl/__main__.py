"""`python -m errctl` runs the CLI."""

from errctl.cli.main import main

main()
