/* Shared by the sources of summarizer._speedups (see module.c). */
#ifndef SUMMARIZER_SPEEDUPS_H
#define SUMMARIZER_SPEEDUPS_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* The functions of the module, by source file. */
PyObject *sp_words(PyObject *module, PyObject *text);                                  /* tokens.c */
PyObject *sp_word_tuple(PyObject *text);
PyObject *sp_terms(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
PyObject *sp_pieces(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
PyObject *sp_codes(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
PyObject *sp_chunk_codes(PyObject *module, PyObject *const *args, Py_ssize_t nargs);
PyObject *sp_keyphrases(PyObject *module, PyObject *const *args, Py_ssize_t nargs);   /* keyphrases.c */
int sp_keyphrases_init(void);
PyObject *sp_sentence_spans(PyObject *module, PyObject *args);                         /* segment.c */
PyObject *sp_sentence_objects(PyObject *module, PyObject *args);
PyObject *sp_text_flags(PyObject *module, PyObject *const *args, Py_ssize_t nargs); /* text_flags.c */

/* \w of Python's re for str patterns: a character str.isalnum() accepts, or the underscore. */
static inline int
is_word(Py_UCS4 ch)
{
    if (ch < 128) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
    }
    return Py_UNICODE_ISALNUM(ch);
}

/* Whether a METH_FASTCALL function got its `expected` positional arguments (else a TypeError is set). */
static inline int
given_arguments(const char *name, Py_ssize_t nargs, Py_ssize_t expected)
{
    if (nargs == expected) {
        return 1;
    }
    PyErr_Format(PyExc_TypeError, "%s() takes %zd positional arguments but %zd were given", name, expected, nargs);
    return 0;
}

/* A per-word table being read (tables.c): a dict, or a summarizer.language.WordTable whose `recipe`
 * says how to make a missing value in C, as its Python `make` would (the lexicon's two tables, the
 * keyphrases' chunks); a table without one has its missing keys made by its __missing__. The recipe is
 * read at the first miss, so a call that only finds what it looks up costs nothing more. */
enum { RECIPE_UNREAD, RECIPE_NONE, RECIPE_TERMS, RECIPE_STEMS, RECIPE_CHUNKS };

typedef struct {
    PyObject *table; /* borrowed: the caller holds it */
    int kind;        /* RECIPE_* */
    PyObject *recipe; /* owned once read: it holds what the borrowed fields below point to */
    Py_ssize_t limit; /* the table's: it starts again when this full (WordTable.__missing__) */
    PyObject *other;  /* the lexicon's other table, or the keyphrases' token table (a dict) */
    Py_ssize_t other_limit;
    PyObject *stop, *calendar, *verbs; /* sets of str (calendar and verbs: the keyphrases' only) */
    PyObject *stems;  /* a table of the stems made (language.stem_table), or NULL: `stem` is called */
    Py_ssize_t stems_limit;
    PyObject *stem; /* owned: a callable, str -> its stem (the stem table's make) */
} WordLookup;

void word_lookup_open(WordLookup *l, PyObject *table);
PyObject *word_lookup(WordLookup *l, PyObject *key); /* table[key], a new reference */
void word_lookup_close(WordLookup *l);
int sp_tables_init(void);
/* Helpers of the fills (tables.c): the stem of a lowercase word (a new reference); str.lower() of an
 * exact str; str.isdigit(), str.islower(). */
PyObject *sp_stem(WordLookup *l, PyObject *lower);
PyObject *sp_lowered(PyObject *word);
int sp_isdigit(PyObject *s);
int sp_islower(PyObject *s);
/* keyphrases_fill.c: keyphrases._chunk_table's `pieces` of a chunk (an exact str), its tokens' table
 * filled on the way, as a new tuple; the chunk kept in the table when short. */
PyObject *kp_fill_chunk(WordLookup *l, PyObject *chunk);

#endif
