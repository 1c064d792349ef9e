"""The optional C extension; everything else about the project is in pyproject.toml.

``summarizer._speedups`` compiles the per-token front end (words, stems, keyphrase candidates). It is
optional, as PyYAML's and msgpack's speedups are: where it cannot be built (no C compiler, no Python
headers) the install goes on without it and the library runs its pure-Python twins, which give the
same output (see summarizer/speedups.py).
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("summarizer._speedups", ["summarizer/_speedups.c"], optional=True)])
