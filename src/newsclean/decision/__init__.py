"""Decision stage: from detectors' verdicts to one label per segment.

``span`` finds the article, ``headline`` its title, ``resolve`` the final labels.
"""
