"""`errctl report`: a period's errors for people who would rather look than read.

`build.build_report` makes the model (`model.Report`) from queries; one module per medium
renders it: `text` (a terminal), `markdown` (GitHub step summaries, chat), `html` (one
self-contained page), `json` (versioned, docs/reports.md).
"""
