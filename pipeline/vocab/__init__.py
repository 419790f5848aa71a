"""Vocabulary floor: the words the pipeline recognises, as data tables, each variant once.

`labels` (titles, headers, columns, money units, page furniture), `target_words` (operators,
units, dates for the target parser), `taxonomy` (一级/二级指标 and their variants), `rules`
(every findings rule with its severity, and its Chinese title, explanation and message) and
`report_text` (the report's words, in Chinese and English). Code compiles these tables; it
holds no words of its own.
"""
