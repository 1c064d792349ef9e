/* Words, their table lookups and their codes: the twins of language.words, Lexicon.terms and
 * Lexicon.stems, and of the vocabulary and codes of vectorize.count_matrix. */
#include "speedups.h"
#include <stdint.h>
#include <string.h>

/* \w of Python's re for str patterns: a character str.isalnum() accepts, or the underscore. */
static inline int
is_word(Py_UCS4 ch)
{
    if (ch < 128) {
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
    }
    return Py_UNICODE_ISALNUM(ch);
}

/* What may join two runs of word characters inside one word: - ' ’ . , */
static inline int
is_joiner(Py_UCS4 ch)
{
    return ch == '-' || ch == '\'' || ch == 0x2019 || ch == '.' || ch == ',';
}

/* One str per distinct word of one-byte text, kept by the process: a word seen before is handed out
 * again (a new reference) instead of being made anew. Its hash, once computed by the first table that
 * looks it up, stays with it, and every later dict lookup matches it by identity; news repeats its
 * words, so most of an article's words are found here. Open addressing on FNV-1a of the bytes; past
 * WORD_CACHE_LIMIT words the cache starts again (as summarizer.language.WordTable does), so memory stays
 * bounded: at most some 16,000 short strings, most of them keys of the lexicon's tables anyway. */
#define WORD_CACHE_SLOTS 32768 /* a power of two, twice the limit */
#define WORD_CACHE_LIMIT 16384
#define WORD_CACHE_LONGEST 40 /* longer words (rare) are made anew */
static PyObject *word_cache[WORD_CACHE_SLOTS];
static Py_ssize_t word_cache_size;

static void
word_cache_clear(void)
{
    for (Py_ssize_t i = 0; i < WORD_CACHE_SLOTS; i++) {
        Py_CLEAR(word_cache[i]);
    }
    word_cache_size = 0;
}

/* text[start:end] as a str (a new reference): the cached one when one-byte text has had it before. */
static PyObject *
word_at(PyObject *text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    Py_ssize_t length = end - start;
    if (kind != PyUnicode_1BYTE_KIND || length > WORD_CACHE_LONGEST) {
        return PyUnicode_Substring(text, start, end);
    }
    const Py_UCS1 *bytes = (const Py_UCS1 *)data + start;
    uint64_t hash = 14695981039346656037ULL;
    for (Py_ssize_t i = 0; i < length; i++) {
        hash = (hash ^ bytes[i]) * 1099511628211ULL;
    }
    size_t slot = (size_t)(hash ^ (hash >> 32)) & (WORD_CACHE_SLOTS - 1);
    for (PyObject *seen; (seen = word_cache[slot]) != NULL; slot = (slot + 1) & (WORD_CACHE_SLOTS - 1)) {
        if (PyUnicode_GET_LENGTH(seen) == length && memcmp(PyUnicode_1BYTE_DATA(seen), bytes, length) == 0) {
            Py_INCREF(seen);
            return seen;
        }
    }
    PyObject *word = PyUnicode_Substring(text, start, end);
    if (word == NULL) {
        return NULL;
    }
    if (word_cache_size >= WORD_CACHE_LIMIT) {
        word_cache_clear();
        slot = (size_t)(hash ^ (hash >> 32)) & (WORD_CACHE_SLOTS - 1);
    }
    Py_INCREF(word);
    word_cache[slot] = word;
    word_cache_size++;
    return word;
}

/* The words of text[0:n], read as `kind` (a constant where it is inlined, so that each kind of
 * string gets its own loop without a switch at every character). */
