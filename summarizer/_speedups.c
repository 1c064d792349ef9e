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
 *   scores(candidates, weights)    keyphrases._scores_python
 *   sentence_spans(text, ...)      segment._spans_python (with _unglue)
 *
 * A "table" is a dict, or a dict subclass with __missing__ (summarizer.language.WordTable): a present
 * key costs one dict lookup, a missing one goes through the subclass as in Python.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
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

static PyObject *builtin_sum; /* builtins.sum, looked up when the module is imported */

/* The score of each candidate (keyphrases._scores_python): its number of occurrences times the mean
 * weight of its stems times 1 + 0.5 per word past the first. The mean's sum is Python's own sum(), so
 * that it is the same float on every Python version (3.12 compensates the rounding of float sums). */
static PyObject *
scores(PyObject *Py_UNUSED(module), PyObject *const *args, Py_ssize_t nargs)
{
    if (!two_arguments("scores", nargs)) {
        return NULL;
    }
    PyObject *candidates = args[0], *weights = args[1];
    if (!PyDict_Check(candidates)) {
        PyErr_SetString(PyExc_TypeError, "the candidates must be a dict");
        return NULL;
    }
    PyObject *out = PyDict_New();
    if (out == NULL) {
        return NULL;
    }
    Py_ssize_t pos = 0;
    PyObject *key, *forms;
    while (PyDict_Next(candidates, &pos, &key, &forms)) {
        Py_ssize_t n = PyObject_Length(key), occurrences = PyObject_Length(forms);
        PyObject *values = n < 0 || occurrences < 0 ? NULL : PyTuple_New(n);
        if (values == NULL) {
            goto fail;
        }
        for (Py_ssize_t i = 0; i < n; i++) {
            PyObject *stem = PySequence_GetItem(key, i);
            PyObject *weight = stem == NULL ? NULL : PyObject_GetItem(weights, stem);
            Py_XDECREF(stem);
            if (weight == NULL) {
                Py_DECREF(values);
                goto fail;
            }
            PyTuple_SET_ITEM(values, i, weight);
        }
        PyObject *total = PyObject_CallOneArg(builtin_sum, values);
        Py_DECREF(values);
        double t = total == NULL ? -1.0 : PyFloat_AsDouble(total);
        Py_XDECREF(total);
        if (t == -1.0 && PyErr_Occurred()) {
            goto fail;
        }
        if (n == 0) {
            PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero");
            goto fail;
        }
        /* Python's order of operations; no product here is added to anything but 1.0 after an exact
         * halving, so a fused multiply-add could not change a result either. */
        double score = ((double)occurrences * (t / (double)n)) * (1.0 + 0.5 * (double)(n - 1));
        PyObject *value = PyFloat_FromDouble(score);
        if (value == NULL || PyDict_SetItem(out, key, value) < 0) {
            Py_XDECREF(value);
            goto fail;
        }
        Py_DECREF(value);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* ---- sentence segmentation (summarizer/segment.py) ---- */

#define READ(i) PyUnicode_READ(kind, data, (i))

static inline int
is_line_break(Py_UCS4 ch) /* segment.LINE_BREAKS, str.splitlines' set */
{
    return (ch >= '\n' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1e) || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
}

static inline int
is_terminal(Py_UCS4 ch) /* [.!?…] */
{
    return ch == '.' || ch == '!' || ch == '?' || ch == 0x2026;
}

static inline int
is_closer(Py_UCS4 ch) /* ["'’”»)\]]: a closing element of one character */
{
    return ch == '"' || ch == '\'' || ch == 0x2019 || ch == 0x201d || ch == 0xbb || ch == ')' || ch == ']';
}

static inline int
is_spaced_closer(Py_UCS4 ch) /* [)\]”»]: a closing element after a space or tab */
{
    return ch == ')' || ch == ']' || ch == 0x201d || ch == 0xbb;
}

static inline int
is_opener(Py_UCS4 ch) /* segment._OPENERS */
{
    switch (ch) {
    case '"': case '\'': case '`': case 0x201c: case 0x2018: case 0x2019: case 0xab: case '(': case '[':
    case '{': case 0xbf: case 0xa1: case '-': case 0x2013: case 0x2014: case '*': case 0x2022:
        return 1;
    default:
        return 0;
    }
}

static inline int
is_quote(Py_UCS4 ch) /* segment._QUOTES */
{
    return ch == '"' || ch == '\'' || ch == '`' || ch == 0x201c || ch == 0x2018;
}

static inline int
is_continuation(Py_UCS4 ch) /* segment._CONTINUATIONS */
{
    return ch == '.' || ch == '?' || ch == '!' || ch == 0x2026 || ch == ',' || ch == ';' || ch == ':';
}

/* str.islower() of text[start:end]: no upper or title case character, and at least one lower. */
static int
span_islower(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    int cased = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 ch = READ(i);
        if (Py_UNICODE_ISUPPER(ch) || Py_UNICODE_ISTITLE(ch)) {
            return 0;
        }
        if (!cased && Py_UNICODE_ISLOWER(ch)) {
            cased = 1;
        }
    }
    return cased;
}

/* Whether text[start:end], with the trailing characters in `strip` removed, is in `words`. */
static int
span_in(PyObject *text, Py_ssize_t start, Py_ssize_t end, const char *strip, PyObject *words)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    while (end > start && strip != NULL) {
        Py_UCS4 ch = READ(end - 1);
        int found = ch == 0x2019 ? strchr(strip, '~') != NULL
                                 : ch < 128 && ch != 0 && ch != '~' && strchr(strip, (int)ch) != NULL;
        if (!found) {
            break;
        }
        end--;
    }
    PyObject *word = PyUnicode_Substring(text, start, end);
    if (word == NULL) {
        return -1;
    }
    int in = PySet_Contains(words, word);
    Py_DECREF(word);
    return in;
}

