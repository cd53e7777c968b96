"""The CI gate: judge a store's groups against a baseline and thresholds, and report the verdict
in the formats CI systems read.

`baseline` owns the baseline file; `judge` the thresholds, the verdict and the one function that
reads the store (through `errctl.query` and the store's typed methods, never SQL); `annotations`
(GitHub Actions workflow commands and the step summary), `junit`, `sarif` and `codequality`
(GitLab) each turn a verdict into one output format and do nothing else.
"""
