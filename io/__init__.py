"""The .journey file, importers and exporters."""
