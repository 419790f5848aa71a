"""Read floor: a raw file's bytes -> what it holds, one module per format.

`text` reads tab-separated text (the seed's format) with the damage converters do to it.
"""
