"""Benchmarks of the counsellor's daily actions at 500, 5,000 and 50,000 workers.

`python -m bench` builds (or reuses) demo vaults, measures each action several times and
prints a Markdown table: the median figure next to a baseline measured in the same run.
"""
