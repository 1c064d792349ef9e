"""The optional C extension; everything else about the project is in pyproject.toml.

``summarizer._speedups`` (sources in ``csrc/``) compiles the per-token front end: words, stem and term
lookups, word codes, sentence segmentation, the text signals, keyphrases. It is optional, as PyYAML's and
msgpack's speedups are: where it cannot be built (no C compiler, no Python headers) the install goes
on without it and the library runs its pure-Python twins, which give the same output (see
``summarizer/speedups.py``).
"""

from setuptools import Extension, setup

SOURCES = [
    "csrc/module.c",
    "csrc/tokens.c",
    "csrc/tables.c",
    "csrc/keyphrases.c",
    "csrc/keyphrases_tally.c",
    "csrc/keyphrases_choose.c",
    "csrc/keyphrases_fill.c",
    "csrc/segment.c",
    "csrc/glue.c",
    "csrc/text_flags.c",
]

setup(
    ext_modules=[
        Extension(
            "summarizer._speedups",
            SOURCES,
            depends=["csrc/speedups.h", "csrc/segment.h", "csrc/keyphrases.h"],
            optional=True,
        )
    ]
)