/* _INITIALS.fullmatch: [A-Za-z](?:\.[A-Za-z])* */
static int
span_is_initials(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if ((end - start) % 2 == 0) {
        return 0;
    }
    for (Py_ssize_t i = start; i < end; i++) {
        Py_UCS4 ch = READ(i);
        int letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        if ((i - start) % 2 == 0 ? !letter : ch != '.') {
            return 0;
        }
    }
    return 1;
}

/* What segment._compiled_rules() gives: the word tables, the attribution pattern's match method, the
 * limits of rule 7. */
typedef struct {
    PyObject *titles, *numeric, *ambiguous, *suffixes, *starters, *before_name;
    PyObject *attribution;
    Py_ssize_t glued_words, glue_min_words;
} Rules;

/* A candidate of segment._CANDIDATE: the terminal punctuation [p, punct), the closing quotes and
 * brackets [punct, close), then whitespace to `after`, where the next token [after, next) starts. */
typedef struct {
    Py_ssize_t p, punct, close, after, next;
} Candidate;

/* Whether _CANDIDATE matches at p inside the line [.., line_end), as the regex engine would: the
 * longest run of closing elements that whitespace follows. */
static int
match_candidate(int kind, const void *data, Py_ssize_t p, Py_ssize_t line_end, Candidate *c)
{
    Py_ssize_t q = p;
    while (q < line_end && is_terminal(READ(q))) {
        q++;
    }
    if (q == p) {
        return 0;
    }
    Py_ssize_t best = -1, e = q;
    for (;;) {
        if (e < line_end && Py_UNICODE_ISSPACE(READ(e))) {
            best = e; /* the line is stripped: whitespace inside it is followed by a token */
        }
        if (e < line_end && is_closer(READ(e))) {
            e += 1;
        }
        else if (e + 1 < line_end && (READ(e) == ' ' || READ(e) == '\t') && is_spaced_closer(READ(e + 1))) {
            e += 2;
        }
        else if (e + 2 < line_end && (READ(e) == ' ' || READ(e) == '\t') && READ(e + 1) == '\'' && READ(e + 2) == '\'') {
            e += 3;
        }
        else {
            break;
        }
    }
    if (best < 0) {
        return 0;
    }
    Py_ssize_t after = best;
    while (after < line_end && Py_UNICODE_ISSPACE(READ(after))) {
        after++;
    }
    Py_ssize_t next = after;
    while (next < line_end && next - after < 40 && !Py_UNICODE_ISSPACE(READ(next))) {
        next++;
    }
    *c = (Candidate){p, q, best, after, next};
    return 1;
}

