"""Records of the running system: internal audits, findings, management reviews, actions."""
