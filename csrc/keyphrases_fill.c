/* The keyphrases' chunk and token tables filled in C (see tables.c): keyphrases._chunk_table's
 * `pieces` (a chunk's matches of _PIECE, each looked up in the token table) and `describe` (a token
 * -> (word, stem) for a content word, else None), with the same tests in the same order. */
#include "keyphrases.h"

/* What may join two runs of word characters inside a token (keyphrases._TOKEN): - ' ’ */
static inline int
is_token_joiner(Py_UCS4 ch)
{
    return ch == '-' || ch == '\'' || ch == 0x2019;
}

/* The next match of keyphrases._PIECE (\w+(?:[-'’]\w+)*|[^\w\s]+) at or after *at in text[0:n]: 1
 * with its span [*start, *at), or 0 when there is none. */
static int
next_piece(int kind, const void *data, Py_ssize_t n, Py_ssize_t *at, Py_ssize_t *start)
{
    Py_ssize_t i = *at;
    while (i < n && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i))) {
        i++;
    }
    if (i == n) {
        return 0;
    }
    *start = i;
    if (is_word(PyUnicode_READ(kind, data, i))) {
        while (i < n && is_word(PyUnicode_READ(kind, data, i))) {
            i++;
        }
        while (i + 1 < n && is_token_joiner(PyUnicode_READ(kind, data, i))
               && is_word(PyUnicode_READ(kind, data, i + 1))) {
            i += 2;
            while (i < n && is_word(PyUnicode_READ(kind, data, i))) {
                i++;
            }
        }
    }
    else {
        while (i < n && !is_word(PyUnicode_READ(kind, data, i)) && !Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, i))) {
            i++;
        }
    }
    *at = i;
    return 1;
}

/* Whether str `s` ends with "ed". */
static int
ends_ed(PyObject *s)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    return n >= 2 && PyUnicode_READ_CHAR(s, n - 2) == 'e' && PyUnicode_READ_CHAR(s, n - 1) == 'd';
}

/* `describe`'s test of a word (its possessive cut) whose lowercase is `lower`: 1 for a content word. */
static int
is_content(WordLookup *l, PyObject *word, PyObject *lower)
{
    int in = PySet_Contains(l->stop, lower);
    if (in == 0) {
        in = PySet_Contains(l->calendar, lower);
    }
    if (in != 0) {
        return in < 0 ? -1 : 0;
    }
    if (!sp_islower(word)) {
        return 1;
    }
    if (ends_ed(lower)) {
        return 0;
    }
    in = PySet_Contains(l->verbs, lower);
    return in < 0 ? -1 : !in;
}

/* `describe`: (word, stem of its lowercase) for a content token, else None; a new reference. */
static PyObject *
describe(WordLookup *l, PyObject *token)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(token);
    int possessive = n >= 2 && PyUnicode_READ_CHAR(token, n - 1) == 's'
                     && (PyUnicode_READ_CHAR(token, n - 2) == '\'' || PyUnicode_READ_CHAR(token, n - 2) == 0x2019);
    Py_ssize_t length = possessive ? n - 2 : n;
    /* word[:1].isalnum() and len(word) > 1 and not word.isdigit(), before the word is made */
    if (length < 2 || !Py_UNICODE_ISALNUM(PyUnicode_READ_CHAR(token, 0))) {
        Py_RETURN_NONE;
    }
    PyObject *word = possessive ? PyUnicode_Substring(token, 0, length) : Py_NewRef(token);
    if (word == NULL) {
        return NULL;
    }
    PyObject *lower = NULL, *value = NULL;
    int content = sp_isdigit(word) ? 0 : 1;
    if (content) {
        lower = sp_lowered(word);
        content = lower == NULL ? -1 : is_content(l, word, lower);
    }
    if (content > 0) {
        PyObject *stem = sp_stem(l, lower);
        value = stem == NULL ? NULL : PyTuple_Pack(2, word, stem);
        Py_XDECREF(stem);
    }
    else if (content == 0) {
        value = Py_NewRef(Py_None);
    }
    Py_XDECREF(lower);
    Py_DECREF(word);
    return value;
}

/* The token table's value of text[start:end] (the whole `text` when it is all of it), made by
 * `describe` when missing (WordTable.__missing__: the table starts again at its limit). */
static PyObject *
token_value(WordLookup *l, PyObject *text, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *token = start == 0 && end == PyUnicode_GET_LENGTH(text) ? Py_NewRef(text)
                                                                      : PyUnicode_Substring(text, start, end);
    if (token == NULL) {
        return NULL;
    }
    PyObject *value = PyDict_GetItemWithError(l->other, token);
    if (value != NULL || PyErr_Occurred()) {
        Py_XINCREF(value);
        Py_DECREF(token);
        return value;
    }
    if (PyDict_GET_SIZE(l->other) >= l->other_limit) {
        PyDict_Clear(l->other);
    }
    value = describe(l, token);
    if (value != NULL && PyDict_SetItem(l->other, token, value) < 0) {
        Py_CLEAR(value);
    }
    Py_DECREF(token);
    return value;
}

PyObject *
kp_fill_chunk(WordLookup *l, PyObject *chunk)
{
    int kind = PyUnicode_KIND(chunk);
    const void *data = PyUnicode_DATA(chunk);
    Py_ssize_t n = PyUnicode_GET_LENGTH(chunk), at = 0, start, count = 0;
    while (next_piece(kind, data, n, &at, &start)) {
        count++;
    }
    PyObject *pieces = PyTuple_New(count);
    at = 0;
    for (Py_ssize_t j = 0; pieces != NULL && next_piece(kind, data, n, &at, &start); j++) {
        PyObject *value = token_value(l, chunk, start, at);
        if (value == NULL) {
            Py_CLEAR(pieces);
            break;
        }
        PyTuple_SET_ITEM(pieces, j, value);
    }
    if (pieces == NULL || n > CACHED_CHUNK_CHARS) { /* _ChunkTable.__missing__: a long chunk is not kept */
        return pieces;
    }
    if (PyDict_GET_SIZE(l->table) >= l->limit) {
        PyDict_Clear(l->table);
    }
    if (PyDict_SetItem(l->table, chunk, pieces) < 0) {
        Py_CLEAR(pieces);
    }
    return pieces;
}