/* segment._is_boundary: 1 if the candidate ends a sentence, 0 if not, -1 on an error. */
static int
is_boundary(PyObject *text, const Candidate *c, Py_ssize_t line_start, Py_ssize_t line_end, const Rules *r)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t w = c->after; /* word: the next token without its opening quotes and brackets */
    while (w < c->next && is_opener(READ(w))) {
        w++;
    }
    int quoted = 0;
    for (Py_ssize_t i = c->punct; i < c->close; i++) {
        Py_UCS4 ch = READ(i);
        quoted |= !(ch == ')' || ch == ']' || ch == ' ' || ch == '\t');
    }
    int has_word = w < c->next;
    if (has_word && Py_UNICODE_ISLOWER(READ(w)) && span_islower(kind, data, w, c->next)) {
        return quoted && is_quote(READ(c->after)); /* rule 2 */
    }
    if (has_word && is_continuation(READ(w))) {
        return 0; /* rule 3 */
    }
    int in = span_in(text, w, c->next, ".,", r->suffixes);
    if (in != 0) {
        return in < 0 ? -1 : 0; /* rule 3 */
    }
    if (c->punct - c->p != 1 || READ(c->p) != '.') { /* rule 4 */
        if (quoted && has_word && Py_UNICODE_ISUPPER(READ(w))) {
            in = span_in(text, w, c->next, NULL, r->starters);
            if (in < 0) {
                return -1;
            }
            if (!in) {
                PyObject *found = PyObject_CallFunction(r->attribution, "Onn", text, c->after, line_end);
                if (found == NULL) {
                    return -1;
                }
                int boundary = found == Py_None;
                Py_DECREF(found);
                return boundary;
            }
        }
        return 1;
    }
    if (quoted || c->close > c->punct || c->p == line_start || Py_UNICODE_ISSPACE(READ(c->p - 1))) {
        return 1; /* rule 5 */
    }
    /* The word before the full stop, without opening quotes, within 40 characters (rule 6). */
    Py_ssize_t window = c->p - 40 > line_start ? c->p - 40 : line_start;
    Py_ssize_t b = c->p;
    while (b > window && !Py_UNICODE_ISSPACE(READ(b - 1))) {
        b--;
    }
    while (b < c->p && is_opener(READ(b))) {
        b++;
    }
    if ((in = span_in(text, b, c->p, NULL, r->titles)) != 0) {
        return in < 0 ? -1 : 0;
    }
    if ((in = span_in(text, b, c->p, NULL, r->numeric)) != 0) {
        return in < 0 ? -1 : !(has_word && Py_UNICODE_ISDIGIT(READ(w)));
    }
    if ((in = span_in(text, b, c->p, NULL, r->ambiguous)) < 0) {
        return -1;
    }
    if (in || span_is_initials(kind, data, b, c->p)) {
        if (is_quote(READ(c->after))) {
            return 1;
        }
        return span_in(text, w, c->next, ",;:'~\"", r->starters); /* '~' stands for ’ */
    }
    return 1;
}

static int
append_span(PyObject *spans, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *span = Py_BuildValue("(nn)", start, end);
    int status = span == NULL ? -1 : PyList_Append(spans, span);
    Py_XDECREF(span);
    return status;
}

/* str.isalpha() and str.islower() of text[start:end], and at least one character. */
static int
span_is_lower_word(int kind, const void *data, Py_ssize_t start, Py_ssize_t end)
{
    if (start == end) {
        return 0;
    }
    for (Py_ssize_t i = start; i < end; i++) {
        if (!Py_UNICODE_ISALPHA(READ(i))) {
            return 0;
        }
    }
    return span_islower(kind, data, start, end);
}

