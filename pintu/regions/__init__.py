"""Load a region's data package (regions/<name>/, read by pintu.regionfiles): `manage.py load_region`."""
