"""Vocabulary floor: the words the pipeline recognises, as data tables, each variant once.

`labels` (titles, headers, columns, money units, page furniture), `target_words` (operators,
units, dates for the target parser), `taxonomy` (一级/二级指标 and their variants) and `rules`
(every findings rule with its severity). Code compiles these tables; it holds no words of
its own.
"""
