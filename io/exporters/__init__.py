"""Exporters: a journey out to posters, images and data files."""
