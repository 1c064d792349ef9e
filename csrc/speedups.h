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

/* table[key] as a new reference: a dict lookup, and the subclass's __missing__ for a missing key. */
static inline PyObject *
table_get(PyObject *table, PyObject *key)
{
    if (PyDict_Check(table)) {
        PyObject *value = PyDict_GetItemWithError(table, key);
        if (value != NULL) {
            Py_INCREF(value);
            return value;
        }
        if (PyErr_Occurred()) {
            return NULL;
        }
    }
    return PyObject_GetItem(table, key);
}

#endif
