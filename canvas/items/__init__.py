"""Graphics items: one per kind of thing drawn on the canvas; they draw, the model holds the truth."""
