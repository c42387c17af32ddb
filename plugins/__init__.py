"""Features built on the core; each folder with a plugin.py is one plugin."""
