"""Segmentation stage: a page → a list of :class:`~newsclean.types.Segment`."""
