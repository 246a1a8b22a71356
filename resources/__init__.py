"""Templates, fonts, icons and translations shipped with the application."""
