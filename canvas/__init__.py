"""The journey canvas: the Qt-free model, layout and commands, and the Qt scene, view and items."""
