"""The shell: entry point and command line, main window, docks, dialogs, settings."""
