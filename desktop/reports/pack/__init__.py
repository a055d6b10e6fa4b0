"""The evidence pack: a zip of the evidence files by standard and clause, with its
index PDF, ``manifest.csv`` and ``SHA256SUMS``.

:func:`desktop.reports.pack.evidence_pack.write_evidence_pack` is the entry point.
"""
