"""Certification: readiness, gates, certificates, audit time, the readiness trend."""
