"""Public information pages of the portal."""
