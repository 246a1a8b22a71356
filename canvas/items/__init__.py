"""Graphics items, one per kind of thing on the canvas: they draw; the model holds the truth."""
