"""Internal audits and management reviews.

The audit programme and its audits, the internal-audit kit, and the management review pack.
"""
