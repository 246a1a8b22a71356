"""Importers: spreadsheets and other formats into a journey."""
