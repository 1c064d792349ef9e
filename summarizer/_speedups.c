/* Compiled twins of the per-token front end (see summarizer/speedups.py).
 *
 * Each function here returns exactly what its pure-Python twin returns (tests/test_speedups.py checks
 * them against each other on the seeds and on generated text). They save the interpreter's work per
 * token: the strings and the lists are the same Python objects the Python path builds.
 *
 *   words(text)                    language._words_python: the matches of \w+(?:[-'’.,]\w+)*
 *   terms(table, words)            Lexicon.terms: the non-empty table values of the words
 *   pieces(table, words)           Lexicon.stems: the table's tuples of the words, concatenated
 *   first_seen(documents)          {token: index} in the order tokens first occur
 *   codes(documents, vocabulary)   the vocabulary index of every token, as int64 bytes (a bytearray)
 *   occurrences(sentences, chunks) keyphrases._occurrences_python
 *
 * A "table" is a dict, or a dict subclass with __missing__ (summarizer.language.WordTable): a present
 * key costs one dict lookup, a missing one goes through the subclass as in Python.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

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

static PyObject *
words(PyObject *Py_UNUSED(module), PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_Format(PyExc_TypeError, "expected a str, not %.100s", Py_TYPE(text)->tp_name);
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
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
        PyObject *word = PyUnicode_Substring(text, start, i);
        if (word == NULL || PyList_Append(out, word) < 0) {
            Py_XDECREF(word);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(word);
    }
    return out;
}

/* Whether a METH_FASTCALL function got its two positional arguments (else a TypeError is set). */
static int
two_arguments(const char *name, Py_ssize_t nargs)
{
    if (nargs == 2) {
        return 1;
    }
    PyErr_Format(PyExc_TypeError, "%s() takes 2 positional arguments but %zd were given", name, nargs);
    return 0;
}

/* table[key] as a new reference: a dict lookup, and the subclass's __missing__ for a missing key. */
static PyObject *
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

static PyObject *
terms(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!two_arguments("terms", nargs)) {
        return NULL;
    }
    PyObject *table = args[0];
    PyObject *seq = PySequence_Fast(args[1], "words must be iterable");
    if (seq == NULL) {
        return NULL;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        goto fail;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *term = table_get(table, items[i]);
        if (term == NULL) {
            goto fail;
        }
        int keep = PyObject_IsTrue(term);
        if (keep < 0 || (keep && PyList_Append(out, term) < 0)) {
            Py_DECREF(term);
            goto fail;
        }
        Py_DECREF(term);
    }
    Py_DECREF(seq);
    return out;
fail:
    Py_XDECREF(out);
    Py_DECREF(seq);
    return NULL;
}

static PyObject *
pieces(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!two_arguments("pieces", nargs)) {
        return NULL;
    }
    PyObject *table = args[0];
    PyObject *seq = PySequence_Fast(args[1], "words must be iterable");
    if (seq == NULL) {
        return NULL;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    PyObject *out = PyList_New(0);
    if (out == NULL) {
        goto fail;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *value = table_get(table, items[i]);
        if (value == NULL) {
            goto fail;
        }
        PyObject *parts = PySequence_Fast(value, "a table value must be a sequence");
        Py_DECREF(value);
        if (parts == NULL) {
            goto fail;
        }
        Py_ssize_t m = PySequence_Fast_GET_SIZE(parts);
        PyObject **part = PySequence_Fast_ITEMS(parts);
        for (Py_ssize_t j = 0; j < m; j++) {
            if (PyList_Append(out, part[j]) < 0) {
                Py_DECREF(parts);
                goto fail;
            }
        }
        Py_DECREF(parts);
    }
    Py_DECREF(seq);
    return out;
fail:
    Py_XDECREF(out);
    Py_DECREF(seq);
    return NULL;
}

static PyObject *
first_seen(PyObject *Py_UNUSED(module), PyObject *documents)
{
    PyObject *docs = PySequence_Fast(documents, "documents must be iterable");
    if (docs == NULL) {
        return NULL;
    }
    PyObject *vocabulary = PyDict_New();
    if (vocabulary == NULL) {
        goto fail;
    }
    for (Py_ssize_t d = 0; d < PySequence_Fast_GET_SIZE(docs); d++) {
        PyObject *doc = PySequence_Fast(PySequence_Fast_GET_ITEM(docs, d), "a document must be iterable");
        if (doc == NULL) {
            goto fail;
        }
        for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(doc); i++) {
            PyObject *token = PySequence_Fast_GET_ITEM(doc, i);
            int known = PyDict_Contains(vocabulary, token);
            if (known < 0) {
                Py_DECREF(doc);
                goto fail;
            }
            if (!known) {
                PyObject *index = PyLong_FromSsize_t(PyDict_GET_SIZE(vocabulary));
                if (index == NULL || PyDict_SetItem(vocabulary, token, index) < 0) {
                    Py_XDECREF(index);
                    Py_DECREF(doc);
                    goto fail;
                }
                Py_DECREF(index);
            }
        }
        Py_DECREF(doc);
    }
    Py_DECREF(docs);
    return vocabulary;
