"""Tests of the project file layer (desktop.store)."""
