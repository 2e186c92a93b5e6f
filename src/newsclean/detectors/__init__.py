"""Detectors: rule-based (``rules/``) and statistical (``model/``).

Detectors only *propose* labels (:class:`~newsclean.types.Verdict`); the
decision stage (``newsclean/decision``) picks one per segment.
"""