fail:
    Py_XDECREF(vocabulary);
    Py_DECREF(docs);
    return NULL;
}

static PyObject *
codes(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
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

/* ---- keyphrase candidates (summarizer/keyphrases.py) ---- */

#define MAX_WORDS 3

typedef struct {
    PyObject *occurrences; /* key (tuple of stems) -> list of written forms */
    PyObject *weights;     /* stem -> float */
    PyObject *space;       /* " " */
    double early;
} Tally;

static int
add_weight(Tally *t, PyObject *stem)
{
    PyObject *old = PyDict_GetItemWithError(t->weights, stem);
    if (old == NULL && PyErr_Occurred()) {
        return -1;
    }
    double base = old == NULL ? 0.0 : PyFloat_AsDouble(old);
    if (base == -1.0 && PyErr_Occurred()) {
        return -1;
    }
    PyObject *value = PyFloat_FromDouble(base + t->early);
    if (value == NULL) {
        return -1;
    }
    int status = PyDict_SetItem(t->weights, stem, value);
    Py_DECREF(value);
    return status;
}

/* One phrase: pairs[0:count], each a (word, stem) tuple. */
static int
tally_phrase(Tally *t, PyObject **pairs, Py_ssize_t count)
{
    PyObject *form = NULL, *key = NULL;
    int status = -1;
    key = PyTuple_New(count);
    if (key == NULL) {
        return -1;
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *stem = PyTuple_GET_ITEM(pairs[i], 1);
        Py_INCREF(stem);
        PyTuple_SET_ITEM(key, i, stem);
    }
    if (count == 1) {
        form = PyTuple_GET_ITEM(pairs[0], 0);
        Py_INCREF(form);
    }
    else {
        PyObject *written = PyList_New(count);
        if (written == NULL) {
            goto done;
        }
        for (Py_ssize_t i = 0; i < count; i++) {
            PyObject *word = PyTuple_GET_ITEM(pairs[i], 0);
            Py_INCREF(word);
            PyList_SET_ITEM(written, i, word);
        }
        form = PyUnicode_Join(t->space, written);
        Py_DECREF(written);
        if (form == NULL) {
            goto done;
        }
    }
    for (Py_ssize_t i = 0; i < count; i++) {
        if (add_weight(t, PyTuple_GET_ITEM(key, i)) < 0) {
            goto done;
        }
    }
    PyObject *forms = PyDict_GetItemWithError(t->occurrences, key);
    if (forms != NULL) {
        status = PyList_Append(forms, form);
    }
    else if (!PyErr_Occurred()) {
        forms = PyList_New(1);
        if (forms != NULL) {
            Py_INCREF(form);
            PyList_SET_ITEM(forms, 0, form);
            status = PyDict_SetItem(t->occurrences, key, forms);
            Py_DECREF(forms);
        }
    }
done:
    Py_XDECREF(form);
    Py_DECREF(key);
    return status;
}

static int
starts_upper(PyObject *pair)
{
    PyObject *word = PyTuple_GET_ITEM(pair, 0);
    return PyUnicode_GET_LENGTH(word) > 0 && Py_UNICODE_ISUPPER(PyUnicode_READ_CHAR(word, 0));
}

/* A run of content words: itself when short, else its capitalized stretches, each cut to its last
 * MAX_WORDS words (keyphrases._phrases). */
static int
tally_run(Tally *t, PyObject *run)
{
    Py_ssize_t n = PyList_GET_SIZE(run);
    PyObject **pairs = ((PyListObject *)run)->ob_item;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyTuple_Check(pairs[i]) || PyTuple_GET_SIZE(pairs[i]) != 2 || !PyUnicode_Check(PyTuple_GET_ITEM(pairs[i], 0))) {
            PyErr_SetString(PyExc_TypeError, "a content piece must be a (word, stem) tuple");
            return -1;
        }
    }
    if (n <= MAX_WORDS) {
        return n ? tally_phrase(t, pairs, n) : 0;
    }
    Py_ssize_t start = 0; /* of the current capitalized stretch */
    for (Py_ssize_t i = 0; i <= n; i++) {
        if (i < n && starts_upper(pairs[i])) {
            continue;
        }
        if (i > start) {
            Py_ssize_t from = i - start > MAX_WORDS ? i - MAX_WORDS : start;
            if (tally_phrase(t, pairs + from, i - from) < 0) {
                return -1;
            }
        }
        start = i + 1;
    }
    return 0;
}