static inline Py_ALWAYS_INLINE PyObject *
words_of(PyObject *text, int kind, const void *data, Py_ssize_t n)
{
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t i = 0;
    while (i < n) {
        if (!is_word(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < n && is_word(PyUnicode_READ(kind, data, i))) {
            i++;
        }
        while (i + 1 < n && is_joiner(PyUnicode_READ(kind, data, i)) && is_word(PyUnicode_READ(kind, data, i + 1))) {
            i += 2;
            while (i < n && is_word(PyUnicode_READ(kind, data, i))) {
                i++;
            }
        }
        PyObject *word = word_at(text, kind, data, start, i);
        if (word == NULL || PyList_Append(out, word) < 0) {
            Py_XDECREF(word);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(word);
    }
    return out;
}

PyObject *
sp_words(PyObject *Py_UNUSED(module), PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "expected a str, not %.100s", Py_TYPE(text)->tp_name);
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    const void *data = PyUnicode_DATA(text);
    switch (PyUnicode_KIND(text)) {
    case PyUnicode_1BYTE_KIND:
        return words_of(text, PyUnicode_1BYTE_KIND, data, n);
    case PyUnicode_2BYTE_KIND:
        return words_of(text, PyUnicode_2BYTE_KIND, data, n);
    default:
        return words_of(text, PyUnicode_4BYTE_KIND, data, n);
    }
}

/* Calls `take(context, token)` on each token the table gives a word: the value itself, when
 * `concatenate` is 0 and the value is true (Lexicon.terms), or every item of it, when 1
 * (Lexicon.stems). */
typedef int (*TakeToken)(void *context, PyObject *token);

static int
each_token(PyObject *table, PyObject *word, int concatenate, TakeToken take, void *context)
{
    PyObject *value = table_get(table, word);
    if (value == NULL) {
        return -1;
    }
    int status = 0;
    if (!concatenate) {
        int keep = PyObject_IsTrue(value);
        status = keep < 0 ? -1 : keep ? take(context, value) : 0;
    }
    else {
        PyObject *parts = PySequence_Fast(value, "a table value must be a sequence");
        status = parts == NULL ? -1 : 0;
        for (Py_ssize_t j = 0; status == 0 && j < PySequence_Fast_GET_SIZE(parts); j++) {
            status = take(context, PySequence_Fast_GET_ITEM(parts, j));
        }
        Py_XDECREF(parts);
    }
    Py_DECREF(value);
    return status;
}

static int
append_token(void *list, PyObject *token)
{
    return PyList_Append((PyObject *)list, token);
}

/* Appends what the table says of a word to `out` (see each_token). */
static int
append_looked_up(PyObject *out, PyObject *table, PyObject *word, int concatenate)
{
    return each_token(table, word, concatenate, append_token, out);
}

static PyObject *
look_up(const char *name, PyObject *const *args, Py_ssize_t nargs, int concatenate)
{
    if (!two_arguments(name, nargs)) {
        return NULL;
    }
    PyObject *seq = PySequence_Fast(args[1], "words must be iterable");
    if (seq == NULL) {
        return NULL;
    }
    PyObject *out = PyList_New(0);
    for (Py_ssize_t i = 0; out != NULL && i < PySequence_Fast_GET_SIZE(seq); i++) {
        if (append_looked_up(out, args[0], PySequence_Fast_GET_ITEM(seq, i), concatenate) < 0) {
            Py_CLEAR(out);
        }
    }
    Py_DECREF(seq);
    return out;
}

PyObject *
sp_terms(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    return look_up("terms", args, nargs, 0);
}

PyObject *
sp_pieces(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    return look_up("pieces", args, nargs, 1);
}

PyObject *
sp_codes(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!two_arguments("codes", nargs)) {
        return NULL;
    }
    PyObject *vocabulary = args[1];
    if (!PyDict_Check(vocabulary)) {
        PyErr_SetString(PyExc_TypeError, "the vocabulary must be a dict");
        return NULL;
    }
    PyObject *docs = PySequence_Fast(args[0], "documents must be iterable");
    if (docs == NULL) {
        return NULL;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(docs);
    PyObject *out = NULL;
    PyObject **fast = PyMem_Calloc(n ? n : 1, sizeof(PyObject *));
    if (fast == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t total = 0;
    for (Py_ssize_t d = 0; d < n; d++) {
        fast[d] = PySequence_Fast(PySequence_Fast_GET_ITEM(docs, d), "a document must be iterable");
        if (fast[d] == NULL) {
            goto done;
        }
        total += PySequence_Fast_GET_SIZE(fast[d]);
    }
    out = PyByteArray_FromStringAndSize(NULL, total * (Py_ssize_t)sizeof(int64_t));
    if (out == NULL) {
        goto done;
    }
    int64_t *ids = (int64_t *)PyByteArray_AS_STRING(out);
    for (Py_ssize_t d = 0; d < n; d++) {
        for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(fast[d]); i++) {
            PyObject *token = PySequence_Fast_GET_ITEM(fast[d], i);
            PyObject *index = PyDict_GetItemWithError(vocabulary, token);
            if (index == NULL) {
                if (!PyErr_Occurred()) {
                    PyErr_SetObject(PyExc_KeyError, token);
                }
                Py_CLEAR(out);
                goto done;
            }
            long long value = PyLong_AsLongLong(index);
            if (value == -1 && PyErr_Occurred()) {
                Py_CLEAR(out);
                goto done;
            }
            *ids++ = (int64_t)value;
        }
    }
done:
    if (fast != NULL) {
        for (Py_ssize_t d = 0; d < n; d++) {
            Py_XDECREF(fast[d]);
        }
        PyMem_Free(fast);
    }
    Py_DECREF(docs);
    return out;
}

/* A growing array of int64. */
typedef struct {
    int64_t *items;
    Py_ssize_t size, capacity;
} Codes;

static int
codes_push(Codes *c, int64_t value)
{
    if (c->size == c->capacity) {
        Py_ssize_t capacity = c->capacity ? 2 * c->capacity : 1024;
        int64_t *items = PyMem_Realloc(c->items, capacity * sizeof(int64_t));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        c->items = items;
        c->capacity = capacity;
    }
    c->items[c->size++] = value;
    return 0;
}

static PyObject *
codes_bytes(const Codes *c)
{
    return PyByteArray_FromStringAndSize((const char *)c->items, c->size * (Py_ssize_t)sizeof(int64_t));
}

/* The column of `token` in `vocabulary` (added at the end when new) plus `offset`, pushed on `out`. */
static int
push_code(Codes *out, PyObject *vocabulary, PyObject *token, int64_t offset)
{
    PyObject *index = PyDict_GetItemWithError(vocabulary, token);
    Py_ssize_t local;
    if (index != NULL) {
        local = PyLong_AsSsize_t(index);
        if (local == -1 && PyErr_Occurred()) {
            return -1;
        }
    }
    else {
        if (PyErr_Occurred()) {
            return -1;
        }
        local = PyDict_GET_SIZE(vocabulary);
        PyObject *fresh = PyLong_FromSsize_t(local);
        if (fresh == NULL || PyDict_SetItem(vocabulary, token, fresh) < 0) {
            Py_XDECREF(fresh);
            return -1;
        }
        Py_DECREF(fresh);
    }
    return codes_push(out, offset + (int64_t)local);
}

/* Where the tokens of an article's sentence go: their columns, and how many there are. */
typedef struct {
    Codes *columns;
    PyObject *vocabulary;
    int64_t offset, count;
} Coding;

static int
code_token(void *context, PyObject *token)
{
    Coding *c = context;
    c->count++;
    return push_code(c->columns, c->vocabulary, token, c->offset);
}

/* The sentences of one article, coded into `columns` (its own vocabulary, columns from `offset`). */
static PyObject *
code_article(Codes *columns, Codes *lengths, PyObject *table, PyObject *article, int concatenate, int64_t offset)
{
    PyObject *sentences = PySequence_Fast(article, "an article must be a sequence of sentences");
    if (sentences == NULL) {
        return NULL;
    }
    PyObject *vocabulary = PyDict_New();
    for (Py_ssize_t s = 0; vocabulary != NULL && s < PySequence_Fast_GET_SIZE(sentences); s++) {
        PyObject *found = PySequence_Fast(PySequence_Fast_GET_ITEM(sentences, s), "a sentence must be a sequence of words");
        Coding coding = {columns, vocabulary, offset, 0};
        int status = found == NULL ? -1 : 0;
        for (Py_ssize_t i = 0; status == 0 && i < PySequence_Fast_GET_SIZE(found); i++) {
            status = each_token(table, PySequence_Fast_GET_ITEM(found, i), concatenate, code_token, &coding);
        }
        Py_XDECREF(found);
        if (status < 0 || codes_push(lengths, coding.count) < 0) {
            Py_CLEAR(vocabulary);
        }
    }
    Py_DECREF(sentences);
    return vocabulary;
}

PyObject *
sp_chunk_codes(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 3) {
        PyErr_Format(PyExc_TypeError, "chunk_codes() takes 3 positional arguments but %zd were given", nargs);
        return NULL;
    }
    int concatenate = PyObject_IsTrue(args[2]);
    if (concatenate < 0) {
        return NULL;
    }
    PyObject *tables = PySequence_Fast(args[0], "tables must be a sequence");
    if (tables == NULL) {
        return NULL;
    }
    PyObject *articles = PySequence_Fast(args[1], "articles must be a sequence");
    if (articles == NULL) {
        Py_DECREF(tables);
        return NULL;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(articles);
    PyObject *vocabularies = NULL, *result = NULL;
    Codes columns = {NULL, 0, 0}, lengths = {NULL, 0, 0};
    if (PySequence_Fast_GET_SIZE(tables) != n) {
        PyErr_SetString(PyExc_ValueError, "one table per article is needed");
        goto done;
    }
    vocabularies = PyList_New(n);
    int64_t offset = 0;
    for (Py_ssize_t a = 0; vocabularies != NULL && a < n; a++) {
        PyObject *vocabulary = code_article(&columns, &lengths, PySequence_Fast_GET_ITEM(tables, a),
                                            PySequence_Fast_GET_ITEM(articles, a), concatenate, offset);
        if (vocabulary == NULL) {
            goto done;
        }
        offset += PyDict_GET_SIZE(vocabulary);
        PyList_SET_ITEM(vocabularies, a, vocabulary);
    }
    if (vocabularies != NULL) {
        PyObject *c = codes_bytes(&columns), *l = codes_bytes(&lengths);
        if (c != NULL && l != NULL) {
            result = PyTuple_Pack(3, vocabularies, c, l);
        }
        Py_XDECREF(c);
        Py_XDECREF(l);
    }
done:
    Py_XDECREF(vocabularies);
    PyMem_Free(columns.items);
    PyMem_Free(lengths.items);
    Py_DECREF(tables);
    Py_DECREF(articles);
    return result;
}
