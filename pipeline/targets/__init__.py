"""Target floor: a 指标值 string -> threshold clauses.

`parser` is `parse_target`, the reader itself; `numerals` reads Arabic and Chinese numbers
for it. The words and units they recognise are data in `pipeline.vocab.target_words`.
"""