static PyObject *
occurrences(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!two_arguments("occurrences", nargs)) {
        return NULL;
    }
    PyObject *chunks = args[1];
    Tally t = {PyDict_New(), PyDict_New(), PyUnicode_FromString(" "), 0.0};
    PyObject *run = PyList_New(0);
    PyObject *iter = PyObject_GetIter(args[0]);
    PyObject *sentence = NULL, *result = NULL;
    if (t.occurrences == NULL || t.weights == NULL || t.space == NULL || run == NULL || iter == NULL) {
        goto done;
    }
    while ((sentence = PyIter_Next(iter)) != NULL) {
        PyObject *position = PyObject_GetAttrString(sentence, "position");
        if (position == NULL) {
            goto done;
        }
        double p = PyFloat_AsDouble(position);
        Py_DECREF(position);
        if (p == -1.0 && PyErr_Occurred()) {
            goto done;
        }
        t.early = 1.0 + 1.0 / (1.0 + p);
        PyObject *text = PyObject_GetAttrString(sentence, "text");
        if (text == NULL) {
            goto done;
        }
        PyObject *split = PyUnicode_Split(text, NULL, -1);
        Py_DECREF(text);
        if (split == NULL) {
            goto done;
        }
        for (Py_ssize_t c = 0; c < PyList_GET_SIZE(split); c++) {
            PyObject *found = table_get(chunks, PyList_GET_ITEM(split, c));
            PyObject *parts = found == NULL ? NULL : PySequence_Fast(found, "a chunk's pieces must be a sequence");
            Py_XDECREF(found);
            if (parts == NULL) {
                Py_DECREF(split);
                goto done;
            }
            for (Py_ssize_t j = 0; j < PySequence_Fast_GET_SIZE(parts); j++) {
                PyObject *piece = PySequence_Fast_GET_ITEM(parts, j);
                int content = PyObject_IsTrue(piece);
                int status = content < 0 ? -1 : content ? PyList_Append(run, piece) : tally_run(&t, run);
                if (status == 0 && !content) {
                    status = PyList_SetSlice(run, 0, PyList_GET_SIZE(run), NULL);
                }
                if (status < 0) {
                    Py_DECREF(parts);
                    Py_DECREF(split);
                    goto done;
                }
            }
            Py_DECREF(parts);
        }
        Py_DECREF(split);
        if (tally_run(&t, run) < 0 || PyList_SetSlice(run, 0, PyList_GET_SIZE(run), NULL) < 0) {
            goto done;
        }
        Py_CLEAR(sentence);
    }
    if (!PyErr_Occurred()) {
        result = PyTuple_Pack(2, t.occurrences, t.weights);
    }
done:
    Py_XDECREF(sentence);
    Py_XDECREF(iter);
    Py_XDECREF(run);
    Py_XDECREF(t.space);
    Py_XDECREF(t.weights);
    Py_XDECREF(t.occurrences);
    return result;
}

static PyMethodDef methods[] = {
    {"words", words, METH_O, "The words of a text: the matches of \\w+(?:[-'\u2019.,]\\w+)* in order."},
    {"terms", (PyCFunction)(void (*)(void))terms, METH_FASTCALL, "terms(table, words): the non-empty table[w], in order."},
    {"pieces", (PyCFunction)(void (*)(void))pieces, METH_FASTCALL, "pieces(table, words): the table[w] tuples, concatenated."},
    {"first_seen", first_seen, METH_O, "first_seen(documents): {token: index}, indices in first-seen order."},
    {"codes", (PyCFunction)(void (*)(void))codes, METH_FASTCALL,
     "codes(documents, vocabulary): vocabulary[token] of every token in order, as int64 bytes."},
    {"occurrences", (PyCFunction)(void (*)(void))occurrences, METH_FASTCALL,
     "occurrences(sentences, chunks): the written forms of each keyphrase candidate and the stem weights."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "summarizer._speedups",
    "Compiled twins of the per-token front end; summarizer.speedups says which path runs.", 0, methods,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModule_Create(&module);
}
