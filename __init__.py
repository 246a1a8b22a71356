"""Journey Canvas (旅程画布): a desktop editor for customer journey maps."""

#: The one place the version is written: pyproject.toml reads it from here
#: (``[tool.setuptools.dynamic]``). Asking importlib.metadata instead cost every
#: command about 0.1 s (importing it and searching the installed distributions)
#: before it could start its work: the import's reading child, an export's load.
__version__ = "0.1.0"
