"""``python -m chronicler`` runs the command line."""

from chronicler.cli import main

main()