/* How many whitespace-separated words text[start:end] has, counted up to `most`. */
static Py_ssize_t
count_words(int kind, const void *data, Py_ssize_t start, Py_ssize_t end, Py_ssize_t most)
{
    Py_ssize_t words = 0;
    int in_word = 0;
    for (Py_ssize_t i = start; i < end && words <= most; i++) {
        int space = Py_UNICODE_ISSPACE(READ(i));
        words += !space && !in_word;
        in_word = !space;
    }
    return words;
}

static inline int
is_ascii_lower(Py_UCS4 ch)
{
    return ch >= 'a' && ch <= 'z';
}

static inline int
is_ascii_upper(Py_UCS4 ch)
{
    return ch >= 'A' && ch <= 'Z';
}

/* Where segment._GLUE matches at the space q (inside [.., end)): 0 if it does not; else 1 with the
 * opener's span [*opener, *opener_end) (empty for a label and colon) and the match's end. */
static int
match_glue(int kind, const void *data, Py_ssize_t q, Py_ssize_t end, Py_ssize_t *opener_end, Py_ssize_t *match_end)
{
    if (READ(q) != ' ' || q == 0 || !is_ascii_lower(READ(q - 1)) || q + 1 >= end || !is_ascii_upper(READ(q + 1))) {
        return 0;
    }
    Py_ssize_t e = q + 2;
    while (e < end && is_ascii_lower(READ(e))) {
        e++;
    }
    if (e + 1 < end && READ(e) == ' ' && is_ascii_lower(READ(e + 1))) { /* an opener, then a lower-case word */
        *opener_end = e;
        *match_end = e + 1;
        return 1;
    }
    if (e > q + 2 && e + 2 < end && READ(e) == ':' && READ(e + 1) == ' ') { /* "Label: " */
        Py_UCS4 ch = READ(e + 2);
        if (ch == '"' || ch == '\'' || ch == 0x2018 || ch == 0x201c || is_ascii_upper(ch)) {
            *opener_end = q + 1;
            *match_end = q + 1;
            return 1;
        }
    }
    return 0;
}

/* segment._unglue: the parts of the span [start, end), split where rule 7 finds glued sentences. */
static int
append_unglued(PyObject *out, PyObject *text, Py_ssize_t start, Py_ssize_t end, const Rules *r)
{
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t spaces = 0;
    for (Py_ssize_t i = start; i < end; i++) {
        spaces += READ(i) == ' ';
    }
    if (spaces < r->glued_words || count_words(kind, data, start, end, r->glued_words) <= r->glued_words) {
        return append_span(out, start, end);
    }
    Py_ssize_t begin = start, q = start;
    while (q < end) {
        Py_ssize_t opener_end, match_end;
        if (!match_glue(kind, data, q, end, &opener_end, &match_end)) {
            q++;
            continue;
        }
        Py_ssize_t at = q;
        q = match_end;
        if (opener_end > at + 1) { /* the opener must be a common sentence opener other than "I" */
            if (opener_end == at + 2 && READ(at + 1) == 'I') {
                continue;
            }
            int in = span_in(text, at + 1, opener_end, NULL, r->starters);
            if (in <= 0) {
                if (in < 0) {
                    return -1;
                }
                continue;
            }
        }
        /* The words before it: at least glue_min_words, the last in lower case and not one after
         * which a name continues the sentence. */
        Py_ssize_t last_end = at, last;
        while (last_end > begin && Py_UNICODE_ISSPACE(READ(last_end - 1))) {
            last_end--;
        }
        last = last_end;
        while (last > begin && !Py_UNICODE_ISSPACE(READ(last - 1))) {
            last--;
        }
        if (count_words(kind, data, begin, at, r->glue_min_words) < r->glue_min_words
            || !span_is_lower_word(kind, data, last, last_end)) {
            continue;
        }
        int in = span_in(text, last, last_end, NULL, r->before_name);
        if (in != 0) {
            if (in < 0) {
                return -1;
            }
            continue;
        }
        if (count_words(kind, data, at + 1, end, r->glue_min_words) <= r->glue_min_words) {
            break; /* too little is left after it to be a sentence of its own */
        }
        if (append_span(out, begin, at) < 0) {
            return -1;
        }
        begin = at + 1;
    }
    return append_span(out, begin, end);
}

