"""Example applications that use errctl.sdk (not part of the installed package)."""