/* sentence_spans(text, start, end, rules): segment._spans_python, with segment._compiled_rules(). */
static PyObject *
sentence_spans(PyObject *Py_UNUSED(module), PyObject *args)
{
    PyObject *text;
    Py_ssize_t start, end;
    Rules r;
    if (!PyArg_ParseTuple(args, "Unn(O!O!O!O!O!O!Onn):sentence_spans", &text, &start, &end,
                          &PyFrozenSet_Type, &r.titles, &PyFrozenSet_Type, &r.numeric, &PyFrozenSet_Type,
                          &r.ambiguous, &PyFrozenSet_Type, &r.suffixes, &PyFrozenSet_Type, &r.starters,
                          &PyFrozenSet_Type, &r.before_name, &r.attribution, &r.glued_words, &r.glue_min_words)) {
        return NULL;
    }
    if (start < 0 || end > PyUnicode_GET_LENGTH(text)) {
        PyErr_SetString(PyExc_ValueError, "start and end must be resolved offsets into the text");
        return NULL;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *spans = PyList_New(0), *out = PyList_New(0);
    if (spans == NULL || out == NULL) {
        goto fail;
    }
    Py_ssize_t i = start;
    while (i < end) { /* each line, stripped (segment._LINE) */
        if (Py_UNICODE_ISSPACE(READ(i))) {
            i++;
            continue;
        }
        Py_ssize_t line_start = i, line_end = i;
        for (;;) {
            while (line_end < end && !Py_UNICODE_ISSPACE(READ(line_end))) {
                line_end++;
            }
            Py_ssize_t k = line_end;
            while (k < end && Py_UNICODE_ISSPACE(READ(k)) && !is_line_break(READ(k))) {
                k++;
            }
            if (k == line_end || k == end || Py_UNICODE_ISSPACE(READ(k))) {
                break;
            }
            line_end = k;
        }
        Py_ssize_t sentence_start = line_start, p = line_start;
        Candidate c;
        while (p < line_end) {
            if (!is_terminal(READ(p)) || !match_candidate(kind, data, p, line_end, &c)) {
                p++;
                continue;
            }
            int boundary = is_boundary(text, &c, line_start, line_end, &r);
            if (boundary < 0 || (boundary && append_span(spans, sentence_start, c.close) < 0)) {
                goto fail;
            }
            if (boundary) {
                sentence_start = c.after;
            }
            p = c.after;
        }
        if (append_span(spans, sentence_start, line_end) < 0) {
            goto fail;
        }
        i = line_end;
    }
    for (Py_ssize_t s = 0; s < PyList_GET_SIZE(spans); s++) {
        PyObject *span = PyList_GET_ITEM(spans, s);
        Py_ssize_t a = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 0)), b = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 1));
        if (append_unglued(out, text, a, b, &r) < 0) {
            goto fail;
        }
    }
    Py_DECREF(spans);
    return out;
fail:
    Py_XDECREF(spans);
    Py_XDECREF(out);
    return NULL;
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
    {"scores", (PyCFunction)(void (*)(void))scores, METH_FASTCALL,
     "scores(candidates, weights): the score of each keyphrase candidate."},
    {"sentence_spans", sentence_spans, METH_VARARGS,
     "sentence_spans(text, start, end, rules): the sentence spans of text[start:end]."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "summarizer._speedups",
    "Compiled twins of the per-token front end; summarizer.speedups says which path runs.", 0, methods,
};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    PyObject *builtins = PyImport_ImportModule("builtins");
    if (builtins == NULL) {
        return NULL;
    }
    builtin_sum = PyObject_GetAttrString(builtins, "sum");
    Py_DECREF(builtins);
    if (builtin_sum == NULL) {
        return NULL;
    }
    return PyModule_Create(&module);
}
